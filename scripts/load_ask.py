"""Load benchmark for the HTTP service, on loopback only, bounded in count and time.

Starts `citeqa serve` in a subprocess over a fresh data dir, then measures:
1. /api/ask latency with one client (the baseline, in the same run);
2. /api/ask latency with N concurrent clients, while a separate client polls /healthz.
Prints a JSON report; the README quotes its figures.

    .venv/bin/python scripts/load_ask.py [--clients 8] [--seconds 20]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def questions() -> list[str]:
    lines = (ROOT / "eval" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["question"] for line in lines if line.strip()]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def ask_loop(
    client: httpx.AsyncClient, asked: list[str], deadline: float, out: list[float], errors: list[int]
) -> None:
    index = 0
    while time.monotonic() < deadline:
        started = time.perf_counter()
        response = await client.post("/api/ask", json={"question": asked[index % len(asked)]})
        out.append(time.perf_counter() - started)
        if response.status_code != 200:
            errors.append(response.status_code)
        index += 7  # clients start at different questions


async def health_loop(client: httpx.AsyncClient, deadline: float, out: list[float]) -> None:
    while time.monotonic() < deadline:
        started = time.perf_counter()
        await client.get("/healthz")
        out.append(time.perf_counter() - started)
        await asyncio.sleep(0.02)


async def measure(url: str, clients: int, seconds: float) -> dict[str, object]:
    asked = questions()
    async with httpx.AsyncClient(base_url=url, timeout=30) as client:
        for question in asked:  # warm-up: every question once
            await client.post("/api/ask", json={"question": question})
        single: list[float] = []
        errors: list[int] = []
        await ask_loop(client, asked, time.monotonic() + seconds / 2, single, errors)
    loaded: list[float] = []
    health: list[float] = []
    deadline = time.monotonic() + seconds
    pool = [httpx.AsyncClient(base_url=url, timeout=30) for _ in range(clients + 1)]
    try:
        await asyncio.gather(
            *(ask_loop(pool[i], asked[i:] + asked[:i], deadline, loaded, errors) for i in range(clients)),
            health_loop(pool[-1], deadline, health),
        )
    finally:
        for client in pool:
            await client.aclose()
    single_p50 = statistics.median(single)
    loaded_p95 = percentile(loaded, 0.95)
    return {
        "clients": clients,
        "seconds": seconds,
        "single_client": {"requests": len(single), "p50_ms": round(single_p50 * 1000, 1)},
        "concurrent": {
            "requests": len(loaded),
            "qps": round(len(loaded) / seconds, 1),
            "p50_ms": round(statistics.median(loaded) * 1000, 1),
            "p95_ms": round(loaded_p95 * 1000, 1),
            "p95_over_single_p50": round(loaded_p95 / single_p50, 2),
        },
        "healthz_under_load": {"requests": len(health), "p95_ms": round(percentile(health, 0.95) * 1000, 1)},
        "errors": len(errors),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    port = free_port()
    with tempfile.TemporaryDirectory() as data_dir:
        # A capacity benchmark: the per-client rate limit would turn it into a test of the limiter.
        env = {
            **os.environ,
            "CITEQA_DATA_DIR": data_dir,
            "HF_HUB_OFFLINE": "1",
            "CITEQA_RATE_LIMIT_PER_MINUTE": "0",
        }
        server = subprocess.Popen(
            [sys.executable, "-m", "citeqa", "serve", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 180
            while True:
                try:
                    if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the server did not become ready")
                time.sleep(0.5)
            report = asyncio.run(measure(url, args.clients, args.seconds))
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
