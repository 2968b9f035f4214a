"""Ingest is idempotent and safe; answers cite exact sentences or refuse."""

from pathlib import Path

import pytest

from citeqa.engine import Engine
from citeqa.errors import EmptyStore, InvalidInput, QuestionTooLong
from citeqa.schemas import Turn

from .conftest import SEED_FILE


def test_reingesting_an_unchanged_file_adds_nothing(fresh_engine: Engine, corpus_dir: Path) -> None:
    first = fresh_engine.ingest_paths([corpus_dir])
    count = fresh_engine.store.passage_count()
    second = fresh_engine.ingest_paths([corpus_dir])
    assert len(first.added) == 1 and not second.added and len(second.unchanged) == 1
    assert fresh_engine.store.passage_count() == count == first.added[0].passages


def test_a_changed_file_replaces_its_old_passages(fresh_engine: Engine, corpus_dir: Path) -> None:
    path = corpus_dir / SEED_FILE.name
    fresh_engine.ingest_paths([corpus_dir])
    path.write_text("A short replacement. It has two sentences.", encoding="utf-8")
    report = fresh_engine.ingest_paths([corpus_dir])
    assert len(report.replaced) == 1
    assert fresh_engine.store.passage_count() == 2
    assert [p.passage.text for p in fresh_engine.retriever.passages] == [
        "A short replacement.",
        "It has two sentences.",
    ]


def test_a_bad_file_is_reported_and_the_rest_still_ingests(fresh_engine: Engine, corpus_dir: Path) -> None:
    (corpus_dir / "broken.txt").write_bytes(b"\x00\x01binary")
    report = fresh_engine.ingest_paths([corpus_dir])
    assert [source for source, _ in report.failed] == [(corpus_dir / "broken.txt").as_posix()]
    assert "binary" in report.failed[0][1]
    assert len(report.added) == 1


def test_deleting_a_document_removes_its_passages(fresh_engine: Engine, corpus_dir: Path) -> None:
    record = fresh_engine.ingest_paths([corpus_dir]).added[0]
    fresh_engine.delete_document(record.id)
    assert fresh_engine.store.passage_count() == 0
    with pytest.raises(EmptyStore):
        fresh_engine.ask("What is the Golden Dome?")


def test_citations_are_exact_spans_of_the_file(seeded_engine: Engine) -> None:
    text = SEED_FILE.read_text(encoding="utf-8")
    answer = seeded_engine.ask("How much will the Golden Dome cost?")
    assert answer.answerable
    assert answer.citations
    for citation in answer.citations + answer.passages:
        assert text[citation.start : citation.end] == citation.text
    assert "trillions of dollars" in answer.citations[0].text
    assert f"[{answer.citations[0].id}]" in answer.answer


def test_answers_cite_sentences_not_paragraphs(seeded_engine: Engine) -> None:
    answer = seeded_engine.ask("Which publication reported that Japan is exploring support for Golden Dome?")
    assert answer.answerable
    assert any("Nikkei" in c.text for c in answer.citations)
    assert all(len(c.text) < 420 for c in answer.citations)


def test_off_topic_questions_are_refused_without_citations(seeded_engine: Engine) -> None:
    answer = seeded_engine.ask("What is a good recipe for banana bread?")
    assert not answer.answerable
    assert answer.citations == []
    assert "don't say" in answer.answer
    assert len(answer.passages) == 5  # what was looked at is still shown


def test_a_follow_up_question_uses_the_conversation(seeded_engine: Engine) -> None:
    history = [
        Turn(role="user", content="What is the Golden Dome?"),
        Turn(role="assistant", content="A missile defense system."),
    ]
    answer = seeded_engine.ask("how much will it cost?", history=history)
    assert answer.answerable
    assert any("trillions of dollars" in c.text for c in answer.citations)


def test_top_k_sets_how_many_passages_come_back(seeded_engine: Engine) -> None:
    answer = seeded_engine.ask("Why is Japan increasing defense spending?", top_k=8)
    assert len(answer.passages) == 8
    assert [p.id for p in answer.passages] == list(range(1, 9))


@pytest.mark.parametrize("question", ["", "   \n"])
def test_empty_questions_are_invalid(seeded_engine: Engine, question: str) -> None:
    with pytest.raises(InvalidInput, match="empty"):
        seeded_engine.ask(question)


def test_oversized_questions_are_refused(seeded_engine: Engine) -> None:
    with pytest.raises(QuestionTooLong):
        seeded_engine.ask("why " * 600)


def test_a_second_process_cannot_open_an_embedded_store_in_use(fresh_engine: Engine) -> None:
    """The CLI ingesting while the server runs is refused with a clear message, not corruption."""
    import os
    import subprocess
    import sys

    code = "from citeqa.cli import app; app(['ingest'])"
    env = {**os.environ, "CITEQA_DATA_DIR": str(fresh_engine.settings.data_dir), "HF_HUB_OFFLINE": "1"}
    command = [sys.executable, "-c", code]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 7
    assert "in use by another citeqa process" in result.stderr
    assert f"pid {os.getpid()}" in result.stderr


def test_a_corpus_without_indexable_words_still_answers_by_meaning(fresh_engine: Engine) -> None:
    """BM25 has nothing to index in a one-character document; dense retrieval still works."""
    from citeqa.documents import document_from_text

    fresh_engine.ingest_document(document_from_text("𣵗!", "glyph.txt"))
    answer = fresh_engine.ask("What does the glyph say?")
    assert answer.passages and answer.passages[0].text == "𣵗!"


def test_a_repeated_question_is_answered_from_the_cache_until_the_corpus_changes(
    fresh_engine: Engine, corpus_dir: Path
) -> None:
    fresh_engine.ingest_paths([corpus_dir])
    first = fresh_engine.ask("How much will the Golden Dome cost?")
    assert fresh_engine.ask("  How much will the Golden Dome cost?  ") is first
    assert fresh_engine.ask("How much will the Golden Dome cost?", top_k=3) is not first
    follow_up = [Turn(role="user", content="What is the Golden Dome?")]
    assert fresh_engine.ask("How much will the Golden Dome cost?", follow_up) is not first

    (corpus_dir / "extra.txt").write_text("The Golden Dome will cost 9 dollars.", encoding="utf-8")
    fresh_engine.ingest_paths([corpus_dir])
    again = fresh_engine.ask("How much will the Golden Dome cost?")
    assert again is not first
    assert any("9 dollars" in passage.text for passage in again.passages)


def test_the_answer_cache_can_be_turned_off(tmp_path: Path, corpus_dir: Path) -> None:
    from .conftest import make_settings

    engine = Engine.open(make_settings(tmp_path / "data", answer_cache_size=0))
    engine.ingest_paths([corpus_dir])
    first = engine.ask("How much will the Golden Dome cost?")
    second = engine.ask("How much will the Golden Dome cost?")
    assert second is not first
    assert second == first


def test_reindex_switches_to_a_new_index_while_questions_keep_being_answered(
    tmp_path: Path, corpus_dir: Path
) -> None:
    import threading

    from .conftest import make_settings

    engine = Engine.open(make_settings(tmp_path / "data", answer_cache_size=0))
    engine.ingest_paths([corpus_dir])
    question = "How much will the Golden Dome cost?"
    at_rest = engine.ask(question)
    old_index = engine.store.active_passages_name()
    count = engine.store.passage_count()

    during = []
    reindexing = threading.Thread(target=engine.reindex)
    reindexing.start()
    while reindexing.is_alive():
        during.append(engine.ask(question))
    reindexing.join()

    assert during, "no question was asked while the re-index ran"
    assert all(answer == at_rest for answer in during)
    assert engine.store.active_passages_name() != old_index
    assert engine.store.passage_count() == count
    assert engine.ask(question) == at_rest
    assert [r.passages for r in engine.store.documents()] == [count]


def test_questions_answered_at_once_get_the_answers_they_get_alone(seeded_engine: Engine) -> None:
    """Concurrent questions share model runs (citeqa.coalesce); that must change nothing."""
    from concurrent.futures import ThreadPoolExecutor

    from citeqa.evaluation import load_questions

    questions = [q.question for q in load_questions(Path("eval/dev.jsonl"))][:24]
    alone = [seeded_engine._compute_answer(q, None, 5) for q in questions]
    with ThreadPoolExecutor(8) as pool:
        together = list(pool.map(lambda q: seeded_engine._compute_answer(q, None, 5), questions * 3))
    for index, answer in enumerate(together):
        expected = alone[index % len(questions)]
        assert answer == expected


def test_an_engine_keeps_numpy_to_one_blas_thread(seeded_engine: Engine) -> None:
    from threadpoolctl import threadpool_info

    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and all(pool["num_threads"] == 1 for pool in blas)
