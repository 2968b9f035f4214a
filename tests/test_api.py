"""Asking over HTTP: the answer object, Server-Sent Events, history, health, CORS and errors.

Every test talks to a real uvicorn on 127.0.0.1.
"""

from __future__ import annotations

import json
import threading
import time

import httpx

from .conftest import ALLOWED_ORIGIN, SEED_FILE, ServerThread


def parse_sse(body: str) -> list[tuple[str, object]]:
    events = []
    for block in body.strip().split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line)
        events.append((fields.get("event", "message"), json.loads(fields["data"])))
    return events


def test_health_and_readiness(live_server: ServerThread) -> None:
    assert httpx.get(f"{live_server.url}/healthz").json() == {"status": "ok"}
    ready = httpx.get(f"{live_server.url}/readyz").json()
    assert ready["status"] == "ready" and ready["passages"] > 20


def test_ask_returns_the_answer_object_with_exact_citations(live_server: ServerThread) -> None:
    response = httpx.post(
        f"{live_server.url}/api/ask",
        json={"question": "When will the Golden Dome be operational?"},
        timeout=60,
    )
    assert response.status_code == 200
    body = response.json()
    assert set(body) >= {"question", "answer", "answerable", "mode", "citations", "passages"}
    assert body["answerable"] is True and body["mode"] == "extractive"
    text = SEED_FILE.read_text(encoding="utf-8")
    for citation in body["citations"]:
        assert text[citation["start"] : citation["end"]] == citation["text"]
    assert "2029" in body["citations"][0]["text"]
    assert len(body["passages"]) == 5


def test_history_carries_a_follow_up(live_server: ServerThread) -> None:
    body = {
        "question": "how much will it cost?",
        "history": [
            {"role": "user", "content": "What is the Golden Dome?"},
            {"role": "assistant", "content": "A missile defense system."},
        ],
        "top_k": 3,
    }
    answer = httpx.post(f"{live_server.url}/api/ask", json=body, timeout=60).json()
    assert answer["answerable"]
    assert any("trillions of dollars" in c["text"] for c in answer["citations"])
    assert len(answer["passages"]) == 3


def test_stream_sends_passages_deltas_citations_and_done(live_server: ServerThread) -> None:
    with httpx.stream(
        "POST",
        f"{live_server.url}/api/ask/stream",
        json={"question": "How much will the Golden Dome cost?"},
        timeout=60,
    ) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        events = parse_sse(response.read().decode())
    names = [name for name, _ in events]
    assert names[0] == "passages" and names[-1] == "done"
    assert "delta" in names and "citation" in names
    done = events[-1][1]
    assert isinstance(done, dict)
    deltas = "".join(data["text"] for name, data in events if name == "delta")  # type: ignore[index]
    assert deltas == done["answer"]
    streamed = [data for name, data in events if name == "citation"]
    assert streamed == done["citations"]


def test_stream_of_a_refusal_has_no_citations(live_server: ServerThread) -> None:
    response = httpx.post(
        f"{live_server.url}/api/ask/stream",
        json={"question": "Who won the 1998 football world cup?"},
        timeout=60,
    )
    events = parse_sse(response.text)
    assert [name for name, _ in events] == ["passages", "delta", "done"]
    assert events[-1][1]["answerable"] is False  # type: ignore[index]


def test_a_bad_streamed_question_gets_a_json_error_not_a_stream(live_server: ServerThread) -> None:
    response = httpx.post(f"{live_server.url}/api/ask/stream", json={"question": ""}, timeout=60)
    assert response.status_code == 422
    assert response.json()["error"]["type"] == "invalid_request"


def test_bad_input_gets_the_right_status_and_a_json_error(live_server: ServerThread) -> None:
    url = f"{live_server.url}/api/ask"
    cases = [
        ({"question": "   "}, 422),
        ({"question": "x" * 2001}, 422),
        ({}, 422),
        ({"question": "ok?", "top_k": 0}, 422),
        ({"question": "ok?", "top_k": 51}, 422),
        ({"question": "ok?", "unknown": 1}, 422),
        ({"question": "ok?", "history": [{"role": "system", "content": "x"}]}, 422),
        ({"question": "ok?", "history": [{"role": "user", "content": "x"}] * 51}, 422),
    ]
    for body, status in cases:
        response = httpx.post(url, json=body, timeout=60)
        assert response.status_code == status, (body, response.text)
        error = response.json()["error"]
        assert error["type"] and error["message"]
        assert "Traceback" not in response.text and "/work" not in response.text
    malformed = httpx.post(url, content=b"{not json", headers={"content-type": "application/json"})
    assert malformed.status_code == 422
    assert httpx.get(f"{live_server.url}/nowhere").json()["error"]["type"] == "not_found"


def test_a_body_over_the_limit_is_cut_off_while_streaming(live_server: ServerThread) -> None:
    """A chunked body with no Content-Length is refused once it passes the limit."""

    def chunks():  # type: ignore[no-untyped-def]
        yield b'{"question": "'
        for _ in range(64):
            yield b"a" * 16384
        yield b'"}'

    response = httpx.post(
        f"{live_server.url}/api/ask",
        content=chunks(),
        headers={"content-type": "application/json"},
        timeout=60,
    )
    assert response.status_code == 413
    assert response.json()["error"]["type"] == "payload_too_large"


def test_cors_allows_only_configured_origins(live_server: ServerThread) -> None:
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    allowed = httpx.options(f"{live_server.url}/api/ask", headers={"Origin": ALLOWED_ORIGIN, **preflight})
    assert allowed.headers.get("access-control-allow-origin") == ALLOWED_ORIGIN
    other = httpx.options(
        f"{live_server.url}/api/ask", headers={"Origin": "http://evil.example", **preflight}
    )
    assert "access-control-allow-origin" not in other.headers


def test_health_answers_while_questions_are_being_answered(live_server: ServerThread) -> None:
    """Answering runs off the event loop, so /healthz stays quick under load."""
    stop = time.monotonic() + 4
    errors: list[int] = []

    def ask_repeatedly() -> None:
        # Each question differs, so each is answered rather than served from the answer cache;
        # at most 50 each keeps the four clients under the per-client rate limit.
        with httpx.Client(timeout=60) as client:
            for n in range(50):
                if time.monotonic() >= stop:
                    break
                question = f"Why is Japan raising defense spending? ({threading.get_ident()}-{n})"
                status = client.post(f"{live_server.url}/api/ask", json={"question": question}).status_code
                if status != 200:
                    errors.append(status)

    workers = [threading.Thread(target=ask_repeatedly) for _ in range(4)]
    for worker in workers:
        worker.start()
    latencies = []
    with httpx.Client(timeout=10) as client:
        while time.monotonic() < stop:
            started = time.perf_counter()
            assert client.get(f"{live_server.url}/healthz").status_code == 200
            latencies.append(time.perf_counter() - started)
            time.sleep(0.05)
    for worker in workers:
        worker.join()
    assert not errors
    latencies.sort()
    assert latencies[len(latencies) // 2] < 0.5, latencies
