"""Closed-loop HTTP load on /api/ask over loopback: each client sends its next question as soon as
its previous answer arrives. Bounded by a deadline; reports p50/p95, answers per second, errors.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import httpx

from citeqa.bench.processes import ServerProcess
from citeqa.bench.stats import latency_summary

TIMEOUT = 30.0

Request = Callable[[httpx.AsyncClient, str], Awaitable[httpx.Response]]


async def ask(client: httpx.AsyncClient, question: str) -> httpx.Response:
    return await client.post("/api/ask", json={"question": question})


async def health(client: httpx.AsyncClient, _: str) -> httpx.Response:
    """GET /healthz, which does no work: the floor of any endpoint's latency under load."""
    return await client.get("/healthz")


async def _ask_loop(
    client: httpx.AsyncClient,
    questions: Sequence[str],
    first: int,
    deadline: float,
    latencies: list[float],
    errors: Counter[str],
    request: Request,
) -> None:
    index = first
    while time.monotonic() < deadline:
        question = questions[index % len(questions)]
        index += 1
        started = time.perf_counter()
        try:
            response = await request(client, question)
        except httpx.HTTPError as exc:
            errors[type(exc).__name__] += 1
            continue
        if response.status_code == 200:
            latencies.append(time.perf_counter() - started)
        else:
            errors[str(response.status_code)] += 1


async def _health_loop(client: httpx.AsyncClient, deadline: float, latencies: list[float]) -> None:
    while time.monotonic() < deadline:
        started = time.perf_counter()
        await client.get("/healthz")
        latencies.append(time.perf_counter() - started)
        await asyncio.sleep(0.02)


async def warm_up(url: str, questions: Sequence[str]) -> None:
    """Every question once, one at a time: first-request costs stay out of the measurement."""
    async with httpx.AsyncClient(base_url=url, timeout=TIMEOUT) as client:
        for question in questions:
            (await client.post("/api/ask", json={"question": question})).raise_for_status()


async def closed_loop(
    url: str,
    questions: Sequence[str],
    clients: int,
    seconds: float,
    probe_health: bool = False,
    request: Request = ask,
) -> dict[str, Any]:
    """`clients` concurrent clients for `seconds`; with `probe_health`, one more polls /healthz."""
    latencies: list[float] = []
    health: list[float] = []
    errors: Counter[str] = Counter()
    pool = [httpx.AsyncClient(base_url=url, timeout=TIMEOUT) for _ in range(clients + probe_health)]
    started = time.monotonic()
    deadline = started + seconds
    # Clients start spread over the question list, so concurrent questions differ.
    loops = [
        _ask_loop(pool[n], questions, n * len(questions) // clients, deadline, latencies, errors, request)
        for n in range(clients)
    ]
    if probe_health:
        loops.append(_health_loop(pool[-1], deadline, health))
    try:
        await asyncio.gather(*loops)
    finally:
        for client in pool:
            await client.aclose()
    elapsed = time.monotonic() - started  # past the deadline by the last answers in flight
    result: dict[str, Any] = {
        "clients": clients,
        "seconds": round(elapsed, 2),
        "qps": round(len(latencies) / elapsed, 1),
        **(latency_summary(latencies) if latencies else {"count": 0, "p50_ms": None, "p95_ms": None}),
        "errors": sum(errors.values()),
        "error_kinds": dict(errors),
    }
    if probe_health:
        result["healthz"] = latency_summary(health)
    return result


def measure_http(
    env: dict[str, str],
    questions: Sequence[str],
    levels: Sequence[int],
    seconds: float,
    log: Callable[[str], None],
) -> dict[str, object]:
    """One server, warmed up, then each client level in turn; the server's peak RSS at the end."""
    with ServerProcess(env) as server:
        start_seconds = server.first_answer_seconds(questions[0])
        asyncio.run(warm_up(server.url, questions))
        results = []
        for clients in levels:
            log(f"http: {clients} client(s) for {seconds:g} s")
            results.append(asyncio.run(closed_loop(server.url, questions, clients, seconds)))
        return {
            "first_answer_s": round(start_seconds, 3),
            "levels": results,
            "peak_rss_mib": server.peak_rss_mib(),
        }
