"""Idioms readers use where prose uses a plain word ("a bargaining chip" for leverage, "up and
running" for operational): the words of an idiom mean nothing on their own, so a question is
read with the plain word, which embeds near the sentences that use it and matches their words.
Language rules, no document."""

from __future__ import annotations

import re
from collections.abc import Callable

# Each idiom, in any letter case, and the plain words it means.
_IDIOMS: list[tuple[re.Pattern[str], str]] = [
    # "in the first place" asks for no first thing.
    (re.compile(r"\s*\bin the first place\b", re.IGNORECASE), ""),
    # "must put first" is "must prioritize": no first thing of several.
    (re.compile(r"\bput\s+first\b", re.IGNORECASE), "prioritize"),
    (re.compile(r"\bup\s+(?:and|&|n)\s+run+ing\b", re.IGNORECASE), "operational"),
    # A system "ready by 2029", or "supposed to be ready", is one in operation.
    (re.compile(r"\b(?<=be\s)ready\b|\bready(?=\s+by\b)|\bready(?=\W*$)", re.IGNORECASE), "operational"),
    # …and so is one that will "be working", "be functional" or "be in operation" by a date.
    (
        re.compile(
            # Not "be working together", "be working on it": people at work.
            r"\b(?<=be\s)(?:fully\s+)?(?:working|functional|functioning|in\s+operation)\b"
            r"(?!\s+(?:together|with|on|for|at|in|to|alongside|hard)\b)"
            r"|\b(?:working|functional|in\s+operation)(?=\s+by\b)",
            re.IGNORECASE,
        ),
        "operational",
    ),
    (re.compile(r"\bbargaining\s+chips?\b", re.IGNORECASE), "leverage"),
    (re.compile(r"\bheads?\s+of\s+government\b", re.IGNORECASE), "prime minister"),
    # A joint communiqué or declaration is a statement the parties release together.
    (re.compile(r"\b(?:communiqu[eé]s?|declarations?)\b", re.IGNORECASE), "statement"),
    (
        re.compile(r"\b(take|took|takes|taking)\s+(?:up\s+)?(?:his|her|their|the)\s+post\b", re.IGNORECASE),
        r"\1 office",
    ),
    (re.compile(r"\bprice\s*tags?\b", re.IGNORECASE), "cost"),
    # What a thing will "set someone back" is what it costs them.
    (re.compile(r"\bset\s+(?:[\w’'-]+\s+){1,2}?back\b", re.IGNORECASE), "cost"),
    # "the last day to send offers" is their deadline, no last of several days.
    (
        re.compile(r"\b(?:the\s+)?(?:last|final)\s+(?:day|date)\s+(?=for\b|to\b|by\b)", re.IGNORECASE),
        "the deadline ",
    ),
    # A "face-to-face meeting" is a meeting: the words say how, and no sentence repeats them.
    (re.compile(r"\bface[\s-]+to[\s-]+face\s+(?=meeting|talks?|summit)", re.IGNORECASE), ""),
    (re.compile(r"\bin\s+charge\s+of\b", re.IGNORECASE), "responsible for"),
    (re.compile(r"\bspill(?:ed|s|ing)?\s+the\s+(?:tea|beans)\b", re.IGNORECASE), "give details"),
    (re.compile(r"\b(?:the\s+)?deets\b", re.IGNORECASE), "details"),
    (re.compile(r"\bkick(?:s|ed)?\s+in\b", re.IGNORECASE), "take effect"),
    (re.compile(r"\bspell(?:s|ed|ing)?\s+out\b", re.IGNORECASE), "detail"),
    (re.compile(r"\bput(?:s|ting)?\s+(?:money|cash|capital|funds)\s+into\b", re.IGNORECASE), "investing in"),
    # To make people question or doubt a pledge, raise doubts about it, or undercut or undermine
    # it (said of what someone did) is to cast doubt on it.
    (
        re.compile(
            r"\b(?:make|makes|made|making)\s+(?:people|everyone|others|observers|some|many|folks)\s+"
            r"(?:(?:start|begin|began)\s+)?(?:question|doubt)(?:ing)?\b|"
            r"\brais(?:e|es|ed|ing)\s+doubts?\s+(?:about|over|on)\b|\bput(?:s|ting)?\s+in\s+doubt\b|"
            r"\bunder(?:cut|cuts|cutting|min(?:e|es|ed|ing))\b",
            re.IGNORECASE,
        ),
        "cast doubt on",
    ),
    # To call or put something into question is to cast doubt on it.
    (
        re.compile(
            r"\b(?:call|calls|called|calling|put|puts|putting)(?P<thing>(?:\s+[\w’'-]+){0,5}?)\s+(?:in|into)\s+question\b",
            re.IGNORECASE,
        ),
        r"cast doubt on\g<thing>",
    ),
    # To back a plan, or get behind it, is to support it ("Tokyo might back the shield").
    (
        re.compile(
            r"\b(might|would|could|to|may|will)\s+back\b(?!\s+(?:on|in|to|off|down|out|up)\b)", re.IGNORECASE
        ),
        r"\1 support",
    ),
    (re.compile(r"\bget(?:s|ting)?\s+behind\b", re.IGNORECASE), "support"),
    (re.compile(r"\bmutually\s+beneficial\b", re.IGNORECASE), "win-win"),
    # "did they copy the golden dome off of?": what was copied stays, what it was copied off
    # is what inspired it.
    (
        re.compile(r"\bcop(?:y|ied|yed)(?P<thing>(?:\s+[\w’'-]+){1,3}?)\s+off(?:\s+of)?\b", re.IGNORECASE),
        r"\g<thing> inspired by",
    ),
    # A system copied from, modelled on or based off another is inspired by it.
    (
        re.compile(
            r"\b(?:cop(?:y|ied|ies|yed)\s+(?:off\s+)?(?:from|of)|model(?:l)?ed\s+(?:on|after)|"
            r"based\s+off(?:\s+of)?|patterned\s+(?:on|after)|takes?\s+inspiration\s+from)\b",
            re.IGNORECASE,
        ),
        "inspired by",
    ),
    # "Has the push shifted at all?" asks whether it changed.
    (re.compile(r"\bshifted(?=\s+(?:at\s+all|since|recently|\W*$))", re.IGNORECASE), "changed"),
    # To become prime minister (or president) is to assume office as one.
    (
        re.compile(
            r"\b(?:become|became|becoming|becomes)\s+(?:the\s+)?(?:\w+\s+)?"
            r"(?P<title>prime\s+min\w*|pm|president|premier|chancellor|leader)\b",
            re.IGNORECASE,
        ),
        r"\g<title> who assumed office",
    ),
    # "Which neighbours are named?", "what does the piece list": what the text mentions, not
    # someone named to a post.
    (
        re.compile(
            r"\b(are|were|is|was|get|got|being)\s+(?:named|listed|cited)(?=\s*(?:[?.!]|$|\b(?:in|by|here|there)\b))",
            re.IGNORECASE,
        ),
        r"\1 mentioned",
    ),
    (
        re.compile(
            r"\b(article|piece|text|story|report|author|writer)\s+(?:name|list|cite)(s?)\b", re.IGNORECASE
        ),
        r"\1 mention\2",
    ),
]


def in_plain_words(question: str, corpus_text: str = "") -> str:
    """`question` with its idioms in plain words: "Could Tokyo use it as a bargaining chip?"
    reads "Could Tokyo use it as a leverage?". An idiom the documents use themselves
    (`corpus_text`, lowercase) is their wording, and stays."""

    def plain_unless_used(plain: str) -> Callable[[re.Match[str]], str]:
        def replace(match: re.Match[str]) -> str:
            phrase = " ".join(match.group().lower().split())
            if phrase and re.search(rf"\b{re.escape(phrase)}\b", corpus_text):
                return match.group()
            return match.expand(plain)

        return replace

    for idiom, plain in _IDIOMS:
        question = idiom.sub(plain_unless_used(plain), question)
    return question
