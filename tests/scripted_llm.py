"""A scripted OpenAI-compatible chat server on 127.0.0.1: the network edge we do not own.

Each test queues behaviours; the server plays them in order and records what it was sent.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections import deque
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse


class Script:
    def __init__(self) -> None:
        self.behaviours: deque[dict[str, Any]] = deque()
        self.requests: list[dict[str, Any]] = []

    def reply(self, content: str, **cite: str) -> None:
        """Queue an answer. `{name}` in `content` becomes the number of the passage holding
        the phrase `cite[name]`, as found in the request (99 when no passage holds it)."""
        self.behaviours.append({"content": content, "cite": cite})

    def fail(self, status: int) -> None:
        self.behaviours.append({"status": status})

    def stall(self, seconds: float) -> None:
        self.behaviours.append({"sleep": seconds})

    def garbage(self) -> None:
        self.behaviours.append({"garbage": True})

    def reset(self) -> None:
        self.behaviours.clear()
        self.requests.clear()


def _passage_numbers(body: dict[str, Any], cite: dict[str, str]) -> dict[str, int]:
    prompt = body["messages"][-1]["content"]
    numbers = {}
    for name, phrase in cite.items():
        found = re.search(r'<passage id="(\d+)">[^<]*' + re.escape(phrase), prompt)
        numbers[name] = int(found.group(1)) if found else 99
    return numbers


def create_scripted_llm(script: Script, model: str = "scripted-model") -> FastAPI:
    app = FastAPI()

    @app.get("/v1/models")
    async def models() -> dict[str, Any]:
        return {
            "object": "list",
            "data": [{"id": model, "object": "model", "created": 0, "owned_by": "test"}],
        }

    @app.post("/v1/chat/completions", response_model=None)
    async def completions(request: Request) -> Response:
        body = await request.json()
        script.requests.append(body)
        behaviour = script.behaviours.popleft() if script.behaviours else {"content": "NOT_IN_DOCUMENTS"}
        if "sleep" in behaviour:
            await asyncio.sleep(behaviour["sleep"])
            behaviour = {"content": "Too late."}
        if "status" in behaviour:
            return JSONResponse({"error": {"message": "scripted failure"}}, status_code=behaviour["status"])
        if behaviour.get("garbage"):
            return PlainTextResponse("<html>this is not JSON</html>", media_type="application/json")
        content = behaviour["content"].format(**_passage_numbers(body, behaviour.get("cite", {})))
        created = int(time.time())
        if body.get("stream"):

            async def chunks():  # type: ignore[no-untyped-def]
                for piece in content.split(" "):
                    delta = {
                        "id": "c",
                        "object": "chat.completion.chunk",
                        "created": created,
                        "model": model,
                        "choices": [{"index": 0, "delta": {"content": piece + " "}, "finish_reason": None}],
                    }
                    yield f"data: {json.dumps(delta)}\n\n"
                yield "data: [DONE]\n\n"

            return StreamingResponse(chunks(), media_type="text/event-stream")
        return JSONResponse(
            {
                "id": "chatcmpl-scripted",
                "object": "chat.completion",
                "created": created,
                "model": model,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            }
        )

    return app
