"""Request logs without question text, Prometheus metrics, request ids and per-client rate limits."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import httpx
import pytest

from .conftest import ServerThread, free_port, make_settings


@pytest.fixture(scope="module")
def limited_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerThread]:
    from citeqa.api import create_app

    settings = make_settings(tmp_path_factory.mktemp("limited"), rate_limit_per_minute=3)
    with ServerThread(create_app(settings), free_port()) as server:
        yield server


def test_the_question_endpoints_are_rate_limited_per_client(limited_server: ServerThread) -> None:
    url = f"{limited_server.url}/api/ask"
    statuses = [httpx.post(url, json={"question": "What is the Golden Dome?"}, timeout=60) for _ in range(4)]
    assert [r.status_code for r in statuses[:3]] == [200, 200, 200]
    limited = statuses[3]
    assert limited.status_code == 429
    assert int(limited.headers["retry-after"]) >= 1
    assert limited.json()["error"]["type"] == "rate_limited"
    assert httpx.get(f"{limited_server.url}/healthz").status_code == 200  # health is never limited


def test_requests_are_counted_and_timed_in_prometheus_format(live_server: ServerThread) -> None:
    httpx.post(f"{live_server.url}/api/ask", json={"question": "What is the Golden Dome?"}, timeout=60)
    httpx.get(f"{live_server.url}/api/documents/nope")
    metrics = httpx.get(f"{live_server.url}/metrics")
    assert metrics.headers["content-type"].startswith("text/plain")
    text = metrics.text
    assert 'citeqa_requests_total{method="POST",path="/api/ask",status="200"}' in text
    assert 'citeqa_requests_total{method="GET",path="/api/documents/{doc_id}",status="404"}' in text
    assert 'citeqa_request_duration_seconds_bucket{le="0.5",method="POST",path="/api/ask"}' in text


def test_request_logs_are_json_with_an_id_and_no_question_text(
    live_server: ServerThread, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "What is the secret codeword zebra-quartz?"
    with caplog.at_level(logging.INFO, logger="citeqa.access"):
        response = httpx.post(
            f"{live_server.url}/api/ask",
            json={"question": secret},
            headers={"X-Request-ID": "req-123"},
            timeout=60,
        )
    assert response.headers["x-request-id"] == "req-123"
    records = [json.loads(r.getMessage()) for r in caplog.records if r.name == "citeqa.access"]
    mine = [r for r in records if r["request_id"] == "req-123"]
    assert mine and mine[0]["path"] == "/api/ask" and mine[0]["status"] == 200
    assert set(mine[0]) == {"event", "method", "path", "status", "latency_ms", "request_id"}
    assert all("zebra" not in r.getMessage() for r in caplog.records)
