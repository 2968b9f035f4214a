"""Shared fixtures: real model, real Chroma under a temporary folder, real servers on loopback."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from citeqa.config import Settings  # noqa: E402
from citeqa.engine import Engine  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_FILE = SEEDS / "japan-golden-dome.txt"


def make_settings(data_dir: Path, **overrides: object) -> Settings:
    return Settings(data_dir=data_dir, seeds_dir=SEEDS, _env_file=None, **overrides)  # type: ignore[call-arg]


@pytest.fixture(scope="session")
def seeded_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """One engine over the seed article, shared by tests that only read."""
    engine = Engine.open(make_settings(tmp_path_factory.mktemp("seeded")))
    report = engine.ingest_paths([SEEDS])
    assert not report.failed
    return engine


@pytest.fixture
def fresh_engine(tmp_path: Path) -> Engine:
    """An engine over an empty store of its own, for tests that write."""
    return Engine.open(make_settings(tmp_path / "data"))


def ingest_text(engine: Engine, path: Path, text: str) -> None:
    """Write `text` to `path` and ingest it: a small invented document for one test."""
    path.write_text(text, encoding="utf-8")
    engine.ingest_paths([path])


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(SEED_FILE, folder / SEED_FILE.name)
    return folder


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServerThread:
    """A real uvicorn server on 127.0.0.1 in a background thread (as httpx's tests do)."""

    def __init__(self, app: object, port: int) -> None:
        import uvicorn

        self.url = f"http://127.0.0.1:{port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 120
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


ADMIN_KEY = "test-admin-key-0123456789"
ALLOWED_ORIGIN = "http://127.0.0.1:9"


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerThread]:
    """citeqa on a real uvicorn, seeded, with an admin key and one allowed CORS origin."""
    from citeqa.api import create_app

    settings = make_settings(
        tmp_path_factory.mktemp("server"),
        admin_key=ADMIN_KEY,
        cors_origins=[ALLOWED_ORIGIN],
        max_upload_bytes=64 * 1024,
    )
    with ServerThread(create_app(settings), free_port()) as server:
        yield server
