"""Common English words a reader misspelt ("coments", "titel"), as the words they misspell.

The corpus's own words are corrected elsewhere, against the corpus. This is for the words of a
question the corpus never uses: misspelt, they embed far from any sentence, as if the reader
had asked about something else. The word list and its frequencies are pyspellchecker's.
Language rules, no document.
"""

from __future__ import annotations

from functools import lru_cache

from spellchecker import SpellChecker


def common_word_for(word: str) -> str | None:
    """The commonest English word one edit from `word` that starts with the same letter (a
    typo seldom changes the first one: "coments" is "comments", not "moments"), or None when
    `word` is a word already or none is near."""
    checker = _checker()
    lowered = word.lower()
    if lowered in checker:
        return None
    near = [w for w in checker.edit_distance_1(lowered) if w[:1] == lowered[:1] and w in checker]
    if not near:
        return None
    return max(near, key=lambda w: (checker.word_usage_frequency(w), w))


@lru_cache(maxsize=1)
def _checker() -> SpellChecker:
    return SpellChecker(distance=1)


def word_frequency(word: str) -> float:
    """The share of English text that `word` (lowercase) makes up; 0.0 for a word not listed."""
    return float(_checker().word_usage_frequency(word.lower()))
