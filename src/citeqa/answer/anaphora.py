"""What a sentence points back to: news prose carries its subject across sentences ("This
ambitious system…", "The statement emphasized…", "…that this system will be…"), and a sentence
that points back is about what the sentences it points to name. Language rules, no document."""

from __future__ import annotations

import re
from functools import lru_cache

from citeqa.answer.questions import STOPWORDS
from citeqa.answer.wordforms import stem
from citeqa.passages import Passage, split_sentences

# A sentence opening with a word that points back to the sentence before.
_ANAPHORIC = re.compile(r"^\W*(?:This|These|That|Those|It|Its|They|Their|Such)\b")
# "The statement emphasized…" after "…released a statement": a definite noun opening a
# sentence, or a demonstrative one later in it ("…that this system will be…"), that repeats a
# noun of the sentence before.
_DEFINITE_OPENING = re.compile(r"^\W*The\s+([a-z]+)(?:\s+([a-z]+))?\b")
# As the subject of a clause ("…stated that this system will…"), not as an object ("…in
# talks concerning these tariffs"): the clause is about the thing, not just mentions it.
_DEMONSTRATIVE = re.compile(
    r"(?:\bthat|,)\s+(?:this|these|those)\s+([a-z]+)(?:\s+([a-z]+))?\b", re.IGNORECASE
)


def points_back(sentence: str, before: str) -> bool:
    """Whether `sentence` points back to `before`, the sentence just before it."""
    if _ANAPHORIC.match(sentence):
        return True
    # The noun, or the adjective and the noun: "this network", "this ambitious network".
    matches = [_DEFINITE_OPENING.match(sentence), *_DEMONSTRATIVE.finditer(sentence)]
    nouns = [word for match in matches if match for word in match.groups() if word]
    before_stems = {stem(word) for word in re.findall(r"[A-Za-z]+", before)}
    return any(stem(noun) in before_stems for noun in nouns if noun.lower() not in STOPWORDS)


def antecedents_start(passage: Passage) -> int:
    """Where, in the passage's judged text, the sentences the passage points back to begin (a
    chain: "Trump has stated that this system…" after "This ambitious missile defense
    system…" after the sentence naming Golden Dome), or -1 when it points back to none."""
    earlier = split_sentences(passage.context)
    context_at = len(passage.judged_text) - len(passage.text) - 1 - len(passage.context)
    start, sentence = -1, passage.text
    for before in reversed(earlier):
        if not points_back(sentence, before.text):
            break
        start, sentence = context_at + before.start, before.text
    return start


@lru_cache(maxsize=4096)  # asked of the same passages by several checks of every question
def sentence_before(passage: Passage) -> str:
    """The sentence before the passage in its paragraph or, when it opens a paragraph by
    pointing back ("The statement emphasized…"), the sentence it points to; else ""."""
    if passage.previous:
        return passage.previous
    earlier = split_sentences(passage.context)
    if earlier and points_back(passage.text, earlier[-1].text):
        return earlier[-1].text
    return ""


def with_antecedent(passage: Passage) -> str:
    """The text whose meaning the passage carries in context: the sentence with the one
    `sentence_before` gives."""
    before = sentence_before(passage)
    return f"{before} {passage.text}" if before else passage.text


# "This ambitious missile defense system, inspired by…": a sentence opening by describing what
# the sentence before named, up to the comma or verb that ends the description.
_DESCRIBING_OPENING = re.compile(
    r"^\W*(?:This|These)\s+(?P<description>(?:[a-z-]+\s+){0,4}?[a-z-]+)"
    r"(?=,|\s+(?:is|are|was|were|would|will|has|have|had|could|may|might|can|includes?|involves?)\b)"
)
# A name: a quoted term with a capital ("“Golden Dome”"), or a run of capitalised words.
_NAME = re.compile(r"[“\"](?P<quoted>[A-Z][^”\"]*)[”\"]|(?<!^)\b(?P<plain>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)")


def descriptions(sentences: list[str]) -> dict[str, str]:
    """What prose calls each name it goes on to describe: "…for Trump’s “Golden Dome” project.
    This ambitious missile defense system…" describes Golden Dome as an ambitious missile defense
    system. The name described is the last one the sentence before gives."""
    found: dict[str, str] = {}
    for before, sentence in zip(sentences, sentences[1:], strict=False):
        opening = _DESCRIBING_OPENING.match(sentence)
        names = [m.group("quoted") or m.group("plain") for m in _NAME.finditer(before)]
        if opening and names:
            found.setdefault(names[-1], opening.group("description"))
    return found
