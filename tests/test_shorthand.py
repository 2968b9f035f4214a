"""Shorthand readers type, written out: language rules, no document."""

import pytest

from citeqa.answer.shorthand import spell_out_shorthand

# The lowercase words of an invented corpus that names Norway and Sweden, not Grenada.
VOCABULARY = frozenset("norway sweden the radar budget fiscal year".split())


@pytest.mark.parametrize(
    ("question", "written_out"),
    [
        ("NO def budget rank after Dec '22?", "NO defense budget rank after December 2022?"),
        ("Feb summit joint stmt?", "February summit joint statement?"),
        ("radar target yr per POTUS?", "radar target year per the president?"),
        ("first launch — target FY?", "first launch — target fiscal year?"),
        ("radar IOC target?", "radar initial operational capability target?"),
        ("biggest buildup since ww2", "biggest buildup since World War II"),
        ("what kind of org is it", "what kind of organization is it"),
        ("who met w/ the king", "who met with the king"),
        ("SE budget in '98", "Sweden budget in 1998"),
        ("date of the 2nd summit", "date of the second summit"),
        ("3rd largest budget?", "third largest budget?"),
        # A day of a month stays a day: prose writes it in digits.
        ("was it May 2nd or the 4th of June?", "was it May 2nd or the 4th of June?"),
    ],
)
def test_shorthand_is_written_out(question: str, written_out: str) -> None:
    assert spell_out_shorthand(question, VOCABULARY) == written_out


def test_a_country_code_is_read_only_for_a_country_the_corpus_names() -> None:
    # "GD" is Grenada's code, "NO" and "IN" are words: none is read as a country here.
    assert spell_out_shorthand("GD launch date?", VOCABULARY) == "GD launch date?"
    assert spell_out_shorthand("Is the radar IN service?", VOCABULARY) == "Is the radar IN service?"
    # A question typed all in capitals has no codes to tell apart.
    assert spell_out_shorthand("WHAT SE BUDGET?", VOCABULARY) == "WHAT SE BUDGET?"


def test_capitals_are_a_name_not_shorthand_for_a_word() -> None:
    assert spell_out_shorthand("Which ORG ran the EST test?", VOCABULARY) == "Which ORG ran the EST test?"
    assert spell_out_shorthand("est. cost of the radar?", VOCABULARY) == "estimated. cost of the radar?"


@pytest.mark.parametrize(
    ("question", "written_out"),
    [
        ("about $3bn?", "about $3 billion?"),
        ("like 6 bil?", "like 6 billion?"),
        ("a $2tn shield", "a $2 trillion shield"),
        ("$5m for radars", "$5 million for radars"),
        # Without a dollar sign, "m" may be metres.
        ("a 5m mast", "a 5m mast"),
        ("Qty of radars?", "quantity of radars?"),
    ],
)
def test_a_shortened_scale_or_word_is_written_out(question: str, written_out: str) -> None:
    assert spell_out_shorthand(question, VOCABULARY) == written_out


def test_shorthand_is_no_misspelling_of_another_word() -> None:
    from citeqa.answer.shorthand import is_shorthand

    assert is_shorthand("econ") and is_shorthand("FY") and is_shorthand("2nd")
    assert not is_shorthand("second")
