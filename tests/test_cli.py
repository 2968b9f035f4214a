"""The CLI keeps its contract: JSON Lines in order, readable output, clear errors and exit codes."""

import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT, SEED_FILE


def run_cli(*args: str, data_dir: Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CITEQA_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1", "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "citeqa", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def test_ask_on_an_empty_store_ingests_the_seeds_and_answers_in_json_lines(tmp_path: Path) -> None:
    result = run_cli(
        "ask",
        "How much will the Golden Dome cost?",
        "What is the capital of France?",
        "--json",
        "--top-k",
        "6",
        data_dir=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "ingesting" in result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["question"] for line in lines] == [
        "How much will the Golden Dome cost?",
        "What is the capital of France?",
    ]
    first, second = lines
    assert set(first) >= {"question", "answer", "answerable", "mode", "citations", "passages"}
    assert first["answerable"] and first["mode"] == "extractive"
    text = SEED_FILE.read_text(encoding="utf-8")
    citation = first["citations"][0]
    assert set(citation) == {"id", "doc_id", "source", "text", "start", "end", "score"}
    assert text[citation["start"] : citation["end"]] == citation["text"]
    assert len(first["passages"]) == 6
    assert second["answerable"] is False and second["citations"] == []


def test_readable_output_shows_the_cited_sentence(tmp_path: Path) -> None:
    result = run_cli("ask", "When will the Golden Dome be operational?", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "[1]" in result.stdout
    assert "2029" in result.stdout
    assert "seeds/japan-golden-dome.txt" in result.stdout


def test_an_empty_question_exits_with_a_clear_error(tmp_path: Path) -> None:
    result = run_cli("ask", "  ", data_dir=tmp_path)
    assert result.returncode == 2
    assert "question is empty" in result.stderr
    assert "Traceback" not in result.stderr


def test_ingest_names_the_file_it_could_not_read_and_keeps_the_rest(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.md").write_text("# Note\n\nThe radar is in Okinawa.", encoding="utf-8")
    (corpus / "bad.txt").write_bytes(b"\x00\x00\xff binary")
    result = run_cli("ingest", str(corpus), data_dir=tmp_path / "data")
    assert result.returncode == 3
    assert "bad.txt" in result.stderr and "binary" in result.stderr
    assert "added" in result.stderr and "good.md" in result.stderr
    again = run_cli("ingest", str(corpus / "good.md"), data_dir=tmp_path / "data")
    assert again.returncode == 0 and "unchanged" in again.stderr
