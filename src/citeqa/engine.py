"""The facade the CLI and the API use: ingest documents, answer questions.

Imports neither FastAPI nor typer; both front ends build an Engine and call it.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np

from citeqa.answer.citations import citation_from, verify_citations
from citeqa.answer.extractive import ExtractiveAnswerer
from citeqa.answer.generative import GenerativeAnswerer, LLMFailure, Window, make_llm, unavailable_note
from citeqa.answer.questions import asks_about_caption, asks_about_heading
from citeqa.coalesce import Coalescer
from citeqa.config import Settings
from citeqa.documents import Document, discover_files, load_path
from citeqa.encoder import Encoder, WordVectors, load_encoder
from citeqa.errors import CiteqaError, EmptyStore, InvalidInput, QuestionTooLong, Unavailable
from citeqa.passages import Passage, build_passages
from citeqa.retrieval import HybridRetriever
from citeqa.schemas import REFUSAL_TEXT, Answer, Citation, Turn
from citeqa.store import DocumentRecord, Store, StoredPassage

_REFERRING = re.compile(
    r"\b(it|its|they|them|their|this|that|these|those|he|him|his|she|her|there|then)\b", re.I
)


# A long-running engine (a server) computes the answerer's features of up to this many passages
# whenever the corpus changes, so no question pays for them; beyond it, they are computed on
# first use. A one-shot CLI call never does: it would pay for every passage to answer once.
_PREPARE_LIMIT = 1000


@dataclass
class IngestReport:
    added: list[DocumentRecord] = field(default_factory=list)
    replaced: list[DocumentRecord] = field(default_factory=list)
    unchanged: list[DocumentRecord] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)


class Engine:
    def __init__(self, settings: Settings, encoder: Encoder, store: Store) -> None:
        _one_blas_thread()
        self.settings = settings
        self.encoder = encoder
        self.store = store
        # Questions answered at once share one model run (see citeqa.coalesce).
        self._encode_question: Coalescer[str, WordVectors] = Coalescer(encoder.words)
        self.retriever = HybridRetriever(store, settings.dense_exact_limit)
        self.answerer = ExtractiveAnswerer(encoder)
        self.generator = (
            GenerativeAnswerer(make_llm(settings), self.answerer, settings) if settings.llm_base_url else None
        )
        self._write_lock = threading.Lock()
        self._answers: OrderedDict[tuple[object, ...], Answer] = OrderedDict()
        self._answers_lock = threading.Lock()
        self._corpus_version = 0  # bumped by every refresh, so an answer begun before is not kept
        self._texts: dict[str, str] = {}
        self._keep_prepared = False
        self._refresh()

    @classmethod
    def open(cls, settings: Settings) -> Engine:
        return cls(settings, load_encoder(settings.model_cache_dir), Store(settings))

    # -- ingest ----------------------------------------------------------------------------

    def ingest_paths(
        self, paths: Iterable[Path], on_progress: Callable[[str], None] | None = None
    ) -> IngestReport:
        report = IngestReport()
        files = list(discover_files(list(paths)))
        for path in files:
            try:
                root = next((p for p in path.parents if p == Path.cwd()), None)
                document = load_path(path, root)
                self._ingest(document, report)
            except Unavailable:
                # The store itself failed (full disk, server gone): no later file would fare
                # better, so stop, with what was ingested so far in place.
                self._refresh()
                raise
            except CiteqaError as exc:
                report.failed.append((path.as_posix(), exc.message))
            if on_progress:
                on_progress(path.as_posix())
        self._refresh()
        return report

    def ingest_document(self, document: Document) -> tuple[DocumentRecord, bool]:
        """Ingest one document (an upload); returns its record and whether anything changed."""
        report = IngestReport()
        self._ingest(document, report)
        if report.unchanged:
            return report.unchanged[0], False
        self._refresh()
        return (report.added or report.replaced)[0], True

    def delete_document(self, doc_id: str) -> None:
        with self._write_lock:
            self.store.delete_document(doc_id)
        self._refresh()

    def _ingest(self, document: Document, report: IngestReport) -> None:
        with self._write_lock:
            existing = self.store.document(document.doc_id)
            if existing is not None and existing.sha256 == document.sha256:
                self.store.delete_stale_passages(existing)  # finishes an interrupted replace
                report.unchanged.append(existing)
                return
            passages = build_passages(document.doc_id, document.source, document.text)
            self.store.ensure_space(len(passages), len(document.text))
            vectors = self.encoder.embed([p.embed_text for p in passages])
            record = self.store.write_document(document, passages, vectors)
        (report.replaced if existing else report.added).append(record)

    def reindex(self, on_progress: Callable[[str], None] | None = None) -> int:
        """Split and embed every document anew into a new passage collection, then switch to it.

        Questions keep being answered from the old passages meanwhile (they are in memory, and
        the old collection stays until the switch). Returns the number of passages indexed.
        """
        with self._write_lock:
            target = self.store.start_reindex()
            counts: dict[str, int] = {}
            for record in self.store.documents():
                passages, vectors = self._split_and_embed(record.id, record.source, record.sha256)
                target.add(record.id, record.sha256, passages, vectors)
                counts[record.id] = len(passages)
                if on_progress:
                    on_progress(record.source)
            self.store.finish_reindex(target)
            # A version committed by another process (sharing a Chroma server) while this ran
            # wrote its passages to the old collection: index it again in the new one.
            indexed = self.store.indexed_versions()
            for record in self.store.documents():
                if record.passages and (record.id, record.sha256) not in indexed:
                    passages, vectors = self._split_and_embed(record.id, record.source, record.sha256)
                    self.store.add_passages(record.id, record.sha256, passages, vectors)
                    counts[record.id] = len(passages)
            for doc_id, count in counts.items():
                self.store.set_passage_count(doc_id, count)
        self._refresh()
        return sum(counts.values())

    def _split_and_embed(self, doc_id: str, source: str, sha256: str) -> tuple[list[Passage], np.ndarray]:
        passages = build_passages(doc_id, source, self.store.document_text(doc_id))
        return passages, self.encoder.embed([p.embed_text for p in passages])

    def _refresh(self) -> None:
        self._texts = {}
        self._fingerprint = self._store_fingerprint()
        self.retriever.refresh()
        self._fit_answerer()
        # Last: an answer begun before this point may come from the old corpus, so it is not kept.
        with self._answers_lock:
            self._answers.clear()
            self._corpus_version += 1

    def _store_fingerprint(self) -> tuple[tuple[str, str], ...]:
        return tuple((record.id, record.sha256) for record in self.store.documents())

    def _refresh_if_changed(self) -> None:
        """Pick up writes by other processes sharing the store (several servers on one Chroma).

        An embedded store is locked to this process, so only its own writes (which refresh
        already) can change it: no read on the request path then.
        """
        if not self.settings.chroma_url:
            return
        if self.store.follow_active() or self._store_fingerprint() != self._fingerprint:
            with self._write_lock:
                self._refresh()

    def _fit_answerer(self) -> None:
        self.answerer.fit_corpus([p.passage.text for p in self.retriever.passages])
        self._prepare_answerer()

    def keep_prepared(self) -> None:
        """Compute the answerer's features now and after every corpus change (for servers)."""
        self._keep_prepared = True
        self._prepare_answerer()

    def _prepare_answerer(self) -> None:
        passages = self.retriever.passages
        if self._keep_prepared and len(passages) <= _PREPARE_LIMIT:
            self.answerer.prepare(passages)

    # -- ask -------------------------------------------------------------------------------

    def stream(
        self, question: str, history: list[Turn] | None = None, top_k: int | None = None
    ) -> Iterator[tuple[str, object]]:
        """The answer as events: `passages`, then `delta` text and `citation` objects, then `done`."""
        answer = self.ask(question, history, top_k)
        yield "passages", [p.model_dump() for p in answer.passages]
        pending = {c.id: c for c in answer.citations}
        for segment in answer.segments():  # the deltas concatenate to exactly `answer.answer`
            yield "delta", {"text": segment}
            for marker in re.findall(r"\[(\d+)\]", segment):
                citation = pending.pop(int(marker), None)
                if citation is not None:
                    yield "citation", citation.model_dump()
        for citation in pending.values():
            yield "citation", citation.model_dump()
        yield "done", answer.model_dump(exclude_none=True)

    def ask(self, question: str, history: list[Turn] | None = None, top_k: int | None = None) -> Answer:
        question = self.validate_question(question)
        top_k = top_k or self.settings.top_k
        self._refresh_if_changed()
        key = (question, tuple((t.role, t.content) for t in history or []), top_k)
        with self._answers_lock:
            cached = self._answers.get(key)
            if cached is not None:
                self._answers.move_to_end(key)
                return cached
            corpus_version = self._corpus_version
        answer = self._compute_answer(question, history, top_k)
        if self.settings.answer_cache_size and answer.note is None:  # a fallback is not kept
            with self._answers_lock:
                if corpus_version != self._corpus_version:
                    return answer  # the corpus changed while answering: this one is stale
                self._answers[key] = answer
                while len(self._answers) > self.settings.answer_cache_size:
                    self._answers.popitem(last=False)
        return answer

    def _compute_answer(self, question: str, history: list[Turn] | None, top_k: int) -> Answer:
        if not self.retriever.passages:
            raise EmptyStore("nothing has been ingested yet: run `citeqa ingest` first")
        asked = self.answerer.spell_out(question)
        query = _retrieval_query(asked, history or [])
        question_words = self._encode_question(asked)
        vector = self._query_vector(question_words.sentence_vector, query, asked)
        candidates = self.retriever.retrieve(query, vector, depth=max(20, top_k))
        before = {c.stored.id: self.retriever.neighbours(c.stored)[0] for c in candidates}
        # A heading question looks under the headings; a photo illustrates its section.
        headings = (
            {c.stored.id: self.retriever.heading_above(c.stored) for c in candidates}
            if asks_about_heading(asked) or asks_about_caption(asked)
            else {}
        )
        selection = self.answerer.select(asked, question_words, vector, candidates, before, headings)
        passages = [
            citation_from(c.stored, rank + 1, c.fused)
            for rank, c in enumerate(c for c in candidates if not c.stored.passage.is_heading)
        ][:top_k]
        note = None
        if self.generator is not None:
            windows = self._windows([j.candidate.stored for j in selection.judgements])
            try:
                raw = self.generator.generate(question, windows, history or [])
            except LLMFailure as exc:
                note = unavailable_note(str(exc))
            else:
                verified = self.generator.verify(raw, windows)
                return self._answer(question, verified.text, verified.cited, passages, "generative")
        answer_text = " ".join(
            f"{stored.passage.text} [{n + 1}]" for n, (stored, _) in enumerate(selection.cited)
        )
        return self._answer(question, answer_text, selection.cited, passages, "extractive", note)

    def _answer(
        self,
        question: str,
        text: str,
        cited: list[tuple[StoredPassage, float]],
        passages: list[Citation],
        mode: Literal["extractive", "generative"],
        note: str | None = None,
    ) -> Answer:
        if not cited:
            return Answer(
                question=question,
                answer=REFUSAL_TEXT,
                answerable=False,
                mode=mode,
                citations=[],
                passages=passages,
                note=note,
            )
        citations = [citation_from(stored, n + 1, score) for n, (stored, score) in enumerate(cited)]
        verify_citations(citations, {c.doc_id: self._document_text(c.doc_id) for c in citations})
        return Answer(
            question=question,
            answer=text,
            answerable=True,
            mode=mode,
            citations=citations,
            passages=passages,
            note=note,
        )

    def _document_text(self, doc_id: str) -> str:
        text = self._texts.get(doc_id)
        if text is None:
            text = self._texts[doc_id] = self.store.document_text(doc_id)
        return text

    def _windows(self, ranked: list[StoredPassage]) -> list[Window]:
        """The passages for the LLM, best first: each sentence with the one before it."""
        windows: list[Window] = []
        for stored in ranked[: self.settings.llm_passages]:
            before = self.retriever.neighbours(stored)[0]
            sentences = [before, stored] if before and not before.passage.is_heading else [stored]
            windows.append(Window(len(windows) + 1, sentences))
        return windows

    def validate_question(self, question: str) -> str:
        """The question trimmed, or an error saying what is wrong with it."""
        question = question.strip()
        if not question:
            raise InvalidInput("the question is empty")
        if len(question) > self.settings.max_question_chars:
            raise QuestionTooLong(
                f"the question has {len(question)} characters; "
                f"at most {self.settings.max_question_chars} are allowed"
            )
        return question

    def _query_vector(self, own: np.ndarray, query: str, question: str) -> np.ndarray:
        if query == question:
            return own
        # A follow-up leans on the conversation: its own words weigh most.
        blended = own + 0.6 * self.encoder.embed_one(query)
        return blended / np.linalg.norm(blended)


def _one_blas_thread() -> None:
    """Keep numpy's BLAS (OpenBLAS) to one thread in this process.

    An answer's matrix products are small, and a server runs several answers at once: extra
    BLAS threads only busy-wait between products, stealing cores from the answers. Measured
    with 16 clients on 2 cores: 18 ms of CPU per answer with OpenBLAS's default threads, 10 ms
    with one.
    """
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


def _retrieval_query(question: str, history: list[Turn]) -> str:
    """The question, with the previous user turn when the question refers back to it."""
    previous = [t.content for t in history if t.role == "user"]
    if not previous:
        return question
    short = len(question.split()) <= 6
    if _REFERRING.search(question) or short:
        return f"{previous[-1]} {question}"
    return question
