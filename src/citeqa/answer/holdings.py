"""What a sentence holds of each kind of answer: amounts, percentages, dates, counts, named
places and names, beyond what the question already says. Language rules, no document."""

from __future__ import annotations

import re
from functools import lru_cache

from citeqa.answer.countries import is_country, is_nationality
from citeqa.answer.questions import (
    ANSWER_FRAME_WORDS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    STOPWORDS,
    AnswerType,
    asks_for_city,
    currencies_named,
    done_acts,
    is_asked,
    name_key,
)
from citeqa.answer.wordforms import stem

_AMOUNT = re.compile(
    rf"[$€£¥]\s?\d|\b\d[\d,.]*\s*(?:%|(?:percent|billion|million|trillion|thousand|dollars|yen|euros)\b)"
    rf"|\b({NUMBER_WORDS})\s+of\s+(billions|millions|trillions|dollars)\b",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"\b\d[\d,.]*\s?(%|percent\b)", re.IGNORECASE)
_DATE = re.compile(
    rf"\b({MONTHS})\.?\b(\s+\d{{1,2}})?|\b(1[89]|20)\d{{2}}\b|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(this|last|next) (week|month|year)\b|\b(yesterday|today|tomorrow)\b",
    re.IGNORECASE,
)
_COUNT = re.compile(rf"\b\d[\d,]*\b|\b({NUMBER_WORDS})\b", re.IGNORECASE)
_PROPER = re.compile(r"(?<![“\"‘'])\b[A-Z][a-zA-Z’'-]*(?:\s+(?:[A-Z][a-zA-Z’'.-]*|of|the|for|and))*")
_VALUE_PATTERNS = {AnswerType.PERCENT: _PERCENT, AnswerType.AMOUNT: _AMOUNT, AnswerType.DATE: _DATE}
_CALENDAR_WORDS = re.compile(
    rf"^({MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", re.IGNORECASE
)


def checks_a_value_it_lacks(sentence: str, question: str, unmatched: list[str]) -> bool:
    """ "Did the expansion bring spending up to 2% of GDP?" over a sentence holding no
    percentage at all: the question checks a figure the sentence neither confirms nor
    corrects. A figure of its kind in the sentence ("the 25% tariff" for "35 percent") would
    correct the guess."""
    for answer_type in (AnswerType.PERCENT, AnswerType.AMOUNT):
        for checked in _found(_VALUE_PATTERNS[answer_type], question):
            number = re.match(r"[$€£¥]?\s?([\d,.]*\d)", checked)
            if number and number.group(1) in unmatched and not _found(_VALUE_PATTERNS[answer_type], sentence):
                return True
    return False


def holds_answer_type(answer_type: AnswerType, sentence: str, question: str) -> bool:
    """Whether `sentence` holds something of the kind the question asks for, beyond what the
    question itself already says ("the exact date of the February meeting" is not answered by
    "February")."""
    if answer_type in (AnswerType.NAME, AnswerType.PLACE, AnswerType.COUNT):
        return _segment_holds(answer_type, sentence, question)
    # A date or an amount belongs to the clause it sits in.
    return any(
        _segment_holds(answer_type, segment, question) for segment in _asked_segments(sentence, question)
    )


def _segment_holds(answer_type: AnswerType, segment: str, question: str) -> bool:
    if answer_type is AnswerType.NAME:
        return bool(new_names(segment, question))
    if answer_type is AnswerType.COUNT:
        return _holds_count(segment, question)
    if answer_type is AnswerType.PLACE:
        # "Which city…" is not answered by a country.
        wants_city = asks_for_city(question)
        return any(
            any(not is_asked(name_key(word), question) for word in place.split())
            and not (wants_city and is_country(place))
            for place in places(segment, question)
        )
    if answer_type is AnswerType.AMOUNT and not _in_asked_currency(segment, question):
        return False
    pattern = _VALUE_PATTERNS[answer_type]
    return any(_is_new(found, question) for found in _found(pattern, segment))


_ASKED_CURRENCY = re.compile(r"\b(yen|euros?|pounds?|dollars?|usd)\b", re.IGNORECASE)


def _in_asked_currency(text: str, question: str) -> bool:
    """ "What is the budget in yen?" is not answered by an amount in dollars."""
    asked = _ASKED_CURRENCY.search(question)
    if asked is None:
        return True
    name = asked.group(1).lower().removesuffix("s")
    return ("dollar" if name == "usd" else name) in currencies_named(text)


# An aside in parentheses (after a space: "![status](http://…)" is markdown, not an aside), and
# the breaks of a sentence at dashes and semicolons.
_PARENTHETICAL = re.compile(r"\s\(([^()]*)\)")
_BREAK = re.compile(r"\s*[—–;]\s*|\s+-\s+")


def _asked_segments(sentence: str, question: str) -> list[str]:
    """The parts of `sentence` (split at its asides) that share a content word with the
    question: a date or amount inside an aside about something else belongs to that something
    ("—planning to launch its satellite in fiscal year 2026—, the agency has…" dates the
    launch, not the agency's work)."""
    asides = _PARENTHETICAL.findall(sentence)
    segments = [part for part in [*_BREAK.split(_PARENTHETICAL.sub(" ", sentence)), *asides] if part.strip()]
    if len(segments) < 2:
        return [sentence]
    # Common words only: a name recurs across asides ("space" is in "Space Force" and in "space
    # domain awareness"), while what is done ("develop", "launch") tells the asides apart.
    names = {word.lower() for word in re.findall(r"\b[A-Z][a-z]*", sentence)}
    asked = {
        word[:5]
        for word in _tokens(question)
        if word not in STOPWORDS and word not in ANSWER_FRAME_WORDS and word not in names and len(word) > 2
    }
    by_words = [part for part in segments if asked & {word[:5] for word in _tokens(part)}]
    if by_words:
        return by_words
    # No common word of the question is in any part: the parts naming what it names are its
    # ("When did Japan sign on to Golden Dome?" is not dated by an aside about a satellite).
    asked_names = {word.lower() for word in re.findall(r"(?<!^)\b[A-Z][a-z]+", question)} - STOPWORDS
    return [part for part in segments if asked_names & set(_tokens(part))] or segments


# Every question checks the same passages: what each passage holds is found once.
_TEXT_CACHE = 16384


@lru_cache(maxsize=_TEXT_CACHE)
def _found(pattern: re.Pattern[str], text: str) -> tuple[str, ...]:
    # "may provide", "march on": a month in lower case with no day after it is a verb.
    return tuple(
        match.group()
        for match in pattern.finditer(text)
        if not (pattern is _DATE and match.group() in ("may", "march"))
    )


# A capitalised word after a preposition of place or a verb of visiting: "for Okinawa", "in the
# Oval Office", "visited Osaka". Not one
# that modifies the next word ("in U.S.-Japan relations"), nor a month ("in December").
# A headline or caption capitalises its prepositions too ("…Hegseth In The Oval Office").
_PLACE = re.compile(
    r"\b(?P<preposition>(?i:in|at|on|to|for|near|from|across|inside|outside|throughout|visit(?:s|ed|ing)?|"
    r"tour(?:s|ed|ing)?))"
    r"\s+(?:[Tt]he\s+|[Aa]n?\s+)?"
    r"(?P<place>[A-Z][\w’'.]*(?:\s+[A-Z][\w’'.]*)*)(?![\w’'.]*-)"
)


# "Where is X based?" asks where X is, not where it goes: "a visit to Japan" doesn't answer it.
_WHERE_IT_IS = re.compile(r"\bwhere\b.*\b(?:located|based|headquartered|situated|housed)\b", re.IGNORECASE)
# "Where is the radar going to be based?" asks where it goes: "a radar for Okinawa" says.
_WHERE_IT_WILL_BE = re.compile(
    r"\b(?:going\s+to|gonna|will|to)\s+be\s+(?:located|based|situated|housed)\b", re.I
)
_LOCATIVE = frozenset("in at near inside outside throughout across".split())


def places(sentence: str, question: str) -> tuple[str, ...]:
    """The named places of `sentence` after a preposition of place; only those after one of
    location when the question asks where something is."""
    found = _places(sentence)
    if _WHERE_IT_IS.search(question) and not _WHERE_IT_WILL_BE.search(question):
        return tuple(place for place, preposition in found if preposition.lower() in _LOCATIVE)
    return tuple(place for place, _ in found)


@lru_cache(maxsize=_TEXT_CACHE)
def _places(sentence: str) -> tuple[tuple[str, str], ...]:
    return tuple(
        (match.group("place"), match.group("preposition"))
        for match in _PLACE.finditer(sentence)
        if not _CALENDAR_WORDS.match(match.group("place").rstrip("."))
        and not _modifies_what_follows(match.group("place"), sentence[match.end() :])
    )


def _modifies_what_follows(name: str, after: str) -> bool:
    """Whether a capitalised word after "in" or "for" is no place but the first word of a phrase:
    a nationality ("in the Japanese financial publication") or an owner ("for Trump’s project")."""
    return name.endswith(("’s", "'s")) or (is_nationality(name) and bool(re.match(r"\s+[a-z]", after)))


@lru_cache(maxsize=_TEXT_CACHE)
def _counts(sentence: str) -> tuple[tuple[str, str], ...]:
    """The numbers of `sentence` that are neither amounts nor dates, each with the 40
    characters after it (lowercased)."""
    quantities = _AMOUNT.sub(" ", _DATE.sub(" ", sentence))
    return tuple(
        (match.group(), quantities[match.end() : match.end() + 40].lower())
        for match in _COUNT.finditer(quantities)
        # "one of its allies" picks one out; it counts nothing.
        if not (match.group().lower() == "one" and quantities[match.end() :].startswith(" of "))
    )


def _holds_count(sentence: str, question: str) -> bool:
    counted = re.search(r"\bhow many ([a-z]+)", question.lower())
    for number, after in _counts(sentence):
        if not _is_new(number, question):
            continue
        # "How many satellites?" wants a number of satellites, not any number.
        if counted is None or counted.group(1).rstrip("s") in after:
            return True
    return False


def _is_new(span: str, question: str) -> bool:
    asked = _tokens(question)
    return any(token not in asked for token in re.findall(r"[a-z0-9]+", span.lower()))


@lru_cache(maxsize=256)  # one question is checked against every candidate sentence
def _tokens(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", text.lower()))


def new_names(sentence: str, question: str) -> list[str]:
    """Proper names in `sentence` that the question does not already contain."""
    return [
        " ".join(words)
        for words in _names(sentence)
        if any(not is_asked(name_key(w), question) for w in words)
    ]


@lru_cache(maxsize=_TEXT_CACHE)
def _names(sentence: str) -> tuple[tuple[str, ...], ...]:
    """The capitalised words of each proper name in `sentence`."""
    names = []
    for match in _PROPER.finditer(sentence):
        words = [w for w in re.findall(r"[\w’'-]+", match.group()) if w[0].isupper()]
        if match.start() == 0 or sentence[: match.start()].rstrip().endswith(("“", '"', "—")):
            words = words[1:]  # a capital at the start of a sentence proves nothing
        names.append(tuple(w for w in words if not _CALENDAR_WORDS.match(w) and w.lower() not in STOPWORDS))
    return tuple(names)


# "requested countries to submit", "plans to launch", "may provide": an act asked for, planned
# or possible, which the sentence does not say took place.
_UNREALISED = re.compile(
    r"\b(?:(?:request|ask|urg|call|plan|want|hop|aim|intend|seek|expect|push|press|pledg|promis|"
    # "May 29" is a date: the modal is in lower case, and a verb is no number.
    r"agree|decid|prepar|propos)\w*\s+(?:\w+\s+){0,3}to|(?-i:may|might|could|would))\s+(?P<verb>[A-Za-z]\w*)",
    re.IGNORECASE,
)


def leaves_unrealised(sentence: str, question: str) -> bool:
    """Whether `sentence` holds an act the yes/no question asks about ("Did Japan submit its
    offer?") only as asked for, planned or possible ("…requested countries to submit their best
    offers"): it does not say whether the act took place. A question that itself asks about the
    plan ("Did the U.S. ask countries to submit…?") is answered by it."""
    if _ASKS_POSSIBILITY.match(question):
        return False  # "Could Japan use it as leverage?" asks about the possibility itself
    asked = {_verb_key(word) for word in re.findall(r"[a-z]+", question.lower())}
    if asked & _REQUEST_KEYS:
        return False  # "Is the leader planning to keep working with…?" asks about the plan
    return bool((asked & _unrealised_acts(sentence)) - _unrealised_acts(question) - _STOPWORD_KEYS)


_ASKS_POSSIBILITY = re.compile(r"^\W*(?:could|might|may|can|would)\b", re.IGNORECASE)


def checks_an_unrealised_value(sentence: str, question: str, verb: str | None) -> bool:
    """ "Did Trump lower the tariffs to 10%?" over "Japan has urged Trump to reduce tariffs…
    to 10%": every figure the question checks stands, in the sentence, only in an act asked
    for, planned or possible, so the sentence does not say whether it took place, whatever verb
    each uses. A question about the request itself ("Did Japan ask…", "Does Japan want…") is
    answered by it."""
    if verb is not None and _verb_key(verb) in _REQUEST_KEYS:
        return False
    figures = set(_FIGURE.findall(question))
    if not figures:
        return False
    first_figure = re.search(r"\d", question)
    if first_figure and any(
        _verb_key(word) in _REQUEST_KEYS
        for word in re.findall(r"[a-z]+", question[: first_figure.start()].lower())
    ):
        return False  # "Does Japan want the tariffs brought down to 10%?" asks about the request
    unrealised_from = [match.start() for match in _UNREALISED.finditer(sentence)]
    if not unrealised_from:
        return False
    before = sentence[: unrealised_from[0]]
    inside = sentence[unrealised_from[0] :]
    return bool(figures & set(_FIGURE.findall(inside))) and not figures & set(_FIGURE.findall(before))


_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")


# "What came out of the talks…?", "What was the result of the deadline?", "…in the end?": a
# question asking how something turned out.
_ASKS_OUTCOME = re.compile(
    r"\b(?:results?|outcomes?)\s+(?:of|from)\b|\b(?:came|come|comes)\s+(?:out\s+)?of\b|"
    r"\bhappened\s+(?:after|at|with|to|when|once)\b|\bend(?:ed|s)?\s+up\b|\bin\s+the\s+end\b|"
    r"\bturn(?:ed|s)?\s+out\b",
    re.IGNORECASE,
)
# "…could turn out to be?" asks about the possibility itself.
_MODAL = re.compile(r"\b(?:could|might|may|would|will|can)\b", re.IGNORECASE)


def leaves_outcome_open(sentence: str, question: str) -> bool:
    """ "What came out of the tariff talks after the June 4 deadline?" over "…requested
    countries to submit their best offers by June 4": the question asks how something turned
    out, and the sentence holds an act only as asked for, planned or possible, which says
    nothing of how it turned out."""
    return bool(_ASKS_OUTCOME.search(question) and not _MODAL.search(question) and _unrealised_acts(sentence))


def leaves_act_unrealised(sentence: str, verbs: list[str]) -> bool:
    """Whether `sentence` holds an act one of `verbs` names ("submit") only as asked for,
    planned or possible ("…requested countries to submit their best offers")."""
    return any(_verb_key(verb) in _unrealised_acts(sentence) for verb in verbs)


def _unrealised_acts(text: str) -> frozenset[str]:
    return frozenset(_verb_key(match.group("verb")) for match in _UNREALISED.finditer(text))


def _verb_key(word: str) -> str:
    # "submitted" and "submit" alike: a consonant doubled before an ending counts once.
    return re.sub(r"([b-df-hj-np-tv-z])\1$", r"\1", stem(word))


_STOPWORD_KEYS = frozenset(_verb_key(word) for word in STOPWORDS)
# Verbs of asking for or planning an act: a question about one asks about the request.
_REQUEST_KEYS = frozenset(
    _verb_key(word)
    for word in "request ask urge call plan want hope aim intend seek expect push press pledge promise "
    "propose demand".split()
)


def settles_only_an_asked_value(answer_type: AnswerType, sentence: str, question: str) -> bool:
    """ "What rate did Trump finally agree to give Japan?" over "Japan has urged Trump to
    reduce tariffs… to 10%": the question asks for the value an act settled, and the sentence
    gives values only inside an act asked for, planned or possible, so it does not say what was
    settled."""
    acts = {_verb_key(word) for word in done_acts(question)}
    if not acts & _SETTLING_KEYS:
        return False
    start = next((match.start() for match in _UNREALISED.finditer(sentence)), None)
    if start is None:
        return False
    pattern = _VALUE_PATTERNS[answer_type]
    return bool(_found(pattern, sentence[start:])) and not _found(pattern, sentence[:start])


# Verbs of an act that settles a value: "agree to", "grant", "sign".
_SETTLING_KEYS = frozenset(
    _verb_key(word)
    for word in "agree accept approve grant give settle finalize finalise conclude sign decide".split()
)


# "inspired by Israel’s Iron Dome", "modelled on X": a name the sentence compares its subject
# with, not its subject.
_COMPARISON = re.compile(
    r"\b(?:inspired\s+by|modell?ed\s+(?:on|after)|patterned\s+(?:on|after)|based\s+on|similar\s+to|"
    r"unlike|akin\s+to|compared\s+(?:with|to))\s+(?P<reference>[^,.;:—–]+)",
    re.IGNORECASE,
)
# "the Iron Dome-style shield", "a system like Iron Dome": the question compares too.
_COMPARED_IN_QUESTION = re.compile(r"\w-style\b|\blike\s+[A-Z]", re.IGNORECASE)
_NAME_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+")
_CAPITALISED = re.compile(r"(?<!^)(?<![.?!]\s)\b[A-Z][\w’'-]+")


def names_only_in_comparison(text: str, question: str) -> bool:
    """Whether a name the question asks about ("How much did Iron Dome cost?") stands in
    `text` only as what its subject is compared with ("…system, inspired by Israel’s Iron
    Dome, …"): a value the text gives belongs to the subject. A question about the comparison
    itself ("What inspired it?") asks about that name."""
    if _COMPARISON.search(question) or _COMPARED_IN_QUESTION.search(question):
        return False
    spans = [match.span("reference") for match in _COMPARISON.finditer(text)]
    if not spans:
        return False
    names = {name_key(m.group()) for m in _CAPITALISED.finditer(question)} - STOPWORDS
    # A name of several words counts as one, even opening the question ("Iron Dome unit cost?").
    names |= {name_key(m.group()) for m in _NAME_RUN.finditer(question)}
    for name in names:
        places_found = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", text, re.IGNORECASE)]
        if places_found and all(any(a <= at < b for a, b in spans) for at in places_found):
            return True
    return False


# "25% on automotive parts", "$3 billion this year for purchasing…": a preposition just after a
# value says what the value is of.
_NARROWED = re.compile(r"^\W{0,2}\s*(?:[\w’'-]+\s+){0,3}(?:on|onto|for|towards|toward|to|into|against)\b")


def narrows_its_value(answer_type: AnswerType, sentence: str) -> bool:
    """Whether the sentence says, by a preposition right after a value of the asked kind, what
    that value is of ("a 25% tariff on automotive parts"); "estimated to cost hundreds of
    billions of dollars, will be…" does not."""
    pattern = _COUNT if answer_type is AnswerType.COUNT else _VALUE_PATTERNS.get(answer_type)
    if pattern is None:
        return False
    return any(_NARROWED.match(sentence[found.end() :]) for found in pattern.finditer(sentence))


# "As Japan prioritizes security—planning to launch its first satellite in fiscal year 2026—the
# U.S. Space Force, responsible for Golden Dome, …": an aside between dashes.
_DASHED_ASIDE = re.compile(r"[—–](?P<aside>[^—–]+)[—–]")


def value_only_beside_other_names(answer_type: AnswerType, sentence: str, question: str) -> bool:
    """Whether the sentence holds the asked kind of value only in an aside between dashes, while
    the names the question asks about stand only after it. An aside of that kind continues the
    clause before it ("As Japan prioritizes…—planning to launch its first satellite in 2026—"),
    so its value belongs to what that clause names, not to a name that comes later ("…the Space
    Force, responsible for Golden Dome")."""
    pattern = _VALUE_PATTERNS.get(answer_type)
    aside = _DASHED_ASIDE.search(sentence)
    if pattern is None or aside is None:
        return False
    outside = sentence[: aside.start()] + " " + sentence[aside.end() :]
    if not _found(pattern, aside.group("aside")) or _found(pattern, outside):
        return False
    asked = {name_key(word) for word in re.findall(r"(?<!^)\b[A-Z][\w’'-]*", question)} - STOPWORDS
    before = {name_key(word) for word in re.findall(r"[\w’'-]+", sentence[: aside.end()])}
    after = {name_key(word) for word in re.findall(r"[\w’'-]+", sentence[aside.end() :])}
    return bool(asked & after) and not asked & before


def conflicts_in_order(word: str, sentence: str, question: str, qualified_in_meaning: bool = False) -> bool:
    """Whether an ordinal of the question ("the first phone call") is missing from `sentence`
    in a way that matters. A sentence that speaks of the same thing ("a phone conversation last
    month") but places it by no ordinal leaves the order open, so it may answer; one with
    another ordinal ("the second phone call") contradicts it, and so does one that lacks what
    the ordinal qualifies ("first name", "first announce"), in words or, when
    `qualified_in_meaning`, in meaning ("the first call" of "a phone conversation")."""
    ordinal = word.lower()
    if ordinal not in ORDINALS or ordinal == "next":
        # Not an ordinal, missing means missing; and what comes next is no event reported yet.
        return True
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", sentence)]
    after = re.search(rf"\b{re.escape(word)}\s+([A-Za-z]+)", question)
    if after is None or (not qualified_in_meaning and stem(after.group(1)) not in {stem(w) for w in words}):
        return True
    # "last month" dates an event; it does not count events.
    ordinals = {w.lower() for w in _ORDINAL_OF_EVENTS.findall(sentence)} & ORDINALS
    return bool(ordinals - _SAME_ORDER.get(ordinal, {ordinal}))


_ORDINAL_OF_EVENTS = re.compile(r"\b([A-Za-z]+)\b(?!\s+(?:week|month|year|time)s?\b)")
_SAME_ORDER = {"previous": {"previous", "last"}, "last": {"previous", "last"}}
