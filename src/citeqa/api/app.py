"""The FastAPI app factory: loads the engine once in the lifespan, maps every error to JSON."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from citeqa.api import ask, documents, openai, web
from citeqa.api.app_errors import error_response
from citeqa.api.limits import BodySizeLimit
from citeqa.api.observability import Metrics, Observability, RateLimiter
from citeqa.api.workers import AnswerPool
from citeqa.config import Settings
from citeqa.errors import CiteqaError

logger = logging.getLogger("citeqa.api")


def _validation_message(errors: Sequence[Mapping[str, Any]]) -> str:
    if not errors:
        return "invalid request"
    first = errors[0]
    location = first.get("loc", ())
    where = ".".join(str(part) for part in location if part != "body") if isinstance(location, tuple) else ""
    return f"{where}: {first.get('msg', 'invalid')}" if where else str(first.get("msg", "invalid"))


def create_app(settings: Settings) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from citeqa.engine import Engine

        engine = await run_in_threadpool(Engine.open, settings)
        if not engine.retriever.passages and settings.seeds_dir.is_dir():
            await run_in_threadpool(engine.ingest_paths, [settings.seeds_dir])
        # In the background: the first question need not wait for every passage's features.
        threading.Thread(target=engine.keep_prepared, name="citeqa-prepare", daemon=True).start()
        app.state.engine = engine
        app.state.answer_pool = AnswerPool(
            settings.answer_workers, settings.max_waiting_questions, settings.answer_timeout_seconds
        )
        yield

    app = FastAPI(
        title="citeqa",
        version="0.1.0",
        description="Answers questions about documents, citing the exact sentences.",
        lifespan=lifespan,
    )
    app.state.settings = settings

    @app.exception_handler(CiteqaError)
    async def citeqa_error(_: Request, exc: CiteqaError) -> JSONResponse:
        response = error_response(exc.status_code, exc.error_type, exc.message)
        if exc.retry_after is not None:
            response.headers["Retry-After"] = str(exc.retry_after)
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, "invalid_request", _validation_message(exc.errors()))

    @app.exception_handler(ValidationError)
    async def invalid_body(_: Request, exc: ValidationError) -> JSONResponse:
        return error_response(422, "invalid_request", _validation_message(exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        error_type = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        response = error_response(exc.status_code, error_type, str(exc.detail))
        response.headers.update(exc.headers or {})  # e.g. Allow on 405
        return response

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        # Logged in full for the operator; the caller learns nothing of paths or internals.
        logger.exception("unhandled error", exc_info=exc)
        return error_response(500, "internal_error", "internal error")

    @app.get("/healthz", tags=["health"])
    async def healthz() -> dict[str, str]:
        """Alive: answers even while questions are being answered."""
        return {"status": "ok"}

    @app.get("/readyz", tags=["health"])
    async def readyz(request: Request) -> dict[str, object]:
        """Ready: the model is loaded and the vector store answers."""
        engine = request.app.state.engine
        await run_in_threadpool(engine.store.heartbeat)
        return {"status": "ready", "passages": len(engine.retriever.passages)}

    app.include_router(ask.router)
    app.include_router(documents.router)
    app.include_router(openai.router)
    app.include_router(web.router)
    app.mount("/static", web.static_files(), name="static")

    metrics = Metrics()
    limiter = RateLimiter(settings.rate_limit_per_minute) if settings.rate_limit_per_minute else None
    app.add_middleware(Observability, metrics=metrics, limiter=limiter)

    @app.get("/metrics", include_in_schema=False)
    async def prometheus_metrics() -> Response:
        return metrics.render()

    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=[origin for origin in settings.cors_origins if origin != "*"],
            allow_methods=["GET", "POST", "DELETE", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.add_middleware(
        BodySizeLimit, max_body_bytes=settings.max_body_bytes, max_upload_bytes=settings.max_upload_bytes
    )
    return app
