"""Idioms read as the plain words they mean: language rules, no document."""

import pytest

from citeqa.answer.idioms import in_plain_words


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("Could Oslo use it as a bargaining chip?", "Could Oslo use it as a leverage?"),
        ("Who is in charge of building it?", "Who is responsible for building it?"),
        ("What's the price tag?", "What's the cost?"),
        ("When will it be up and running?", "When will it be operational?"),
        ("did she spill the tea on the call", "did she give details on the call"),
        ("Why did they buy it in the first place?", "Why did they buy it?"),
        ("What is the last day for sending bids?", "What is the deadline for sending bids?"),
        ("When was their first face-to-face meeting?", "When was their first meeting?"),
        ("Did the later moves undercut the pledge?", "Did the later moves cast doubt on the pledge?"),
        ("a mutually beneficial deal", "a win-win deal"),
        ("how much will the bridge set the taxpayers back?", "how much will the bridge cost?"),
        ("Did it set back the talks?", "Did it set back the talks?"),
        ("Which paper said Oslo might back the bridge?", "Which paper said Oslo might support the bridge?"),
        ("Will Oslo get behind the plan?", "Will Oslo support the plan?"),
        ("Can they get back on track?", "Can they get back on track?"),
        ("Would Oslo back down?", "Would Oslo back down?"),
        ("Has the push shifted at all?", "Has the push changed at all?"),
        ("when did berg become prime minister", "when did berg prime minister who assumed office"),
    ],
)
def test_an_idiom_is_read_as_its_plain_words(question: str, plain: str) -> None:
    assert in_plain_words(question) == plain


def test_words_of_an_idiom_alone_are_left_alone() -> None:
    question = "Which chip maker set the price of the tags?"
    assert in_plain_words(question) == question


def test_more_idioms_of_detail_and_investment() -> None:
    assert (
        in_plain_words("Did the PM spell out what they discussed?")
        == "Did the PM detail what they discussed?"
    )
    assert in_plain_words("Oslo wants to put money into America") == "Oslo wants to investing in America"


def test_a_system_ready_by_a_date_is_operational() -> None:
    assert (
        in_plain_words("when is the shield supposed to be ready")
        == "when is the shield supposed to be operational"
    )
    assert in_plain_words("shield ready by what year?") == "shield operational by what year?"
    # Readiness of a person is no operation.
    assert in_plain_words("Are you ready to answer?") == "Are you ready to answer?"


def test_a_system_that_will_be_working_by_a_date_is_operational() -> None:
    assert in_plain_words("By which year will the shield be working?") == (
        "By which year will the shield be operational?"
    )
    assert in_plain_words("will it be fully functional by 2029") == "will it be operational by 2029"
    # People at work are not in operation.
    assert in_plain_words("will they be working together on it?") == "will they be working together on it?"


def test_a_head_of_government_taking_up_a_post_is_a_prime_minister_taking_office() -> None:
    assert in_plain_words("When did the head of government take up his post?") == (
        "When did the prime minister take office?"
    )


def test_a_communique_or_declaration_is_a_statement() -> None:
    assert in_plain_words("What did the joint communiqué stress?") == "What did the joint statement stress?"
    assert in_plain_words("the leaders' declaration") == "the leaders' statement"


def test_what_the_text_names_or_lists_is_what_it_mentions_and_no_appointment() -> None:
    assert in_plain_words("which hostile neighbours are named") == "which hostile neighbours are mentioned"
    assert in_plain_words("Which threats does the piece list?") == "Which threats does the piece mention?"
    assert in_plain_words("Who was named ambassador?") == "Who was named ambassador?"


@pytest.mark.parametrize(
    "question",
    [
        "Did the later moves make people question the pledge?",
        "Did the later moves call the whole pledge into question?",
        "Did the later moves raise doubts about the pledge?",
        "Did the later moves put the pledge in question?",
        "what made people start doubting the pledge?",
    ],
)
def test_making_people_question_a_pledge_is_casting_doubt_on_it(question: str) -> None:
    assert "cast doubt on" in in_plain_words(question)
    assert "question the" not in in_plain_words(question)


def test_what_is_called_into_question_stays_in_the_question() -> None:
    assert in_plain_words("Did the moves call the whole pledge into question?") == (
        "Did the moves cast doubt on the whole pledge?"
    )


def test_an_idiom_the_documents_use_themselves_stays() -> None:
    corpus = "the later moves undercut the pledge, the minister said."
    assert in_plain_words("Did the later moves undercut the pledge?", corpus) == (
        "Did the later moves undercut the pledge?"
    )
    assert in_plain_words("What's the price tag?", corpus) == "What's the cost?"


@pytest.mark.parametrize(
    "question",
    [
        "what is the sky shield copied from",
        "what was the shield modelled on?",
        "which system was it based off of",
        "wat did they copy the sky shield off of lol",
    ],
)
def test_a_system_copied_or_modelled_on_another_is_inspired_by_it(question: str) -> None:
    assert "inspired by" in in_plain_words(question)


def test_based_on_stays_for_it_says_where_a_claim_comes_from() -> None:
    assert in_plain_words("what is the figure based on?") == "what is the figure based on?"
