"""Concurrent calls of a batch function coalesced into shared batches.

Why: one question runs through the model in about 6 ms, four together in about 8 ms, and the
outputs are bit-identical either way (the padding is masked). A server answering several
questions at once therefore encodes them together instead of one by one.

There is no timer and no added latency: a caller that finds no batch running runs one at once,
with its own input and any that arrived meanwhile. Callers that arrive while a batch runs wait;
when it ends, its leader hands the next batch to the longest-waiting of them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

In = TypeVar("In")
Out = TypeVar("Out")


class _Call(Generic[In, Out]):
    def __init__(self, item: In) -> None:
        self.item = item
        self.output: Out | None = None
        self.error: BaseException | None = None
        self.leads = False
        self.woken = threading.Event()  # set once the output is in, or the call is to lead


class Coalescer(Generic[In, Out]):
    def __init__(self, run_batch: Callable[[list[In]], Sequence[Out]], max_batch: int = 16) -> None:
        self._run_batch = run_batch
        self._max_batch = max_batch
        self._lock = threading.Lock()
        self._waiting: list[_Call[In, Out]] = []
        self._running = False

    def __call__(self, item: In) -> Out:
        call: _Call[In, Out] = _Call(item)
        with self._lock:
            if self._running:
                self._waiting.append(call)
            else:
                self._running = call.leads = True
        if not call.leads:
            call.woken.wait()
        if call.leads:
            self._lead(call)
        if call.error is not None:
            raise call.error
        return call.output  # type: ignore[return-value]  # set whenever error is not

    def _lead(self, call: _Call[In, Out]) -> None:
        with self._lock:
            taken = self._waiting[: self._max_batch - 1]
            del self._waiting[: len(taken)]
        batch = [call, *taken]
        try:
            outputs = self._run_batch([c.item for c in batch])
            for member, output in zip(batch, outputs, strict=True):
                member.output = output
        except BaseException as exc:  # every caller in the batch learns of the failure
            for member in batch:
                member.error = exc
        with self._lock:
            if self._waiting:
                successor = self._waiting.pop(0)
                successor.leads = True
                successor.woken.set()
            else:
                self._running = False
        for member in taken:
            member.woken.set()
