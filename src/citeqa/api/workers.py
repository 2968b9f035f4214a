"""Answering off the event loop: a bounded number of questions at a time, a bounded number
waiting, and a time limit on each.

Past the waiting limit a question gets 503 with Retry-After at once, rather than joining a queue
that grows without bound under overload; past the time limit, 503 as well. (A worker thread can't
be stopped, so a timed-out answer finishes in the background and is thrown away.)
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

import anyio
from fastapi import Request

from citeqa.errors import Overloaded, TimedOut

T = TypeVar("T")


class AnswerPool:
    def __init__(self, workers: int, max_waiting: int, timeout_seconds: float) -> None:
        self._limiter = anyio.CapacityLimiter(workers)
        self._capacity = workers + max_waiting
        self._timeout = timeout_seconds
        self._admitted = 0  # running or waiting; only touched on the event loop, so no lock

    async def run(self, function: Callable[..., T], *args: object) -> T:
        if self._admitted >= self._capacity:
            raise Overloaded("the server is answering as many questions as it can: retry shortly")
        self._admitted += 1
        try:
            with anyio.fail_after(self._timeout):
                return await anyio.to_thread.run_sync(
                    functools.partial(function, *args), limiter=self._limiter, abandon_on_cancel=True
                )
        except TimeoutError:
            raise TimedOut(f"the answer took longer than {self._timeout:g} s") from None
        finally:
            self._admitted -= 1


async def run_answer(request: Request, function: Callable[..., T], *args: object) -> T:
    pool: AnswerPool = request.app.state.answer_pool
    return await pool.run(function, *args)
