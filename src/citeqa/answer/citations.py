"""Citation objects and their verification: a citation must be the document's text at its offsets."""

from __future__ import annotations

from citeqa.errors import CiteqaError
from citeqa.schemas import Citation
from citeqa.store import StoredPassage


def citation_from(stored: StoredPassage, number: int, score: float) -> Citation:
    passage = stored.passage
    return Citation(
        id=number,
        doc_id=passage.doc_id,
        source=passage.source,
        text=passage.text,
        start=passage.start,
        end=passage.end,
        score=round(float(score), 4),
    )


def verify_citations(citations: list[Citation], document_texts: dict[str, str]) -> None:
    """Raise if any citation is not exactly its document's text at its offsets.

    Offsets come from the splitter and travel through the store; checking them against the
    stored text before an answer leaves catches any drift between the two.
    """
    for citation in citations:
        text = document_texts.get(citation.doc_id)
        if text is None or text[citation.start : citation.end] != citation.text:
            raise CiteqaError(f"citation [{citation.id}] does not match its document's text")
