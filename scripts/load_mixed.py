"""Mixed soak load on a real `citeqa serve`, on loopback only, bounded in count and time.

Starts `citeqa serve` in a subprocess over a fresh data dir (it ingests seeds/), then:
1. at rest, asks every question of the set once and reads every document: the reference answers;
2. for --seconds, --clients concurrent clients each send a random mix of POST /api/ask,
   POST /api/ask/stream (read to the end), GET /api/documents and GET /api/documents/{id};
   every 200 must equal its at-rest reference (answer text, citation offsets, document JSON);
3. samples the server's resident memory (VmRSS) every second.
Prints a JSON report (the README quotes it) and exits 1 if any property below fails:
- statuses are 200, or 429/503 (deliberate refusals); no other status and no transport error;
- every answer under load equals its at-rest answer;
- memory is flat: the largest RSS in the last quarter of the run is at most max(10 %, 30 MiB)
  above the RSS at the end of the first quarter (the first quarter is the warm-up).

The rate limiter is off (CITEQA_RATE_LIMIT_PER_MINUTE=0, a capacity run); --rate-limit N turns
it on, and its 429s then count as deliberate. The answer cache is off too, so every answer under
load is computed under load; --answer-cache keeps the server's default cache.

    .venv/bin/python scripts/load_mixed.py [--clients 8] [--seconds 120] [--answer-cache]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from citeqa.bench.processes import ServerProcess, bench_env
from citeqa.bench.stats import latency_summary
from citeqa.evaluation import load_questions

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 30.0  # seconds per request
# Endpoints and their share of the requests.
ASK, STREAM, LIST, GET = (
    "POST /api/ask",
    "POST /api/ask/stream",
    "GET /api/documents",
    "GET /api/documents/{id}",
)
MIX = {ASK: 0.4, STREAM: 0.3, LIST: 0.15, GET: 0.15}
DELIBERATE = {429, 503}  # rate limited, overloaded or timed out: refusals by design
STREAM_REFUSALS = {"overloaded", "timeout"}  # the same refusals, once a stream has started
GROWTH_SHARE, GROWTH_FLOOR_MIB = 0.10, 30.0
MISMATCH_EXAMPLES = 3


def answer_key(answer: dict[str, Any]) -> dict[str, Any]:
    """What must not change under load: the answer text and what it cites, where."""
    return {
        "answer": answer["answer"],
        "answerable": answer["answerable"],
        "citations": sorted((c["id"], c["doc_id"], c["start"], c["end"]) for c in answer["citations"]),
    }


@dataclass
class Reference:
    """The server's responses at rest, before any load."""

    answers: dict[str, dict[str, Any]]  # question -> answer_key
    documents: list[dict[str, Any]]  # GET /api/documents
    texts: dict[str, dict[str, Any]]  # doc id -> GET /api/documents/{id}


@dataclass
class Tally:
    """What one endpoint saw under load."""

    statuses: Counter[str] = field(default_factory=Counter)
    latencies: list[float] = field(default_factory=list)  # seconds, 200s only
    checked: int = 0
    mismatches: list[str] = field(default_factory=list)

    def summary(self, seconds: float) -> dict[str, Any]:
        timing: dict[str, float | None] = {"p50_ms": None, "p95_ms": None}
        if self.latencies:
            summary = latency_summary(self.latencies)
            timing = {key: round(summary[key], 1) for key in ("p50_ms", "p95_ms", "mean_ms")}
        return {
            "requests": sum(self.statuses.values()),
            "per_second": round(sum(self.statuses.values()) / seconds, 2),
            "statuses": dict(sorted(self.statuses.items())),
            **timing,
            "checked": self.checked,
            "mismatches": len(self.mismatches),
            "mismatch_examples": self.mismatches[:MISMATCH_EXAMPLES],
        }


async def take_reference(url: str, questions: list[str]) -> Reference:
    """Every question once and every document, one request at a time (this also warms up)."""
    async with httpx.AsyncClient(base_url=url, timeout=TIMEOUT) as client:
        answers = {}
        for question in questions:
            response = await client.post("/api/ask", json={"question": question})
            response.raise_for_status()
            answers[question] = answer_key(response.json())
        listed = (await client.get("/api/documents")).raise_for_status().json()
        texts = {}
        for document in listed:
            texts[document["id"]] = (
                (await client.get(f"/api/documents/{document['id']}")).raise_for_status().json()
            )
    if not listed:
        raise RuntimeError("the server holds no documents")
    return Reference(answers, listed, texts)


async def read_stream(response: httpx.Response) -> list[tuple[str, Any]]:
    """The Server-Sent Events of a response, read to its end, as (event, data) pairs."""
    events: list[tuple[str, Any]] = []
    name, data = "message", ""
    async for line in response.aiter_lines():
        if line.startswith("event:"):
            name = line[6:].strip()
        elif line.startswith("data:"):
            data += line[5:].strip()
        elif not line and data:
            events.append((name, json.loads(data)))
            name, data = "message", ""
    return events


def stream_outcome(events: list[tuple[str, Any]]) -> tuple[str, dict[str, Any] | None]:
    """The status to count for a 200 stream, and its answer_key (None unless it ended in `done`).

    The deltas must join to the answer and the citation events must be its citations, as `done`
    says; a refusal after the stream started arrives as an `error` event.
    """
    if not events:
        return "200 empty stream", None
    last, data = events[-1]
    if last == "error":
        kind = data.get("type", "?")
        return (f"503 in stream ({kind})" if kind in STREAM_REFUSALS else f"200 error event ({kind})"), None
    if last != "done":
        return f"200 stream ended with {last!r}", None
    streamed = {
        "answer": "".join(d["text"] for e, d in events if e == "delta"),
        "answerable": data["answerable"],
        "citations": [c for e, c in events if e == "citation"],
    }
    if answer_key(streamed) != answer_key(data):
        return "200 deltas disagree with done", None
    return "200", answer_key(data)


async def one_request(
    client: httpx.AsyncClient, endpoint: str, rng: random.Random, reference: Reference
) -> tuple[str, Any, Any, float]:
    """Send one request; its status (as counted), what it returned, what it should have, latency."""
    question = rng.choice(sorted(reference.answers))
    doc_id = rng.choice(sorted(reference.texts))
    started = time.perf_counter()
    if endpoint == STREAM:
        async with client.stream("POST", "/api/ask/stream", json={"question": question}) as response:
            if response.status_code != 200:
                await response.aread()
                return str(response.status_code), None, None, time.perf_counter() - started
            status, got = stream_outcome(await read_stream(response))
        return status, got, reference.answers[question], time.perf_counter() - started
    if endpoint == ASK:
        response = await client.post("/api/ask", json={"question": question})
        expected: Any = reference.answers[question]
    elif endpoint == LIST:
        response = await client.get("/api/documents")
        expected = reference.documents
    else:
        response = await client.get(f"/api/documents/{doc_id}")
        expected = reference.texts[doc_id]
    latency = time.perf_counter() - started
    if response.status_code != 200:
        return str(response.status_code), None, None, latency
    body = response.json()
    return "200", answer_key(body) if endpoint == ASK else body, expected, latency


async def client_loop(
    url: str,
    number: int,
    deadline: float,
    reference: Reference,
    tallies: dict[str, Tally],
    errors: Counter[str],
) -> None:
    rng = random.Random(number)
    endpoints, weights = list(MIX), list(MIX.values())
    async with httpx.AsyncClient(base_url=url, timeout=TIMEOUT) as client:
        while time.monotonic() < deadline:
            endpoint = rng.choices(endpoints, weights)[0]
            tally = tallies[endpoint]
            try:
                status, got, expected, latency = await one_request(client, endpoint, rng, reference)
            except httpx.HTTPError as exc:
                errors[f"{endpoint}: {type(exc).__name__}"] += 1
                await asyncio.sleep(0.1)  # a dead server must not turn this loop into a spin
                continue
            except (ValueError, KeyError, TypeError, AttributeError) as exc:  # not the contract's shape
                tally.statuses[f"200 malformed body ({type(exc).__name__})"] += 1
                continue
            tally.statuses[status] += 1
            if status != "200":
                if status[:3].isdigit() and int(status[:3]) in DELIBERATE:
                    await asyncio.sleep(0.5)  # a refused client backs off, as Retry-After asks
                continue
            tally.latencies.append(latency)
            tally.checked += 1
            if got != expected:
                tally.mismatches.append(json.dumps({"got": got, "expected": expected})[:600])


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS in /proc/{pid}/status")


async def sample_rss(pid: int, started: float, deadline: float, samples: list[tuple[float, float]]) -> None:
    """(seconds since the load started, RSS in MiB), once a second until the deadline."""
    while time.monotonic() < deadline:
        samples.append((time.monotonic() - started, rss_mib(pid)))
        await asyncio.sleep(1.0)


def memory_summary(samples: list[tuple[float, float]], seconds: float) -> dict[str, Any]:
    """Growth from the end of the first quarter (after warm-up) to the highest RSS of the last."""
    warmed = [rss for at, rss in samples if at <= seconds / 4]
    last_quarter = [rss for at, rss in samples if at >= seconds * 3 / 4]
    if not warmed or not last_quarter:
        return {"samples": len(samples), "flat": False, "why": "too few samples"}
    baseline, tail = warmed[-1], max(last_quarter)
    bound = max(GROWTH_SHARE * baseline, GROWTH_FLOOR_MIB)
    return {
        "samples": len(samples),
        "start_mib": round(samples[0][1], 1),
        "first_quarter_end_mib": round(baseline, 1),
        "last_quarter_max_mib": round(tail, 1),
        "peak_mib": round(max(rss for _, rss in samples), 1),
        "growth_mib": round(tail - baseline, 1),
        "bound_mib": round(bound, 1),
        "flat": tail - baseline <= bound,
    }


async def mixed_load(
    url: str, pid: int, reference: Reference, clients: int, seconds: float
) -> dict[str, Any]:
    tallies = {endpoint: Tally() for endpoint in MIX}
    errors: Counter[str] = Counter()
    samples: list[tuple[float, float]] = []
    started = time.monotonic()
    deadline = started + seconds
    loops = [client_loop(url, n, deadline, reference, tallies, errors) for n in range(clients)]
    # Past the deadline only answers in flight finish, each within TIMEOUT.
    await asyncio.wait_for(
        asyncio.gather(sample_rss(pid, started, deadline, samples), *loops), seconds + 2 * TIMEOUT
    )
    elapsed = time.monotonic() - started
    async with httpx.AsyncClient(base_url=url, timeout=TIMEOUT) as client:
        try:
            healthy = (await client.get("/healthz")).status_code == 200
        except httpx.HTTPError:
            healthy = False
    return {
        "seconds": round(elapsed, 1),
        "requests": sum(sum(t.statuses.values()) for t in tallies.values()),
        "endpoints": {endpoint: tally.summary(elapsed) for endpoint, tally in tallies.items()},
        "transport_errors": dict(errors),
        "healthy_after": healthy,
        "memory": memory_summary(samples, seconds),
    }


def problems(report: dict[str, Any]) -> list[str]:
    """Every property of the run that failed, in words; empty when all hold."""
    load = report["load"]
    found = [f"transport error {kind} x{count}" for kind, count in load["transport_errors"].items()]
    for endpoint, seen in load["endpoints"].items():
        if not seen["statuses"].get("200"):
            found.append(f"{endpoint}: no 200 at all")
        for status, count in seen["statuses"].items():
            if status != "200" and int(status[:3]) not in DELIBERATE:
                found.append(f"{endpoint}: {status} x{count}")
        if seen["mismatches"]:
            found.append(f"{endpoint}: {seen['mismatches']} answers differ from their at-rest answers")
    if not load["memory"]["flat"]:
        found.append(f"memory grew: {json.dumps(load['memory'])}")
    if not load["healthy_after"]:
        found.append("the server was not healthy after the load")
    if not load["server_alive_after"]:
        found.append("the server process exited during the load")
    return found


def run(
    clients: int, seconds: float, questions_path: Path, rate_limit: int = 0, answer_cache: bool = False
) -> dict[str, Any]:
    """Start a seeded server, take the at-rest reference, run the mixed load; the full report."""
    questions = [q.question for q in load_questions(questions_path)]
    overrides = {"CITEQA_RATE_LIMIT_PER_MINUTE": str(rate_limit)}
    if not answer_cache:
        overrides["CITEQA_ANSWER_CACHE_SIZE"] = "0"
    with (
        tempfile.TemporaryDirectory() as data_dir,
        ServerProcess(bench_env(Path(data_dir), ROOT / "seeds", **overrides)) as server,
    ):
        first_answer = server.first_answer_seconds(questions[0])
        rest_started = time.monotonic()
        reference = asyncio.run(take_reference(server.url, questions))
        rest_seconds = time.monotonic() - rest_started
        print(
            f"at rest: {len(questions)} questions in {rest_seconds:.1f} s; load for {seconds:g} s",
            file=sys.stderr,
        )
        load = asyncio.run(mixed_load(server.url, server.process.pid, reference, clients, seconds))
        load["server_alive_after"] = server.process.poll() is None
    report: dict[str, Any] = {
        "config": {
            "clients": clients,
            "seconds": seconds,
            "mix": MIX,
            "questions": len(questions),
            "documents": len(reference.documents),
            "rate_limit_per_minute": rate_limit,
            "answer_cache": answer_cache,
        },
        "at_rest": {
            "first_answer_s": round(first_answer, 1),
            "seconds": round(rest_seconds, 1),
            "answerable": sum(a["answerable"] for a in reference.answers.values()),
        },
        "load": load,
    }
    report["problems"] = problems(report)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--questions", type=Path, default=ROOT / "eval" / "dev.jsonl")
    parser.add_argument("--rate-limit", type=int, default=0, help="Questions per minute per client; 0 = off.")
    parser.add_argument("--answer-cache", action="store_true", help="Keep the server's answer cache on.")
    args = parser.parse_args()
    report = run(args.clients, args.seconds, args.questions, args.rate_limit, args.answer_cache)
    print(json.dumps(report, indent=2))
    sys.exit(1 if report["problems"] else 0)


if __name__ == "__main__":
    main()
