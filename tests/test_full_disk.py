"""A full disk: the data dir on a small tmpfs. An ingest that doesn't fit fails with a clear
one-line error, and the documents ingested before it stay whole and queryable, even while the
disk stays full.

Mounting needs root: elsewhere these tests skip, except under CI=true, where they fail.
"""

from __future__ import annotations

import errno
import json
import os
import random
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from citeqa.documents import document_from_text
from citeqa.errors import Unavailable
from citeqa.passages import build_passages

from .conftest import SEED_FILE

# The seeded store takes about 0.9 MiB (most of it Chroma's empty SQLite file), so 3 MiB leaves
# about 2 MiB free. Each passage costs about 13 KiB of store (text, context, vector, full-text
# index), so the generated document below needs about 5 MiB: over twice what is left. A document
# of a few MB of text would do no better and take minutes to embed on two cores.
DISK_SIZE = "3m"
BIG_SENTENCES = 400
QUESTION = "How much will the Golden Dome cost?"

DOCUMENTS = """
import hashlib, json
from collections import Counter
from citeqa.config import Settings
from citeqa.store import Store
store = Store(Settings(_env_file=None))
committed = Counter(stored.passage.doc_id for stored in store.passages())
print(json.dumps([
    {**record.to_dict(), "committed": committed[record.id],
     "text_sha256": hashlib.sha256(store.document_text(record.id).encode("utf-8")).hexdigest()}
    for record in store.documents()
]))
"""


@dataclass(frozen=True)
class SmallDisk:
    """A seeded data dir on a small tmpfs, and a working folder (with the files) beside it."""

    data_dir: Path
    work_dir: Path

    def citeqa(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return self._run(["-m", "citeqa", *args], timeout)

    def documents(self) -> list[dict[str, object]]:
        # In a subprocess, as a separate reader would: this process never holds the store's lock.
        result = self._run(["-c", DOCUMENTS], timeout=120)
        assert result.returncode == 0, result.stderr[-2000:]
        return list(json.loads(result.stdout.strip().splitlines()[-1]))

    def _run(self, args: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
        env = {name: value for name, value in os.environ.items() if not name.startswith("CITEQA_")}
        env.update(CITEQA_DATA_DIR=str(self.data_dir), HF_HUB_OFFLINE="1")
        return subprocess.run(
            [sys.executable, *args],
            env=env,
            cwd=self.work_dir,
            capture_output=True,
            text=True,
            timeout=timeout,
        )


def _cannot_mount(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"the full-disk tests must run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    """A 3 MiB tmpfs of the test's own holding the data dir, with the seed article ingested;
    unmounted afterwards."""
    if os.geteuid() != 0:
        _cannot_mount("mounting a tmpfs for the data dir needs root")
    if shutil.which("mount") is None or shutil.which("umount") is None:
        _cannot_mount("mount/umount are not installed")
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_SIZE},mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    if mounted.returncode != 0:
        _cannot_mount(f"cannot mount a tmpfs: {mounted.stderr.strip()}")
    try:
        work_dir = tmp_path / "work"
        work_dir.mkdir()
        shutil.copy(SEED_FILE, work_dir / SEED_FILE.name)
        disk = SmallDisk(mount_point / "data", work_dir)
        seeded = disk.citeqa("ingest", SEED_FILE.name)
        assert seeded.returncode == 0, f"the seed did not ingest on {DISK_SIZE}: {seeded.stderr[-2000:]}"
        yield disk
    finally:
        if subprocess.run(["umount", str(mount_point)], capture_output=True, timeout=30).returncode != 0:
            subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, timeout=30)


def _seed_as_stored() -> dict[str, object]:
    """What the store must hold for the seed: its record's fields and every one of its passages."""
    text = SEED_FILE.read_text(encoding="utf-8")
    document = document_from_text(text, SEED_FILE.name)
    return {
        "id": document.doc_id,
        "source": SEED_FILE.name,
        "sha256": document.sha256,
        "text_sha256": document.sha256,  # the stored text, hashed as read back
        "passages": len(build_passages(document.doc_id, document.source, document.text)),
    }


def _assert_only_the_seed_whole(documents: list[dict[str, object]]) -> None:
    expected = _seed_as_stored()
    assert [d["source"] for d in documents] == [SEED_FILE.name], "only the seed may be in the store"
    (seed,) = documents
    assert {key: seed[key] for key in expected} == expected
    assert seed["committed"] == seed["passages"], "the seed is only partly present"


def _assert_answers_from_the_seed(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stderr[-2000:]
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["answerable"] is True, answer
    seed_text = SEED_FILE.read_text(encoding="utf-8")
    assert answer["citations"], answer
    for citation in answer["citations"]:
        assert citation["source"] == SEED_FILE.name
        assert citation["text"] == seed_text[citation["start"] : citation["end"]]
    assert any("trillions of dollars" in c["text"] for c in answer["citations"]), answer["answer"]


def _write_big_document(path: Path) -> None:
    """Many different sentences (no two embed alike), ten to a paragraph, always the same."""
    rng = random.Random(17)
    who = "The council|A spokesperson|The ministry|Engineers|Analysts|The port authority".split("|")
    did = "approved|reviewed|postponed|estimated|questioned|funded|inspected".split("|")
    what = "a harbour upgrade|the rail timetable|new water meters|a library extension|a bridge".split("|")
    sentences = [
        f"{rng.choice(who)} of district {rng.randint(1, 999)} {rng.choice(did)} {rng.choice(what)} "
        f"for {rng.randint(2, 99_999)} euros on day {day} of the programme."
        for day in range(BIG_SENTENCES)
    ]
    paragraphs = [" ".join(sentences[start : start + 10]) for start in range(0, len(sentences), 10)]
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


def test_an_ingest_that_does_not_fit_fails_cleanly_and_keeps_earlier_documents(small_disk: SmallDisk) -> None:
    """An ingest needing more space than is left (refused up front or failing mid-write): one clear
    line on stderr, no traceback, exit 7 (the store can't take the write); the seed stays whole
    and answers in a new process, and the document that didn't fit is wholly absent."""
    big = small_disk.work_dir / "big-report.txt"
    _write_big_document(big)

    failed = small_disk.citeqa("ingest", big.name, timeout=180)

    assert "Traceback" not in failed.stderr, failed.stderr[-3000:]
    lines = [line for line in failed.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line on stderr, got: {failed.stderr[-3000:]}"
    assert re.search(r"\b(space|disk)\b", lines[0], re.I), lines[0]
    assert failed.returncode == Unavailable.exit_code, (failed.returncode, lines[0])
    _assert_only_the_seed_whole(small_disk.documents())
    _assert_answers_from_the_seed(small_disk.citeqa("ask", QUESTION, "--json"))


def _fill(folder: Path) -> Path:
    """A file that takes every free byte of folder's filesystem (bounded by its size)."""
    filler = folder / "filler"
    stats = os.statvfs(folder)
    chunk = b"\0" * stats.f_frsize
    with filler.open("wb", buffering=0) as out:
        for _ in range(stats.f_blocks + 1):
            try:
                out.write(chunk)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc
                break
    assert os.statvfs(folder).f_bavail == 0, "the disk could not be filled"
    return filler


def test_a_full_disk_still_answers_questions(small_disk: SmallDisk) -> None:
    """With not one free byte left, a new process still answers from what was ingested; and
    again once space is freed."""
    filler = _fill(small_disk.data_dir.parent)
    try:
        while_full = small_disk.citeqa("ask", QUESTION, "--json")
    finally:
        filler.unlink()
    after_freeing = small_disk.citeqa("ask", QUESTION, "--json")

    _assert_answers_from_the_seed(while_full)
    _assert_answers_from_the_seed(after_freeing)
