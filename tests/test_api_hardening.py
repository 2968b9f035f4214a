"""Abuse at the HTTP edge, against a real `citeqa serve` process: huge streamed bodies and
hostile upload names."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from citeqa.bench.processes import ServerProcess, bench_env

from .conftest import ADMIN_KEY, SEEDS, ServerThread

MIB = 1024 * 1024


@pytest.fixture(scope="module")
def server_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    env = bench_env(tmp_path_factory.mktemp("serve"), SEEDS)
    with ServerProcess(env) as server:
        server.first_answer_seconds("What is the Golden Dome?")
        yield server


def rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


def send_chunked(port: int, path: str, total: int, chunk: int = 64 * 1024) -> bytes:
    """POST `total` bytes of chunked body (no Content-Length), stopping when the server answers
    or closes; returns what the server sent back."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Transfer-Encoding: chunked\r\n\r\n".encode()
        )
        payload = f"{chunk:x}\r\n".encode() + b"a" * chunk + b"\r\n"
        sent = 0
        sock.setblocking(False)
        reply = b""
        try:
            while sent < total:
                try:
                    reply += sock.recv(65536)
                    if reply:
                        break
                except BlockingIOError:
                    pass
                sock.setblocking(True)
                sock.sendall(payload)
                sock.setblocking(False)
                sent += chunk
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered and closed while we were still sending
        sock.setblocking(True)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # the server closes after its answer
            try:
                data = sock.recv(65536)
            except (ConnectionResetError, TimeoutError):
                break
            if not data:
                break
            reply += data
        return reply


def test_a_chunked_20_mib_body_gets_413_without_the_server_growing(server_process: ServerProcess) -> None:
    pid = server_process.process.pid
    before = rss_bytes(pid)
    reply = send_chunked(server_process.port, "/api/ask", 20 * MIB)
    assert reply.startswith(b"HTTP/1.1 413"), reply[:200]
    assert b"payload_too_large" in reply
    assert rss_bytes(pid) - before < 16 * MIB  # the body was never held: the limit is 256 KiB
    assert httpx.get(f"{server_process.url}/healthz", timeout=10).status_code == 200


@pytest.mark.parametrize(
    "filename",
    [
        "../../etc/passwd.txt",
        "..%2f..%2fescape.txt",
        "/etc/absolute.txt",
        "C:\\Windows\\evil.txt",
        "a/b/../c.txt",
    ],
)
def test_upload_names_are_labels_never_paths(live_server: ServerThread, filename: str) -> None:
    response = httpx.post(
        f"{live_server.url}/api/documents",
        files={"file": (filename, f"A note named {filename!r} about radar sites.".encode(), "text/plain")},
        headers={"Authorization": f"Bearer {ADMIN_KEY}"},
        timeout=120,
    )
    assert response.status_code == 201, response.text
    source = response.json()["source"]
    name = source.removeprefix("uploads/")
    assert source.startswith("uploads/") and "/" not in name and "\\" not in name and ".." not in name
    assert not Path("/etc/passwd.txt").exists() and not Path("/etc/absolute.txt").exists()
    deleted = httpx.delete(
        f"{live_server.url}/api/documents/{response.json()['id']}",
        headers={"Authorization": f"Bearer {ADMIN_KEY}"},
    )
    assert deleted.status_code == 204
