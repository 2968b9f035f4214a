"""A soak under mixed load (scripts/load_mixed.py): a real `citeqa serve`, eight clients asking,
streaming and reading documents for a minute. Answers stay the ones given at rest, only
deliberate refusals (429/503) appear, and memory stays flat. `make test-long` runs it.

The driver's own checks are pinned first, quickly: a soak that can't see a wrong answer would
pass for the wrong reason.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from types import ModuleType

import pytest

from .conftest import ROOT

SOAK_SECONDS = 60.0
CLIENTS = 8


def _load_driver() -> ModuleType:
    spec = importlib.util.spec_from_file_location("load_mixed", ROOT / "scripts" / "load_mixed.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


driver = _load_driver()

CITATION = {"id": 1, "doc_id": "d", "source": "s.txt", "text": "It costs $3.", "start": 10, "end": 22}
ANSWER = {"answer": "It costs $3. [1]", "answerable": True, "citations": [CITATION]}


def test_the_driver_tells_a_whole_stream_from_a_wrong_or_cut_one() -> None:
    """A stream counts as a good 200 only when its deltas and citation events make up the answer
    that `done` carries; an overload after the stream started counts as a deliberate 503."""
    whole = [
        ("passages", []),
        ("delta", {"text": ANSWER["answer"]}),
        ("citation", CITATION),
        ("done", ANSWER),
    ]
    assert driver.stream_outcome(whole) == ("200", driver.answer_key(ANSWER))
    moved = {**CITATION, "start": 11}
    assert driver.stream_outcome([*whole[:2], ("citation", moved), whole[3]])[0] != "200"
    assert (
        driver.stream_outcome([*whole[:1], ("delta", {"text": "It costs $4. [1]"}), *whole[2:]])[0] != "200"
    )
    assert driver.stream_outcome(whole[:3])[0] != "200"
    overloaded = [("error", {"type": "overloaded", "message": "retry shortly"})]
    assert driver.stream_outcome(overloaded)[0].startswith("503")
    assert driver.stream_outcome([("error", {"type": "internal_error", "message": "x"})])[0].startswith("200")


def test_answers_differing_in_text_or_citation_offsets_do_not_match() -> None:
    """The at-rest comparison covers the answer text and every citation's place, not only its text."""
    key = driver.answer_key(ANSWER)
    assert driver.answer_key({**ANSWER, "citations": [{**CITATION, "end": 23}]}) != key
    assert driver.answer_key({**ANSWER, "answer": "It costs $3."}) != key
    assert driver.answer_key({**ANSWER, "citations": [{**CITATION, "score": 0.5}]}) == key


def test_memory_is_judged_from_after_the_warm_up_to_the_last_quarter() -> None:
    """Growth during the first quarter (warm-up) is allowed; growth after it beyond
    max(10 %, 30 MiB) is not."""
    warm_up = [(0.0, 400.0), (25.0, 600.0)]
    assert driver.memory_summary([*warm_up, (50.0, 610.0), (80.0, 650.0)], 100.0)["flat"]
    assert not driver.memory_summary([*warm_up, (50.0, 610.0), (80.0, 700.0)], 100.0)["flat"]
    assert not driver.memory_summary([(0.0, 100.0), (80.0, 131.0)], 100.0)["flat"]


@pytest.mark.slow
def test_a_minute_of_mixed_load_keeps_answers_statuses_and_memory_steady() -> None:
    """Eight clients for a minute against a real server (rate limit and answer cache off, so
    every answer is computed under load): every 200 equals its at-rest answer or document, the
    only other statuses are 429/503, no request fails in transport, and RSS stays flat."""
    report = driver.run(CLIENTS, SOAK_SECONDS, ROOT / "eval" / "dev.jsonl")
    shown = json.dumps(report, indent=2)
    print(shown)  # `pytest -s` shows the report the README quotes

    load = report["load"]
    assert report["problems"] == [], shown
    assert load["transport_errors"] == {}, shown
    for endpoint, seen in load["endpoints"].items():
        assert seen["checked"] > 0, f"{endpoint} was never answered: {shown}"
        assert seen["mismatches"] == 0, f"{endpoint} changed its answers under load: {shown}"
        assert set(seen["statuses"]) <= {"200", "429", "503"}, f"{endpoint}: {seen['statuses']}"
    assert load["memory"]["flat"], load["memory"]
    assert load["server_alive_after"] and load["healthy_after"], shown
