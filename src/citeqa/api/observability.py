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
from collections.abc import Awaitable, Callable

from fastapi import Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest

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


def observe(
    metrics: Metrics, limiter: RateLimiter | None
) -> Callable[[Request, Callable[[Request], Awaitable[Response]]], Awaitable[Response]]:
    async def middleware(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        request_id = request.headers.get("x-request-id") or uuid.uuid4().hex
        started = time.perf_counter()
        client = request.client.host if request.client else "unknown"
        wait = limiter.retry_after(client) if limiter and request.url.path in RATE_LIMITED else 0
        if wait:
            response: Response = error_response(429, "rate_limited", f"too many requests: retry in {wait} s")
            response.headers["Retry-After"] = str(wait)
        else:
            response = await call_next(request)
        route = request.scope.get("route")
        path = getattr(route, "path", None) or (
            "unmatched" if response.status_code == 404 else request.url.path
        )
        elapsed = time.perf_counter() - started
        metrics.requests.labels(request.method, path, str(response.status_code)).inc()
        metrics.latency.labels(request.method, path).observe(elapsed)
        response.headers["X-Request-ID"] = request_id
        response.headers["X-Content-Type-Options"] = "nosniff"
        access_log.info(
            json.dumps(
                {
                    "event": "request",
                    "method": request.method,
                    "path": path,
                    "status": response.status_code,
                    "latency_ms": round(elapsed * 1000, 1),
                    "request_id": request_id,
                }
            )
        )
        return response

    return middleware
