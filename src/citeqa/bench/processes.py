"""Subprocesses measured from the outside: wall time, peak RSS, and `citeqa serve` on loopback.

Every child runs this interpreter with HF_HUB_OFFLINE=1, a data dir of the benchmark's own and
no rate limit (a capacity benchmark would otherwise measure the limiter). Every wait is bounded.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import httpx

CITEQA = [sys.executable, "-m", "citeqa"]


class BenchmarkFailed(RuntimeError):
    """A part of the benchmark could not be measured (as opposed to a target not being met)."""


@dataclass(frozen=True)
class Measured:
    seconds: float
    peak_rss_mib: float


def bench_env(data_dir: Path, seeds: Path, **overrides: str | None) -> dict[str, str]:
    """This process's environment for a citeqa child; an override of None removes the variable."""
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "CITEQA_DATA_DIR": str(data_dir),
        "CITEQA_SEEDS_DIR": str(seeds.resolve()),
        "CITEQA_RATE_LIMIT_PER_MINUTE": "0",
    }
    for name, value in overrides.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def _tail(log: IO[bytes]) -> str:
    log.seek(0)
    return log.read()[-1500:].decode("utf-8", errors="replace").strip()


def run_measured(command: list[str], env: dict[str, str], timeout: float = 300.0) -> Measured:
    """Run a command to completion; its wall time from spawn to exit and its own peak RSS."""
    with tempfile.TemporaryFile() as log:
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=log)
        watchdog = threading.Timer(timeout, process.kill)
        watchdog.start()
        try:
            # wait4, unlike Popen.wait, also returns the child's resource usage: its peak RSS.
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            watchdog.cancel()
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            raise BenchmarkFailed(f"`{' '.join(command[1:])}` exited with {process.returncode}: {_tail(log)}")
    return Measured(seconds, round(usage.ru_maxrss / 1024, 1))  # ru_maxrss is in KiB on Linux


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def peak_rss_mib(pid: int) -> float:
    """A live process's peak resident set (VmHWM), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise BenchmarkFailed(f"no VmHWM in /proc/{pid}/status")


class ServerProcess:
    """`citeqa serve` in a subprocess on a free loopback port; stopped on leaving the block."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ServerProcess:
        self._log = tempfile.TemporaryFile()
        self.spawned = time.perf_counter()
        self.process = subprocess.Popen(
            [*CITEQA, "serve", "--port", str(self.port)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=self._log,  # one JSON line per request: a file, so a full pipe never blocks it
        )
        return self

    def first_answer_seconds(self, question: str, timeout: float = 180.0) -> float:
        """Seconds from spawn to the first 200 from /api/ask, polling every 20 ms."""
        deadline = time.monotonic() + timeout
        with httpx.Client(base_url=self.url, timeout=30) as client:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise BenchmarkFailed(
                        f"citeqa serve exited with {self.process.returncode}: {_tail(self._log)}"
                    )
                try:
                    if client.post("/api/ask", json={"question": question}).status_code == 200:
                        return time.perf_counter() - self.spawned
                except httpx.TransportError:
                    pass  # not listening yet
                time.sleep(0.02)
        raise BenchmarkFailed(f"citeqa serve gave no answer within {timeout:.0f} s")

    def peak_rss_mib(self) -> float:
        return peak_rss_mib(self.process.pid)

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=30)
        self._log.close()
