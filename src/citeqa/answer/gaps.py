"""Words a scraped text has lost: an empty quotation (“” or “.”) or a space before punctuation
("In its , Japan…") where a link or markup once stood. A question about what stood there is
one the text cannot answer."""

from __future__ import annotations

import re

from citeqa.answer.questions import checks_a_claim, is_content_word, sets_aside
from citeqa.answer.wordforms import stem

# Where words were dropped from a text (scraped pages often lose links and markup): an empty
# quotation (“” or “.”), or a space before punctuation ("In its , Japan…").
_GAP = re.compile(r"[“\"][\s.,;:]*[”\"]|(?<=\w) (?=[,.;:](?:\s|$))")


def asks_for_missing_text(sentence: str, question: str) -> bool:
    """Whether the question asks for what a gap in the sentence once held: a content word of the
    question is one of the two words right before the gap ("What is the 24% tariff called?"
    over "a 24% “” tariff"), not counting a determiner or "of" ("one of its “.”")."""
    asked = {stem(w) for w in re.findall(r"[\w’'-]+", question) if is_content_word(w)}
    for gap in _GAP.finditer(sentence):
        words = [w for w in re.findall(r"[\w’'-]+", sentence[: gap.start()])]
        if [w.lower() for w in words[-2:]] == ["according", "to"] and _ASKS_SOURCE.search(question):
            return True  # "According to , the…": the source is what was lost
        if words and words[-1].lower() in ("and", "or"):
            # A lost item of a list ("AI, robotics, and ,"): the rest still answers, unless the
            # question names every item that is left and sets them aside or asks for the one
            # after them ("Apart from AI and robotics, what…?", "…what is the third?"). "AI,
            # robotics and what else?" asks for the list, which the sentence gives as far as it
            # goes, and a claim naming them ("…needs AI and robotics, right?") asks for no other.
            if (
                _names_every_item_left(sentence[: gap.start()], asked)
                and (_ASKS_NEXT_ITEM.search(question) or sets_aside(question))
                and not checks_a_claim(question)
            ):
                return True
            continue
        if (
            gap.group() == " "
            and words
            and words[-1].lower() in _LEADING_WORDS
            and _ASKS_TITLE.search(question)
        ):
            return True  # "In its , Japan has allocated…": the name of what "its" led into
        while words and words[-1].lower() in _LEADING_WORDS:
            words.pop()
        if asked & {stem(w) for w in words[-2:]}:
            return True
        if _asks_for_lost_object(words, question, asked):
            return True
    return False


def _asks_for_lost_object(words_before_gap: list[str], question: str, asked: set[str]) -> bool:
    """ "What do North Korea, China and Russia all have?" over "…North Korea, China, and
    Russia—all of which have , according to…": the gap is the object of a bare verb ("have",
    "include") that the question asks with, of a subject the question names."""
    if not words_before_gap or words_before_gap[-1].lower() not in _BARE_VERBS:
        return False
    question_words = {w.lower() for w in re.findall(r"[\w’'-]+", question)}
    subject = {stem(w) for w in words_before_gap[-9:-1]}
    return words_before_gap[-1].lower() in question_words and bool(asked & subject)


def _names_every_item_left(before_gap: str, asked: set[str]) -> bool:
    """Whether the asked stems hold the last word of each item of the list that ends where the
    gap is: "AI" and "robotics" in "areas such as AI, robotics, and"."""
    chunks = before_gap.split(",")[:-1][-2:]
    items = [re.findall(r"[\w’'-]+", chunk)[-1:] for chunk in chunks]
    return bool(items) and all(item and stem(item[0]) in asked for item in items)


# "Source for the deadline?", "Which outlet reported…?": a question asking who says so.
_ASKS_SOURCE = re.compile(
    r"\b(?:sources?|sourced|outlet|publication|attribut\w*|according\s+to\s+(?:whom|who|what))\b",
    re.IGNORECASE,
)
# "…document's name?", "What is the plan called?": a question asking what something is titled,
# or where a figure comes from.
_ASKS_TITLE = re.compile(r"\b(?:name|named|called|titled|title|sources?|sourced|document)\b", re.IGNORECASE)
# "the third field", "the 3rd item", "the last one": the item of a list after those named.
_ASKS_NEXT_ITEM = re.compile(
    r"\b(?:third|3rd|fourth|4th|fifth|5th|last|final|remaining|missing)\b", re.IGNORECASE
)
# Words that lead into a phrase: a gap after them is the phrase's missing head.
_LEADING_WORDS = frozenset("a an the its their his her our of".split())
# Verbs whose object a gap may have lost: "all of which have ,".
_BARE_VERBS = frozenset("have has had include includes included is are was were".split())
