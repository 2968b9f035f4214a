"""Ingest and `Engine.ask` timed inside this process: no HTTP, no process start, model loaded once.

The headline ask latency is with the answer cache off, so every answer is computed; repeat
questions, answered from the cache, are timed separately.
"""

from __future__ import annotations

import time
from pathlib import Path

from citeqa.bench.processes import BenchmarkFailed
from citeqa.bench.stats import latency_summary, time_per_question
from citeqa.config import Settings
from citeqa.engine import Engine
from citeqa.evaluation import EvalQuestion, evaluate


def measure_in_process(
    data_dir: Path, seeds: Path, questions: list[EvalQuestion], passes: int
) -> dict[str, object]:
    """Open an engine over an empty `data_dir`, ingest `seeds`, then time asks over the questions."""
    settings = Settings(data_dir=data_dir, seeds_dir=seeds, answer_cache_size=0)
    started = time.perf_counter()
    engine = Engine.open(settings)
    opened = time.perf_counter()
    ingested = engine.ingest_paths([seeds])
    ingest_seconds = time.perf_counter() - opened
    if ingested.failed:
        raise BenchmarkFailed(f"ingest failed: {ingested.failed}")
    asked = [q.question for q in questions]
    return {
        "engine_open_s": round(opened - started, 3),
        "ingest": {
            "seconds": round(ingest_seconds, 3),
            "passages": len(engine.retriever.passages),
            "note": "in-process, model already loaded",
        },
        "ask": {
            "answer_cache": "off",
            "questions": len(asked),
            "passes": passes,
            **latency_summary(time_per_question(engine.ask, asked, passes)),
        },
        "mean_chars_cited": round(evaluate(engine, questions).metrics()["mean_chars_cited"], 1),
        "ask_cached": _cached_asks(engine, asked, passes),
    }


def _cached_asks(engine: Engine, asked: list[str], passes: int) -> dict[str, object]:
    """Repeat questions through the answer cache.

    A second engine over the same encoder and store, with the default cache: the untimed
    warm-up pass fills it, so every timed ask is a repeat.
    """
    size = Settings.model_fields["answer_cache_size"].default
    with_cache = engine.settings.model_copy(update={"answer_cache_size": size})
    cached = Engine(with_cache, engine.encoder, engine.store)
    return {
        "answer_cache": f"on ({size} entries), every timed question a repeat",
        **latency_summary(time_per_question(cached.ask, asked, passes)),
    }
