"""`citeqa bench` measures for real and reports honestly: ratios come from the numbers, targets
that were not measured are never passes, and the JSON and the Markdown say the same."""

import json
import os
import subprocess
import sys
from pathlib import Path

from citeqa.bench.stats import percentile
from citeqa.bench.targets import build_report

from .conftest import ROOT


def test_bench_command_measures_the_cheap_parts_and_writes_both_reports(tmp_path: Path) -> None:
    """In-process asks and one HTTP client for a second, with tiny counts: a real run end to end."""
    questions = tmp_path / "questions.jsonl"
    dev_lines = (ROOT / "eval" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    questions.write_text("\n".join(dev_lines[:4]) + "\n", encoding="utf-8")
    out = tmp_path / "reports" / "bench.json"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "CITEQA_DATA_DIR": str(tmp_path / "unused")}
    result = subprocess.run(
        [sys.executable, "-m", "citeqa", "bench", "--skip-cold", "--skip-quickstart", "--passes", "1",
         "--clients", "1", "--seconds", "1", "--questions", str(questions), "--out", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["errors"] == {}
    assert result.stdout == out.with_suffix(".md").read_text(encoding="utf-8")

    ask = report["in_process"]["ask"]
    assert ask["answer_cache"] == "off" and ask["count"] == 4
    assert 0 < ask["p50_ms"] <= ask["p95_ms"]
    assert report["in_process"]["ingest"]["seconds"] > 0 and report["in_process"]["ingest"]["passages"] > 0
    assert report["in_process"]["mean_chars_cited"] > 0
    assert report["ingest_process"]["seconds"] > 0

    (level,) = report["http_unique"]["levels"]
    assert level["clients"] == 1 and level["errors"] == 0 and level["count"] > 0
    assert level["qps"] > 0 and 0 < level["p50_ms"] <= level["p95_ms"]
    assert 0 < report["http_unique"]["peak_rss_mib"] < 4096

    targets = {t["name"]: t for t in report["targets"]}
    assert targets["server peak RSS with the seed corpus"]["passed"] is not None
    # Without the cold starts and the quickstart their targets and ratios are not measured.
    assert targets["one-shot `citeqa ask` vs the floor"]["passed"] is None
    assert report["ratios"]["ask_p50_over_quickstart_p50"] is None
    assert "| in-process ask p50" in result.stdout and "not measured" in result.stdout


def _parts(cli_seconds: float, p95_ms: float, errors: int) -> dict[str, object]:
    return {
        "cold_start": {
            "runs": 1,
            "floor": {"seconds": [10.0], "median_s": 10.0, "peak_rss_mib": 500.0},
            "cli_ask": {"seconds": [cli_seconds], "median_s": cli_seconds, "peak_rss_mib": 300.0},
            "server": {"seconds": [11.0], "median_s": 11.0, "peak_rss_mib": 400.0},
        },
        "in_process": {"ask": {"p50_ms": 12.0, "p95_ms": 20.0}, "mean_chars_cited": 200.0},
        "quickstart": {"retrieve": {"p50_ms": 40.0, "p95_ms": 80.0}, "mean_retrieved_chars": 6000.0},
        "http_unique": {
            "levels": [{"clients": 16, "qps": 100.0, "p50_ms": 90.0, "p95_ms": p95_ms, "errors": errors}],
            "peak_rss_mib": 650.0,
        },
        "http_repeat": {"skipped": "no answer cache"},
    }


def test_ratios_and_targets_are_judged_on_the_numbers_at_their_boundaries() -> None:
    """Ratios are measured ÷ baseline; a target met exactly passes, one just missed fails."""
    report = build_report({}, _parts(cli_seconds=12.0, p95_ms=149.0, errors=0), {})
    assert report["ratios"]["cli_ask_over_floor"] == 1.2
    assert report["ratios"]["server_first_answer_over_floor"] == 1.1
    assert report["ratios"]["ask_p50_over_quickstart_p50"] == 0.3
    assert report["ratios"]["cited_chars_over_quickstart_chars"] == round(200 / 6000, 3)
    assert report["ratios"]["server_rss_over_floor_rss"] == 1.3
    assert [t["passed"] for t in report["targets"]] == [True, True, None, True, True, True]

    missed = build_report({}, _parts(cli_seconds=12.1, p95_ms=150.0, errors=0), {})
    assert [t["passed"] for t in missed["targets"]] == [True, False, None, True, False, True]
    with_errors = build_report({}, _parts(cli_seconds=12.0, p95_ms=100.0, errors=1), {})
    assert with_errors["targets"][1]["passed"] is False


def test_percentiles_interpolate_between_ranks() -> None:
    assert percentile([4.0, 1.0, 3.0, 2.0], 0.5) == 2.5
    assert percentile([1.0, 2.0, 3.0, 4.0, 5.0], 0.95) == 4.8
    assert percentile([7.0], 0.95) == 7.0
