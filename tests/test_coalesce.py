"""The coalescer: concurrent callers share batches, each gets its own output or the batch's error."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from citeqa.coalesce import Coalescer


class _Recorder:
    """A batch function that records its batches; the first batch waits until released, so
    that callers arriving meanwhile have to queue."""

    def __init__(self) -> None:
        self.batches: list[list[int]] = []
        self.first_started = threading.Event()
        self.release_first = threading.Event()

    def __call__(self, items: list[int]) -> list[int]:
        self.batches.append(list(items))
        if len(self.batches) == 1:
            self.first_started.set()
            assert self.release_first.wait(10)
        return [item * 10 for item in items]


def _wait_for_waiters(coalescer: Coalescer[int, int], count: int) -> None:
    for _ in range(1000):
        with coalescer._lock:
            if len(coalescer._waiting) >= count:
                return
        threading.Event().wait(0.005)
    raise AssertionError(f"{count} callers never queued")


def test_a_lone_caller_runs_at_once_with_its_own_item() -> None:
    batches: list[list[int]] = []
    coalescer = Coalescer(lambda items: batches.append(list(items)) or [i + 1 for i in items])
    assert coalescer(1) == 2
    assert coalescer(5) == 6
    assert batches == [[1], [5]]


def _call_while_seven_queue(coalescer: Coalescer[int, int], recorder: _Recorder) -> list[int]:
    """Call with 0; while its batch runs, seven more callers (1 to 7) queue. Every output,
    in the order of the items."""
    with ThreadPoolExecutor(8) as pool:
        first = pool.submit(coalescer, 0)
        assert recorder.first_started.wait(10)
        later = [pool.submit(coalescer, n) for n in range(1, 8)]
        _wait_for_waiters(coalescer, 7)
        recorder.release_first.set()
        return [first.result(10), *(f.result(10) for f in later)]


def test_callers_arriving_during_a_batch_share_the_next_one_and_get_their_own_outputs() -> None:
    recorder = _Recorder()
    outputs = _call_while_seven_queue(Coalescer(recorder, max_batch=16), recorder)
    assert outputs == [n * 10 for n in range(8)]
    assert recorder.batches[0] == [0]
    assert sorted(recorder.batches[1]) == list(range(1, 8))  # one model run for seven questions
    assert len(recorder.batches) == 2


def test_batches_are_capped_and_every_waiting_caller_is_served() -> None:
    recorder = _Recorder()
    outputs = _call_while_seven_queue(Coalescer(recorder, max_batch=3), recorder)
    assert outputs == [n * 10 for n in range(8)]
    assert all(len(batch) <= 3 for batch in recorder.batches)
    assert sorted(item for batch in recorder.batches for item in batch) == list(range(8))


def test_a_failing_batch_fails_each_of_its_callers_and_the_next_batch_still_runs() -> None:
    calls = 0

    def flaky(items: list[int]) -> list[int]:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("model failed")
        return items

    coalescer = Coalescer(flaky)
    with pytest.raises(RuntimeError, match="model failed"):
        coalescer(1)
    assert coalescer(2) == 2  # the failure released the coalescer
