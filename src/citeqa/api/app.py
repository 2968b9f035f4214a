"""The FastAPI app factory: loads the engine once in the lifespan, maps errors to JSON."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from citeqa.config import Settings
from citeqa.errors import CiteqaError
from citeqa.schemas import Answer, Turn


class AskRequest(BaseModel):
    question: str = Field(examples=["How much will the Golden Dome cost?"])
    history: list[Turn] = Field(default_factory=list, max_length=50)
    top_k: int | None = Field(default=None, ge=1, le=50)


def create_app(settings: Settings) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from citeqa.engine import Engine

        engine = await run_in_threadpool(Engine.open, settings)
        if not engine.retriever.passages and settings.seeds_dir.is_dir():
            await run_in_threadpool(engine.ingest_paths, [settings.seeds_dir])
        app.state.engine = engine
        yield

    app = FastAPI(title="citeqa", version="0.1.0", lifespan=lifespan)

    @app.exception_handler(CiteqaError)
    async def citeqa_error(_: Request, exc: CiteqaError) -> JSONResponse:
        return JSONResponse(
            {"error": {"type": exc.error_type, "message": exc.message}}, status_code=exc.status_code
        )

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ()) if part != "body")
        return JSONResponse(
            {"error": {"type": "invalid_request", "message": f"{where}: {first.get('msg', 'invalid')}"}},
            status_code=422,
        )

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz(request: Request) -> dict[str, object]:
        engine = request.app.state.engine
        await run_in_threadpool(engine.store.heartbeat)
        return {"status": "ready", "passages": len(engine.retriever.passages)}

    @app.post("/api/ask", response_model=Answer, response_model_exclude_none=True)
    async def ask(request: Request, body: AskRequest) -> Answer:
        engine = request.app.state.engine
        answer: Answer = await run_in_threadpool(engine.ask, body.question, body.history, body.top_k)
        return answer

    return app
