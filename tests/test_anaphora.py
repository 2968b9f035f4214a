"""What a sentence points back to: language rules, no document."""

from citeqa.answer.anaphora import antecedents_start, points_back
from citeqa.passages import build_passages

TEXT = (
    "Polar plans\n\nAccording to the Fjord Post, Norway is exploring support for the “Polar Shield” "
    "project. This ambitious radar network would involve radars and interceptors. The king has "
    "stated that this network, estimated to cost billions, will be operational by 2031.\n\n"
    "The ministers met in May and released a statement. The statement emphasized fishing and energy. "
    "Herring catches fell by a third."
)


def _passage(opening: str):  # type: ignore[no-untyped-def]
    return next(p for p in build_passages("doc", "polar.txt", TEXT) if p.text.startswith(opening))


def test_a_demonstrative_or_definite_noun_that_repeats_a_noun_before_points_back() -> None:
    assert points_back("This ambitious network would involve radars.", "Norway backs Polar Shield.")
    assert points_back("The king said that this network will work.", "This radar network involves radars.")
    assert points_back("The statement emphasized fishing.", "The ministers released a statement.")
    assert not points_back("The king said the radars will work.", "Norway backs Polar Shield.")
    assert not points_back("Herring catches fell by a third.", "The statement emphasized fishing.")


def test_a_chain_of_sentences_pointing_back_reaches_the_one_that_names_the_subject() -> None:
    king = _passage("The king has stated")
    start = antecedents_start(king)
    assert start >= 0
    assert king.judged_text[start:].startswith("According to the Fjord Post")
    statement = _passage("The statement emphasized")
    assert statement.judged_text[antecedents_start(statement) :].startswith("The ministers met")
    assert antecedents_start(_passage("Herring catches")) == -1


def test_a_demonstrative_object_mentions_the_thing_without_being_about_it() -> None:
    before = "Norway urged Sweden to cut tariffs, including a 20% tariff on salmon."
    assert not points_back("Sweden asked for offers in talks concerning these tariffs by May 9.", before)
    assert points_back("Sweden said that these tariffs will stay.", before)


def test_a_sentence_opening_its_paragraph_by_pointing_back_is_read_with_what_it_points_to() -> None:
    from citeqa.answer.anaphora import sentence_before, with_antecedent

    text = (
        "The ministers met in May and released a statement on their plans.\n\n"
        "The statement emphasized fishing, energy, and space.\n\n"
        "Herring catches fell by a third. Prices rose."
    )
    passages = {p.text: p for p in build_passages("doc", "memo.txt", text)}
    statement = passages["The statement emphasized fishing, energy, and space."]
    assert with_antecedent(statement) == (
        "The ministers met in May and released a statement on their plans. " + statement.text
    )
    # A paragraph's first sentence that points back to nothing is read alone, and a later
    # sentence with the one before it in its paragraph.
    assert with_antecedent(passages["Herring catches fell by a third."]) == "Herring catches fell by a third."
    assert with_antecedent(passages["Prices rose."]) == "Herring catches fell by a third. Prices rose."
    assert sentence_before(statement).startswith("The ministers met")
    assert sentence_before(passages["Herring catches fell by a third."]) == ""


def test_a_sentence_opening_with_a_description_describes_the_last_name_before_it() -> None:
    from citeqa.answer.anaphora import descriptions

    found = descriptions(
        [
            "Norway is “exploring support” for the German “Sky Shield” project.",
            "This ambitious air defense system, inspired by Iron Dome, would involve radars.",
            "Oslo said so in March.",
            "It was a surprise.",
        ]
    )
    assert found == {"Sky Shield": "ambitious air defense system"}
