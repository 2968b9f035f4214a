"""Load benchmark for the HTTP service, on loopback only, bounded in count and time.

Starts `citeqa serve` in a subprocess over a fresh data dir (it ingests seeds/) with the answer
cache off, so every answer is computed (`--answer-cache` keeps the default cache), then measures:
1. /api/ask latency with one client (the baseline, in the same run);
2. /api/ask latency with N concurrent clients, while a separate client polls /healthz;
3. the same two loads on GET /healthz alone, which does no work: the ratio of p95 under load to
   the single-client p50 that even an empty endpoint gets on this machine.
Prints a JSON report; the README quotes its figures. `citeqa bench` runs the same code at
1, 4 and 16 clients, beside its other measurements.

    .venv/bin/python scripts/load_ask.py [--clients 8] [--seconds 20]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
from pathlib import Path

from citeqa.bench.load import closed_loop, health, warm_up
from citeqa.bench.processes import ServerProcess, bench_env
from citeqa.bench.stats import ratio
from citeqa.evaluation import load_questions

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--answer-cache", action="store_true", help="keep the default answer cache")
    args = parser.parse_args()
    cache = None if args.answer_cache else "0"  # None: the variable unset, the default applies
    asked = [q.question for q in load_questions(ROOT / "eval" / "dev.jsonl")]
    with (
        tempfile.TemporaryDirectory() as data_dir,
        ServerProcess(bench_env(Path(data_dir), ROOT / "seeds", CITEQA_ANSWER_CACHE_SIZE=cache)) as server,
    ):
        server.first_answer_seconds(asked[0])
        asyncio.run(warm_up(server.url, asked))
        single = asyncio.run(closed_loop(server.url, asked, 1, args.seconds / 2))
        loaded = asyncio.run(closed_loop(server.url, asked, args.clients, args.seconds, probe_health=True))
        half = args.seconds / 2
        empty_single = asyncio.run(closed_loop(server.url, asked, 1, half, request=health))
        empty_loaded = asyncio.run(closed_loop(server.url, asked, args.clients, half, request=health))
    report = {
        "clients": args.clients,
        "seconds": args.seconds,
        "answer_cache": "default" if args.answer_cache else "off",
        "single_client": single,
        "concurrent": loaded,
        "p95_over_single_p50": ratio(loaded["p95_ms"], single["p50_ms"]),
        "empty_endpoint": {
            "single_client": empty_single,
            "concurrent": empty_loaded,
            "p95_over_single_p50": ratio(empty_loaded["p95_ms"], empty_single["p50_ms"]),
        },
        "errors": single["errors"] + loaded["errors"] + empty_single["errors"] + empty_loaded["errors"],
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
