"""The minimal HTTP service answers over a real uvicorn on 127.0.0.1."""

import httpx

from .conftest import ServerThread


def test_health_and_readiness(live_server: ServerThread) -> None:
    assert httpx.get(f"{live_server.url}/healthz").json() == {"status": "ok"}
    ready = httpx.get(f"{live_server.url}/readyz").json()
    assert ready["status"] == "ready" and ready["passages"] > 20


def test_ask_returns_the_answer_object(live_server: ServerThread) -> None:
    response = httpx.post(
        f"{live_server.url}/api/ask",
        json={"question": "When will the Golden Dome be operational?"},
        timeout=60,
    )
    assert response.status_code == 200
    body = response.json()
    assert body["answerable"] is True
    assert "2029" in body["citations"][0]["text"]


def test_bad_questions_get_json_errors(live_server: ServerThread) -> None:
    empty = httpx.post(f"{live_server.url}/api/ask", json={"question": " "}, timeout=60)
    assert empty.status_code == 400
    assert empty.json()["error"]["type"] == "invalid_request"
    too_long = httpx.post(f"{live_server.url}/api/ask", json={"question": "x" * 2001}, timeout=60)
    assert too_long.status_code == 413
    missing = httpx.post(f"{live_server.url}/api/ask", json={}, timeout=60)
    assert missing.status_code == 422
    assert "question" in missing.json()["error"]["message"]
