"""POST /api/ask and POST /api/ask/stream."""

from __future__ import annotations

from collections.abc import AsyncIterator

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from citeqa.api.app_errors import documented
from citeqa.api.sse import sse_event
from citeqa.api.workers import run_answer
from citeqa.engine import Engine
from citeqa.errors import CiteqaError
from citeqa.schemas import Answer, Turn

router = APIRouter(prefix="/api", tags=["ask"], responses=documented(400, 409, 413, 422, 429, 503))


class AskRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"question": "How much will the Golden Dome cost?"},
                {
                    "question": "how much will it cost?",
                    "history": [
                        {"role": "user", "content": "What is the Golden Dome?"},
                        {"role": "assistant", "content": "A missile defense system… [1]"},
                    ],
                    "top_k": 5,
                },
            ]
        },
    )

    question: str = Field(min_length=1, max_length=2000, pattern=r"\S", description="1 to 2,000 characters.")
    history: list[Turn] = Field(default_factory=list, max_length=50)
    top_k: int | None = Field(default=None, ge=1, le=50)


def _engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


@router.post("/ask", response_model=Answer, response_model_exclude_none=True)
async def ask(request: Request, body: AskRequest) -> Answer:
    """Answer a question with cited sentences, or refuse when the documents don't say."""
    answer: Answer = await run_answer(request, _engine(request).ask, body.question, body.history, body.top_k)
    return answer


@router.post(
    "/ask/stream",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}, "description": "Server-Sent Events"}},
)
async def ask_stream(request: Request, body: AskRequest) -> StreamingResponse:
    """The answer as Server-Sent Events: `passages`, `delta`…, `citation`…, then `done` (or `error`)."""
    engine = _engine(request)
    # A bad question is answered with a JSON error and its status, before any event is sent.
    engine.validate_question(body.question)

    def answer_events() -> list[tuple[str, object]]:
        return list(engine.stream(body.question, body.history, body.top_k))

    async def events() -> AsyncIterator[str]:
        try:
            # The answer is verified whole before any of it is shown, so its events are
            # computed in one go and then sent.
            for event, data in await run_answer(request, answer_events):
                yield sse_event(event, data)
        except CiteqaError as exc:
            yield sse_event("error", {"type": exc.error_type, "message": exc.message})
        except Exception:  # the stream has started: the status can no longer say it
            yield sse_event("error", {"type": "internal_error", "message": "internal error"})

    return StreamingResponse(events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})
