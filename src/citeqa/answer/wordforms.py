"""The forms a word takes in a corpus: light stems, initials of names ("CSIS", "USSF"), dotted
acronyms ("U.S."), numerals for ordinals and abbreviations of titles. Language rules, no document."""

from __future__ import annotations

import re

from citeqa.answer.questions import STOPWORDS

# Words and their other written forms: ordinals and their numerals (not "I" for "first": the
# pronoun would match it), and the abbreviations of titles and organisations.
_SAME_WORDS = (
    ("first", "1st"),
    ("second", "ii", "2nd"),
    ("third", "iii", "3rd"),
    ("fourth", "iv", "4th"),
    ("general", "gen"),
    ("lieutenant", "lt"),
    ("colonel", "col"),
    ("admiral", "adm"),
    ("senator", "sen"),
    ("governor", "gov"),
    ("professor", "prof"),
    ("doctor", "dr"),
    ("department", "dept"),
    ("government", "govt"),
    ("corporation", "corp"),
    ("incorporated", "inc"),
)
OTHER_FORMS = {form: frozenset(forms) - {form} for forms in _SAME_WORDS for form in forms}

_NAME_CONNECTORS = frozenset({"and", "of", "for", "the", "&"})


def initialisms(words: list[str]) -> set[str]:
    """Initials of capitalised names, so "CSIS" matches "Center for Strategic and International
    Studies" and "AIA" the "Aerospace Industries Association"."""
    result: set[str] = set()
    run: list[str] = []
    for word in [*words, "."]:
        if word[:1].isupper() or (run and word.lower() in _NAME_CONNECTORS):
            run.append(word)
            continue
        initials = "".join(w[0].lower() for w in run if w[:1].isupper())
        if len(initials) >= 2:
            result.add(initials)
        run = []
    return result


def acronyms(words: list[str]) -> set[str]:
    """Dotted acronyms written without dots ("U.S." as "us"), so "US" matches "U.S."."""
    text = "".join(words)
    return {m.group().replace(".", "").lower() for m in re.finditer(r"(?:[A-Za-z]\.){2,}", text)}


def plain_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z0-9]+", text)]


_INFLECTIONS = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))


def stem(word: str) -> str:
    """A light lemma: inflections only ("spends" -> "spend", "exploring" -> "explor"), so that
    derived words of other meaning stay apart ("operational" is not "operations")."""
    word = word.lower().removesuffix("’s").removesuffix("'s")
    for suffix, replacement in _INFLECTIONS:
        if len(word) > len(suffix) + 2 and word.endswith(suffix) and not word.endswith("ss"):
            word = word[: -len(suffix)] + replacement
            break
    return word.removesuffix("e")


_NAME_OF_WORDS = re.compile(r"[A-Z][a-z]+(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][a-z]+)+")


def named_initialisms(sentence: str) -> list[tuple[str, str]]:
    """Each name of two or more capitalised words in `sentence`, with its initials."""
    found = []
    for match in _NAME_OF_WORDS.finditer(sentence):
        if match.group().split()[0].lower() in STOPWORDS:
            continue  # "As Japan…", "The Japanese…": a sentence's first word, not a name's
        initials = "".join(word[0] for word in match.group().split() if word[0].isupper()).lower()
        found.append((initials, match.group()))
        # "U.S. Space Force" is also "USSF".
        dotted = re.search(r"((?:[A-Z]\.){2,})\s+$", sentence[: match.start()])
        if dotted:
            found.append(
                (dotted.group(1).replace(".", "").lower() + initials, f"{dotted.group(1)} {match.group()}")
            )
    return found


# A capitalised word inside a sentence, after a lowercase word: a name, not a sentence's start.
INNER_CAPITAL = re.compile(r"(?<=[a-z,] )([A-Z][a-z]+)\b")
