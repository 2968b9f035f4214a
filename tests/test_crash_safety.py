"""kill -9 during ingest and re-index, repeatedly: every document stays wholly present or wholly
absent, the store still opens, and running again converges to the same passage count."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from citeqa.documents import document_from_text
from citeqa.passages import build_passages

from .conftest import ROOT, SEED_FILE

INSPECT = """
import json
from citeqa.config import Settings
from citeqa.store import Store
store = Store(Settings(_env_file=None))
records = {r.id: r for r in store.documents()}
committed = {}
for stored in store.passages():
    committed[stored.passage.doc_id] = committed.get(stored.passage.doc_id, 0) + 1
print(json.dumps({
    "documents": {i: [r.passages, committed.get(i, 0)] for i, r in records.items()},
    "stored_passages": store.passage_count(),
    "active": store.active_passages_name(),
    "collections": sorted(c.name for c in store._client.list_collections()),
}))
"""


def make_corpus(folder: Path, count: int) -> int:
    """Documents built from the seed's paragraphs in different orders; returns their passages."""
    paragraphs = [p for p in SEED_FILE.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    rng = random.Random(7)
    total = 0
    for index in range(count):
        text = "\n\n".join(rng.sample(paragraphs, len(paragraphs)) * 4) + f"\n\nDocument number {index}."
        (folder / f"doc{index}.txt").write_text(text, encoding="utf-8")
        total += len(build_passages("x", "x", document_from_text(text, "x").text))
    return total


def child_env(data_dir: Path) -> dict[str, str]:
    return {**os.environ, "CITEQA_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1"}


def run(code: list[str], data_dir: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        code, env=child_env(data_dir), cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )


def kill_after(citeqa_args: list[str], data_dir: Path, seconds: float) -> None:
    """Start `citeqa ARGS…` and kill -9 it after `seconds`."""
    process = subprocess.Popen(
        [sys.executable, "-m", "citeqa", *citeqa_args],
        env=child_env(data_dir),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(seconds)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


def inspect(data_dir: Path) -> dict:  # type: ignore[type-arg]
    # In a subprocess: a damaged index could crash the process that opens it.
    result = run([sys.executable, "-c", INSPECT], data_dir)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_killed_ingests_leave_whole_documents_and_converge(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    expected = make_corpus(corpus, 10)
    data_dir = tmp_path / "data"
    rng = random.Random(11)
    interrupted = 0
    for _ in range(5):
        kill_after(["ingest", str(corpus)], data_dir, rng.uniform(3.0, 9.0))
        state = inspect(data_dir)
        for doc_id, (recorded, present) in state["documents"].items():
            assert recorded == present, f"document {doc_id} is partly present: {present} of {recorded}"
        interrupted += len(state["documents"]) < 10
    finished = run([sys.executable, "-m", "citeqa", "ingest", str(corpus)], data_dir)
    assert finished.returncode == 0, finished.stderr[-2000:]
    state = inspect(data_dir)
    assert interrupted, "no kill landed in the middle of an ingest"
    assert len(state["documents"]) == 10
    assert sum(present for _, present in state["documents"].values()) == expected
    assert state["stored_passages"] == expected  # no orphans from the killed runs remain


def test_killed_reindexes_keep_the_old_index_answering_and_converge(tmp_path: Path) -> None:
    """A re-index killed at any point leaves the old collection active and whole; the next one
    drops the orphan and finishes with the same passages."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    expected = make_corpus(corpus, 6)
    data_dir = tmp_path / "data"
    assert run([sys.executable, "-m", "citeqa", "ingest", str(corpus)], data_dir).returncode == 0
    before = inspect(data_dir)
    rng = random.Random(5)
    interrupted = 0
    for _ in range(3):
        kill_after(["reindex"], data_dir, rng.uniform(3.0, 7.0))
        state = inspect(data_dir)
        assert state["documents"] == before["documents"]  # every document whole, from one index
        interrupted += len([name for name in state["collections"] if "passages" in name]) > 1
        question = "How much will the Golden Dome cost?"
        asked = run([sys.executable, "-m", "citeqa", "ask", question, "--json"], data_dir)
        assert asked.returncode == 0 and json.loads(asked.stdout)["answerable"], asked.stderr[-2000:]
    assert interrupted, "no kill landed in the middle of a re-index"
    finished = run([sys.executable, "-m", "citeqa", "reindex"], data_dir)
    assert finished.returncode == 0, finished.stderr[-2000:]
    state = inspect(data_dir)
    assert state["active"] != before["active"]
    assert sum(present for _, present in state["documents"].values()) == expected
    assert state["stored_passages"] == expected
    assert [name for name in state["collections"] if "passages" in name] == [state["active"]]
