"""Sentence splitting keeps exact offsets and knows abbreviations, quotes and headings."""

from citeqa.passages import build_passages, split_sentences

from .conftest import SEED_FILE


def test_every_sentence_is_the_text_at_its_offsets() -> None:
    """The citation invariant starts here: text[start:end] is the sentence, for the whole seed."""
    text = SEED_FILE.read_text(encoding="utf-8")
    sentences = split_sentences(text)
    assert len(sentences) > 25
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = (
        "U.S. Space Force Lt. Gen. David N. Miller Jr. stated it during a visit. "
        "The U.S. and Japan agreed. Then Mr. Smith left at 5 p.m. on Friday."
    )
    assert [s.text for s in split_sentences(text)] == [
        "U.S. Space Force Lt. Gen. David N. Miller Jr. stated it during a visit.",
        "The U.S. and Japan agreed.",
        "Then Mr. Smith left at 5 p.m. on Friday.",
    ]


def test_a_dotted_acronym_ends_a_sentence_before_a_sentence_starter() -> None:
    sentences = split_sentences("Troops returned to the U.S. The move surprised many.")
    assert [s.text for s in sentences] == ["Troops returned to the U.S.", "The move surprised many."]


def test_curly_quotes_close_the_sentence_they_end() -> None:
    text = "He said “we agree.” “It is done,” she replied. Nothing followed!"
    assert [s.text for s in split_sentences(text)] == [
        "He said “we agree.”",
        "“It is done,” she replied.",
        "Nothing followed!",
    ]


def test_lines_without_a_full_stop_are_headings() -> None:
    text = "What Japan has to offer\n\nJapan spends more. It buys radars.\n\n## Costs\n\nIt costs $6 billion."
    sentences = split_sentences(text)
    headings = [s.text for s in sentences if s.is_heading]
    assert headings == ["What Japan has to offer", "Costs"]
    assert [s.text for s in sentences if not s.is_heading] == [
        "Japan spends more.",
        "It buys radars.",
        "It costs $6 billion.",
    ]


def test_passages_carry_their_section_context_and_heading() -> None:
    """The judged context crosses paragraphs (news paragraphs are often one sentence that leans
    on the one before) but not headings; the embedded `previous` sentence stays in the paragraph."""
    text = "Offer\n\nThe system is new. It will cost a lot. It works.\n\nIt is late.\n\nNext\n\nOther news."
    passages = build_passages("d", "s.txt", text)
    by_text = {p.text: p for p in passages}
    assert by_text["It works."].context == "The system is new. It will cost a lot."
    assert by_text["It works."].previous == "It will cost a lot."
    assert by_text["It works."].heading == "Offer"
    assert by_text["It is late."].context == "It will cost a lot. It works."
    assert by_text["It is late."].previous == ""
    assert by_text["Other news."].context == ""  # a heading starts a new section
    assert by_text["Other news."].heading == "Next"
    assert by_text["Offer"].is_heading
