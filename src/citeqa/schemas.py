"""The answer and citation objects of the contract (DESIGN.md), shared by the CLI and the API."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field


class Citation(BaseModel):
    """A span of a document: `text == document_text[start:end]`. `id` is its `[n]` marker."""

    id: int
    doc_id: str
    source: str
    text: str
    start: int
    end: int
    score: float


class Turn(BaseModel):
    role: Literal["user", "assistant"]
    content: str = Field(max_length=20000)


class Answer(BaseModel):
    question: str
    answer: str
    answerable: bool
    mode: Literal["extractive", "generative"] = "extractive"
    citations: list[Citation]
    passages: list[Citation]
    note: str | None = None

    def to_json_line(self) -> str:
        return self.model_dump_json(exclude_none=True)

    def segments(self) -> list[str]:
        """The answer cut after each `[n]` marker, for streaming: the pieces join to `answer`."""
        pieces = re.split(r"(?<=\])(?=\s)", self.answer)
        return [piece for piece in pieces if piece]


REFUSAL_TEXT = "The documents don't say: I found nothing in them that answers this question."
