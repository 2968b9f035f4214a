"""Runs the benchmark's parts in order, each bounded, and collects them into one report.

Order matters on a small machine: the cold starts run first, while nothing else of ours is
loaded; the in-process engine is dropped before the HTTP servers start. A part that fails is
recorded in the report and the other parts still run.
"""

from __future__ import annotations

import datetime
import os
import platform
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from citeqa.bench.cold_start import cold_start, ingest_as_process
from citeqa.bench.in_process import measure_in_process
from citeqa.bench.load import measure_http
from citeqa.bench.processes import bench_env
from citeqa.bench.quickstart import run_quickstart
from citeqa.bench.targets import Report, build_report
from citeqa.evaluation import load_questions


@dataclass(frozen=True)
class BenchOptions:
    seeds: Path = Path("seeds")
    questions: Path = Path("eval/dev.jsonl")
    runs: int = 3  # cold-start runs of each process
    passes: int = 3  # timed passes over the questions, in-process and for the quickstart
    seconds: float = 8.0  # per HTTP client level
    levels: tuple[int, ...] = (1, 4, 16)
    cold: bool = True
    quickstart: bool = True
    http: bool = True


def _load_average() -> list[float]:
    return [round(load, 2) for load in os.getloadavg()]


class _Parts:
    """The parts measured so far and the parts that failed, by name."""

    def __init__(self, log: Callable[[str], None]) -> None:
        self.log = log
        self.measured: Report = {}
        self.failed: dict[str, str] = {}

    def attempt(self, part: str, measure: Callable[[], object]) -> None:
        self.log(f"{part}: measuring")
        try:
            self.measured[part] = measure()
        except Exception as exc:  # a failed part must not lose the other parts' figures
            self.failed[part] = f"{type(exc).__name__}: {exc}"
            self.log(f"{part}: failed: {self.failed[part]}")


def run_benchmark(options: BenchOptions, log: Callable[[str], None]) -> Report:
    started, started_at = time.monotonic(), datetime.datetime.now().astimezone()
    meta: Report = {
        "started_at": started_at.isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "load_average_start": _load_average(),
        "options": {name: str(value) for name, value in asdict(options).items()},
    }
    questions = load_questions(options.questions)
    parts = _Parts(log)
    with tempfile.TemporaryDirectory(prefix="citeqa-bench-", ignore_cleanup_errors=True) as scratch:
        # One data dir, ingested by `citeqa ingest`, serves every citeqa process in turn.
        served = Path(scratch) / "served"
        if options.cold or options.http:
            parts.attempt("ingest_process", lambda: ingest_as_process(served, options.seeds))
        ingested = "ingest_process" in parts.measured
        if options.cold and ingested:
            parts.attempt("cold_start", lambda: cold_start(served, options.seeds, options.runs, log))
        if options.quickstart:
            asked = [q.question for q in questions]
            parts.attempt("quickstart", lambda: run_quickstart(options.seeds, asked, options.passes))
        in_process_dir = Path(scratch) / "in-process"
        parts.attempt(
            "in_process", lambda: measure_in_process(in_process_dir, options.seeds, questions, options.passes)
        )
        if options.http and ingested:
            _measure_http_modes(options, served, [q.question for q in questions], parts)
    meta["load_average_end"] = _load_average()
    meta["duration_s"] = round(time.monotonic() - started, 1)
    return build_report(meta, parts.measured, parts.failed)


def _measure_http_modes(options: BenchOptions, served: Path, asked: list[str], parts: _Parts) -> None:
    """Unique traffic (answer cache off), then repeat traffic (default settings)."""

    def http(**cache: str | None) -> Callable[[], object]:
        env = bench_env(served, options.seeds, **cache)
        return lambda: measure_http(env, asked, options.levels, options.seconds, parts.log)

    parts.attempt("http_unique", http(CITEQA_ANSWER_CACHE_SIZE="0"))
    parts.attempt("http_repeat", http(CITEQA_ANSWER_CACHE_SIZE=None))
