"""The OpenAI-compatible endpoint works with the official openai client, streamed and not."""

from __future__ import annotations

import httpx
from openai import OpenAI

from .conftest import SEED_FILE, ServerThread


def client_for(server: ServerThread) -> OpenAI:
    return OpenAI(base_url=f"{server.url}/v1", api_key="unused", max_retries=0, timeout=60)


def test_models_lists_citeqa(live_server: ServerThread) -> None:
    assert [m.id for m in client_for(live_server).models.list()] == ["citeqa"]


def test_chat_completion_carries_markers_and_citations(live_server: ServerThread) -> None:
    completion = client_for(live_server).chat.completions.create(
        model="citeqa",
        messages=[
            {"role": "system", "content": "You are helpful."},
            {"role": "user", "content": "How much will the Golden Dome cost?"},
        ],
        temperature=0.2,
    )
    content = completion.choices[0].message.content or ""
    assert "[1]" in content and "trillions" in content
    assert completion.choices[0].finish_reason == "stop"
    citations = (completion.model_extra or {})["citations"]
    text = SEED_FILE.read_text(encoding="utf-8")
    assert citations and all(text[c["start"] : c["end"]] == c["text"] for c in citations)


def test_streamed_chat_completion_reassembles_the_answer(live_server: ServerThread) -> None:
    stream = client_for(live_server).chat.completions.create(
        model="citeqa",
        messages=[
            {"role": "user", "content": "What is the Golden Dome?"},
            {"role": "assistant", "content": "A missile defense system."},
            {"role": "user", "content": "how much will it cost?"},
        ],
        stream=True,
    )
    parts, citations, finish = [], None, None
    for chunk in stream:
        choice = chunk.choices[0]
        parts.append(choice.delta.content or "")
        finish = choice.finish_reason or finish
        citations = (chunk.model_extra or {}).get("citations", citations)
    answer = "".join(parts)
    assert finish == "stop"
    assert citations and "[1]" in answer and "trillions" in answer
    plain = httpx.post(
        f"{live_server.url}/api/ask",
        json={
            "question": "how much will it cost?",
            "history": [
                {"role": "user", "content": "What is the Golden Dome?"},
                {"role": "assistant", "content": "A missile defense system."},
            ],
        },
        timeout=60,
    ).json()
    assert answer == plain["answer"]


def test_a_refusal_has_no_citations(live_server: ServerThread) -> None:
    completion = client_for(live_server).chat.completions.create(
        model="citeqa", messages=[{"role": "user", "content": "What is the best pizza topping?"}]
    )
    assert "don't say" in (completion.choices[0].message.content or "")
    assert (completion.model_extra or {})["citations"] == []


def test_bad_conversations_get_json_errors(live_server: ServerThread) -> None:
    url = f"{live_server.url}/v1/chat/completions"
    no_user = httpx.post(url, json={"model": "citeqa", "messages": [{"role": "assistant", "content": "hi"}]})
    assert no_user.status_code == 400
    empty = httpx.post(url, json={"model": "citeqa", "messages": []})
    assert empty.status_code == 422
    assert empty.json()["error"]["type"] == "invalid_request"
