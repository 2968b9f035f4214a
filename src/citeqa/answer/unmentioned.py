"""What a question asks about that no sentence of the documents mentions: a country, a province
or capital, a person named after a title, a model, or each of two names offered as a choice.
Whatever the nearest sentence says of something else is no answer to it. A name the reader only
guesses ("…, was it South Korea?") may be wrong, and is corrected instead of refused."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from itertools import takewhile

from citeqa.answer.countries import countries_named, countries_of, is_nationality
from citeqa.answer.kinds import is_title
from citeqa.answer.places import countries_of_place, places_named
from citeqa.answer.questions import (
    STOPWORDS,
    designations,
    guessed_words,
    is_typo_of,
    name_choice,
    name_key,
    puts_a_claim_to_check,
    without_guess,
    without_statements_before,
)


class Unmentioned:
    """The names a corpus mentions, to tell the ones a question asks about that it doesn't."""

    def __init__(self) -> None:
        self._vocabulary: frozenset[str] = frozenset()
        self._countries: frozenset[str] = frozenset()
        self._capitalised_words: frozenset[str] = frozenset()
        self._designations: frozenset[str] = frozenset()
        self._model_lines: frozenset[str] = frozenset()

    def fit(self, sentences: list[str], vocabulary: frozenset[str], dotted_countries: frozenset[str]) -> None:
        """Learn the corpus's names: `vocabulary` holds its lowercase words, `dotted_countries`
        the countries it names by dotted codes ("U.S.")."""
        self._vocabulary = vocabulary
        self._countries = dotted_countries | {c for s in sentences for c in countries_named(s)}
        # Every word the corpus capitalises, wherever it stands ("Miller" after "Lt. Gen."):
        # what a reader's spelling of a name is checked against.
        self._capitalised_words = frozenset(
            word.lower() for sentence in sentences for word in re.findall(r"\b[A-Z][a-z’'-]+", sentence)
        )
        self._designations = frozenset(d for sentence in sentences for d in designations(sentence))
        self._model_lines = frozenset(name.split("-")[0] for name in self._designations)

    def country(self, question: str) -> bool:
        """ "Is South Korea joining too?" asks about a country no sentence mentions, in any of
        its names: whatever the nearest sentence says of North Korea or Japan is no answer."""
        asked, guessed = _asked_and_guessed(question)
        if any(not set(country.split()) <= guessed for country in countries_named(asked) - self._countries):
            return True
        # "the Australian prime minister": a people none of whose countries the corpus mentions.
        return any(
            word.lower() not in guessed and not countries_of(word) & self._countries
            for word in re.findall(r"\b[A-Z][a-z]+\b", asked)
            if is_nationality(word) and countries_of(word)
        )

    def place(self, question: str) -> bool:
        """ "When will the Okinawa radar be running?" asks about a province (or state, or
        capital) no sentence names: what the nearest sentence says of Japan is no answer."""
        if puts_a_claim_to_check(question):
            return False  # "Verify: the radar is meant for Hokkaido." is corrected, not refused
        asked, guessed = _asked_and_guessed(question)
        return any(
            not set(place.split()) <= guessed | self._vocabulary
            # A place in a country the corpus never mentions is off its topic, and "Centre"
            # (a province of several) is more likely a word.
            and bool(countries_of_place(place) & self._countries)
            for place in places_named(asked)
        )

    def person(self, question: str) -> bool:
        """ "What did Defense Minister Gen Nakatani say?" asks about a person, named after a
        title, whom no sentence names: what the nearest sentence says of someone else is no
        answer. A surname one typo from a corpus name ("Prime Minister Ishida") is that name."""
        asked, guessed = _asked_and_guessed(question)
        words = re.findall(r"[\w’'.-]+", asked)
        for index, word in enumerate(words):
            if not (word[:1].isupper() and is_title(word)):
                continue
            following = list(takewhile(lambda w: w[:1].isupper(), words[index + 1 : index + 5]))
            names = [w for w in following if not is_title(w) and not re.fullmatch(r"[A-Z]\.?", w)]
            if not names:
                continue
            surname = name_key(names[-1] if len(names) <= 2 else names[1])
            if (
                surname not in self._vocabulary
                and surname not in guessed
                and not any(_may_misspell(surname, name) for name in self._capitalised_words)
                and not (countries_named(surname.capitalize()) or places_named(surname.capitalize()))
            ):
                return True
        return False

    def only_names_offered(self, question: str) -> bool:
        """ "Was the summit at Mar-a-Lago or at the White House?": the answer would be one of
        the names offered, and no sentence holds either."""
        choice = name_choice(question)
        if choice is None:
            return False
        return not any(
            name_key(word) in self._vocabulary
            for option in choice
            for word in option.split()
            if not is_title(word) and name_key(word) not in STOPWORDS
        )

    def model(self, question: str) -> bool:
        """ "SM-3 or PAC-3?" asks which model, and no sentence names either. A guess at a model
        where the corpus names others of its maker's line ("…, the SM-6?" over "SM-3") is
        corrected instead."""
        guessed = guessed_words(question)
        return any(
            name.split("-")[0] not in self._model_lines
            or not (name in guessed or name.split("-")[0] in guessed)
            for name in designations(question) - self._designations
        )


def _asked_and_guessed(question: str) -> tuple[str, frozenset[str]]:
    """What a question asks about, without the guess it ends with and the remarks before it,
    and the words it guesses, as names are compared (lower case, no possessive): the things it
    names that no sentence must mention."""
    guessed = frozenset(name_key(word) for word in guessed_words(question))
    return without_statements_before(without_guess(question)), guessed


def _may_misspell(word: str, name: str) -> bool:
    """Whether `word` may be a reader's spelling of `name`: a typo, or a name half-remembered
    ("Mueller" or "Miler" for "Miller"), sharing three quarters of its letters in order."""
    return is_typo_of(word, name) or SequenceMatcher(None, word, name).ratio() >= 0.75
