"""What a question asks for: the content words that must be matched, and the type of answer.

These are language-level rules, not rules about any document: a "how much" question wants an
amount, a "when" question a date, a "who" question a name the question does not already hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from enum import Enum
from functools import lru_cache
from itertools import takewhile

from citeqa.answer.countries import country_of


class AnswerType(Enum):
    AMOUNT = "amount"  # money or another quantity
    COUNT = "count"  # a cardinal number of things
    PERCENT = "percent"
    DATE = "date"
    NAME = "name"  # a person, organisation or place
    PLACE = "place"  # "where…": a named place, after a preposition of place


# Function words, the words readers use to frame a question about a text, and chat fillers and
# spellings ("rn", "wats", "y" for why); they carry no content the answer must match.
STOPWORDS = frozenset(
    """
    a an the and or plus but if of to in on at by for with from into onto about as than then so
    is are was were be been being am do does did done doing have has had having will would
    shall should can could may might must i me my we our us you your he him his she her it
    its they them their this that these those there here what which who whom whose when
    where why how whether not no nor any some all each every much many more most very just
    also only too up out over under again further once s t don doesn didn isn wasn aren
    weren wouldn shouldn couldn itself himself herself themselves ourselves yourself
    article text story piece report reports reported
    document documents passage author writer say says said saying tell tells told mention mentions
    mentioned according describe described explain explained know known give given state
    stated note noted please exactly exact precise precisely specific specifically actually really
    anything something thing things kind
    sort way lot e g eg ie etc get got going go want wanted like
    lol lmao rn tbh idk pls plz u ur w wat wats whats whos whens wheres hows abt smth y wen even guy guys basically literally
    kinda sorta gonna wanna ok okay wut yo hey um stuff whole entire
    fr frfr ngl lowkey highkey deadass istg imo imho fyi btw tho bruh nah
    remember recall misremember misremembering
    """.split()
)
# Nouns that name the kind of answer wanted ("what year", "which position", "in dollars"); the
# answer type check covers them, and the answer sentence need not repeat them.
ANSWER_FRAME_WORDS = frozenset(
    """
    year years date dates day days month months time times deadline level levels amount
    amounts number numbers figure figures percentage percent rate rates name names position
    positions role roles title titles job jobs phrase phrases word words term terms person
    people reason reasons purpose place places location country countries city cities size
    price kind type area areas topic topics field fields aspect aspects subject subjects
    dollars dollar yen euro euros pound pounds usd
    component components constituent constituents element elements piece pieces layer layers
    """.split()
)

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    "hundred|hundreds|thousand|thousands|million|millions|dozen|dozens"
)

# "Which city…", "what Japanese prefecture…": a place within a country.
_CITY_QUESTION = re.compile(
    r"\b(?:which|what)\s+(?:(?!the\b|a\b|an\b|this\b|that\b)[a-z]+\s+)?(?:city|cities|town|towns|prefecture|province|region|island|base|bases)\b",
    re.IGNORECASE,
)

_QUESTION_TYPES: list[tuple[re.Pattern[str], AnswerType]] = [
    (
        re.compile(
            r"\b(what|which) (percent|percentage|rate|share|proportion|fraction)\b|\b(what|which) \w+ (rate|percentage)\b|\bhow (high|big|steep) (is|was|are|were)\b.*\b(tariff|rate)"
            # "as % of GDP?", not "the 24% tariff", which a figure describes.
            r"|(?<!\d )\bpercent|(?<!\d)(?<!\d )%"
            # "the current U.S. tariff rate on steel": rates of levies and of the economy are percentages.
            r"|\b(?:tariff|tax|interest|growth|inflation|unemployment|duty)\s+rates?\b"
            # "What's the Iron Dome's interception success rate?", "What precise share of GDP…?":
            # the rate or share the what-phrase ends on (not "what did Japan share").
            r"|\b(?:what|which)(?:’s|'s|\s+(?:is|was|are|were|will\s+be))?\s+(?:the\s+)?"
            r"(?:(?!(?:on|of|for|in|to|about|did|do|does|will|would|can|could|has|have|had)\b)[\w’'.-]+\s+){0,4}"
            r"(?:rate|share|proportion)s?(?:\s+of\b|\s*[?]|\s*$)"
        ),
        AnswerType.PERCENT,
    ),
    (
        re.compile(
            r"\bhow much\b|\bhow many\s+(?:billions?|millions?|trillions?|dollars|yen|euros|pounds)\b|\bcost\b|\bprice\b|(?<!\w)\$(?!\d)|\bhow expensive\b|\bbudget\b.*\b(size|amount)|\bamount of money\b|\bin (yen|euros?|pounds|dollars)\b"
            r"|\b(?:defen[cs]e|military|total|annual|government)\s+spend\b|\bin\s+(?:usd|jpy|eur|gbp)\b"
            r"|\b(?:total|dollar|yen|euro|usd|jpy)\s+(?:amount|value|size|figure|sum)\b"
            # "Japan committed amount to X?", "pledge amount?": an amount, unless of a count.
            r"|\bamount\b(?!\s+of\s+(?:time|people|work|effort|interest|attention)\b)"
            # "the 6 billion dollar system" describes a thing by its amount: no question for one.
            r"|(?<!\d )(?<!illion )(?<!housand )\bdollars?\b"
            # "What is the budget of X?", "What is Japan's GDP?", "What tariff applies to X?"
            r"|\b(?:what|which)(?:’s|'s|\s+(?:is|was|are|were|will be))?\s+(?:the\s+)?"
            r"(?:(?!(?:on|of|for|in|to|about)\b)[\w’'.-]+\s+){0,3}"
            # "tarif", "tarrif": the levy misspelt is still one.
            r"(?:budget|gdp|revenue|salary|income|profit|spending|expenditure|outlay|worth|value|tarr?iff?|tax|levy|duty|fee)s?\b"
        ),
        AnswerType.AMOUNT,
    ),
    # "What is the population of X?" asks for a number as "how many people" does.
    (
        re.compile(
            r"\bhow many\b|\bhow old\b|\bnumber of\b|\bcount\b|\b(?:what|which)(?:’s|'s|\s+(?:is|was|are|were))?\s+(?:the\s+)?(?:\w+\s+)?"
            r"(?:population|headcount|age|length|height|weight|altitude|speed)\b"
        ),
        AnswerType.COUNT,
    ),
    # "When…?" as the question word (first, after a comma, or last), not as a conjunction:
    # "Where was she speaking when she said it?" asks for a place.
    (
        re.compile(
            r"(?:^\W*(?:(?:and|but|so|ok|okay|then)\W+)?|,\s*)(?:when|wen|whens)\b"
            # "When they talked last month, what areas did they…?": a clause, not the question word.
            r"(?![^?]*(?:,|\s[—–-])\s*(?:what|which|who|whom|where|how|why)\b)|\bwhen\W*$|\bwhat(?: (?:is|was|are|were|will be|the|exact|precise|specific|particular|calendar))* (year|date|day|month|time)\b|\bwhich(?: (?:exact|precise|specific|particular|calendar))? (year|date|day|month)\b|\bby what (date|time|year)\b|\bdeadline\b|\bhow soon\b|\bhow long ago\b|\bhow long (?:will|would|does|did|is|was)\b.*\btake\b"
            # "exact date the report was published?": a question of keywords opening on its date.
            r"|^\W*(?:(?:the|exact|precise|specific)\s+)*(?:date|day|year|month)\s+(?!of\s+the\s+week\b)"
        ),
        AnswerType.DATE,
    ),
    # "Where…?" opening the question or its main clause; "where does the budget rank?" asks
    # for a standing, and "…describe where ties are headed" is no question about a place.
    (
        re.compile(
            r"(?:^\W*|,\s*)(?:where|wheres|whereabouts)\b(?!.*\b(?:rank\w*|stand|stands|standing)\b)|\bwhere\W*$|\b(?:the|what|which)\s+(?:venue|location)\b|\b(?:what|which)\s+(?:\w+\s+)?(?:site|venue|location)\b"
            rf"|{_CITY_QUESTION.pattern}",
            re.IGNORECASE,
        ),
        AnswerType.PLACE,
    ),
    (
        re.compile(
            r"^\s*(who|whom|whose|whos)\b|\b(who|whom|whose|whos)\b|\b(which|what) (?:(?!the\b|a\b|an\b)[a-z]+ )?(person|official|people|leader|company|organi[sz]ation|publication|newspaper|outlet|magazine|think[- ]?tank|agency|group|country|countries|nation|nations|city|branch)\b|\bwhere\b|\bname of\b"
        ),
        AnswerType.NAME,
    ),
    # A figure in percent with no other thing asked for: "tariff on car parts 24 percent?"
    # checks a percentage. "When does the 24% tariff kick in?" asks when.
    (re.compile(r"\d\s?%|\d\s+percent\b"), AnswerType.PERCENT),
]


@dataclass(frozen=True)
class QuestionShape:
    answer_type: AnswerType | None
    # "What did X say…", "How did X react…": the answer must be something X said.
    speaker: str | None = None
    # "the exact date", "the precise amount": a month alone, or "about $6 billion", won't do.
    exact: bool = False
    # "Did the US cut the tariff?": only a sentence stating the whole proposition answers it.
    yes_no: bool = False
    # "In what year…?": a month alone won't do.
    year: bool = False
    # "On what date…?": "this week" won't do.
    calendar: bool = False
    # "How long did the call last?": a span of time, not a date.
    duration: bool = False
    # "What is China's annual military spending?": a value for a year, not a one-off sum.
    per_year: bool = False
    # "What is the range of the missiles?": a quantity in units of measure.
    measure: bool = False
    # "Did Japan submit its offer (, and what was in it)?": the question states that an act
    # took place, and a sentence that answers it must report the act.
    proposes: bool = False
    # "What was the exact date…?": a day; "When exactly…?" takes a month of a year.
    day: bool = False


_SPEECH_QUESTION = re.compile(
    r"\b(?:what|how)\s+(?:exactly\s+|precisely\s+)?(?:did|does|do|has|have|had|would|will)\s+(?P<who>[^,?—–]+?)\s+"
    # "the Washington think tank" thinks nothing: "think" before "tank" is no verb.
    r"(?:say|said|think(?!\s*-?\s*tanks?\b)|thought|believe|argue|claim|announce|write|written|tell|told|react|respond|reply|"
    r"comment|reckon|insist|contend|maintain)(?:ed|d)?\b"
    # "By what year does Trump say…", "When does X say…": a speech question that asks for a fact.
    r"|\b(?:(?:by\s+)?(?:what|wat|which)\s+(?:\w+\s+){1,2}|when\s+|where\s+)"
    r"(?:did|does|do|has|have|had|would|will|is|are|was)\s+"
    r"(?P<sayer>[^,?—–]+?)\s+(?:say|said|saying|sayin|claim|claimed|claiming|think(?!\s*-?\s*tanks?\b)|believe|argue|"
    r"tell|told)\b"
    # "…tell me how the Chinese government responded": the indirect question.
    r"|\bhow\s+(?P<reacted>(?:the\s+)?(?:(?!(?:was|were|is|are|been|being|has|have|had)\b)[^,?—–\s]+\s+){1,4}?)"
    r"(?:responded|reacted|replied)\b",
    re.IGNORECASE,
)
_EXACT = re.compile(r"\b(exact|exactly|precise|precisely|specific)\b", re.IGNORECASE)
_DAY_DATE = re.compile(
    rf"\b({MONTHS})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\s+({MONTHS})\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b", re.IGNORECASE
)
_DATE_OR_DAY = re.compile(r"\b(?:date|day)\b")
_MONTH_OF_YEAR = re.compile(rf"\b(?:{MONTHS})\.?,?\s+(?:1[89]|20)\d{{2}}\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b|\b(?:this|last|next)\s+year\b", re.IGNORECASE)
# A date on the calendar, not one relative to when the text was written ("this week").
_CALENDAR_DATE = re.compile(
    rf"\b(?:{MONTHS})\b\.?|\b(?:1[89]|20)\d{{2}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
_DURATION = re.compile(
    rf"\b(?:\d+|{NUMBER_WORDS}|a|an|several|few)\s+(?:[a-z]+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b"
    r"|\bfor\s+(?:over\s+|about\s+)?(?:an?\s+)?(?:hour|minute|day|week|month|year)s?\b",
    re.IGNORECASE,
)
_ASKS_DURATION = re.compile(
    r"\bhow\s+long\s+(?:did|does|do|will|would|has|had|is|was)\b.*\b(?:last|lasted|run|go|go\s+on|take|took)\b"
)
_PER_YEAR_IN_QUESTION = re.compile(
    r"\b(?:annual|annually|yearly|per\s+year|a\s+year|each\s+year|every\s+year)\b"
)
_PER_YEAR_IN_TEXT = re.compile(
    r"\b(?:annual|annually|yearly|per\s+year|a\s+year|each\s+year|every\s+year|this\s+year|fiscal\s+year)\b",
    re.IGNORECASE,
)
_ASKS_MEASURE = re.compile(
    r"\b(?:what(?:[’']s|\s+is|\s+was|\s+are)?|whats)\s+(?:the\s+)?(?:[a-z-]+\s+)?"
    r"(?:range|reach|speed|weight|altitude|payload|yield|distance)\b|\bhow\s+(?:far|fast|heavy)\b"
    r"|^\W*(?:range|reach|speed|payload)\s+of\b"
)
_MEASURE_IN_TEXT = re.compile(
    r"\b\d[\d,.]*\s*(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|kg|kilograms?|tons?|tonnes?|mph|"
    r"knots?|feet|ft|nautical|mach)\b",
    re.IGNORECASE,
)
_ASKS_CALENDAR = re.compile(r"\b(?:what|which|wat)\s+(?:\w+\s+)?(?:date|day)\b")
_ASKS_YEAR = re.compile(r"\b(?:what|which|wat)\s+(?:\w+\s+)?year\b|\byear\W*$")
# A figure in digits: "$6 billion", "24%", "40 interceptors"; not a year standing alone.
_FIGURE = re.compile(r"[$€£¥]\s?\d|\b\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b|billion\b|million\b|trillion\b)")
_APPROXIMATE = re.compile(
    r"\b(approximately|about|around|roughly|nearly|almost|over|more than|less than|up to|some|hundreds|"
    r"thousands|millions|billions|trillions)\b",
    re.IGNORECASE,
)


def swaps_two_letters(word: str, other: str) -> bool:
    """Whether `word` is `other` with two neighbouring letters swapped ("doem" for "dome"), the
    commonest typo, which the similarity ratio scores as low as a different word. An inflected
    `other` counts by its base ("chnage" for "changed")."""
    for ending in ("d", "s", "ed", "es"):
        if len(other) == len(word) + len(ending) and other.endswith(ending):
            other = other[: len(word)]
    if len(word) != len(other):
        return False
    differ = [i for i, (a, b) in enumerate(zip(word, other, strict=True)) if a != b]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and (word[differ[0]], word[differ[1]]) == (other[differ[1]], other[differ[0]])
    )


def is_typo_of(word: str, other: str) -> bool:
    """Whether `word` is `other` mistyped: two neighbouring letters swapped, or, in a word of
    five letters or more, one letter wrong ("Muller" for "Miller", "Ishida" for "Ishiba")."""
    if swaps_two_letters(word, other):
        return True
    return len(word) == len(other) >= 5 and sum(a != b for a, b in zip(word, other, strict=True)) == 1


def name_key(word: str) -> str:
    """A name as a question and a sentence can share it: lowercase, without a possessive."""
    return word.lower().rstrip(".,").removesuffix("’s").removesuffix("'s")


def same_family(word: str, other: str) -> bool:
    """A word and its derivation by suffix: "Japan" and "Japanese", "Israel" and "Israeli"."""
    shorter, longer = sorted((word, other), key=len)
    return len(shorter) >= 5 and longer != shorter and longer.startswith(shorter)


@lru_cache(maxsize=256)  # one question is checked against every candidate sentence
def _asked_names(question: str) -> frozenset[str]:
    """The question's words as name keys, to tell a sentence's new names from those asked about."""
    return frozenset(name_key(w) for w in re.findall(r"[\w’'-]+", question))


@lru_cache(maxsize=4096)
def is_asked(key: str, question: str) -> bool:
    """Whether the question holds the name `key` (a name key), or a word derived from it:
    "Which Japanese city…" asks about Japan, so "Japan" answers nothing."""
    asked = _asked_names(question)
    if key in asked or any(same_family(key, word) for word in asked):
        return True
    # "…in Washington or in Tokyo?" asks about the United States: "U.S." answers nothing.
    country = country_of(key)
    return country is not None and any(country_of(word) == country for word in asked)


def is_exact_enough(answer_type: AnswerType | None, sentence: str, shape: QuestionShape) -> bool:
    if shape.year and not _YEAR.search(sentence):
        return False
    if shape.calendar and not _CALENDAR_DATE.search(sentence):
        return False
    if shape.duration and not _DURATION.search(sentence):
        return False
    if shape.per_year and not _PER_YEAR_IN_TEXT.search(sentence):
        return False
    if shape.measure and not _MEASURE_IN_TEXT.search(sentence):
        return False
    if not shape.exact:
        return True
    if answer_type is AnswerType.DATE:
        return bool(_DAY_DATE.search(sentence) or (not shape.day and _MONTH_OF_YEAR.search(sentence)))
    if answer_type in (AnswerType.AMOUNT, AnswerType.COUNT, AnswerType.PERCENT):
        # "approximately $6 billion" is as exact as the text gets; "hundreds of billions" is no figure.
        return not _APPROXIMATE.search(sentence) or bool(_FIGURE.search(sentence))
    return True


# "Why did Japan turn down…?", "For what reason did…?" asks the reason for a past act; a
# sentence that reports the act without a reason ("Ishiba refrained from detailing…") does not
# answer it.
_WHY_DID = re.compile(
    r"^\W*(?:so\s+)?(?:why|y|for\s+what\s+(?:reason|purpose))\s+(?:exactly\s+)?(?:did|didn[’']t)\b",
    re.IGNORECASE,
)
_REASON = re.compile(
    r"\b(?:because|due\s+to|owing\s+to|given|in\s+response\s+to|as\s+a\s+result|in\s+order\s+to|so\s+that|"
    r"so\s+as\s+to|aimed\s+at|designed\s+to|intended\s+to|in\s+a\s+bid\s+to|amid|driven\s+by|critical\s+for|"
    r"reason|why|seeking|to\s+(?:defend|protect|counter|deter|secure|gain|win|avoid|prevent))\b",
    re.IGNORECASE,
)


def asks_why_an_act_was_done(question: str) -> bool:
    return bool(_WHY_DID.match(question))


def why_verb(question: str) -> str | None:
    """The verb of a "why did X…" question whose subject is a name ("turn" in "Why did Japan
    turn down the invitation?"): the act it takes as done."""
    why = _WHY_DID.match(question)
    if why is None:
        return None
    verb = yes_no_verb("Did " + question[why.end() :].lstrip())
    # "Why did Japan start putting money into…": the act is the one started, in other words.
    return None if verb in _PHASE_VERBS else verb


# Verbs of starting, going on with or choosing an act, which another verb names.
_PHASE_VERBS = frozenset("start begin keep continue decide choose try go come get stop".split())


def gives_a_reason(text: str) -> bool:
    """Whether `text` says why something was done: a cause or a purpose."""
    return bool(_REASON.search(text))


# "Why ..." and "how did ..." ask for an explanation or a manner, whatever words follow.
_EXPLANATION = re.compile(r"^\W*(why|y|how (?!much|many|long|soon|high|big|steep|expensive|old|far))\b")
# "Why…?", "y is…", "what's the reason…", "how come…", "for what reason…": a question for a
# cause or a purpose.
_ASKS_WHY = re.compile(
    r"^\W*(?:(?:so|and|but|ok)\W+)?(?:why|y(?=\s+(?:is|are|was|were|did|does|do|would|has|have)\b)|how\s+come|"
    r"for\s+what\s+(?:reason|purpose))\b"
    r"|\b(?:what(?:[’']s|\s+is|\s+was)\s+the\s+(?:reason|motivation|rationale))\b",
    re.IGNORECASE,
)


def asks_for_explanation(question: str) -> bool:
    """Whether the question asks why: for a cause or a purpose."""
    return bool(_ASKS_WHY.search(question))


# "Did Japan (actually) submit…?", "Does the U.S. Space Force plan…?": the verb after an
# auxiliary and a subject of names.
_YES_NO_VERB = re.compile(
    # "the us" typed in lower case is a name too.
    r"^\W*(?i:did|does|do|has|have|had|will|would|can|could)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+|(?:us|usa|uk)\s+)+"
    r"(?:(?:actually|really|ever|also|still|already|finally|eventually|officially|formally|publicly)\s+)*"
    r"(?P<verb>[a-z]+)\b"
)


_ARTICLE_SAYS_WHETHER = re.compile(
    r"^\W*(?:does|did)\s+the\s+(?:article|piece|story|report|text|author|writer)\s+"
    r"(?:say|mention|state|report|tell\s+us|indicate)\s+(?:whether|if)\s+",
    re.IGNORECASE,
)


def done_acts(question: str) -> list[str]:
    """The words that may be the verb of "What offer did Japan (formally) submit…?", "…did
    Japan end up submitting…?": an act a wh-question takes as done. They are the words after
    "did" up to the first preposition, which ends the clause of subject and verb."""
    did = re.search(r"\bdid\s+(?P<clause>[^,?]*)", question, re.IGNORECASE)
    if did is None or _YES_NO.match(question.lower()):
        return []
    words = list(
        takewhile(lambda w: w.lower() not in _PREPOSITIONS, re.findall(r"[\w’'-]+", did.group("clause")))
    )
    return [w for w in words[:6] if w.islower() and w not in STOPWORDS]


# "the offer Japan submitted", "the proposal that was submitted": a verb in the past tense,
# which a question takes as done. Not after "be" or "is": "When will it be launched?", "When
# is it launched?" ask about an act to come.
_PAST_ACT = re.compile(r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )\b(?P<verb>[a-z]{3,}ed)\b")


def past_acts(question: str) -> list[str]:
    """The verbs a question uses in the past tense, taking their acts as done; not a participle
    after a verb of wanting ("the tariff Japan wants reduced"), which asks about the wish."""
    return [
        match.group("verb")
        for match in _PAST_ACT.finditer(question)
        if match.group("verb") not in STOPWORDS and not _WANTING.search(question[: match.start()])
    ]


_WANTING = re.compile(
    r"\b(?:want|wants|wanted|wish|wishes|wished|hope|hopes|hoped|urge|urges|urged|ask|asks|asked|"
    r"request|requests|requested|demand|demands|demanded|push|pushes|pushed|see|get)\b",
    re.IGNORECASE,
)


# "When was the association founded?", "In what year was the treaty first signed?": the act a
# question asks the date of. An active verb ("When did Japan unveil…?") is often a paraphrase
# ("revealed"), which the sentence matches by meaning only; a participle names the act.
_WHEN_PASSIVE = re.compile(
    r"^\W*(?:when|(?:in\s+)?what\s+year)\s+(?:was|were|is|are)\s+[^?]*?\s(?P<verb>[a-z]+ed)\W*$",
    re.IGNORECASE,
)


def dated_act(question: str) -> str | None:
    """The verb whose act a when-question asks the date of, or None."""
    match = _WHEN_PASSIVE.match(question)
    return match.group("verb") if match and match.group("verb") not in STOPWORDS else None


# "Did Ishiba say…?", "Has the minister claimed…?": a yes/no question about what was said.
_WHAT_WAS_SAID = re.compile(
    r"^\W*(?:did|does|has|have|had)\s+(?:[\w’'.-]+\s+){1,4}?(?:say|said|tell|told|claim|state|mention|suggest|argue)\b",
    re.IGNORECASE,
)


def checks_a_claim(question: str) -> bool:
    """Whether the reader offers something to check rather than asks for it: a hedge ("…,
    right?", "I think"), a claim to verify, or a yes/no question."""
    return bool(_HEDGE.search(question) or puts_a_claim_to_check(question) or _YES_NO.match(question.lower()))


def asks_what_was_said(question: str) -> bool:
    return bool(_WHAT_WAS_SAID.match(question))


def yes_no_verb(question: str) -> str | None:
    """The verb of a yes/no question whose subject is a name ("accept" in "Did the Trump
    Administration accept Japan's offer?", "met" in "Does the article say whether Japan met
    the deadline?"): what it asks took place."""
    framed = _ARTICLE_SAYS_WHETHER.match(question)
    if framed:
        question = "Did " + question[framed.end() :]
    match = _YES_NO_VERB.match(question)
    if match is None or match.group("verb") in STOPWORDS:
        return None
    # "Has Japan's push…": after a possessive comes what it owns, not the verb.
    subject = question[: match.start("verb")].rstrip()
    return None if subject.endswith(("’s", "'s", "s’", "s'")) else match.group("verb")


# "Did…", "Is…", "Will…": the question states a proposition and asks whether it holds.
_YES_NO = re.compile(
    r"^\W*(did|does|do|is|are|was|were|will|would|has|have|had|can|could|should|shall|may|might)\b"
)


# "What is X?", "whats X", "Who was X?", "What kind of group is X?": a question asking what X is.
_DEFINITION = re.compile(
    r"^\W*(?:what|who)(?:\s+(?:kind|sort|type)\s+of\s+[\w-]+)?(?:\s+(?:is|are|was|were)|’s|'s|s)\s+"
    r"(?:the\s+|an?\s+)?(?P<subject>[^?]+?)\W*$"
    # "How is X described?", "How does the article characterise X?"
    r"|^\W*how\s+(?:is|are|was|were)\s+(?:the\s+|an?\s+)?(?P<described>[^?]+?)\s+"
    r"(?:described|characteri[sz]ed|defined|portrayed|introduced|labell?ed|presented)\b"
    r"|^\W*how\s+(?:does|do|did)\s+(?:the\s+)?(?:article|piece|story|report|author|writer)\s+"
    r"(?:describe|characteri[sz]e|define|portray|introduce|label|present)\s+(?:the\s+|an?\s+)?(?P<portrayed>[^,?]+)",
    re.IGNORECASE,
)


def defined_subject(question: str) -> str | None:
    """What a "What is X?" question asks about: X, as written."""
    match = _DEFINITION.match(question)
    return (match.group("subject") or match.group("described") or match.group("portrayed")) if match else None


def defines(sentence: str, subject: str) -> bool:
    """Whether `sentence` says what `subject` is in an appositive, the way news prose
    introduces a name: "the Stimson Center, a nonpartisan think-tank in Washington,"."""
    # The appositive starts in lower case: after a comma, a capital starts another name.
    return bool(re.search(rf"\b(?i:{re.escape(subject)}),\s+[a-z]", sentence))


# "the name of Japan's first satellite (that…)": the thing whose name is asked for.
_NAME_OF = re.compile(
    r"\b(?:name|designation)(?:\s*(?:or|/)\s*[a-z]+)?\s+"
    r"(?:(?:is|was|has\s+been)\s+(?:given\s+to|for)|of|given\s+to|for"
    # "What name has Japan given to its satellite?"
    r"|(?:has|have|had|did|will)\s+[\w’'.-]+(?:\s+[\w’'.-]+)?\s+(?:given|give|gave)(?:\s+to)?)\s+"
    r"(?P<thing>[^?]+?)(?=\s+(?:that|which|who|whose|is|was|are|were|will|would|did|does|"
    r"has|have|in|on|at|for|from|with|by|to)\b|\W*$)",
    re.IGNORECASE,
)
# "What is the satellite (going to be) called?", "What will the radar be called?"
_CALLED = re.compile(
    r"^\W*what(?:’s|'s|s|\s+(?:is|are|was|were|will))\s+(?P<thing>[^?]+?)\s+"
    r"(?:(?:going\s+to|gonna|to)\s+)?(?:be\s+)?(?:called|named)\W*$",
    re.IGNORECASE,
)
_NAMING = re.compile(r"\b(?:named|called|dubbed|nicknamed|known\s+as)\s+[“\"‘']?[A-Z]")


def named_thing(question: str) -> str | None:
    """The head word of the thing whose name is asked for: "satellite" in "the name of Japan's
    first space domain awareness satellite" or "What will the satellite be called?"."""
    match = _NAME_OF.search(question) or _CALLED.search(question)
    thing = match.group("thing") if match else ""
    # A participle with its preposition starts a clause: "the radar slated for Okinawa"
    # (the name pattern stops before the preposition, leaving the participle last).
    thing = re.sub(r"\s+\w+ed$", "", thing)
    words = re.findall(r"[A-Za-z][\w-]*", thing)
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]  # "the Japan's first satellite": the name opens the phrase
    # A name after the thing starts a clause that leaves out "that": "the radar Japan is buying".
    ends = [i for i in range(1, len(words)) if words[i][0].isupper() and words[i - 1].islower()]
    words = words[: ends[0]] if ends else words
    return words[-1].lower() if words else None


def _positions_of(sentence: str, thing: str) -> tuple[list[str], list[int]]:
    tokens = re.findall(r"[\w’'.-]+", sentence)
    singular = thing.removesuffix("s")

    def is_thing(token: str) -> bool:
        word = token.lower().removesuffix("s")
        # "satelite" is the satellite: a long word misspelt by a letter or two.
        return word == singular or (
            len(singular) >= 6 and SequenceMatcher(None, word, singular).ratio() >= 0.85
        )

    return tokens, [i for i, t in enumerate(tokens) if is_thing(t)]


def mentions(sentence: str, thing: str) -> bool:
    return bool(_positions_of(sentence, thing)[1])


def gives_name_of(sentence: str, thing: str, question: str) -> bool:
    """Whether `sentence` names the `thing` it mentions: a capitalised word the question doesn't
    hold right beside the word ("the Michibiki satellite", "satellite QZS-1"), or a naming verb
    ("a satellite named Michibiki"). A name elsewhere in the sentence names something else."""
    if _NAMING.search(sentence):
        return True
    asked = _asked_names(question)
    tokens, positions = _positions_of(sentence, thing)

    def is_new_name(index: int) -> bool:  # a capital at the start of a sentence proves nothing
        key = name_key(tokens[index]).rstrip(";:")
        return index > 0 and tokens[index][:1].isupper() and key not in asked and key not in STOPWORDS

    def is_beside(index: int, offset: int) -> bool:
        # Two words away, with a word between that is not a preposition: "a radar for Okinawa"
        # says where the radar goes, not what it is called.
        between = index + offset // 2
        return 0 <= index + offset < len(tokens) and (
            abs(offset) == 1 or tokens[between].lower() not in _PREPOSITIONS
        )

    return any(
        is_new_name(i + offset) for i in positions for offset in (-2, -1, 1, 2) if is_beside(i, offset)
    )


# A question about the article's photos asks about their captions.
_CAPTION = re.compile(
    # "Picture this…" asks the reader to imagine, not about a picture.
    # "where ties are heading" is a verb, no section heading.
    r"\b(?:photo(?:graph)?|pic|picture(?!\s+(?:this|that|it)\b)|image|caption|headline|"
    r"(?<!\bare\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)heading(?!\s+(?:to|towards|for|into|back)\b)|subheading|"
    r"subhead|header|section\s+(?:title|name))s?\b|\b(?:name|title|heading)\s+of\s+the\s+(?:section|part)\b"
    r"|\b(?:pictured|depicted|photographed)\b"
    # "…in that Oval Office announcement up top?": what the page shows above the story.
    r"|\bup\s+top\b|\btop\s+of\s+the\s+(?:article|page|story|piece)\b",
    re.IGNORECASE,
)
# Words that say where a caption is, not what it says.
_CAPTION_FRAME = re.compile(
    r"\b(?:photo(?:graph)?|pic|picture|image|caption|headline|heading|subheading|subhead|header|section|"
    r"title|called|named|article|top|bottom|middle|first|second|third|last|partway|halfway|midway|through|"
    r"shown|seen|up|"
    r"the\s+(?:story|piece))s?\b"
    r"|\b(?:pictured|depicted|photographed)\b",
    re.IGNORECASE,
)


def asks_about_caption(question: str) -> bool:
    return bool(_CAPTION.search(question))


_HEADING = re.compile(
    r"\b(?:heading|subheading|subhead|header|section\s+(?:title|name))s?\b"
    r"|\b(?:name|title|heading)\s+of\s+the\s+(?:section|part)\b",
    re.IGNORECASE,
)


def asks_about_heading(question: str) -> bool:
    """ "Under which heading does the article discuss tariffs?": a question about the heading
    of the section that says something."""
    return bool(_HEADING.search(question))


def without_caption_frame(question: str) -> str:
    """The question without the words that point at a caption: what it asks of the caption."""
    return re.sub(r"\s+", " ", _CAPTION_FRAME.sub(" ", question)).strip()


# A question of keywords, with no question word or verb up front ("radar location?", "Golden
# Dome prime contractor?"): its last word says what is asked for.
_QUESTION_OPENING = re.compile(
    r"^\W*(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|will|"
    r"would|should|has|have|had|in|on|at|by|for|to|from|according|tell|please|and|so|if|i|list|name|"
    r"wat|wats|whats|wut|whos|wheres|whens|hows|wen|y|"
    r"describe|explain|give|show|summari[sz]e)\b",
    re.IGNORECASE,
)
_TIME_NOUNS = frozenset("date day month year time timing timeline".split())
_RATE_NOUNS = frozenset("rate rates percentage percentages".split())
_COUNT_NOUNS = frozenset("population headcount count number".split())
_LEVY_NOUNS = frozenset("tariff tariffs levy levies duty duties tax taxes".split())
_PLACE_NOUNS = frozenset("location locations site sites venue whereabouts headquarters base bases".split())


def terse_focus(question: str) -> str | None:
    """The last word of a question of keywords ("site" in "satellite launch site?"), or None
    for a question in words."""
    # "GD operational target year per POTUS?": the source named last is no part of what is asked.
    asked = re.sub(r"\s+(?:per|according\s+to|acc\.?\s+to)\s+[^?]*", "", question, flags=re.IGNORECASE)
    # "… — amount?": after a dash comes what is asked for. Else, "Prime contractor for the
    # Okinawa radar?": what is asked for comes before what it is of, and before a time ("this
    # year") that dates it.
    parts = re.split(r"\s[—–-]\s", asked)
    asked = parts[-1] if len(parts) > 1 and parts[-1].strip(" ?") else parts[0]
    asked = re.split(r"\s+(?:for|of|on)\s+", asked, maxsplit=1, flags=re.IGNORECASE)[0]
    asked = re.sub(r"\s+(?:(?:this|last|next)\s+(?:year|yr|month|week)|now|today|currently)\W*$", "", asked)
    words = re.findall(r"[\w’'-]+", asked)
    if not words or len(words) > 8 or _QUESTION_OPENING.match(question):
        return None
    return words[-1].lower()


# Chat spellings of the words that shape a question, read as the words.
_CHAT_WORDS = {
    "wat": "what",
    "wats": "what is",
    "whats": "what is",
    "whos": "who is",
    "whens": "when is",
    "wheres": "where is",
    "hows": "how is",
    "r": "are",
    "u": "you",
    "b": "be",
    "n": "and",
}
# Lower case only for single letters: "U.S." and "Plan B" are no chat.
# "hows much": "how" with a stray s, not "how is".
_HOWS_MUCH = re.compile(r"\b([Hh])ows\s+(much|many|long|old|big|far|soon)\b")
_CHAT_WORD = re.compile(
    r"(?<![\w.])(?:"
    + "|".join([*_CHAT_WORDS, *(w.capitalize() for w in _CHAT_WORDS if len(w) > 1)])
    + r")(?![\w.])"
)

# "Is it true that…, and in what position?": a yes/no question that then asks for a fact.
_THEN_ASKS = re.compile(
    r"(?:,|\band\b|\bif so\b|\?|\s[—–-])\s+(?:\w+\s+){0,2}(?:what|which|when|where|who|how)\b"
    # "Did the article say how much…?" asks how much.
    r"|\b(?:say|said|mention|mentioned|state|stated|tell|explain|specify|give|clarify|indicate|identify|"
    r"describe|confirm|remind)\s+(?:us\s+|me\s+)?(?:what|which|when|where|who|how)\b"
)
# "Did he call it small talk or a frank exchange?": a choice between answers, not yes or no.
# The choice comes after the verb: "Has the king or his ministers responded…?" asks whether.
_ALTERNATIVES = re.compile(
    r"^\W*\w+\s+(?:[\w,’'.-]+\s+){4,}or\s+(?!not\b|no\b|nah\b|nope\b)(?:\w+\s+){0,7}\w+\W*$"
)
_ANYONE = re.compile(r"^\W*(?:did|has|have|had|does|do|is|was)\s+(?:anyone|anybody|someone|somebody)\b")
# "Would you be so kind as to indicate the venue…?": a request, not a yes/no question.
_REQUEST = re.compile(
    r"^\W*(?:would|could|can|will)\s+you\s+(?:please\s+|kindly\s+|be\s+so\s+kind\s+as\s+to\s+|mind\s+)?"
    r"(?:tell|indicate|clarify|explain|give|list|name|specify|describe|identify|say|share|confirm|enumerate)\b"
)
_KIND_OF = re.compile(
    r"^\W*(?:what|which|wat|wut)\s+(?:(?:type|kind|sort)s?\s+of|kinda|sorta)\b", re.IGNORECASE
)


def asks_what_kind(question: str) -> bool:
    """ "What kind of group is X?", "what kinda group": a question asking for a description,
    whatever noun it names."""
    return bool(_KIND_OF.match(question))


# "What kind of relationship…?", "what word describes the kind of relationship…?"
_KIND_OF_NOUN = re.compile(
    r"\b(?:(?:type|kind|sort)s?\s+of|kinda|sorta)\s+(?P<noun>[a-z]{3,})\b", re.IGNORECASE
)


def qualifies_in_quotes(sentence: str, question: str) -> bool:
    """Whether `sentence` qualifies the noun of "what kind of relationship…?" with a quoted term
    the question doesn't hold: "a ‘win-win’ relationship" says what kind."""
    asked = _KIND_OF_NOUN.search(question)
    if asked is None:
        return False
    noun = re.escape(asked.group("noun").lower()[:5])
    return any(
        not is_asked(name_key(word), question)
        for match in re.finditer(
            rf"[‘“\"'](?P<term>[^’”\"'‘“]{{1,40}})[’”\"']\s+(?:[a-z-]+\s+)?{noun}", sentence, re.IGNORECASE
        )
        for word in re.findall(r"[\w-]+", match.group("term"))
    )


def asks_what_kind_of(question: str) -> bool:
    """ "What kind of relationship does Ishiba want?": a question for the word that qualifies a
    noun, anywhere in it."""
    return bool(_KIND_OF_NOUN.search(question))


# "Where does Japan's budget rank?", "where does X stand on Y?": a standing, not a place or name.
_STANDING = re.compile(r"(?:^\W*|,\s*|\s[—–-]\s*)where\b.*\b(?:rank\w*|stand|stands|standing)\b")


@lru_cache(maxsize=256)  # asked of the same question while judging and selecting
def question_shape(question: str) -> QuestionShape:
    plain = _CHAT_WORD.sub(
        lambda match: _CHAT_WORDS[match.group().lower()], _HOWS_MUCH.sub(r"\1ow \2", question)
    )
    shape = _question_shape(question, plain)
    lowered = plain.lower()
    proposes = shape.yes_no or bool(
        _YES_NO.match(lowered) and _THEN_ASKS.search(lowered) and not _REQUEST.match(lowered)
    )
    duration = bool(_ASKS_DURATION.search(lowered))
    per_year = shape.answer_type in (AnswerType.AMOUNT, AnswerType.COUNT) and bool(
        _PER_YEAR_IN_QUESTION.search(lowered)
    )
    measure = bool(_ASKS_MEASURE.search(lowered))
    if proposes or duration or per_year or measure:
        return replace(shape, proposes=proposes, duration=duration, per_year=per_year, measure=measure)
    return shape


def _question_shape(question: str, plain: str) -> QuestionShape:
    """The shape of `question`, whose chat spellings `plain` has read as words."""
    speech = _SPEECH_QUESTION.search(plain)
    speaker = (speech.group("who") or speech.group("sayer") or speech.group("reacted")) if speech else None
    speaker = speaker.strip() if speaker else None
    exact = bool(_EXACT.search(question))
    lowered = plain.lower()
    if _ANYONE.match(lowered):
        # "Did anyone say…?" asks for what was said, and by whom: no yes or no.
        return QuestionShape(None, speaker, exact)
    cleft = cleft_guess(plain)
    if cleft:
        # "Was it X who…?" asks who did it; X is a guess the answer may correct.
        answer_type = AnswerType.NAME if cleft.group("relative").lower() in ("who", "whom") else None
        return QuestionShape(answer_type, speaker, exact)
    if (
        _YES_NO.match(lowered)
        and not _THEN_ASKS.search(lowered)
        and not _REQUEST.match(lowered)
        and not _ALTERNATIVES.search(lowered)
    ):
        # Words like "deadline" in a yes/no question name no answer type.
        return QuestionShape(None, speaker, exact, yes_no=True)
    if _STANDING.search(lowered):
        return QuestionShape(None, speaker, exact)
    if asks_what_kind(lowered):
        # "What type of tariff is the 24% one?" asks for a description, whatever it mentions.
        return QuestionShape(None, speaker, exact)
    if _NAME_OF.search(question) or _CALLED.search(question):
        # "the name of the 24% tariff" asks for a name, not a percentage.
        return QuestionShape(AnswerType.NAME, speaker, exact)
    if _EXPLANATION.match(lowered) and not speech:
        return QuestionShape(None, speaker, exact)
    if asks_for_countries(lowered):
        # "Which nations have defense budgets larger than Japan's?" asks for names, whatever
        # value the question goes on to describe them by.
        return QuestionShape(AnswerType.NAME, speaker, exact)
    year = bool(_ASKS_YEAR.search(lowered))
    calendar = bool(_ASKS_CALENDAR.search(lowered))
    for pattern, answer_type in _QUESTION_TYPES:
        if pattern.search(lowered):
            dated = answer_type is AnswerType.DATE
            return QuestionShape(
                answer_type,
                speaker,
                exact,
                year=year and dated,
                calendar=calendar and dated,
                day=exact and dated and bool(_DATE_OR_DAY.search(lowered)),
            )
    focus = terse_focus(question)
    if focus in _PLACE_NOUNS:
        return QuestionShape(AnswerType.PLACE, speaker, exact)
    if focus in _TIME_NOUNS:
        return QuestionShape(AnswerType.DATE, speaker, exact, year=focus == "year")
    if focus in _RATE_NOUNS:
        return QuestionShape(AnswerType.PERCENT, speaker, exact)
    if focus in _COUNT_NOUNS:
        return QuestionShape(AnswerType.COUNT, speaker, exact)
    if focus in _LEVY_NOUNS:
        # "Current US tariff on JPN steel?" asks for the levy's size.
        return QuestionShape(AnswerType.AMOUNT, speaker, exact)
    if place_choice(question):
        # "…held in Washington or in Tokyo?" asks where.
        return QuestionShape(AnswerType.PLACE, speaker, exact)
    return QuestionShape(None, speaker, exact)


# "— Washington or Tokyo?", "in Oslo or in Stockholm?": places offered as a choice, last.
_PLACE_CHOICE = re.compile(r"\b([A-Z][\w.’'-]+)\s*,?\s+or\s+(?:in\s+|at\s+)?([A-Z][\w.’'-]+)\W*$")


# "…held at Mar-a-Lago or at the White House?", "Raytheon or Lockheed?": two names a question
# ends by offering as a choice, of one to three capitalised words each.
_NAME_CHOICE = re.compile(
    r"\b((?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)\s*,?\s+or\s+(?:(?:at|in|on|by|from|with)\s+)?(?:the\s+)?"
    r"((?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)\W*$"
)


def name_choice(question: str) -> tuple[str, str] | None:
    """The two names a question ends by offering as a choice ("Mar-a-Lago or the White
    House?"), or None."""
    match = _NAME_CHOICE.search(question)
    return (match.group(1), match.group(2)) if match else None


def place_choice(question: str) -> tuple[str, str] | None:
    """The two places a question ends by offering as a choice, when both name a country or
    its capital; else None."""
    match = _PLACE_CHOICE.search(question)
    if match is None or not all(country_of(name_key(place)) for place in match.groups()):
        return None
    return match.group(1), match.group(2)


ORDINALS = frozenset(
    """
    first second third fourth fifth sixth seventh eighth ninth tenth last next previous
    """.split()
)


def needs_exact_match(word: str, position: int) -> bool:
    """Names, numbers and ordinals must match as written: "China" is not "Japan", "first" is
    not "second", though their embeddings lie close."""
    return (
        any(ch.isdigit() for ch in word) or word.lower() in ORDINALS or (position > 0 and word[:1].isupper())
    )


# Verbs and nouns of paying: "How much will Japan put into X?" asks for a payment, which an
# estimate of what X costs is not.
_PAYMENT = re.compile(
    r"\b(?:pay|pays|paid|paying|payment|payments|put|puts|putting|contribut\w*|spend|spends|spent|spending|"
    r"invest|invests|invested|investing|give|gives|gave|giving|donat\w*|fund|funds|funded|funding|"
    r"provid\w*|pledg\w*|allocat\w*|commit|commits|committed|committing|commitment|earmark\w*|"
    r"set\s+aside|chip\s+in|shell\s+out|fork\s+out|share|outlay|appropriat\w*|budgeted|"
    # What a legislature approves or authorises is money it lets be spent.
    r"approv(?:e|es|ed|ing|al)|authori[sz](?:e|es|ed|ing|ation))\b",
    re.IGNORECASE,
)


# "the projected outlay", "the estimated spending": an estimate of cost is asked for, not a payment.
_ESTIMATE = re.compile(
    r"\b(?:project(?:ed|ion)|estimat\w*|forecast\w*|ballpark|price\s+tag)\b", re.IGNORECASE
)


def asks_for_payment(question: str) -> bool:
    return bool(_PAYMENT.search(question)) and not _ESTIMATE.search(question)


def reports_payment(sentence: str) -> bool:
    return bool(_PAYMENT.search(sentence))


_PREPOSITIONS = frozenset("in on at to for from of by with into onto near toward towards".split())
# Words of time that end a noun phrase rather than head it.
_WHEN_WORDS = frozenset(
    "now today currently presently yet still already anymore lately recently right tonight tomorrow yesterday".split()
)
_OBJECT_PREPOSITIONS = frozenset("on onto against to for from into toward towards".split())
DETERMINERS = frozenset("the a an its their his her our this that these those".split())


def prepositional_objects(question: str) -> list[str]:
    """The head word of each noun phrase the question puts after a preposition ("steel" in
    "What tariff does the U.S. put on Japanese steel?")."""
    return [phrase[-1] for phrase in prepositional_phrases(question)]


_SETTING_ASIDE = frozenset("apart aside other besides except".split())


# Participles that do not end in "-ed": "the duties on its goods brought down to…".
_PARTICIPLES = frozenset(
    "brought made put set cut given taken sent kept held done seen paid sold bought".split()
)


def prepositional_phrases(question: str) -> list[list[str]]:
    """The words of each noun phrase the question puts after a preposition (["Japanese",
    "steel", "imports"] in "…the tariff on Japanese steel imports?"). After "to", one bare word
    is more likely a verb ("to hand in") than a noun, so a phrase counts only with a determiner
    before it or two words in it."""
    words = re.findall(r"[\w’'-]+|[^\w\s]", question)
    phrases = []
    for index, word in enumerate(words):
        if word.lower() not in _OBJECT_PREPOSITIONS:
            continue
        if index > 0 and words[index - 1].lower() in _SETTING_ASIDE:
            continue  # "apart from the auto-parts levy" sets a thing aside, narrowing nothing
        position = index + 1
        determined = position < len(words) and words[position].lower() in DETERMINERS
        position += determined
        run: list[str] = []
        while (
            position < len(words)
            and is_content_word(words[position])
            and re.match(r"[\w’'-]+$", words[position])
            and words[position].lower() not in _WHEN_WORDS  # "on steel right now"
            # A participle starts a clause: "on Japanese automotive parts cited in the article",
            # "for a system integrating missiles".
            and not (
                run
                and (
                    words[position].lower().endswith(("ed", "ing")) or words[position].lower() in _PARTICIPLES
                )
            )
        ):
            run.append(words[position])
            position += 1
        if run and (determined or len(run) >= 2 or word.lower() != "to"):
            phrases.append(run)
    return phrases


# "…, was it 15%?", "…, is it Tokyo?", "…? Is it next year?": a guess the reader adds, which the
# answer may correct.
_GUESS = re.compile(
    r"(?:,|\s[—–]|\?)\s*(?:or\s+)?(?:i\s+(?:think|believe|guess)\s+)?"
    r"(?:(?:was|is|were|are)\s+(?:it|that|they)|(?:it|that|they)\s+(?:was|is|were|are))\s+(?P<guess>[^,?]+)\?*\s*$"
    # Dictated, with no comma: "…up and running was it 2028", "…tarrifs was it june 4th". Only a
    # value is a guess there; "where is it going" asks on.
    rf"|(?<=\w)\s+(?:was|is)\s+it\s+(?P<value>(?:(?:like|about|around)\s+)?"
    rf"(?:(?:{MONTHS})[a-z]*\s+)?\$?\d[\w$%.,’'-]*(?:\s+(?:billion|million|trillion|percent))?)\?*\s*$",
    re.IGNORECASE,
)


# "…put the radar, okinawa or somewhere else": a guess offered with its alternative.
_GUESS_OR_ELSE = re.compile(
    r",?\s*(?P<guess>[\w’'-]+)\s+or\s+(?:somewhere|something|someone|somebody|"
    r"anywhere|anything|anyone|elsewhere)(?:\s+else)?\W*$",
    re.IGNORECASE,
)


# "…launch — was it 2025? When is it…?", "I want to say it was back in 2021 or so": a reader's
# guess before the real question, which the answer may correct.
_HEDGE = re.compile(
    r"\b(?:was\s+it|is\s+it|were\s+they|wasn[’']t\s+it|isn[’']t\s+it|right|i\s+think|i\s+remember|"
    r"i\s+recall|i\s+believe|i\s+want\s+to\s+say|or\s+so|maybe|perhaps|possibly|i\s+guess|"
    # A tag question ("…by 2028, correct?") checks what the statement before it says.
    r"(?<=,\s)(?:correct|true|yes|yeah|no)(?=\s*\?)|"
    r"somethin[g’']?\s+like\s+that|or\s+somethin[g’']?|\w+-something|wasn[’']t|isn[’']t|didn[’']t|misremember\w*|mistaken|"
    r"(?:around|roughly|approximately|about|like)(?=\s+\$?\d))\b",
    re.IGNORECASE,
)


# "…, early June?", "… — the Missile Defense Agency?", "…, like 6 bil?", "…, stuff like AI?",
# "…, Okinowa was it?", "…since WW2? 2023?": a short phrase with no verb, after a comma, dash or
# question mark ending a question that asks, is the reader's guess at the answer. A phrase that opens with a preposition
# ("…, in the statement?") narrows the question instead, and so is no guess.
_APPENDED_GUESS = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|but|yo|hey|um|well)\W+)*(?:(?:by|in|on|at|for|from|until|since)\s+)?"
    # "Japan wants the tariffs lowered to what level — 15%?": the question word may come late.
    r"(?:[^,—–?]*?\s)?"
    r"(?:what|which|who|whom|whose|when|where|how|wat|wut|whats|wats)\b[^,—–]*?"
    r"(?:,|\s[—–-]|\?)\s*(?:(?:stuff|things|something)\s+like|such\s+as|like|maybe|perhaps|probably|possibly|or|just|only)?\s*"
    r"(?:(?:was|is|were|are)\s+(?:it|that|they)\s+)?"
    r"(?P<guess>(?!(?:in|on|at|to|for|from|about|with|by|of|and|or|but|if|so|as|according)\b)"
    # A second question is no guess: "When was it? Who went?"
    r"(?!(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|"
    r"can|could|will|would|has|have|had|and|any|anything)\b)"
    r"[\w$%.’'-]+(?:\s+[\w$%.’'-]+){0,3}?)"
    r"(?:\s+(?:was\s+it|is\s+it|right|correct|maybe|perhaps|or\s+so|i\s+think))?\s*\?+\s*$",
    re.IGNORECASE,
)
# "Was it Prime Minister Ishida who gave the statement…?", "Was it in June that…?": a cleft asks
# who or what did something, and offers a guess at it.
_CLEFT = re.compile(
    r"^\W*(?:was|is|were|wasn[’']t|isn[’']t)\s+it\s+(?P<guess>(?:[\w$%.’'-]+\s+){0,5}?[\w$%.’'-]+)\s+"
    r"(?P<relative>who|that|which|whom)\s+\w+",
    re.IGNORECASE,
)


_CHECKED_NUMBER = re.compile(
    r"(?<!\bthe )(?<!\bits )(?<!\bthis )(?<!\bthat )(?<!\btheir )(?<!\ba )(?<![\w’'-])([\w’'-]*\d[\w’'-]*)",
    re.IGNORECASE,
)
_ASKING_OPENING = re.compile(
    r"^\W*(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|will|"
    r"would|has|have|had|wat|wut|whats|wats)\b",
    re.IGNORECASE,
)


def without_remarks(question: str) -> str:
    """The question without the remarks a reader adds after it ("What's the price tag?
    Ballpark is fine.", "Who is he? Thinking of booking him."): they say why the reader asks,
    not what, and the answer need not match them. Another question after it stays."""
    end = question.rfind("?")
    rest = question[end + 1 :]
    if end < 0 or not re.search(r"\w", rest) or _ASKING_OPENING.match(rest):
        return question
    return question[: end + 1]


# "Our first listener asks:", "One listener wants to know:", "Question from Ohio:": who asks,
# which is never what is asked.
_ASKER = re.compile(
    r"^[^:?]{0,80}?\b(?:asks?|asked|asking|wants\s+to\s+know|wonders|writes|question(?:\s+from\s+[^:]+)?)\s*:\s*",
    re.IGNORECASE,
)


def without_statements_before(question: str) -> str:
    """The question from its first sentence that asks: "Canada got hit with tariffs too. What's
    the rate on Japanese auto parts?" asks only its second sentence; the first says why."""
    sentences = re.split(r"(?<=[.!])\s+(?=\S)", question.strip())
    for index, sentence in enumerate(sentences):
        if sentence.rstrip().endswith("?") or _ASKING_OPENING.match(sentence):
            return " ".join(sentences[index:])
    return question


# "I grow soybeans in Iowa.", "My son is doing a project.": the reader telling about
# themselves before asking.
_ABOUT_THE_ASKER = re.compile(
    r"^\W*(?:i|i[’']m|i[’']ve|i[’']d|im|ive|my|we|we[’']re|our|me)\b", re.IGNORECASE
)
# "My opponent says Japan has committed…", "I read that…": a claim the question is about.
_REPORTS_A_CLAIM = re.compile(
    r"\b(?:says?|said|saying|claims?|claimed|told|tells|heard|hear|read|reads|think|thinks|thought|"
    r"believes?|believed|reckons?|insists?|argues?|argued)\b",
    re.IGNORECASE,
)
# A question pointing back at what came before ("Who reported it?") needs it.
_POINTS_BACK = re.compile(
    r"\b(?:it|its|this|that|these|those|they|them|their|he|him|his|she|her)\b", re.IGNORECASE
)


def without_asker_story(question: str) -> str:
    """The question without the sentences before it in which the reader tells about
    themselves ("I grow soybeans out here in Iowa. What has Japan been pushing for…?"): they
    say why the reader asks, and no sentence of the documents matches them. Kept when the
    question points back at them, or they report a claim."""
    sentences = re.split(r"(?<=[.!])\s+(?=\S)", question.strip())
    for index, sentence in enumerate(sentences):
        if sentence.rstrip().endswith("?") or _ASKING_OPENING.match(sentence):
            asked = " ".join(sentences[index:])
            told = sentences[:index]
            about_the_reader = all(_ABOUT_THE_ASKER.match(s) and not _REPORTS_A_CLAIM.search(s) for s in told)
            return asked if told and about_the_reader and not _POINTS_BACK.search(asked) else question
        if not _ABOUT_THE_ASKER.match(sentence):
            return question
    return question


def without_asker(question: str) -> str:
    """The question without a preamble saying who asks it."""
    return _ASKER.sub("", question, count=1) or question


def after_preamble(question: str) -> str:
    """The question after a preamble ending in a colon ("For the record: what was…?")."""
    head, colon, rest = question.partition(":")
    return rest if colon and _ASKING_OPENING.match(rest) else question


_VALUE = r"(?:[\w$%.’'-]*\d[\w$%.’'-]*|first|second|third|fourth|fifth)"
# "$6 billion or more like $8 billion?": a scale may follow the first value, and a filler "or".
_VALUE_CHOICE = re.compile(
    rf"(?:(?:{MONTHS})\s+)?{_VALUE}(?:\s+(?:billion|million|trillion|percent))?\s*,?\s+or\s+"
    rf"(?:(?:more|something)\s+like\s+|maybe\s+|perhaps\s+|possibly\s+|rather\s+|even\s+)?"
    rf"(?:(?:{MONTHS})\s+)?{_VALUE}",
    re.IGNORECASE,
)
# A claim put up for checking: "Claim to verify:", "Check that figure.", "Is the date correct?",
# "…, was that it?"
_VERIFY = re.compile(
    r"\b(?:verify|fact[- ]check|check(?:ing)?\s+(?:that|this|the|if|whether|a|an|my)|claim|confirm|"
    r"(?:in|from)\s+my\s+notes|"
    r"is\s+(?:that|this|it|the\s+\w+)\s+(?:right|correct|accurate|true)|(?:was|is)\s+that\s+(?:it|so))\b",
    re.IGNORECASE,
)


# The currencies amounts are given in, by symbol, name or code. "won" is a currency only after
# a figure or "in": "who won" is a verb.
_CURRENCIES = {
    "dollar": r"\$|\bdollars?\b|\busd\b|\bbucks\b",
    "yen": r"¥|\byen\b|\bjpy\b",
    "euro": r"€|\beuros?\b|\beur\b",
    "pound": r"£|\bpounds?\b|\bsterling\b|\bgbp\b",
    "yuan": r"\byuan\b|\brenminbi\b|\brmb\b|\bcny\b",
    "won": r"(?:\d|\bin)\s+won\b|\bkrw\b",
    "rupee": r"₹|\brupees?\b|\binr\b",
    "rouble": r"₽|\b(?:rouble|ruble)s?\b|\brub\b",
}
_CURRENCY = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in _CURRENCIES.items()}


def currencies_named(text: str) -> frozenset[str]:
    """The currencies `text` gives or asks amounts in ("$6 billion": dollar; "in yen": yen)."""
    return frozenset(name for name, pattern in _CURRENCY.items() if pattern.search(text))


# "in yen", "how many euros", "in US dollars", "in actual $$": the currency a question wants an
# amount in; not a figure ("chip in $10 billion").
_IN_CURRENCY = re.compile(
    r"\b(?:in|how\s+many)\s+(?:(?:actual|real|us|u\.s\.|american|japanese|chinese|korean)\s+)?(?P<unit>[^\s?,.!\d]+)(?![\d.,])",
    re.IGNORECASE,
)


def asked_currencies(question: str) -> frozenset[str]:
    """The currencies a question asks an amount in ("How large is the budget in yen?")."""
    return frozenset(
        currency
        for match in _IN_CURRENCY.finditer(question)
        for currency in currencies_named(f" {match.group('unit')} ")
    )


def puts_a_claim_to_check(question: str) -> bool:
    """Whether the question puts up a claim for checking ("Verify: …", "can you confirm…"),
    whose details are what the answer may correct."""
    return bool(_VERIFY.search(question))


def _numbers(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w’'-]+", text) if any(ch.isdigit() for ch in w)]


def _numbers_and_months(text: str) -> list[str]:
    # "was it like four billion or so": a number in words is a guess as much as one in digits.
    words = re.findall(rf"\b(?:{NUMBER_WORDS})\b", text, re.IGNORECASE)
    return _numbers(text) + words + re.findall(rf"\b(?:{MONTHS})[a-z]*\b", text, re.IGNORECASE)


def cleft_guess(question: str) -> re.Match[str] | None:
    """The cleft of "Was it X who…?", whose X is a guess at who (or what) did it."""
    return _CLEFT.match(question)


@lru_cache(maxsize=2048)  # asked of the same question by several checks
def guessed_words(question: str) -> frozenset[str]:
    """The words of a guess the question ends with or makes on the way (", was it 2025? When…",
    "— I want to say 2021 or so —"), and an ordinal that says when an act came ("Which outlet
    first reported…?"), which the sentence need not contain."""
    guessed: set[str] = set()
    for match in (
        _GUESS.search(question),
        _GUESS_OR_ELSE.search(question),
        _APPENDED_GUESS.match(question),
        cleft_guess(question),
    ):
        if match:
            guessed.update(re.findall(r"[\w’'-]+", match.group("guess") or match.group("value")))
    # The clauses a hedging question ends before going on (at "?" or between dashes): their
    # numbers are guesses, and so is a name right beside "maybe".
    clauses = re.split(r"\?|\s[—–]\s", question)[:-1]
    if clauses and _HEDGE.search(question):
        for clause in clauses:
            guessed.update(_numbers_and_months(clause))
            guessed.update(
                re.findall(r"\b(last|next|previous)\s+(?:year|month|week)\b", clause, re.IGNORECASE)
            )
    # "Apart from the car parts one, was the other tariff 34 percent?": a yes/no question after
    # a phrase that narrows it.
    yes_no = next(
        (q for q in (question, _LEADING_PHRASE.sub("", question, count=1)) if _YES_NO.match(q.lower())), None
    )
    if yes_no is not None:
        # "Was the tariff 35 percent?", "Is it to be running by 2028 when his term ends?": a
        # yes/no question checks the values it gives; not one naming what it asks about ("Did
        # the 2022 budget rise…?").
        guessed.update(match.group(1) for match in _CHECKED_NUMBER.finditer(yes_no))
    for choice in _VALUE_CHOICE.finditer(question):
        # "on May 28 or May 29?", "third or fourth?": one of the values offered is the answer.
        guessed.update(re.findall(r"[\w’'-]+", choice.group()))
    guessed.update(place_choice(question) or ())
    tag = _TAG_CLAIM.search(question)
    if tag:
        # "Golden Dome was inspired by South Korea's shield — true?", "…trails only the U.S.
        # and Russia. Correct?": a statement put up to be checked, whose values and names the
        # answer may correct.
        claim = question[: tag.start()]
        guessed.update(_numbers_and_months(claim))
        guessed.update(re.findall(r"(?<=\s)[A-Z][\w’'-]*", claim))
    if puts_a_claim_to_check(question):
        # "Claim to verify: … in fiscal year 2025.", "…down to 15%. Check that figure.": the
        # values of a claim put up for checking are what the answer may correct.
        guessed.update(_numbers_and_months(question))
    # "South Korea's" is guessed as "Korea" too.
    guessed.update(name_key(word).capitalize() for word in list(guessed) if word[:1].isupper())
    guessed.update(re.findall(r"\d+(?=-something)", question))
    # "…going to Guam, I think?"
    for match in re.finditer(
        r"([A-Z][\w’'-]*),?\s+(?:maybe|perhaps|possibly|[Ii]\s+(?:think|believe|guess))\b", question
    ):
        guessed.add(match.group(1))
    if _BESIDES.search(question):
        # "the 2nd tariff besides the car parts one": the ordinal counts what else there is.
        guessed.update(w for w in re.findall(r"[\w’'-]+", question) if w.lower() in _ORDINAL_WORDS)
    return frozenset(guessed) | {m.group(1) for m in _ADVERBIAL_ORDINAL.finditer(question)}


# A phrase before a question's clause: "Apart from the car parts one, …", "That PM Ishibashi, …".
_LEADING_PHRASE = re.compile(r"^[^,?]{0,60},\s*")
_TAG_CLAIM = re.compile(
    r"(?:[,.]\s*|\s[—–-]\s*)(?:correct|true|right|yes|yeah|is\s+that\s+(?:right|correct|true))\W*\?\s*$",
    re.IGNORECASE,
)
_BESIDES = re.compile(
    r"\b(?:besides|other\s+than|apart\s+from|aside\s+from|in\s+addition\s+to)\b", re.IGNORECASE
)
_ORDINAL_WORDS = frozenset("second third 2nd 3rd other another".split())


def sets_aside(question: str) -> bool:
    """Whether the question sets what it names aside ("Besides AI, what…?", "other than…")."""
    return bool(_BESIDES.search(question))


def without_guess(question: str) -> str:
    """The question without the guess it ends with: the guess may be the answer ("where is the
    radar going, okinawa or somewhere else?"), which the question then does not already hold."""
    without = _GUESS_OR_ELSE.sub("", _GUESS.sub("", question))
    appended = _APPENDED_GUESS.match(without)
    if appended:
        without = without[: appended.start("guess")].rstrip(" ,—–-?") + "?"
    cleft = cleft_guess(without)
    if cleft:
        without = without[: cleft.start("guess")] + without[cleft.end("guess") :]
    return without


def without_guessed_values(question: str, guessed: frozenset[str]) -> str:
    """The question without the values it guesses ("…around 6 billion, right? How much
    exactly?"): a sentence giving that value answers it, though the question holds it."""
    values = [word for word in guessed if any(ch.isdigit() for ch in word)]
    if not values:
        return question
    return re.sub(r"(?<![\w.])(?:" + "|".join(map(re.escape, values)) + r")(?![\w])", " ", question)


# "first reported", "first proposed": an ordinal before a verb in the past says when an act
# came, not which of several things is meant.
_ADVERBIAL_ORDINAL = re.compile(r"\b(first|last)\s+(?:[a-z]+ed|said|told|broke|wrote|spoke|made)\b")


_SCALE_WORDS = frozenset("billion billions million millions trillion trillions thousand percent %".split())


def content_positions(words: list[str]) -> list[int]:
    """The positions of `words` (a question's tokens) that carry its content. A lone digit is
    one when it is an amount ("$6 billion", "5%"), not when it counts the things asked for
    ("the 3 areas")."""
    return [
        i
        for i, word in enumerate(words)
        if is_content_word(word)
        # "in late May": the month, which "may" in lower case, or opening a question, is not.
        or (word == "May" and i > 0)
        or (
            word.isdigit()
            and ((i + 1 < len(words) and words[i + 1].lower() in _SCALE_WORDS) or words[i - 1 : i] == ["$"])
        )
    ]


# "SM-3", "F-35", "PAC-3": a model's designation, which no other words paraphrase.
_DESIGNATION = re.compile(r"\b[A-Z]{1,6}-\d+[A-Z]?\b")


def designations(text: str) -> frozenset[str]:
    """The designations of models `text` names ("SM-3", "F-35")."""
    return frozenset(_DESIGNATION.findall(text))


def is_content_word(word: str) -> bool:
    lowered = word.lower()
    return (
        bool(re.fullmatch(r"[\w’'-]+", lowered))
        and len(lowered) > 1
        and lowered not in STOPWORDS
        and lowered not in ANSWER_FRAME_WORDS
    )


# "Which countries…", "what other nation…": a question asking for a country's name.
_COUNTRY_QUESTION = re.compile(
    r"\b(?:which|what)\s+(?:(?:other|two|three|four|nearby|neighbouring|neighboring|asian|foreign)\s+)*"
    r"(?:country|countries|nation|nations)\b",
    re.IGNORECASE,
)


def asks_for_country(question: str) -> bool:
    return bool(_COUNTRY_QUESTION.search(question))


def asks_for_city(question: str) -> bool:
    return bool(_CITY_QUESTION.search(question))


# "Which nearby countries…?", "what two nations…?": a question asking for countries by name
# (not "what share of countries…?", "which year did the nations…?", "by what date must
# countries…?").
_COUNTRIES_QUESTION = re.compile(
    r"\b(?:which|what)\s+"
    r"(?:(?!(?:the|a|an|this|that|of|did|do|does|is|are|was|were|has|have|had|will|would|can|could|must|should|"
    r"shall|may|might|date|day|year|month|time|rate|share|percent|percentage|amount|kind|sort|type)\b)[a-z]+\s+){0,2}"
    r"(?:countries|nations|states)\b",
    re.IGNORECASE,
)


def asks_for_countries(question: str) -> bool:
    return bool(_COUNTRIES_QUESTION.search(question))


_NUMBER_VALUES = {
    word: value for value, word in enumerate("one two three four five six seven eight nine ten".split(), 1)
}
_HOW_MANY_COUNTRIES = re.compile(
    rf"\b(?:which|what)\s+(?P<count>\d+|{NUMBER_WORDS})\s+(?:[a-z]+\s+)?(?:countries|nations|states)\b",
    re.IGNORECASE,
)


def countries_asked_for(question: str) -> int:
    """How many countries "which two nations…?" asks for: 0 when it says no number."""
    match = _HOW_MANY_COUNTRIES.search(question)
    if match is None:
        return 0
    count = match.group("count").lower()
    return int(count) if count.isdigit() else _NUMBER_VALUES.get(count, 0)


# "What is X made of?", "X's components?", "Which parts make up X?": a question asking what
# something is composed of.
_ASKS_PARTS = re.compile(
    r"\bmade\s+(?:up\s+)?of\b|\bconsists?\s+of\b|\bcompris\w*|\bcomposed\s+of\b|\bconstituent|"
    r"\bcomponents?\b|\belements\b|\bpieces\b|\blayers\b|\bbuilding\s+blocks\b|"
    r"\b(?:what|which|wat|wut)\s+(?:\w+\s+)?parts\b|\bparts\s+of\b",
    re.IGNORECASE,
)
# "…satellites, sensors, and interceptors": a list of three or more.
# "AI, robotics, and ," is a list whose last item scraping lost.
_LIST = re.compile(r"\b\w+,\s+(?:[\w-]+\s+){0,2}[\w-]+,?\s+(?:and|or)\s+(?:\w+|,)")
# "would involve a network of…": a verb of composition.
_COMPOSITION = re.compile(
    r"\b(?:involv|includ|consist|compris|compos|featur|contain|made\s+up)\w*", re.IGNORECASE
)
# "Which three areas…", "What were the three areas…?", "Name the three areas…", "what topics
# did they cover": a question asking for several things of one kind, which a sentence answers
# with a list.
_ASKS_LIST = re.compile(
    r"\b(?:which|what|wat|wut|name|list)\s+(?:(?:were|are|was|is)\s+)?(?:the\s+|all\s+)?"
    r"(?:(?:three|four|five|3|4|5)\s+\w+|(?!two\s|2\s|both\s)(?:\w+\s+)?(?:topics|subjects|issues|domains|areas|fields|sectors)\b)"
    # "Which hostile neighbours of Japan are named?", "what countries does the piece list": things
    # of one kind the text names, which it names in a list.
    r"|\b(?:which|what)\s+(?:\w+\s+){0,3}?\w{3,}s\b(?=[^?]*\b(?:(?:are|were|get|got|being)\s+"
    r"(?:named|listed|mentioned|cited)|(?:does|did)\s+(?:the\s+|this\s+|that\s+)?(?:article|piece|"
    r"text|story|report|author|writer)\s+(?:name|list|mention|cite)))\b",
    re.IGNORECASE,
)


def asks_for_parts(question: str) -> bool:
    return bool(_ASKS_PARTS.search(question))


def gives_parts(sentence: str) -> bool:
    return bool(_COMPOSITION.search(sentence) or _LIST.search(sentence))


def asks_for_list(question: str) -> bool:
    return bool(_ASKS_LIST.search(question))


def gives_list(sentence: str) -> bool:
    return bool(_LIST.search(sentence))


# "What slogan does Japan repeat?", "the exact phrase in the statement", "some two-word phrase
# in quotes": a question asking for words as written, which a sentence gives in quotation marks.
_ASKS_PHRASE = re.compile(
    r"\b(?:phrase|phrases|slogan|slogans|motto|mantra|catchphrase|catch-phrase|expression|wording|"
    r"buzzword|tagline|term\s+(?:used|did|does)|in\s+quotes|quoted\s+(?:words|term|phrase))\b",
    re.IGNORECASE,
)
# A quoted term ("‘win-win’", "“a new golden age”"), or a sentence that is a quotation ("“Golden
# Dome could be a golden opportunity…”").
_QUOTED_TERM = re.compile(r"[“‘\"'](?:[^\s“”‘’\"']+\s+){0,5}[^\s“”‘’\"']+[”’\"']|^\W*[“\"]")


def asks_for_phrase(question: str) -> bool:
    return bool(_ASKS_PHRASE.search(question))


def gives_quoted_term(sentence: str) -> bool:
    return bool(_QUOTED_TERM.search(sentence))
