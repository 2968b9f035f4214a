"""Latency statistics, and timing one call per question over several passes."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any


def percentile(values: Sequence[float], share: float) -> float:
    """The `share` quantile (0..1), interpolated between the two nearest ranks."""
    if not values:
        raise ValueError("no values to summarise")
    ordered = sorted(values)
    position = share * (len(ordered) - 1)
    lower = int(position)
    upper = min(lower + 1, len(ordered) - 1)
    return ordered[lower] + (ordered[upper] - ordered[lower]) * (position - lower)


def latency_summary(seconds: Sequence[float]) -> dict[str, float]:
    """Count, p50, p95 and mean of latencies given in seconds, reported in milliseconds."""
    return {
        "count": len(seconds),
        "p50_ms": round(percentile(seconds, 0.5) * 1000, 4),
        "p95_ms": round(percentile(seconds, 0.95) * 1000, 4),
        "mean_ms": round(statistics.fmean(seconds) * 1000, 4),
    }


def time_per_question(call: Callable[[str], Any], questions: Sequence[str], passes: int) -> list[float]:
    """Seconds per call over `passes` passes of the questions, after one untimed warm-up pass.

    The warm-up keeps first-call costs (lazy imports, allocator growth) out of the percentiles.
    """
    for question in questions:
        call(question)
    latencies = []
    for _ in range(passes):
        for question in questions:
            started = time.perf_counter()
            call(question)
            latencies.append(time.perf_counter() - started)
    return latencies


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    """numerator / denominator to 3 places, or None when either side was not measured."""
    if numerator is None or not denominator:
        return None
    return round(numerator / denominator, 3)
