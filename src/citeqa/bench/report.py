"""The report on disk: the JSON file, and beside it the same figures as Markdown tables."""

from __future__ import annotations

import json
from pathlib import Path

from citeqa.bench.targets import (
    HTTP_MODES,
    Report,
    fmt_mib,
    fmt_ms,
    fmt_n,
    fmt_s,
    fmt_x,
    get,
    server_peak_rss,
)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return [*lines, ""]


def _verdict(passed: bool | None) -> str:
    return {True: "**pass**", False: "**FAIL**", None: "not measured"}[passed]


def _targets_section(report: Report) -> list[str]:
    rows = [[t["name"], t["goal"], t["measured"], _verdict(t["passed"])] for t in report["targets"]]
    return ["## Targets", "", *_table(["target", "goal", "measured", "result"], rows)]


def _cold_section(report: Report) -> list[str]:
    cold = report.get("cold_start")
    if not cold:
        return []
    names = {
        "floor": "floor: bare Python, sentence-transformers load + one embedding",
        "cli_ask": "one-shot `citeqa ask QUESTION --json`",
        "server": "`citeqa serve`: spawn to first /api/ask answer",
    }
    ratio_of = {"cli_ask": "cli_ask_over_floor", "server": "server_first_answer_over_floor"}
    rows = [
        [
            label,
            fmt_s(cold[name]["median_s"]),
            ", ".join(f"{s:.2f}" for s in cold[name]["seconds"]),
            fmt_x(report["ratios"][ratio_of[name]]) if name in ratio_of else "1.00×",
            fmt_mib(cold[name]["peak_rss_mib"]),
        ]
        for name, label in names.items()
    ]
    return [
        f"## Cold start (median of {cold['runs']} alternating runs)",
        "",
        *_table(["process", "median", "runs (s)", "÷ floor", "peak RSS"], rows),
    ]


def _ingest_section(report: Report) -> list[str]:
    rows = []
    if report.get("ingest_process"):
        rows.append(
            [
                "`citeqa ingest seeds/` as a process (includes loading the model)",
                fmt_s(report["ingest_process"]["seconds"]),
            ]
        )
    quickstart = report.get("quickstart")
    if quickstart:
        rows.append(
            [
                "quickstart `VectorStoreIndex.from_documents`, model already loaded "
                f"({quickstart['chunks']} chunks)",
                fmt_s(quickstart["index_s"]),
            ]
        )
    ingest = get(report, "in_process", "ingest")
    if ingest:
        rows.append(
            [
                f"`Engine.ingest_paths([seeds/])` in-process, model already loaded "
                f"({ingest['passages']} passages)",
                fmt_s(ingest["seconds"]),
            ]
        )
    return ["## Ingest (seed corpus, empty store)", "", *_table(["", "time"], rows)] if rows else []


def _latency_section(report: Report) -> list[str]:
    rows = []
    for label, stats in [
        ("citeqa `Engine.ask`, answer cache off (headline)", get(report, "in_process", "ask")),
        ("citeqa `Engine.ask`, repeat questions, answer cache on", get(report, "in_process", "ask_cached")),
        ("quickstart `retriever.retrieve` (top-2 chunks, no answer)", get(report, "quickstart", "retrieve")),
    ]:
        if stats:
            rows.append(
                [
                    label,
                    fmt_ms(stats["p50_ms"]),
                    fmt_ms(stats["p95_ms"]),
                    fmt_ms(stats["mean_ms"]),
                    fmt_n(stats["count"]),
                ]
            )
    if not rows:
        return []
    ratios = report["ratios"]
    rows.append(
        [
            "ratio citeqa ask ÷ quickstart retrieve",
            fmt_x(ratios["ask_p50_over_quickstart_p50"]),
            fmt_x(ratios["ask_p95_over_quickstart_p95"]),
            "",
            "",
        ]
    )
    return ["## Latency in-process (warm, one at a time)", "", *_table(["", "p50", "p95", "mean", "n"], rows)]


def _citation_section(report: Report) -> list[str]:
    cited = get(report, "in_process", "mean_chars_cited")
    retrieved = get(report, "quickstart", "mean_retrieved_chars")
    if cited is None and retrieved is None:
        return []
    rows = [
        ["citeqa: mean characters cited per answer", fmt_n(cited)],
        ["quickstart: mean characters of the 2 retrieved chunks per question", fmt_n(retrieved)],
        ["ratio", fmt_x(report["ratios"]["cited_chars_over_quickstart_chars"])],
    ]
    return ["## What an answer cites", "", *_table(["", "characters"], rows)]


def _http_section(report: Report) -> list[str]:
    rows = []
    notes = []
    for mode, label in HTTP_MODES.items():
        part = report.get(mode)
        if not part:
            continue
        if "skipped" in part:
            notes.append(f"- {label.split(':')[0]}: skipped, {part['skipped']}")
            continue
        for level in part["levels"]:
            rows.append(
                [
                    label.split(":")[0],
                    fmt_n(level["clients"]),
                    f"{level['qps']:.1f}",
                    fmt_ms(level["p50_ms"]),
                    fmt_ms(level["p95_ms"]),
                    fmt_n(level["errors"]),
                ]
            )
        notes.append(f"- {label}; server peak RSS after the load {fmt_mib(part['peak_rss_mib'])}")
    if not rows and not notes:
        return []
    return [
        "## HTTP /api/ask, closed-loop clients on loopback",
        "",
        *_table(["traffic", "clients", "answers/s", "p50", "p95", "errors"], rows),
        *notes,
        "",
    ]


def _memory_section(report: Report) -> list[str]:
    server_rss, when = server_peak_rss(report)
    rows = [
        [label, fmt_mib(value)]
        for label, value in [
            (f"`citeqa serve`, highest measured ({when})", server_rss),
            ("one-shot `citeqa ask`", get(report, "cold_start", "cli_ask", "peak_rss_mib")),
            ("floor process", get(report, "cold_start", "floor", "peak_rss_mib")),
            ("quickstart process", get(report, "quickstart", "peak_rss_mib")),
        ]
        if value is not None
    ]
    server_over_floor = report["ratios"]["server_rss_over_floor_rss"]
    if server_over_floor is not None:
        rows.append(["ratio server ÷ floor process", fmt_x(server_over_floor)])
    return ["## Peak memory (RSS)", "", *_table(["process", "peak RSS"], rows)] if rows else []


def _loads(averages: list[float]) -> str:
    return " / ".join(f"{load:.1f}" for load in averages)


def render_markdown(report: Report) -> str:
    meta = report["meta"]
    lines = [
        f"# citeqa bench, {meta['started_at']}",
        "",
        f"{meta['cpus']} CPUs; load average (1, 5, 15 min) {_loads(meta['load_average_start'])} at the "
        f"start, {_loads(meta['load_average_end'])} at the end; {meta['duration_s']:.0f} s in all. "
        "The machine may be shared: figures are noisy.",
        "",
        *_targets_section(report),
        *_cold_section(report),
        *_ingest_section(report),
        *_latency_section(report),
        *_citation_section(report),
        *_http_section(report),
        *_memory_section(report),
    ]
    if report["errors"]:
        lines += ["## Parts that failed", ""]
        lines += [f"- {part}: {message}" for part, message in report["errors"].items()]
    return "\n".join(lines).rstrip() + "\n"


def write_report(report: Report, json_path: Path) -> str:
    """Write the JSON report and, beside it, the Markdown (same name, .md); return the Markdown."""
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    markdown = render_markdown(report)
    json_path.with_suffix(".md").write_text(markdown, encoding="utf-8")
    return markdown
