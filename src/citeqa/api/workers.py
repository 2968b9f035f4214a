"""Answering off the event loop, a bounded number of questions at a time."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

import anyio
from fastapi import Request

T = TypeVar("T")


async def run_answer(request: Request, function: Callable[..., T], *args: object) -> T:
    limiter: anyio.CapacityLimiter = request.app.state.answer_limiter
    return await anyio.to_thread.run_sync(functools.partial(function, *args), limiter=limiter)
