"""Shorthand readers type and prose never prints: abbreviated months and common words ("Feb",
"yr", "stmt"), small ordinals in digits ("2nd"), initials of common phrases ("FY", "POTUS",
"WW2"), country codes ("JP"), two-digit years ("Dec '22") and shortened scales ("$3bn").
Written out, a question embeds near the sentences that answer it and its words match theirs.
Language rules, no document."""

from __future__ import annotations

import re

from citeqa.answer.countries import country_of_code
from citeqa.answer.questions import MONTHS, STOPWORDS

# Each is read this way in any letter case.
_WORDS = {
    "jan": "January",
    "feb": "February",
    "apr": "April",
    "jun": "June",
    "jul": "July",
    "aug": "August",
    "sep": "September",
    "sept": "September",
    "oct": "October",
    "nov": "November",
    "dec": "December",
    "yr": "year",
    "yrs": "years",
    "wk": "week",
    "stmt": "statement",
    "qty": "quantity",
    "amt": "amount",
    "doc": "document",
    "docs": "documents",
    "govt": "government",
    "gov't": "government",
    "admin": "administration",
    "org": "organization",
    "orgs": "organizations",
    "intl": "international",
    "natl": "national",
    "approx": "approximately",
    "est": "estimated",
    "sats": "satellites",
    "def": "defense",
    "econ": "economic",
    "ppl": "people",
    "abt": "about",
    "bc": "because",
    "vs": "versus",
}
_SLASHED = {"w/": "with", "b/c": "because"}
# "the 2nd phone call": prose writes small ordinals out.
_ORDINALS = {
    "1st": "first",
    "2nd": "second",
    "3rd": "third",
    "4th": "fourth",
    "5th": "fifth",
    "6th": "sixth",
    "7th": "seventh",
    "8th": "eighth",
    "9th": "ninth",
    "10th": "tenth",
}
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"\s+(?:of\s+)?(?:{MONTHS})\b", re.IGNORECASE)
_ORDINAL_TOKEN = re.compile(r"(?<![\w.])(?:1st|2nd|3rd|[4-9]th|10th)\b", re.IGNORECASE)
# Initials, read this way only when typed in capitals ("FY", "fy"), or as written here.
_INITIALS = {
    "FY": "fiscal year",
    "POTUS": "the president",
    "SecDef": "Defense Secretary",
    "DoD": "Department of Defense",
    "MoD": "Ministry of Defense",
    "FDI": "foreign direct investment",
    "WW2": "World War II",
    "WWII": "World War II",
    "WW1": "World War I",
    "WWI": "World War I",
    "BMD": "ballistic missile defense",
    "IOC": "initial operational capability",
    "FOC": "full operational capability",
}
_LOWER_INITIALS = {initials.lower(): phrase for initials, phrase in _INITIALS.items() if len(initials) > 2}

_TOKEN = re.compile(r"(?<![\w'’.])[A-Za-z][A-Za-z0-9]*(?![\w'’])")
_SLASHED_TOKEN = re.compile(r"(?<!\w)(?:w/|b/c)(?=\s|$)", re.IGNORECASE)
# "Dec '22", "in ’98": a year written with its last two digits.
_SHORT_YEAR = re.compile(r"(?<![\w'’])['’](\d{2})\b")
_CODE = re.compile(r"\b[A-Z]{2}\b")
# "$3bn", "6 bil", "$2tn": an amount with its scale shortened. "m" and "k" count only after a
# dollar sign: "5m" may be metres, "5k" a race.
_SCALES = {
    "bn": "billion",
    "bln": "billion",
    "bil": "billion",
    "b": "billion",
    "tn": "trillion",
    "trn": "trillion",
    "tril": "trillion",
    "m": "million",
    "mn": "million",
    "mil": "million",
    "k": "thousand",
}
_SHORT_SCALE = re.compile(
    r"(?<![\w.])(\$?\d+(?:\.\d+)?)\s?(bn|bln|bil|b|tn|trn|tril)\b|(?<![\w.])(\$\d+(?:\.\d+)?)\s?(m|mn|mil|k)\b",
    re.IGNORECASE,
)


def spell_out_shorthand(question: str, vocabulary: frozenset[str]) -> str:
    """`question` with its shorthand written out: "JP def budget rank after Dec '22?" reads
    "Japan defense budget rank after December 2022?". A code is read as a country only when
    the corpus names that country (`vocabulary` holds its lowercase words): "GD" is Grenada's
    code, but in a corpus that never mentions Grenada it is something else's initials."""
    text = _SHORT_YEAR.sub(lambda match: _full_year(match.group(1)), question)
    text = _SHORT_SCALE.sub(_scale_written_out, text)
    text = _SLASHED_TOKEN.sub(lambda match: _SLASHED[match.group().lower()], text)
    text = _ORDINAL_TOKEN.sub(_ordinal_written_out, text)
    text = _TOKEN.sub(_written_out, text)
    if not text.isupper():  # a question typed all in capitals has no codes to tell apart
        text = _CODE.sub(lambda match: _country_of_code(match.group(), vocabulary), text)
    return text


def is_shorthand(word: str) -> bool:
    """Whether `word` is shorthand this module writes out ("econ", "FY", "2nd"): it is no
    misspelling of some other word."""
    lowered = word.lower()
    return lowered in _WORDS or lowered in _ORDINALS or word in _INITIALS or lowered in _LOWER_INITIALS


def _scale_written_out(match: re.Match[str]) -> str:
    amount, scale = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    return f"{amount} {_SCALES[scale.lower()]}"


def _ordinal_written_out(match: re.Match[str]) -> str:
    # "May 2nd", "the 4th of June" are days of a month, which prose writes in digits.
    before, after = match.string[: match.start()], match.string[match.end() :]
    if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after):
        return match.group()
    return _ORDINALS[match.group().lower()]


def _written_out(match: re.Match[str]) -> str:
    token = match.group()
    lowered = token.lower()
    if token in _INITIALS:
        return _INITIALS[token]
    if lowered in _LOWER_INITIALS and (token.isupper() or token.islower()):
        return _LOWER_INITIALS[lowered]
    if token.isupper():  # "EST", "ORG": capitals are a name's, not shorthand for a word
        return token
    return _WORDS.get(lowered, token)


def _country_of_code(code: str, vocabulary: frozenset[str]) -> str:
    # "IN", "IT", "US" are words as well as codes; "US" is read as "U.S." elsewhere.
    if code.lower() in STOPWORDS or code in {"US", "USA", "UK"}:
        return code
    country = country_of_code(code)
    if country is None or not all(word in vocabulary for word in country.split()):
        return code
    return country.title()


def _full_year(digits: str) -> str:
    # News shorthand for years looks back about a century and forward a few decades.
    return f"20{digits}" if int(digits) < 50 else f"19{digits}"
