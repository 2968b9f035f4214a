"""An OpenAI-compatible chat completions endpoint, so OpenAI clients and chat UIs can use citeqa.

The answer keeps its `[n]` markers; the citations ride in an extra top-level `citations` field
(on the final chunk when streaming). Unknown request fields are ignored, as OpenAI clients send
many optional ones (temperature, top_p, …) that do not apply here.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator
from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, StrictBool

from citeqa.api.app_errors import documented
from citeqa.api.sse import sse_data
from citeqa.api.workers import run_answer
from citeqa.engine import Engine
from citeqa.errors import InvalidInput
from citeqa.schemas import Answer, Turn

router = APIRouter(prefix="/v1", tags=["openai"], responses=documented(400, 409, 413, 422, 429, 503))

MODEL_ID = "citeqa"


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="ignore")

    type: str
    text: str | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="ignore")

    role: Literal["system", "user", "assistant", "developer", "tool"]
    content: str | list[ContentPart] | None = None

    @property
    def text(self) -> str:
        if isinstance(self.content, list):
            return " ".join(part.text or "" for part in self.content if part.type == "text")
        return self.content or ""


class ChatRequest(BaseModel):
    model_config = ConfigDict(
        extra="ignore",
        json_schema_extra={
            "examples": [
                {"model": "citeqa", "messages": [{"role": "user", "content": "What is the Golden Dome?"}]}
            ]
        },
    )

    model: str = MODEL_ID
    messages: list[ChatMessage] = Field(min_length=1, max_length=100)
    stream: StrictBool = False


def _split(messages: list[ChatMessage]) -> tuple[str, list[Turn]]:
    """The last user message is the question; earlier user/assistant turns are the history."""
    turns = [m for m in messages if m.role in ("user", "assistant")]
    if not turns or turns[-1].role != "user":
        raise InvalidInput("the last message must come from the user")
    history = [Turn(role=m.role, content=m.text) for m in turns[:-1]]  # type: ignore[arg-type]
    return turns[-1].text, history


def _envelope(completion_id: str, created: int, kind: str) -> dict[str, object]:
    return {"id": completion_id, "object": kind, "created": created, "model": MODEL_ID}


def _usage(question: str, answer: Answer) -> dict[str, int]:
    prompt, completion = len(question.split()), len(answer.answer.split())
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


@router.get("/models")
async def list_models() -> dict[str, object]:
    model = {"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "citeqa"}
    return {"object": "list", "data": [model]}


@router.post(
    "/chat/completions",
    response_model=None,
    responses={
        200: {
            "description": "A chat completion, or with `stream: true` its chunks as Server-Sent Events",
            "content": {"application/json": {}, "text/event-stream": {}},
        }
    },
)
async def chat_completions(request: Request, body: ChatRequest) -> dict[str, object] | StreamingResponse:
    engine: Engine = request.app.state.engine
    question, history = _split(body.messages)
    answer: Answer = await run_answer(request, engine.ask, question, history)
    completion_id = f"chatcmpl-{uuid.uuid4().hex}"
    created = int(time.time())
    citations = [c.model_dump() for c in answer.citations]
    if not body.stream:
        return {
            **_envelope(completion_id, created, "chat.completion"),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": answer.answer},
                    "finish_reason": "stop",
                }
            ],
            "usage": _usage(question, answer),
            "citations": citations,
            "answerable": answer.answerable,
        }

    async def chunks() -> AsyncIterator[str]:
        envelope = _envelope(completion_id, created, "chat.completion.chunk")

        def chunk(delta: dict[str, str], finish: str | None = None, **extra: object) -> str:
            choice = {"index": 0, "delta": delta, "finish_reason": finish}
            return sse_data({**envelope, "choices": [choice], **extra})

        yield chunk({"role": "assistant", "content": ""})
        for piece in answer.segments():
            yield chunk({"content": piece})
        yield chunk({}, "stop", citations=citations, answerable=answer.answerable)
        yield sse_data("[DONE]")

    return StreamingResponse(chunks(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})
