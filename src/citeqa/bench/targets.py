"""Ratios between the measurements and the targets they are judged against, pass or fail.

Targets are judged on the same rounded ratios the report shows, and a part that was not measured
is "not measured", never a pass.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from citeqa.bench.stats import ratio

Report = dict[str, Any]

TARGET_CLIENTS = 16
HTTP_MODES = {
    "http_unique": "unique traffic: answer cache off, every answer computed",
    "http_repeat": "repeat traffic: default settings, questions recur as from real users",
}


def _formatter(template: str) -> Callable[[float | None], str]:
    return lambda value: "—" if value is None else template.format(value)


def fmt_ms(value: float | None) -> str:
    """Milliseconds to 0.1 ms, or to the microsecond below 1 ms (a cache hit)."""
    if value is None:
        return "—"
    return f"{value:.3f} ms" if value < 1 else f"{value:.1f} ms"


fmt_s = _formatter("{:.2f} s")
fmt_x = _formatter("{:.2f}×")
fmt_mib = _formatter("{:.0f} MiB")
fmt_n = _formatter("{:.0f}")


def get(tree: Any, *keys: str) -> Any:
    """tree[k1][k2]…, or None when a part or a key is missing."""
    for key in keys:
        if not isinstance(tree, dict) or key not in tree:
            return None
        tree = tree[key]
    return tree


def http_level(parts: Report, mode: str, clients: int) -> Report | None:
    levels = get(parts, mode, "levels") or []
    return next((level for level in levels if level["clients"] == clients), None)


def server_peak_rss(parts: Report) -> tuple[float | None, str]:
    """The highest server peak RSS measured, and when: after HTTP load if it ran, else at start."""
    after_load = [get(parts, mode, "peak_rss_mib") for mode in HTTP_MODES]
    measured = [rss for rss in after_load if rss is not None]
    if measured:
        return max(measured), "after HTTP load"
    at_start = get(parts, "cold_start", "server", "peak_rss_mib")
    return at_start, "at first answer (HTTP load not measured)" if at_start is not None else ""


def compute_ratios(parts: Report) -> dict[str, float | None]:
    floor_seconds = get(parts, "cold_start", "floor", "median_s")
    return {
        "cli_ask_over_floor": ratio(get(parts, "cold_start", "cli_ask", "median_s"), floor_seconds),
        "server_first_answer_over_floor": ratio(
            get(parts, "cold_start", "server", "median_s"), floor_seconds
        ),
        "ask_p50_over_quickstart_p50": ratio(
            get(parts, "in_process", "ask", "p50_ms"), get(parts, "quickstart", "retrieve", "p50_ms")
        ),
        "ask_p95_over_quickstart_p95": ratio(
            get(parts, "in_process", "ask", "p95_ms"), get(parts, "quickstart", "retrieve", "p95_ms")
        ),
        "cited_chars_over_quickstart_chars": ratio(
            get(parts, "in_process", "mean_chars_cited"), get(parts, "quickstart", "mean_retrieved_chars")
        ),
        "server_rss_over_floor_rss": ratio(
            server_peak_rss(parts)[0], get(parts, "cold_start", "floor", "peak_rss_mib")
        ),
    }


def _target(name: str, goal: str, measured: str, passed: bool | None) -> Report:
    return {"name": name, "goal": goal, "measured": measured, "passed": passed}


def _ratio_target(name: str, value: float | None, limit: float, detail: str) -> Report:
    if value is None:
        return _target(name, f"≤ {limit:.1f}×", "not measured", None)
    return _target(name, f"≤ {limit:.1f}×", f"{value:.2f}× ({detail})", value <= limit)


def _http_target(parts: Report, mode: str) -> Report:
    name = f"HTTP /api/ask at {TARGET_CLIENTS} clients, {HTTP_MODES[mode].split(':')[0]}"
    goal = "≥ 100 answers/s, p95 < 150 ms, no errors"
    level = http_level(parts, mode, TARGET_CLIENTS)
    if level is None:
        return _target(name, goal, get(parts, mode, "skipped") or "not measured", None)
    passed = (
        level["qps"] >= 100 and level["p95_ms"] is not None and level["p95_ms"] < 150 and not level["errors"]
    )
    measured = f"{level['qps']:.1f} answers/s, p95 {fmt_ms(level['p95_ms'])}, {level['errors']} errors"
    return _target(name, goal, measured, passed)


def evaluate_targets(parts: Report, ratios: dict[str, float | None]) -> list[Report]:
    floor = get(parts, "cold_start", "floor", "median_s")
    rss, when = server_peak_rss(parts)
    return [
        _ratio_target(
            "in-process ask p50 vs the quickstart's bare retrieval p50, same run",
            ratios["ask_p50_over_quickstart_p50"],
            1.0,
            f"{fmt_ms(get(parts, 'in_process', 'ask', 'p50_ms'))} vs "
            f"{fmt_ms(get(parts, 'quickstart', 'retrieve', 'p50_ms'))}",
        ),
        _http_target(parts, "http_unique"),
        _http_target(parts, "http_repeat"),
        _ratio_target(
            "server cold start to first answer vs the floor",
            ratios["server_first_answer_over_floor"],
            1.2,
            f"{fmt_s(get(parts, 'cold_start', 'server', 'median_s'))} vs {fmt_s(floor)}",
        ),
        _ratio_target(
            "one-shot `citeqa ask` vs the floor",
            ratios["cli_ask_over_floor"],
            1.2,
            f"{fmt_s(get(parts, 'cold_start', 'cli_ask', 'median_s'))} vs {fmt_s(floor)}",
        ),
        _target(
            "server peak RSS with the seed corpus",
            "< 700 MiB",
            f"{fmt_mib(rss)} ({when})" if rss is not None else "not measured",
            None if rss is None else rss < 700,
        ),
    ]


def build_report(meta: Report, parts: Report, errors: dict[str, str]) -> Report:
    ratios = compute_ratios(parts)
    return {
        "meta": meta,
        **parts,
        "ratios": ratios,
        "targets": evaluate_targets(parts, ratios),
        "errors": errors,
    }
