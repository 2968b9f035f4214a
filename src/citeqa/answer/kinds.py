"""What kind of thing a name is (a person or an organisation), as the corpus itself describes it.

"Which company is building the radar?" asks for an organisation; a sentence whose only new names
are Tokyo and Washington doesn't answer it, however well it matches the rest of the question.
Without a tagger, a name's kind is read off the way news prose introduces names:
- a title before it ("President Donald Trump", "Lt. Gen. David N. Miller Jr.");
- the last word of an organisation's name ("the Aerospace Industries Association");
- a describing noun beside it ("the financial publication Nikkei", "National Defense magazine",
  "the Stimson Center, a nonpartisan think-tank");
- a verb of speech after it ("Ishiba reiterated…"): someone, a person or a body, who speaks.
A name the corpus never describes is of no kind a question asks for. A person's role (military,
government, business) counts the same way: "which commander…" wants a person the corpus calls a
general or a commander, or one whose role it never says.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from citeqa.answer.countries import country_named, is_country
from citeqa.answer.questions import asks_what_kind, terse_focus


class Kind(Enum):
    PERSON = "person"
    WRITER = "writer"  # a person who writes or reports: "which journalist wrote…"
    AUTHOR = "author"  # "who wrote…": a writer, or the publication that did
    ORGANISATION = "organisation"
    COMPANY = "company"
    MEDIA = "media"  # a publication or broadcaster
    SPEAKER = "speaker"  # a person or an organisation: whoever is said to speak
    # Kinds of role a person holds; a question naming one ("which commander…") wants a person
    # of that role, or one whose role the corpus never says.
    MILITARY = "military"
    GOVERNMENT = "government"
    BUSINESS = "business"
    SPOKESPERSON = "spokesperson"
    # A made thing that carries or is carried: "which rocket will launch the satellite?" wants
    # the name of one ("the H3 rocket"), which a sentence about the launch need not give; so
    # does "what model of radar…?".
    CRAFT = "craft"


def _lexicon(groups: dict[tuple[Kind, ...], str]) -> dict[str, frozenset[Kind]]:
    return {word: frozenset(kinds) for kinds, words in groups.items() for word in words.split()}


# The nouns that ask for, or describe, a kind of person or organisation: English role and
# institution nouns, not words of any document. A journalist is a person, a newspaper an
# organisation; a question asking for either is answered only by a name of that kind.
NOUN_KINDS = _lexicon(
    {
        (Kind.PERSON, Kind.WRITER): """
            journalist journalists reporter reporters correspondent correspondents writer writers
            author authors editor editors columnist columnists byline bylines""",
        (Kind.PERSON,): """
            person people man woman analyst analysts expert experts scholar scholars researcher
            researchers official officials leader leaders chief head figure""",
        (Kind.PERSON, Kind.MILITARY): """
            general generals admiral admirals commander commanders officer officers colonel
            lieutenant captain sergeant major gen lt col adm capt sgt maj""",
        (Kind.PERSON, Kind.GOVERNMENT): """
            minister ministers chancellor premier prime secretary politician politicians
            ambassador envoy diplomat diplomats lawmaker lawmakers senator senators sen governor
            gov mayor negotiator negotiators king queen emperor empress monarch prince princess
            sultan emir pope commissioner""",
        (Kind.PERSON, Kind.GOVERNMENT, Kind.BUSINESS): "president presidents",
        (Kind.PERSON, Kind.BUSINESS): """
            executive executives ceo founder chairman chairwoman director directors""",
        (Kind.PERSON, Kind.SPOKESPERSON): "spokesperson spokesman spokeswoman",
        (Kind.ORGANISATION, Kind.COMPANY): """
            company companies firm firms contractor contractors manufacturer manufacturers maker
            makers supplier suppliers corporation corporations conglomerate startup business
            businesses""",
        (Kind.ORGANISATION, Kind.MEDIA): """
            outlet outlets publication publications newspaper newspapers magazine magazines paper
            daily weekly tabloid broadcaster broadcasters channel news-organization
            news-organisation news-organizations news-organisations news-agency news-agencies
            news-outlet news-outlets media-outlet media-outlets news-site wire-service""",
        (Kind.CRAFT,): """
            rocket rockets launcher launchers aircraft airplane airplanes plane planes jet jets
            helicopter helicopters warship warships ship ships vessel vessels submarine submarines
            carrier carriers drone drones booster boosters spacecraft vehicle vehicles
            model models variant variants designation designations""",
        (Kind.ORGANISATION,): """
            agency agencies organisation organisations organization organizations institution
            institutions institute think-tank group groups association associations ministry
            department branch branches service services party parties union bank banks
            university universities foundation council committee commission bureau command
            commands force forces""",
    }
)
# Titles written before a person's name; the words after one name the person.
_TITLES = frozenset(
    """
    president prime minister secretary gen general lt col colonel adm admiral maj major capt
    captain sgt sen senator rep gov governor mayor dr mr mrs ms chancellor king queen ambassador
    chairman ceo premier
    """.split()
)
# The portfolios that tell one minister or secretary from another: "the defense minister" is
# not "the Prime Minister".
_PORTFOLIOS = frozenset(
    """
    defense defence foreign finance trade economy economic interior home justice health
    education energy environment transport labor labour agriculture industry commerce treasury
    security digital science culture vice deputy
    """.split()
)
# Last words of organisations' names.
_HEAD_KINDS = _lexicon(
    {
        (Kind.ORGANISATION, Kind.COMPANY): "corporation corp inc ltd co company industries",
        (Kind.ORGANISATION, Kind.MEDIA): "times post journal news press",
        (Kind.ORGANISATION,): """
            association center centre institute force forces agency administration council
            committee ministry department university bank party army navy command foundation
            organization organisation union bureau commission""",
    }
)
_SPEECH_VERBS = frozenset(
    """
    said says stated states noted told added argued warned announced wrote suggested reiterated
    claimed replied responded
    """.split()
)
_FUNCTION_WORDS = frozenset("a an the of in on at to for from by with and or as its their his her".split())
# A run of capitalised words with "of", "for" or "and" inside; `_units` splits it into names.
_NAME_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w’'.-]*)*")
_WORD = re.compile(r"[\w’'-]+")
_PRONOUNS = frozenset("i we you he she it they this that these those there".split())
_DETERMINERS = frozenset("a an the its their his her our".split())


# What follows "which"/"what" up to the verb, or "who is the …" up to a preposition: the noun
# phrase that says what kind of answer is wanted.
_ASKED_PHRASE = re.compile(
    r"\b(?:which|what|whose)\s+(?P<which>(?:[\w’'.-]+\s*){1,4})"
    r"|\bwho(?:’s|'s|s|\s+(?:is|are|was|were))\s+(?:the\s+|an?\s+)?(?P<who>(?:[\w’'-]+\s*){1,5})"
    # "Could you identify the authors of…?"
    r"|\b(?:identify|name|list)\s+(?:the\s+|an?\s+)?(?P<request>(?:[\w’'-]+\s*){1,4})",
    re.IGNORECASE,
)
# "What is the name of Japan's defense minister?" asks for a minister, not for a name.
_NAME_OF_PHRASE = re.compile(
    r"\bname\s+of\s+(?:the\s+|an?\s+)?(?P<named>(?:[\w’'-]+\s*){1,5})", re.IGNORECASE
)
# "What is Japan's defense minister's name?"
_OWNER_NAME = re.compile(
    r"\bwhat(?:’s|'s|s|\s+is|\s+was)?\s+(?:the\s+)?(?P<named>(?:[\w’'.-]+\s+){0,3}[\w.-]+)(?:’s|'s)\s+"
    r"(?:full\s+)?name\b",
    re.IGNORECASE,
)
_PHRASE_END = frozenset(
    """
    is are was were will would did does do has have had can could should must may might shall of in
    on at for to from with by that who which the a an and or
    """.split()
)


def asked_kind(question: str) -> Kind | None:
    """The kind of name a "which N…" or "who is the N…" question asks for, if N says it, or a
    writer for "who wrote…"."""
    if asks_what_kind(question):
        return None  # "What kind of group is X?" asks what X is, not for a group's name
    if _WHO_WROTE.match(question):
        return Kind.AUTHOR
    if _WHO_HEADS.match(question):
        return Kind.PERSON
    question = _IN_CHARGE.sub("", question)
    words = [word for word in _asked_words(question) if word in NOUN_KINDS]
    focus = terse_focus(question)
    if focus in NOUN_KINDS:
        words.append(focus)  # "Golden Dome prime contractor?"
    if not words:
        return None
    # The last noun heads the phrase ("Space Force general" asks for a general), and the
    # narrowest kind it names counts: a "journalist" is a writer, not any person.
    return min(NOUN_KINDS[words[-1]], key=lambda kind: _BREADTH[kind])


# Titles a person holds by appointment, with their abbreviations: a question asking for the
# holder of one ("Who is the CEO of…?") is answered only where the title is given. Role nouns
# ("leader", "commander", "official") describe; a general is a commander without being called one.
_STRICT_TITLES = {
    title: frozenset(forms.split())
    for title, forms in {
        "president": "president",
        "minister": "minister",
        "secretary": "secretary",
        "chancellor": "chancellor",
        "premier": "premier",
        "ceo": "ceo",
        "chairman": "chairman chair",
        "chairwoman": "chairwoman chair",
        "founder": "founder",
        "director": "director",
        "editor": "editor",
        "ambassador": "ambassador",
        "governor": "governor gov",
        "mayor": "mayor",
        "emperor": "emperor",
        "empress": "empress",
        "king": "king",
        "queen": "queen",
        "monarch": "monarch king queen emperor empress",
        "prince": "prince",
        "princess": "princess",
        "sultan": "sultan",
        "emir": "emir",
        "pope": "pope",
        "commissioner": "commissioner",
        "senator": "senator sen",
        "general": "general gen",
        "admiral": "admiral adm",
        "colonel": "colonel col",
        "lieutenant": "lieutenant lt",
        "captain": "captain capt",
        "spokesperson": "spokesperson spokesman spokeswoman",
        "spokesman": "spokesperson spokesman spokeswoman",
        "spokeswoman": "spokesperson spokesman spokeswoman",
    }.items()
}


# "Who is the head of X?" asks for whoever leads X, under any title that says so.
_HEAD_OF = re.compile(r"\b(?:head|chief|leader|boss)\s+of\b", re.IGNORECASE)
# "Who runs the Stimson Center?", "Who commands the Space Force?": its head, by any title.
_WHO_HEADS = re.compile(
    r"^\W*who(?:\s+is|\s+was|[’']s)?\s+"
    r"(?:runs|heads|leads|commands|chairs|directs|manages|running|heading|leading|commanding|chairing|directing)\b",
    re.IGNORECASE,
)
# "…officer in charge?": what is asked for comes before "in charge".
_IN_CHARGE = re.compile(r"\s+in\s+charge\b", re.IGNORECASE)
_TOP_TITLES = frozenset(
    """
    head heads chief leader leaders boss commander director president chairman chairwoman chair
    ceo minister secretary chancellor premier
    """.split()
)


def asked_title(question: str) -> frozenset[str]:
    """The forms of the title a question asks the holder of ("ceo" in "Who is the CEO of
    Hensoldt?"), or nothing when it asks for a role noun or no title."""
    if _HEAD_OF.search(question) or _WHO_HEADS.match(question):
        return _TOP_TITLES
    words = [word for word in _asked_words(question) if word in NOUN_KINDS]
    if not words or re.search(rf"\b{re.escape(words[-1])}s?\s+(?:that|who)\b", question, re.IGNORECASE):
        # "Who is the prime minister that talked with Trump?": the clause says who is meant,
        # and the title only describes them.
        return frozenset()
    return _STRICT_TITLES.get(words[-1], frozenset())


def gives_title(text: str, forms: frozenset[str], question: str = "") -> bool:
    """Whether `text` gives one of the title's `forms`, and not as a lesser title ("vice
    president") unless the question asks for that."""
    words = [_key(word) for word in _WORD.findall(text)]
    asked = {_key(word) for word in _WORD.findall(question)}
    return any(
        word in forms and (index == 0 or words[index - 1] not in _LESSER or words[index - 1] in asked)
        for index, word in enumerate(words)
    )


_LESSER = frozenset("vice deputy assistant associate acting former".split())


def asked_portfolio(question: str) -> str | None:
    """The portfolio of the title a question asks for: "defense" in "Who is Japan's defense
    minister?"."""
    words = [_key(word) for word in _asked_phrase(question)]
    for before, word in zip(words, words[1:], strict=False):
        if before in _PORTFOLIOS and word in _TITLES:
            return before
    return None


def asked_country(question: str) -> str | None:
    """The country whose person a question asks for: "Japan" in "Who is Japan's defense
    minister?"."""
    for word in _asked_phrase(question):
        owner = re.fullmatch(r"([\w.]+)(?:’s|'s)", word)
        if owner and is_country(owner.group(1)):
            return owner.group(1)
    return None


def _asked_phrase(question: str) -> list[str]:
    """The words, as written, of the phrase that says what is asked for."""
    named = _NAME_OF_PHRASE.search(question) or _OWNER_NAME.search(question)
    match = _ASKED_PHRASE.search(question)
    phrase = (
        named.group("named")
        if named
        else (match.group("which") or match.group("who") or match.group("request"))
        if match
        else ""
    )
    words: list[str] = []
    for word in phrase.split():
        if _key(word) in _PHRASE_END:
            break
        words.append(word)
    return words


def _country_key(country: str) -> str:
    return country_named(country)


def _asked_words(question: str) -> list[str]:
    """The words of the phrase that says what is asked for; a pair that is one noun ("think
    tank") stands in place of its second word."""
    words = [_key(word) for word in _asked_phrase(question)]
    pairs = ["", *("-".join(pair) for pair in zip(words, words[1:], strict=False))][: len(words)]
    return [pair if pair in NOUN_KINDS else word for word, pair in zip(words, pairs, strict=True)]


_WHO_WROTE = re.compile(
    r"^\W*who\s+(?:wrote|rote|authored|penned|has\s+written|had\s+written)\b", re.IGNORECASE
)

_ROLES = frozenset({Kind.MILITARY, Kind.GOVERNMENT, Kind.BUSINESS, Kind.SPOKESPERSON})
_BREADTH = {
    Kind.MILITARY: 0,
    Kind.GOVERNMENT: 0,
    Kind.BUSINESS: 0,
    Kind.SPOKESPERSON: 0,
    Kind.WRITER: 0,
    Kind.AUTHOR: 0,
    Kind.COMPANY: 0,
    Kind.MEDIA: 0,
    Kind.CRAFT: 0,
    Kind.PERSON: 1,
    Kind.ORGANISATION: 1,
    Kind.SPEAKER: 2,
}


class NameKinds:
    """The kinds of every name in a corpus, learnt from how the corpus introduces them."""

    def __init__(self) -> None:
        self._kinds: dict[str, set[Kind]] = defaultdict(set)
        self._countries: dict[str, set[str]] = defaultdict(set)  # whose official a person is

    def fit(self, sentences: list[str]) -> None:
        self._kinds = defaultdict(set)
        self._countries = defaultdict(set)
        for sentence in sentences:
            if is_title_case(sentence):
                continue  # a heading or caption capitalises every word: its runs aren't names
            units = _units(sentence)
            for key, kinds in _evidence(units):
                self._kinds[key] |= kinds
            for unit in units:
                if unit.country:
                    self._countries[_key(unit.words[-1])].add(_country_key(unit.country))

    def is_described(self, name: str) -> bool:
        """Whether the corpus says what `name` is (a person, an organisation…): then it is
        no city."""
        words = name.split()
        return bool(words) and bool(self._kinds.get(_key(words[-1])))

    def holds_name_of_kind(
        self,
        sentence: str,
        kind: Kind,
        is_asked: Callable[[str], bool],
        country: str | None = None,
        portfolio: str | None = None,
    ) -> bool:
        """Whether `sentence` holds a name of `kind` that the question doesn't (`is_asked` tells
        whether the question holds a word), and, when the question asks for a country's
        official ("Japan's defense minister"), not one the corpus gives another country. News
        prose says who or what a name is when it first uses it, so a name the corpus never
        describes is of no kind asked for. A question naming a title's portfolio ("the
        defense minister") is answered by a title only where the sentence gives that
        portfolio."""
        for unit in _units(sentence):
            if portfolio and unit.titled and not _gives_portfolio(sentence, portfolio, unit.title):
                continue
            head = _key(unit.words[-1])
            # "U.S. Space Force" is the question's own name when it says "the Space Force".
            if all(is_asked(_key(word)) or is_country(word) for word in unit.words):
                continue
            countries = self._countries.get(head, set())
            if country and countries and _country_key(country) not in countries:
                continue  # "U.S. President Donald Trump" is no Japanese minister
            bare_title = unit.titled and not unit.words[-1][:1].isupper()
            if bare_title and (kind is Kind.PERSON or kind in NOUN_KINDS.get(unit.title, ())):
                return True  # a bare title stands for its holder: "Japan’s Prime Minister"
            kinds = self._kinds.get(head, set())
            if kind in kinds or (Kind.SPEAKER in kinds and _BREADTH[kind] == 1):
                return True
            if kind in _ROLES and kinds & {Kind.PERSON, Kind.SPEAKER} and not kinds & _ROLES:
                return True  # a person whose role the corpus never says may hold any
            if kind is Kind.AUTHOR and kinds & {Kind.WRITER, Kind.MEDIA}:
                return True
        return False


def _gives_portfolio(sentence: str, portfolio: str, title: str) -> bool:
    return bool(re.search(rf"\b{portfolio}\W+(?:\w+\W+)?{title}\b", sentence, re.IGNORECASE))


@dataclass(frozen=True)
class _Unit:
    words: list[str]
    titled: bool  # written after a title: a person
    title: str  # the last word of that title ("gen" in "Lt. Gen. David Miller"), or ""
    before: str  # the sentence's text before the name's run of capitals, if it opens the run
    after: str  # the text after it, if it closes the run
    opens_sentence: bool  # a lone capitalised word that opens the sentence
    country: str = ""  # a country written before the title: "U.S." in "U.S. President Donald Trump"


def is_kind_word(word: str) -> bool:
    """Whether `word` names a kind or a title ("force", "group", "minister"): a common noun,
    though names are made of it."""
    key = _key(word)
    return key in NOUN_KINDS or key in _HEAD_KINDS or key in _TITLES


def is_title(word: str) -> bool:
    """Whether `word` is a title written before a name ("President", "Gen.")."""
    return _key(word) in _TITLES


def is_title_case(text: str) -> bool:
    """A heading or caption: a line without a full stop, most of whose words are capitalised."""
    words = _WORD.findall(text)
    unfinished = not text.rstrip().endswith((".", "!", "?", "”", '"'))
    return unfinished and len(words) > 2 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _key(word: str) -> str:
    return word.lower().strip(".,;:").removesuffix("’s").removesuffix("'s")


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _units(sentence: str) -> list[_Unit]:
    """The names in `sentence`. A title splits a run of capitals into the names before and after
    it ("U.S. Space Force Lt. Gen. David Miller"); after "Minister of", the capitals name a
    place, not the minister. "and" joins capitals into one name only after "of" or "for"
    ("Center for Strategic and International Studies", not "Reuters and Anna Berg")."""
    units: list[_Unit] = []
    for run in _NAME_RUN.finditer(sentence):
        words = run.group().split()
        initial = run.start() == 0 or sentence[: run.start()].rstrip().endswith(("“", '"', "—"))
        if initial and _key(words[0]) in _FUNCTION_WORDS | _PRONOUNS:
            words = words[1:]
        found: list[tuple[list[str], str]] = []  # each name, with the title before it
        current: list[str] = []
        title = ""
        joined = False
        for word in words:
            key = _key(word)
            if key in _TITLES or (key == "and" and not joined):
                if current:
                    found.append((current, title))
                elif title and key not in _TITLES:
                    found.append(([title], title))  # "the Prime Minister and the President"
                current, title = [], key if key in _TITLES else ""
            elif key in ("of", "for"):
                joined = True
                if not current and title:
                    found.append(([title], title))
                    title = ""  # "Minister of Norway": Norway is no minister
            elif word[:1].isupper() and key not in _SUFFIXES:
                current.append(word)
        if current:
            found.append((current, title))
        elif title:
            found.append(([title], title))  # a title without a name after it
        for index, (name, name_title) in enumerate(found):
            previous = " ".join(found[index - 1][0]) if index else ""
            country = previous if name_title and previous and is_country(previous) else ""
            before = sentence[: run.start()] if index == 0 else ""
            after = sentence[run.end() :] if index == len(found) - 1 else ""
            # A lone capital opening a sentence may be any word ("However"); it is a name only
            # when the corpus says so elsewhere, or when it speaks ("Lindqvist argued").
            opens = initial and index == 0 and len(name) == 1
            units.append(_Unit(name, bool(name_title), name_title, before, after, opens, country))
    return units


def _evidence(units: list[_Unit]) -> list[tuple[str, frozenset[Kind]]]:
    found = []
    for unit in units:
        head = _key(unit.words[-1])
        if unit.titled:
            found.append((head, NOUN_KINDS.get(unit.title, frozenset()) | {Kind.PERSON}))
        elif unit.opens_sentence:
            if _speaks(unit.after):
                found.append((head, frozenset({Kind.SPEAKER})))
        elif head in _HEAD_KINDS:
            found.append((head, _HEAD_KINDS[head]))
        else:
            kinds = _described_as(unit.before, unit.after)
            if kinds:
                found.append((head, kinds))
    return found


def _speaks(after: str) -> bool:
    following = _WORD.findall(after)[:1]
    return bool(following) and following[0].lower() in _SPEECH_VERBS and not after.lstrip().startswith(",")


def _described_as(before: str, after: str) -> frozenset[Kind]:
    """The kinds the words around a name give it: the noun right before it ("the financial
    publication Nikkei"), the word right after it ("National Defense magazine"), an appositive
    ("the Stimson Center, a nonpartisan think-tank in Washington,"), or a verb of speech after it
    ("Ishiba reiterated")."""
    preceding = [w.lower() for w in _WORD.findall(before)[-1:]]
    following = [w.lower() for w in _WORD.findall(after)]
    described = preceding + following[:1]
    if after.lstrip().startswith(","):
        # An appositive starts with a determiner or a describing noun: "…, a nonpartisan
        # think-tank", "…, vice president of…"; not "…, would involve a network".
        appositive = [w.lower() for w in _WORD.findall(after.split(",")[1])[:6]]
        if appositive[:1] and (appositive[0] in _DETERMINERS or any(w in NOUN_KINDS for w in appositive[:2])):
            described += appositive
    kinds = frozenset(kind for word in described for kind in NOUN_KINDS.get(word, ()))
    if not kinds and _speaks(after):
        return frozenset({Kind.SPEAKER})
    return kinds
