"""Who a sentence says is speaking, for questions like "What did X say…" and "How did X react…".

The speaker must be the one a sentence attributes the words to, not just a name in it.
"""

from __future__ import annotations

import re

from citeqa.answer.countries import countries_of, country_named, is_country, is_nationality, same_country
from citeqa.answer.kinds import is_title
from citeqa.answer.questions import STOPWORDS, QuestionShape, is_typo_of, name_key, same_family

_SPEECH = re.compile(
    # A quotation of five words or more (not a quoted term like “Golden Dome”), or a verb of speech.
    r"[“\"][^”\"]*?(?:[^\s”\"]+\s+){4}[^”\"]*[”\"]|\b(said|says|stated|states|noted|told|added|argued|suggested|reiterated|warned|announced|wrote|"
    r"responded|replied|reacted|claimed|emphasi[sz]ed|expressed|expressing|commented|described|called|statement|according\s+to)\b",
    re.IGNORECASE,
)


def speaker_words(shape: QuestionShape) -> list[str]:
    """The names that identify the speaker a speech question asks about."""
    if shape.speaker is None:
        return []
    # "the joint US-Japan statement" is spoken by both: a compound of names is each name.
    words = [part for word in re.findall(r"[A-Za-z][\w’'.-]*", shape.speaker) for part in word.split("-")]
    # "US" in capitals is a name, not the pronoun.
    # "Japan's leader" speaks for Japan: the possessive is no part of the name.
    return [
        re.sub(r"[’']s$", "", w.rstrip("."))
        for w in words
        if w and w[0].isupper() and (w.lower() not in STOPWORDS or (w.isupper() and len(w) > 1))
    ]


def reports_speech(sentence: str, context: str, shape: QuestionShape, earlier: str = "") -> bool:
    """Whether the sentence reports something the asked-about speaker said.

    The speaker must be the one the sentence attributes the words to, not just a name in it:
    in "Following his call with Trump, Ishiba reiterated…" Ishiba speaks, not Trump. A sentence
    that names no one ("He added…", a bare quote) takes its speaker from the context (the
    sentence before). A sentence inside a quotation that an earlier sentence opened (`earlier`:
    the sentences before it) is spoken by whoever that sentence attributes the quotation to.
    """
    names = speaker_words(shape)
    if not names:
        return True  # "what did they say": nothing to check the speaker against
    # "Japanese defense minister Gen Nakatani": the person's own name says who speaks; the
    # nationality and the title only describe them.
    own = [n for n in names if not (_names_a_country(n) or _is_title(n))]
    if own and len(own) < len(names):
        names = own
    opened_by = quotation_opened_by(earlier)
    if opened_by is not None:
        return _is_speaker(names, attributed_speakers(opened_by)) or _speaks_for(names, opened_by)
    if not _SPEECH.search(sentence):
        return False
    speakers = attributed_speakers(sentence)
    if not speakers:
        # "…, the two leaders released a statement": the speakers are named around it, perhaps
        # as their country ("Japan’s" for "the Japanese leaders"); every one the question names.
        return _names_all(names, f"{context} {sentence}")
    quotation = _QUOTATION.search(sentence)
    return (
        _is_speaker(names, speakers)
        or (quotation is not None and _speaks_for(names, sentence[: quotation.start()]))
        # "What did the American general say…?" of "…,” U.S. Space Force Gen. Miller stated.":
        # the speaker's own name says whom they speak for.
        or _speaks_for(names, " ".join(speakers))
    )


def _names_a_country(word: str) -> bool:
    return is_country(word) or is_nationality(word) or bool(same_country(word))


def _speaks_for(names: list[str], introduction: str) -> bool:
    """ "How does Japan argue…?", "What did the Japanese leader say…?": a country speaks through
    whoever the words introducing a quotation name as speaking for it ("Ishiba reiterated
    Japan’s stance: “…"). The country must be named outside the quotation, which may mention
    any country."""
    # "the Japanese PM" speaks for Japan: the title only says in what role.
    countries = [n for n in names if not _is_title(n)]
    if not countries or not all(_names_a_country(n) for n in countries):
        return False
    return _names_all(countries, _QUOTED.sub(" ", introduction))


# Titles readers write as initials: "the Japanese PM".
_TITLE_INITIALS = frozenset({"PM", "FM", "VP"})


def _is_title(word: str) -> bool:
    return is_title(word) or word in _TITLE_INITIALS


# The opening of a quotation of five words or more: a quoted term (“Golden Dome”) is none.
_QUOTATION = re.compile(r"[“\"](?:[^\s”\"]+\s+){4}")


# Verbs that say how someone put a thing: "Did Miller call the partnerships abiding?"
_NAMING_VERB = re.compile(
    r"(?:call|describe|characteri[sz]e|label|term|dub)(?:s|ed|d|bed|ing)?", re.IGNORECASE
)


def calls_it_in_quotation(verb: str | None, sentence: str) -> bool:
    """Whether `sentence` quotes someone's words, which is the act when a yes/no question asks
    whether they called or described something so."""
    return verb is not None and bool(_NAMING_VERB.fullmatch(verb)) and bool(_QUOTATION.search(sentence))


def _names_all(names: list[str], text: str) -> bool:
    words = {name_key(w) for w in re.findall(r"[\w’'.-]+", text)}
    words |= {country_named(word) for word in words}  # "U.S." names the United States

    sequence = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    initials = {
        "".join(w[0] for w in sequence[i : i + size]) for size in (2, 3, 4) for i in range(len(sequence))
    }

    def named(name: str) -> bool:
        # "Tokyo" speaks for Japan, and "Japanese" names it too.
        keys = {name_key(name)} | countries_of(name) | same_country(name)
        if name.isupper() and 2 <= len(name) <= 4 and name.lower() in initials:
            return True  # "VP" for "vice president"
        return any(key in words or any(same_family(key, w) for w in words) for key in keys)

    return all(named(name) for name in names)


def _is_speaker(names: list[str], speakers: list[str]) -> bool:
    """Whether one of the asked names is one of the speakers' names, allowing the commonest
    typos ("Isihba" or "Ishida" for "Ishiba")."""
    spoken = {name_key(w) for s in speakers for w in s.split()}
    return any(name_key(n) in spoken or any(is_typo_of(name_key(n), word) for word in spoken) for n in names)


def quotation_opened_by(earlier: str) -> str | None:
    """When `earlier` ends inside a quotation (news quotes run on over several sentences), the
    sentence that opened it, up to the opening mark; else None."""
    opening = earlier.rfind("“")
    if opening < 0 or earlier.rfind("”") > opening:
        return None
    before = earlier[:opening]
    # The opening sentence starts after the last full stop followed by a capital, if any.
    starts = [m.end() for m in re.finditer(r"[.?!][”\"’]?\s+(?=[A-Z“])", before)]
    return before[starts[-1] if starts else 0 :]


# An opening phrase before the main clause ("Following his call with Trump, …", "After the
# meeting, …"): its names are not the clause's subject.
_OPENING_PHRASE = re.compile(
    r"^\W*(following|after|before|while|when|as|in|on|during|speaking|although|though|despite|since|at|from|"
    r"with|without|amid|given|according to)\b[^,]*,\s*",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|whose)\b[^,]*")
# ", vice president at the Aerospace Industries Association,": not a clause (", and Y,").
_APPOSITIVE = re.compile(r",\s+(?!(?:and|or|but|who|which|whose|where|when|while)\b)([a-z][^,]*),")
_SPEECH_VERB_THEN = re.compile(
    r"\b(said|says|stated|states|noted|told|added|argued|wrote)\s+((?:\S+\s+){0,5}\S+)",
    re.IGNORECASE,
)


def attributed_speakers(sentence: str) -> list[str]:
    """Who a sentence says is speaking: the subject of its main clause (the first name outside
    quotations, after any opening phrase), and names right after "said"; or, when the sentence
    gives its source ("…, according to the Nikkei report"), that source alone."""
    plain = _QUOTED.sub(" ", sentence)
    sources = [
        # "According to a report in the financial publication Nikkei, …": the source is named
        # anywhere before the comma.
        run
        for match in re.finditer(r"\baccording\s+to\s+", plain, re.IGNORECASE)
        for run in _name_runs(plain[match.end() :].split(",")[0])
    ]
    if sources:
        return sources
    # A relative clause (", who assumed office in September,") holds no subject of the
    # sentence, and an opening phrase may run on past it (", and U.S. President Donald Trump,").
    main_clause = _OPENING_PHRASE.sub("", _RELATIVE_CLAUSE.sub("", plain), count=1)
    main_clause = re.sub(r"^\s*(?:and|or)\b[^,]*,\s*", "", main_clause)
    # An owner ("Trump’s project") is no subject.
    speakers = [run for run in _name_runs(main_clause) if not run.endswith(("’s", "'s"))][:1]
    if speakers and len(main_clause[: main_clause.find(speakers[0])].split()) > 3:
        # The subject opens the main clause: a name deep in it ("…their commitment to a new
        # era of U.S.-Japan relations") is an object, and a clause led by "the two leaders"
        # names its speakers around it.
        speakers = []
    if speakers:
        # "Steve Tomaszewski, vice president at the Aerospace Industries Association, said…":
        # the appositive says whom the subject speaks for.
        after = main_clause[main_clause.find(speakers[0]) + len(speakers[0]) :]
        appositive = _APPOSITIVE.match(after)
        if appositive:
            speakers += _name_runs(appositive.group(1))
    for match in _SPEECH_VERB_THEN.finditer(plain):
        speakers += _name_runs(match.group(2))[:1]
    return speakers


def _name_runs(text: str) -> list[str]:
    """Runs of capitalised words ("U.S. Space Force Lt. Gen. David N. Miller Jr."), leaving out
    capitalised function words ("The", "According")."""
    runs: list[list[str]] = [[]]
    for word in re.findall(r"[\w’'.-]+", text):
        if word[:1].isupper() and word.lower().rstrip(".") not in STOPWORDS | {"according"}:
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    return [" ".join(run) for run in runs if run]


def may_name_its_speaker_before(sentence: str) -> bool:
    """Whether a sentence may leave its speaker to the sentences before: a quotation or the
    end of one, or a sentence that reports speech without naming who ("He added…", "The
    statement said…"). A sentence of other facts gives its own names."""
    return sentence.lstrip().startswith(("“", '"', "‘")) or bool(_SPEECH_WORD.search(sentence))


_SPEECH_WORD = re.compile(
    r"[“”\"]|\b(?:said|says|stated|noted|told|added|argued|suggested|reiterated|warned|announced|wrote|"
    r"statement|emphasi[sz]ed|according)\b",
    re.IGNORECASE,
)
