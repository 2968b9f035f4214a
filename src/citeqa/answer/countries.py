"""Country names, and the words that name the same country in news prose: its name and its
capital ("Tokyo pledged…" for Japan, "talks with Beijing" for China), and its longer native or
alternative names.

The data is the countryinfo package's. Only single words are kept, and no two- or three-letter
codes: "IN" for India would make every "in" name a country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z]{4,}")


def is_country(name: str) -> bool:
    """Whether `name` ("the United States", "Japan") is a country's name, not a city's."""
    words = [w for w in name.lower().split() if w != "the"]
    if len(words) == 1 and "." in words[0]:
        # A dotted abbreviation is no pronoun: "U.S." is the code "US".
        return words[0].replace(".", "") in _table().codes
    return " ".join(words) in _table().names


def is_nationality(word: str) -> bool:
    """Whether `word` ("Japanese", "American") is the adjective of a country's people."""
    return word.lower() in _table().demonyms


def countries_of(nationality: str) -> frozenset[str]:
    """The countries whose people `nationality` names ("norwegian" gives "norway", and
    the territories that share the word), lowercase."""
    return _table().demonyms.get(nationality.lower(), frozenset())


def country_named(name: str) -> str:
    """The one name of the country `name` names ("U.S." and "the United States" both give
    "united states"), or `name` lowercased when it names none."""
    key = " ".join(w for w in name.lower().replace(".", "").split() if w != "the")
    return _table().canonical.get(key, key)


def country_of_code(code: str) -> str | None:
    """The lowercase name of the country whose two- or three-letter code is `code` ("JP"
    gives "japan"), or None."""
    key = code.lower()
    return _table().canonical.get(key) if key in _table().codes else None


def country_of(word: str) -> str | None:
    """The one name of the country a word names: by its name or dotted code ("U.S." gives
    "united states") or, for a word of four letters or more, by its capital or another name
    ("Washington", "Tokyo"); else None. Plain two- and three-letter codes ("in", "us") are
    words first."""
    key = word.lower().replace(".", "")
    if len(key) < 4 and "." not in word:
        return None
    named = _table().canonical.get(key)
    if named is not None:
        return named
    return next((_table().canonical[k] for k in sorted(same_country(key)) if k in _table().canonical), None)


# Countries whose names are common words or given names too.
_COMMON_WORDS = frozenset(
    "turkey chad jordan georgia guinea niger island reunion jersey chile wales panama togo".split()
)
_NAME_WORD = re.compile(r"[A-Za-z]+(?:[’'][A-Za-z]+)?")


@lru_cache(maxsize=4096)  # asked of every question, and of each sentence once
def countries_named(text: str) -> frozenset[str]:
    """The one names of the countries `text` names in full ("South Korea", "south korea",
    "Canada"), by a capital ("Ottawa") or by a people of several words ("South Korean"),
    longest name first: "South Korea" is no mention of
    "Korea". A single word must be four letters or more, and capitalised unless it is a
    country's name and no common word ("canada", not "chad"); no dotted abbreviation counts
    ("Lt." is no Lithuania)."""
    words = _NAME_WORD.findall(re.sub(r"\b(?:[A-Za-z]\.){2,}", " ", text))
    words = [re.sub(r"[’']s$", "", w) for w in words]
    found: set[str] = set()
    start = 0
    while start < len(words):
        for size in (3, 2, 1):
            gram = " ".join(words[start : start + size])
            # "the island" is one word after its article, and must be capitalised as such.
            if len(gram.split()) < size or words[start].lower() == "the":
                continue
            if size == 1:
                # "canada" typed in lower case is the country; "turkey" may be the bird.
                lowercase_ok = gram.islower() and gram not in _COMMON_WORDS and is_country(gram)
                if not ((gram[:1].isupper() or lowercase_ok) and len(gram) >= 4):
                    continue
                named = country_named(gram) if is_country(gram) else country_of(gram)
            elif is_country(gram):
                named = country_named(gram)
            else:
                # "South Korean officials" name South Korea as surely as "South Korea" does.
                peoples = countries_of(gram)
                named = next(iter(peoples)) if len(peoples) == 1 else None
            if named is not None:
                found.add(named)
                start += size
                break
        else:
            start += 1
    return frozenset(found)


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
        # Names of several words ("united states") are kept as what a word stands for, never
        # as a word to look up: "Washington" names the United States.
        longer = {str(text).lower() for text in names if text and " " in str(text).strip()}
        if len(words | longer) > 1:
            for name in words:
                by_word[name] = by_word.get(name, frozenset()) | words | longer
    return by_word


@dataclass(frozen=True)
class _Table:
    names: frozenset[str]  # full and alternative names, lowercase; codes ("US", "IN") left out
    codes: frozenset[str]  # two- and three-letter codes, lowercase
    canonical: dict[str, str]  # any name or code, without dots, to the country's one name
    demonyms: dict[str, frozenset[str]]  # the adjective of a people to its countries, lowercase


@lru_cache(maxsize=1)
def _table() -> _Table:
    from countryinfo import all_countries

    names, codes, canonical = set(), set(), {}
    demonyms: dict[str, frozenset[str]] = {}
    for country in all_countries():
        demonym = country.info().get("demonym")
        if demonym:
            key = str(demonym).lower()
            demonyms[key] = demonyms.get(key, frozenset()) | {country.name().lower()}
        for text in (str(t) for t in (country.name(), *country.alt_spellings()) if t):
            canonical[text.lower().replace(".", "")] = country.name().lower()
            if len(text) >= 4:
                names.add(text.lower())
            elif text.isupper():
                codes.add(text.lower())
    return _Table(frozenset(names), frozenset(codes), canonical, demonyms)
