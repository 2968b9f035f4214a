"""Scale-out: with CITEQA_CHROMA_URL, citeqa uses a real `chroma run` server, and several citeqa
servers answer from the one store."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from citeqa.engine import Engine
from citeqa.errors import Unavailable

from .conftest import ADMIN_KEY, SEED_FILE, SEEDS, ServerThread, free_port, make_settings


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    chroma = Path(sys.executable).parent / "chroma"
    assert chroma.exists() or shutil.which("chroma"), "the chroma CLI ships with the chromadb package"
    port = free_port()
    process = subprocess.Popen(
        [
            str(chroma),
            "run",
            "--path",
            str(tmp_path_factory.mktemp("chroma")),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            pass
        assert process.poll() is None and time.monotonic() < deadline, "chroma run did not start"
        time.sleep(0.2)
    yield url
    process.terminate()
    process.wait(timeout=30)


def test_ingest_and_ask_against_a_chroma_server(tmp_path: Path, chroma_url: str) -> None:
    engine = Engine.open(make_settings(tmp_path, chroma_url=chroma_url, collection_prefix="suite"))
    first = engine.ingest_paths([SEEDS])
    again = engine.ingest_paths([SEEDS])
    assert len(first.added) == 1 and len(again.unchanged) == 1
    assert engine.store.passage_count() == first.added[0].passages
    answer = engine.ask("How much will the Golden Dome cost?")
    text = SEED_FILE.read_text(encoding="utf-8")
    assert answer.answerable and "trillions" in answer.citations[0].text
    assert text[answer.citations[0].start : answer.citations[0].end] == answer.citations[0].text
    assert not (tmp_path / "chroma").exists()  # nothing was written to the embedded store


def test_two_citeqa_servers_share_one_chroma_server(tmp_path: Path, chroma_url: str) -> None:
    from citeqa.api import create_app

    def settings(name: str):  # type: ignore[no-untyped-def]
        return make_settings(
            tmp_path / name, chroma_url=chroma_url, collection_prefix="shared", admin_key=ADMIN_KEY
        )

    with (
        ServerThread(create_app(settings("a")), free_port()) as one,
        ServerThread(create_app(settings("b")), free_port()) as two,
    ):
        note = "Depot memo\n\nThe Sapporo depot stores 40 interceptor canisters for the Golden Dome tests."
        created = httpx.post(
            f"{one.url}/api/documents",
            json={"text": note, "source": "depot.txt"},
            headers={"Authorization": f"Bearer {ADMIN_KEY}"},
            timeout=120,
        )
        assert created.status_code == 201
        # The second server picks up the first one's write on its next question.
        answer = httpx.post(
            f"{two.url}/api/ask",
            json={"question": "How many interceptor canisters does the Sapporo depot store?"},
            timeout=60,
        ).json()
        assert answer["answerable"] and "Sapporo" in answer["citations"][0]["text"]
        ids = {d["id"] for d in httpx.get(f"{two.url}/api/documents").json()}
        assert created.json()["id"] in ids


def test_a_reindex_by_one_engine_is_followed_by_another_sharing_the_server(
    tmp_path: Path, chroma_url: str
) -> None:
    """The re-indexing engine switches the active collection; the other follows on its next
    question instead of reading the dropped one."""
    writer = Engine.open(make_settings(tmp_path / "w", chroma_url=chroma_url, collection_prefix="rx"))
    writer.ingest_paths([SEEDS])
    reader = Engine.open(
        make_settings(tmp_path / "r", chroma_url=chroma_url, collection_prefix="rx", dense_exact_limit=0)
    )
    question = "How much will the Golden Dome cost?"
    before = reader.ask(question)
    writer.reindex()
    after = reader.ask(question)  # the switch clears the answer cache: searched afresh in Chroma
    assert reader.store.active_passages_name() == writer.store.active_passages_name()
    assert after.answerable and after.citations[0].text == before.citations[0].text


def test_an_unreachable_chroma_server_is_a_clear_503(tmp_path: Path) -> None:
    with pytest.raises(Unavailable, match="Chroma server"):
        Engine.open(make_settings(tmp_path, chroma_url=f"http://127.0.0.1:{free_port()}"))
