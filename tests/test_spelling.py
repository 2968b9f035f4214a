"""Common words a reader misspelt: language rules, no document."""

import pytest

from citeqa.answer.spelling import common_word_for


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("coments", "comments"),  # not "moments": a typo seldom changes the first letter
        ("titel", "title"),
        ("announcment", "announcement"),
        ("secretery", "secretary"),
        ("discused", "discussed"),
    ],
)
def test_a_misspelt_common_word_is_the_commonest_word_one_edit_away(typed: str, meant: str) -> None:
    assert common_word_for(typed) == meant


def test_a_word_or_a_string_near_no_word_is_left_alone() -> None:
    assert common_word_for("comments") is None
    assert common_word_for("tomaszewskis") is None
