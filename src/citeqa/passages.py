"""Sentence splitting with exact offsets, and the passages built from the sentences.

A passage is one sentence, the unit a citation points at, plus the context it is embedded and
judged with: the sentences before it in the same paragraph (news text carries its subject and a
quote's speaker across sentences) and the heading of its section. Headings and photo captions,
lines without a closing full stop, become heading passages: context, never an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot).
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st lt gen col maj capt sgt adm gov sen rep rev hon pres inc corp
    co ltd vs no fig approx est dept univ jan feb mar apr jun jul aug sep sept oct nov dec
    mt ft
    """.split()
)
# Dotted acronyms ("U.S.") usually continue the sentence, except before a word that only
# starts sentences.
_SENTENCE_STARTERS = frozenset(
    """
    the this that these those it he she they we i in on at but however a an and so yet there
    his her their its our meanwhile still
    """.split()
)
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$")
_WORD_BEFORE = re.compile(r"(\S+)$")
_BLOCK = re.compile(r"\S(?:.*\S)?(?:\n[ \t]*\S(?:.*\S)?)*")  # runs of non-blank lines
_MARKDOWN_HEADING = re.compile(r"[ \t]{0,3}#{1,6}\s")  # used with match(): anchored


# How many earlier sentences of the paragraph travel with a sentence as its context: a subject
# named two sentences back ("Golden Dome" ... "This system" ... "this system, estimated to
# cost") is still what the sentence is about.
CONTEXT_SENTENCES = 2


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    is_heading: bool
    paragraph: int


@dataclass(frozen=True)
class Passage:
    """A citable sentence with its context; `start`/`end` index into the document text."""

    doc_id: str
    source: str
    seq: int
    start: int
    end: int
    text: str
    previous: str  # the sentence just before, in the same paragraph
    # Up to CONTEXT_SENTENCES sentences before, in the same section: news paragraphs are often
    # one sentence long, and the subject carries across them.
    context: str
    heading: str
    is_heading: bool

    @property
    def embed_text(self) -> str:
        """What is embedded and indexed: the sentence with the one before it. More context (or a
        heading, which may be a photo caption) dilutes the vector."""
        return f"{self.previous} {self.text}" if self.previous else self.text

    @property
    def judged_text(self) -> str:
        """What the answerer matches a question's words against: the sentence in its section."""
        return " ".join(part for part in (self.heading, self.context, self.text) if part)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences and headings of `text`, each with `text[start:end] == sentence.text`."""
    sentences: list[Sentence] = []
    for paragraph, block in enumerate(_BLOCK.finditer(text)):
        lines = block.group().split("\n")
        if len(lines) == 1 and not _TERMINAL.search(lines[0]) or _MARKDOWN_HEADING.match(lines[0]):
            first_end = block.start() + len(lines[0].rstrip())
            sentences.append(_sentence(text, block.start(), first_end, True, paragraph))
            rest_start = block.start() + len(lines[0]) + 1
            if len(lines) > 1:
                sentences.extend(_split_block(text, rest_start, block.end(), paragraph))
            continue
        sentences.extend(_split_block(text, block.start(), block.end(), paragraph))
    return [s for s in sentences if s.text]


def _split_block(text: str, start: int, end: int, paragraph: int) -> list[Sentence]:
    result = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        if _is_abbreviation(text, cursor, match):
            continue
        result.append(_sentence(text, cursor, match.end(), False, paragraph))
        cursor = match.end()
    result.append(_sentence(text, cursor, end, False, paragraph))
    return result


def _is_abbreviation(text: str, sentence_start: int, match: re.Match[str]) -> bool:
    if text[match.start()] != ".":
        return False
    before = _WORD_BEFORE.search(text, sentence_start, match.start())
    if before is None:
        return False
    word = before.group(1).lstrip("\"'“‘([")
    bare = word.rstrip(".").lower()
    if bare in _ABBREVIATIONS:
        return True
    if re.fullmatch(r"[A-Z]", word):  # an initial, as in "David N. Miller"
        return True
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):  # "U.S", "e.g", "a.m"
        next_word = re.match(r"\s+[\"'“‘(\[]?([A-Za-z]+)", text[match.end() :])
        return not (next_word and next_word.group(1).lower() in _SENTENCE_STARTERS)
    return False


def _sentence(text: str, start: int, end: int, is_heading: bool, paragraph: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if is_heading:
        # Markdown heading markers are not part of what is cited.
        marker = _MARKDOWN_HEADING.match(text, start, end)
        if marker:
            start = marker.end()
    return Sentence(start, end, text[start:end], is_heading, paragraph)


def build_passages(doc_id: str, source: str, text: str) -> list[Passage]:
    passages = []
    heading = ""
    earlier: list[Sentence] = []  # the section's sentences so far
    for seq, sentence in enumerate(split_sentences(text)):
        if sentence.is_heading:
            heading = sentence.text
            earlier = []
        context = " ".join(s.text for s in earlier[-CONTEXT_SENTENCES:])
        passages.append(
            Passage(
                doc_id=doc_id,
                source=source,
                seq=seq,
                start=sentence.start,
                end=sentence.end,
                text=sentence.text,
                previous=earlier[-1].text if earlier and earlier[-1].paragraph == sentence.paragraph else "",
                context=context,
                heading="" if sentence.is_heading else heading,
                is_heading=sentence.is_heading,
            )
        )
        if not sentence.is_heading:
            earlier.append(sentence)
    return passages
