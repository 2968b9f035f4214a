"""Places below a country that a question may name: provinces, states and capitals ("Okinawa",
"Hokkaido", "Alaska", "Canberra").

A question about a place no sentence names ("When will the Okinawa radar be running?") asks for
a fact the documents do not hold, however close the nearest sentence about the country is. The
names are the countryinfo package's; a name that is also a common English word ("Central",
"Western", "Saga") is a word first. Language data, no document.
"""

from __future__ import annotations

import re
from functools import lru_cache

from citeqa.answer.countries import is_country
from citeqa.answer.spelling import word_frequency

# Below this share of English text a capitalised word is a name, not a word that opens a sentence.
_NAME_FREQUENCY = 2e-6
# Typed in lower case, a place must be rarer still: "the tariff saga" is no Japanese prefecture.
_LOWERCASE_NAME_FREQUENCY = 3e-7
_WORD = re.compile(r"[A-Za-z]+(?:[’'][A-Za-z]+)?")


@lru_cache(maxsize=4096)  # asked of every question
def places_named(text: str) -> frozenset[str]:
    """The lowercase names of the provinces, states and capitals `text` names (one to three
    words, four letters or more), other than countries and common words."""
    words = [re.sub(r"[’']s$", "", w) for w in _WORD.findall(text)]
    found: set[str] = set()
    start = 0
    while start < len(words):
        for size in (3, 2, 1):
            gram = " ".join(words[start : start + size])
            if len(gram.split()) == size and _is_place_name(gram):
                found.add(gram.lower())
                start += size
                break
        else:
            start += 1
    return frozenset(found)


def _is_place_name(gram: str) -> bool:
    key = gram.lower()
    if len(key) < 4 or key not in _countries_by_place() or is_country(key):
        return False
    limit = _NAME_FREQUENCY if gram[:1].isupper() else _LOWERCASE_NAME_FREQUENCY
    return " " in key or word_frequency(key) < limit


def countries_of_place(place: str) -> frozenset[str]:
    """The lowercase names of the countries that have a province, state or capital called
    `place` ("georgia" is a U.S. state's name)."""
    return _countries_by_place().get(place.lower(), frozenset())


@lru_cache(maxsize=1)
def _countries_by_place() -> dict[str, frozenset[str]]:
    from countryinfo import all_countries

    countries: dict[str, frozenset[str]] = {}
    for country in all_countries():
        info = country.info()
        capital = info.get("capital")
        for name in [*(info.get("provinces") or []), *(capital if isinstance(capital, list) else [capital])]:
            if name and "." not in str(name):
                key = str(name).lower()
                countries[key] = countries.get(key, frozenset()) | {country.name().lower()}
    return countries
