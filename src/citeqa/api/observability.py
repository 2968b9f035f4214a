"""Request logs, Prometheus metrics and per-client rate limits for the HTTP service.

Logs are one JSON object per request (method, path template, status, latency, request id) at
info level; question text is never logged.
"""

from __future__ import annotations

import json
import logging
import math
import threading
import time
import uuid

from fastapi import Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from citeqa.api.app_errors import error_response

access_log = logging.getLogger("citeqa.access")

# Endpoints that cost an answer: these are rate limited per client.
RATE_LIMITED = frozenset({"/api/ask", "/api/ask/stream", "/v1/chat/completions"})


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "citeqa_requests_total", "HTTP requests", ["method", "path", "status"], registry=self.registry
        )
        self.latency = Histogram(
            "citeqa_request_duration_seconds",
            "HTTP request latency",
            ["method", "path"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            registry=self.registry,
        )

    def render(self) -> Response:
        return Response(generate_latest(self.registry), media_type=CONTENT_TYPE_LATEST)


class RateLimiter:
    """A token bucket per client address: `per_minute` requests, refilled continuously."""

    def __init__(self, per_minute: int) -> None:
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, client: str) -> int:
        """0 when the request may go ahead, else the seconds to wait."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(client, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            if tokens >= 1:
                self._buckets[client] = (tokens - 1, now)
                return 0
            self._buckets[client] = (tokens, now)
            return max(1, math.ceil((1 - tokens) / self.rate))


class Observability:
    """ASGI middleware: rate limits, metrics, access logs and the headers every response gets.

    Plain ASGI rather than FastAPI's `@app.middleware("http")`, which copies every response
    through a stream of its own: measured, that cost a tenth of the event loop's time per answer.
    """

    def __init__(self, app: ASGIApp, metrics: Metrics, limiter: RateLimiter | None) -> None:
        self.app = app
        self.metrics = metrics
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = Headers(scope=scope).get("x-request-id") or uuid.uuid4().hex
        status = 500  # unless a response starts

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = MutableHeaders(scope=message)
                headers["X-Request-ID"] = request_id
                headers["X-Content-Type-Options"] = "nosniff"
            await send(message)

        client = scope["client"][0] if scope.get("client") else "unknown"
        wait = self.limiter.retry_after(client) if self.limiter and scope["path"] in RATE_LIMITED else 0
        try:
            if wait:
                response = error_response(429, "rate_limited", f"too many requests: retry in {wait} s")
                response.headers["Retry-After"] = str(wait)
                await response(scope, receive, send_with_headers)
            else:
                await self.app(scope, receive, send_with_headers)
        finally:
            self._record(scope, status, time.perf_counter() - started, request_id)

    def _record(self, scope: Scope, status: int, elapsed: float, request_id: str) -> None:
        # The router leaves the matched route in the scope: its path template keeps the
        # metrics' label values bounded (/api/documents/{doc_id}, not one per document).
        route = scope.get("route")
        path = getattr(route, "path", None) or ("unmatched" if status == 404 else scope["path"])
        method = scope["method"]
        self.metrics.requests.labels(method, path, str(status)).inc()
        self.metrics.latency.labels(method, path).observe(elapsed)
        access_log.info(
            json.dumps(
                {
                    "event": "request",
                    "method": method,
                    "path": path,
                    "status": status,
                    "latency_ms": round(elapsed * 1000, 1),
                    "request_id": request_id,
                }
            )
        )
