"""Dense search: exact over vectors in memory for small corpora, Chroma's index beyond."""

from pathlib import Path

from citeqa.engine import Engine

from .conftest import make_settings


def test_exact_search_in_memory_ranks_as_chroma_does(tmp_path: Path, corpus_dir: Path) -> None:
    """The in-memory search and Chroma's index agree on the nearest passages and their scores."""
    exact = Engine.open(make_settings(tmp_path / "data"))
    exact.ingest_paths([corpus_dir])
    vector = exact.encoder.embed_one("How much will the Golden Dome cost?")
    in_memory = exact.retriever._dense(vector, 10)
    through_chroma = exact.store.dense_search(vector, 10)
    assert [pid for pid, _ in in_memory[:5]] == [pid for pid, _ in through_chroma[:5]]
    for (_, ours), (_, theirs) in zip(in_memory, through_chroma, strict=True):
        assert abs(ours - theirs) < 1e-4


def test_past_the_exact_limit_answers_come_from_chroma(tmp_path: Path, corpus_dir: Path) -> None:
    engine = Engine.open(make_settings(tmp_path / "data", dense_exact_limit=0))
    engine.ingest_paths([corpus_dir])
    answer = engine.ask("How much will the Golden Dome cost?")
    assert answer.answerable
    assert "trillions of dollars" in answer.citations[0].text
