"""Country names, and the words that name the same country in news prose: its name and its
capital ("Tokyo pledged…" for Japan, "talks with Beijing" for China), and its longer native or
alternative names.

The data is the countryinfo package's. Only single words are kept, and no two- or three-letter
codes: "IN" for India would make every "in" name a country.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z]{4,}")


def is_country(name: str) -> bool:
    """Whether `name` ("the United States", "Japan") is a country's name, not a city's."""
    words = [w for w in name.lower().split() if w != "the"]
    if len(words) == 1 and "." in words[0]:
        # A dotted abbreviation is no pronoun: "U.S." is the code "US".
        return words[0].replace(".", "") in _country_codes()
    return " ".join(words) in _country_names()


def same_country(word: str) -> frozenset[str]:
    """Other lowercase words naming the country `word` names, or nothing."""
    lowered = word.lower()
    return _names_by_word().get(lowered, frozenset()) - {lowered}


@lru_cache(maxsize=1)
def _names_by_word() -> dict[str, frozenset[str]]:
    from countryinfo import all_countries

    by_word: dict[str, frozenset[str]] = {}
    for country in all_countries():
        capital = country.capital()
        capitals = capital if isinstance(capital, list) else [capital]
        names = [country.name(), *country.alt_spellings(), *capitals]
        # "Washington D.C." is "Washington": dotted abbreviations are dropped before counting words.
        words = {
            name.lower()
            for name in (" ".join(w for w in str(text).split() if "." not in w) for text in names if text)
            if _WORD.fullmatch(name)
        }
        if len(words) > 1:
            for name in words:
                by_word[name] = by_word.get(name, frozenset()) | words
    return by_word


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    from countryinfo import all_countries

    names = (text for country in all_countries() for text in (country.name(), *country.alt_spellings()))
    # Codes ("US", "IN") are left out for the reason above.
    return frozenset(str(text).lower() for text in names if text and len(str(text)) >= 4)


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    from countryinfo import all_countries

    codes = (text for country in all_countries() for text in country.alt_spellings())
    return frozenset(
        str(text).lower() for text in codes if text and str(text).isupper() and len(str(text)) <= 3
    )


def country_named(name: str) -> str:
    """The one name of the country `name` names ("U.S." and "the United States" both give
    "united states"), or `name` lowercased when it names none."""
    key = " ".join(w for w in name.lower().replace(".", "").split() if w != "the")
    return _canonical_names().get(key, key)


@lru_cache(maxsize=1)
def _canonical_names() -> dict[str, str]:
    from countryinfo import all_countries

    return {
        str(text).lower().replace(".", ""): country.name().lower()
        for country in all_countries()
        for text in (country.name(), *country.alt_spellings())
        if text
    }
