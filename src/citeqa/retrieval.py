"""Hybrid retrieval: dense and BM25 (llama-index's BM25Retriever) fused by reciprocal rank.

The BM25 index and the passage table are built in memory from the store's committed passages
and rebuilt whenever the store changes (`refresh`). Dense search is exact, over the passage
vectors held in memory, while the corpus has at most `exact_limit` passages: a matrix product
over 10,000 passages takes well under a millisecond, several times less than a round trip
through Chroma's index, and finds the true nearest neighbours. Larger corpora search Chroma's
HNSW index, which stays the system of record either way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from citeqa.store import Store, StoredPassage

if TYPE_CHECKING:
    from llama_index.retrievers.bm25 import BM25Retriever

# Reciprocal rank fusion's damping constant (Cormack et al. 2009): flattens the top ranks so
# neither retriever dominates on its first hit alone.
_RRF_K = 60
_WORD = re.compile(r"\w\w")


@dataclass
class Candidate:
    stored: StoredPassage
    dense: float = 0.0
    lexical: float = 0.0
    fused: float = 0.0


class HybridRetriever:
    def __init__(self, store: Store, exact_limit: int = 100_000) -> None:
        self._store = store
        self._exact_limit = exact_limit
        self._vectors: np.ndarray | None = None  # rows in `_sequence` order, for exact search
        self._by_id: dict[str, StoredPassage] = {}
        # The BM25 index and the passage id of each of its rows, replaced together.
        self._lexical_index: tuple[BM25Retriever, list[str]] | None = None
        self._sequence: list[StoredPassage] = []
        self._position: dict[str, int] = {}

    def refresh(self) -> None:
        from llama_index.core.schema import BaseNode, TextNode
        from llama_index.retrievers.bm25 import BM25Retriever

        if self._store.passage_count() <= self._exact_limit:
            passages, vectors = self._store.passages_with_vectors()
            self._vectors = vectors if len(passages) else None
        else:
            passages, self._vectors = self._store.passages(), None
        self._by_id = {p.id: p for p in passages}
        self._sequence = passages
        self._position = {p.id: index for index, p in enumerate(passages)}
        nodes: list[BaseNode] = [TextNode(id_=p.id, text=p.passage.embed_text) for p in passages]
        # BM25 needs at least one indexable word (two or more word characters) in the corpus.
        has_words = any(_WORD.search(p.passage.embed_text) for p in passages)
        self._lexical_index = (
            (BM25Retriever.from_defaults(nodes=nodes), [p.id for p in passages]) if has_words else None
        )

    @property
    def passages(self) -> list[StoredPassage]:
        return self._sequence

    def neighbours(self, stored: StoredPassage) -> tuple[StoredPassage | None, StoredPassage | None]:
        """The passages just before and after `stored` in its document."""
        index = self._position[stored.id]
        before = self._sequence[index - 1] if index > 0 else None
        after = self._sequence[index + 1] if index + 1 < len(self._sequence) else None
        same_doc = stored.passage.doc_id
        return (
            before if before and before.passage.doc_id == same_doc else None,
            after if after and after.passage.doc_id == same_doc else None,
        )

    def heading_above(self, stored: StoredPassage) -> StoredPassage | None:
        """The heading line (or caption) that `stored` stands under, if any."""
        for index in range(self._position[stored.id] - 1, -1, -1):
            earlier = self._sequence[index]
            if earlier.passage.doc_id != stored.passage.doc_id:
                return None
            if earlier.passage.is_heading:
                return earlier
        return None

    def retrieve(self, query: str, vector: np.ndarray, depth: int = 20) -> list[Candidate]:
        """Candidates from both retrievers, best fused rank first."""
        if not self._by_id:
            return []
        candidates: dict[str, Candidate] = {}
        for rank, (pid, score) in enumerate(self._dense(vector, depth)):
            if pid in self._by_id:
                candidate = candidates.setdefault(pid, Candidate(self._by_id[pid]))
                candidate.dense = score
                candidate.fused += 1.0 / (_RRF_K + rank + 1)
        for rank, (pid, score) in enumerate(self._lexical(query, depth)):
            if pid in self._by_id and score > 0:
                candidate = candidates.setdefault(pid, Candidate(self._by_id[pid]))
                candidate.lexical = score
                candidate.fused += 1.0 / (_RRF_K + rank + 1)
        return sorted(candidates.values(), key=lambda c: c.fused, reverse=True)

    def _lexical(self, query: str, depth: int) -> list[tuple[str, float]]:
        """Passage ids with their BM25 scores, best first.

        The index is llama-index's BM25Retriever's (bm25s, with its tokenizer and stemmer),
        searched as its `_retrieve` does, minus what that adds per query: a node object rebuilt
        for every hit, instrumentation events and a shared `similarity_top_k` to set. Those
        cost more than the search itself, and the setting raced between concurrent questions.
        """
        import bm25s

        if self._lexical_index is None:
            return []
        retriever, ids = self._lexical_index
        tokens = bm25s.tokenize(
            query,
            stemmer=None if retriever.skip_stemming else retriever.stemmer,
            token_pattern=retriever.token_pattern,
            show_progress=False,
        )
        rows, scores = retriever.bm25.retrieve(tokens, k=min(depth, len(ids)), show_progress=False)
        return [(ids[int(row)], float(score)) for row, score in zip(rows[0], scores[0], strict=True)]

    def _dense(self, vector: np.ndarray, depth: int) -> list[tuple[str, float]]:
        """Passage ids with their cosine similarity to `vector`, best first."""
        if self._vectors is None:
            return self._store.dense_search(vector, depth)
        scores = self._vectors @ vector
        depth = min(depth, len(scores))
        top = np.argpartition(-scores, depth - 1)[:depth]
        top = top[np.argsort(-scores[top])]
        return [(self._sequence[i].id, float(scores[i])) for i in top]
