"""A name's kind (person, organisation, company, publication) as a corpus introduces it, and the
kind a question asks for: language rules, checked on invented text."""

import pytest

from citeqa.answer.kinds import Kind, NameKinds, asked_kind

CORPUS = [
    "The Prime Minister of Norway met Chancellor Olaf Scholz in Berlin on Monday.",
    "According to the business daily paper Handelsblatt, Berlin will buy ten radars.",
    "The radars will be built by Hensoldt, a defense contractor based in Taufkirchen.",
    "Anna Berg, a reporter at Reuters, first wrote about the deal.",
    "Engineers at the Fraunhofer Institute tested the design.",
    "Scholz said the purchase would protect the country.",
    "Lindqvist argued that the price was too high.",
    "Photo Of Chancellor Scholz With Soldiers In Munster",
]


def kinds() -> NameKinds:
    found = NameKinds()
    found.fit(CORPUS)
    return found


def asked_in(question: str):  # noqa: ANN201
    words = {w.lower().strip("?").removesuffix("’s") for w in question.split()}
    return lambda word: word in words


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Which company will build the radars?", Kind.COMPANY),
        ("Which German firms supply the parts?", Kind.COMPANY),
        ("Which newspaper reported the deal?", Kind.MEDIA),
        ("Which journalist first wrote about it?", Kind.WRITER),
        ("Who are the authors of the study?", Kind.WRITER),
        ("Who is the defense minister of Norway?", Kind.GOVERNMENT),
        ("Which official signed it?", Kind.PERSON),
        ("Which research institute tested it?", Kind.ORGANISATION),
        ("At which think tank's event did he speak?", Kind.ORGANISATION),
        ("Which country will buy the radars?", None),
        ("What did the minister say?", None),
        ("Who said the purchase would protect the country?", None),
        ("Which Space Force general said it?", Kind.MILITARY),  # the last noun heads the phrase
        ("What command does the general lead?", Kind.ORGANISATION),
        ("Who wrote the Handelsblatt story?", Kind.AUTHOR),
    ],
)
def test_the_kind_a_question_asks_for_is_the_narrowest_its_noun_names(
    question: str, kind: Kind | None
) -> None:
    assert asked_kind(question) is kind


def test_a_name_is_of_the_kind_its_title_head_word_or_describing_noun_says() -> None:
    found = kinds()
    sentence = "Berlin ordered radars from Hensoldt after Handelsblatt and Anna Berg reported on Scholz."
    no_question = asked_in("")
    assert found.holds_name_of_kind(sentence, Kind.COMPANY, no_question)  # "a defense contractor"
    assert found.holds_name_of_kind(sentence, Kind.MEDIA, no_question)  # "the … paper Handelsblatt"
    assert found.holds_name_of_kind(sentence, Kind.WRITER, no_question)  # "Anna Berg, a reporter"
    assert found.holds_name_of_kind("Scholz spoke.", Kind.PERSON, no_question)  # "Chancellor Olaf Scholz"
    assert found.holds_name_of_kind(
        "It was tested at the Fraunhofer Institute.", Kind.ORGANISATION, no_question
    )


def test_a_name_of_another_kind_or_of_none_does_not_answer() -> None:
    found = kinds()
    no_question = asked_in("")
    # A city, a chancellor and a newspaper are no company; a publication is no writer.
    sentence = "In Berlin, Scholz read Handelsblatt."
    assert not found.holds_name_of_kind(sentence, Kind.COMPANY, no_question)
    assert not found.holds_name_of_kind(sentence, Kind.WRITER, no_question)
    # Someone who only ever argues is a speaker: a person or a body, but no company.
    assert found.holds_name_of_kind("Lindqvist disagreed.", Kind.PERSON, no_question)
    assert not found.holds_name_of_kind("Lindqvist disagreed.", Kind.COMPANY, no_question)
    # A name the question already holds answers nothing, and a caption's capitals are no names.
    assert not found.holds_name_of_kind(sentence, Kind.PERSON, asked_in("What did Scholz read?"))
    assert not found.holds_name_of_kind("The soldiers waited in Munster.", Kind.PERSON, no_question)


def test_a_bare_title_stands_for_the_person_who_holds_it() -> None:
    found = kinds()
    sentence = "After the talks, the Prime Minister of Norway thanked the hosts."
    assert found.holds_name_of_kind(sentence, Kind.PERSON, asked_in("Which leader thanked the hosts?"))
    assert not found.holds_name_of_kind(sentence, Kind.PERSON, asked_in("Who is the prime minister?"))
    assert not found.holds_name_of_kind(sentence, Kind.COMPANY, asked_in("Which company thanked the hosts?"))


def test_a_name_is_the_question_s_own_only_when_all_its_words_are() -> None:
    found = NameKinds()
    found.fit(["The radar was built by the U.S. Space Force, officials said."])
    found.fit(["Officers of the U.S. Space Force Command met."])
    sentence = "The U.S. Space Force Command is building the shield."
    # "armed forces" is not the name "Space Force Command"; "the Space Force Command" is.
    assert found.holds_name_of_kind(
        sentence, Kind.ORGANISATION, asked_in("Which branch of the armed forces builds it?")
    )
    assert not found.holds_name_of_kind(
        sentence, Kind.ORGANISATION, asked_in("Which agency does the Space Force Command work with?")
    )


def test_who_wrote_is_answered_by_a_writer_or_the_paper_that_did() -> None:
    found = kinds()
    question = asked_in("Who wrote that Berlin will buy radars?")
    assert found.holds_name_of_kind("Handelsblatt wrote that Berlin will buy radars.", Kind.AUTHOR, question)
    assert found.holds_name_of_kind("Anna Berg wrote that Berlin will buy radars.", Kind.AUTHOR, question)
    assert not found.holds_name_of_kind("Scholz said Berlin will buy radars.", Kind.AUTHOR, question)


def test_a_question_naming_a_role_wants_a_person_of_that_role_or_of_an_unknown_one() -> None:
    found = NameKinds()
    found.fit(
        [
            "The plan was praised by U.S. President Donald Trump.",
            "Lt. Gen. David Miller visited the base.",
            "Jane Roe, vice president of sales at Acme Industries, spoke at the fair.",
            "Ishiba reiterated his stance.",
        ]
    )
    no_question = asked_in("")
    assert found.holds_name_of_kind("Miller agreed.", Kind.MILITARY, no_question)
    assert not found.holds_name_of_kind("Trump agreed.", Kind.MILITARY, no_question)  # a president
    assert not found.holds_name_of_kind("Trump agreed.", Kind.SPOKESPERSON, no_question)
    assert found.holds_name_of_kind("Trump agreed.", Kind.GOVERNMENT, no_question)
    assert found.holds_name_of_kind("Roe agreed.", Kind.BUSINESS, no_question)  # "vice president of sales"
    assert not found.holds_name_of_kind("Roe agreed.", Kind.MILITARY, no_question)
    # The corpus never says what Ishiba is: any role may be his.
    assert found.holds_name_of_kind("Ishiba agreed.", Kind.GOVERNMENT, no_question)


def test_a_bare_title_answers_a_question_for_its_role() -> None:
    found = kinds()
    sentence = "After the talks, the Prime Minister of Norway thanked the hosts."
    assert found.holds_name_of_kind(
        sentence, Kind.GOVERNMENT, asked_in("Which politician thanked the hosts?")
    )
    assert not found.holds_name_of_kind(
        sentence, Kind.MILITARY, asked_in("Which commander thanked the hosts?")
    )


def test_a_country_s_official_is_not_one_the_corpus_gives_another_country() -> None:
    from citeqa.answer.kinds import asked_country

    found = NameKinds()
    found.fit(["The plan was praised by U.S. President Donald Trump.", "Ishiba reiterated his stance."])
    question = "Who is Japan's defense minister?"
    assert asked_country(question) == "Japan"
    assert (
        asked_country("Which leader did Japan's prime minister meet?") is None
    )  # Japan's PM is not asked for
    asked = asked_in(question)
    assert not found.holds_name_of_kind("Trump agreed.", Kind.GOVERNMENT, asked, "Japan")
    assert found.holds_name_of_kind("Trump agreed.", Kind.GOVERNMENT, asked, "United States")
    assert found.holds_name_of_kind("Ishiba agreed.", Kind.GOVERNMENT, asked, "Japan")  # no country given


def test_a_title_s_portfolio_tells_one_minister_from_another() -> None:
    from citeqa.answer.kinds import asked_portfolio

    found = NameKinds()
    found.fit(["Defence Minister Ola Dahl visited the base.", "Prime Minister Jonas Gahr Store spoke."])
    question = "whos norway's defence minister rn"
    assert asked_kind(question) is Kind.GOVERNMENT  # "whos" is "who is"
    assert asked_portfolio(question) == "defence"
    assert asked_portfolio("Who is Norway's prime minister?") is None
    asked = asked_in(question)
    assert not found.holds_name_of_kind(
        "After the talks, Norway's Prime Minister thanked the hosts.", Kind.GOVERNMENT, asked, None, "defence"
    )
    assert not found.holds_name_of_kind(
        "Prime Minister Jonas Gahr Store agreed.", Kind.GOVERNMENT, asked, None, "defence"
    )
    assert found.holds_name_of_kind(
        "Defence Minister Ola Dahl agreed.", Kind.GOVERNMENT, asked, None, "defence"
    )


def test_a_news_organisation_is_a_publication() -> None:
    assert asked_kind("Which news organization reported the June 4 deadline?") is Kind.MEDIA
    assert not kinds().holds_name_of_kind(
        "According to the Trade Ministry, bids are due by June 4.", Kind.MEDIA, asked_in("")
    )


def test_the_name_of_a_minister_asks_for_a_minister() -> None:
    from citeqa.answer.kinds import asked_country, asked_portfolio

    question = "What is the name of Norway's defence minister?"
    assert asked_kind(question) is Kind.GOVERNMENT
    assert asked_portfolio(question) == "defence"
    assert asked_country(question) == "Norway"
    assert asked_kind("What was the name of the company that built it?") is Kind.COMPANY


def test_the_holder_of_a_title_is_asked_of_a_sentence_that_gives_the_title() -> None:
    from citeqa.answer.kinds import asked_title, gives_title

    ceo = asked_title("Who is the CEO of Hensoldt?")
    assert gives_title("Hensoldt CEO Thomas Müller spoke.", ceo)
    assert not gives_title("Anna Roe, vice president of sales at Hensoldt, spoke.", ceo)
    assert gives_title("U.S. Space Force Lt. Gen. David Miller spoke.", asked_title("Which general spoke?"))
    # A role noun describes: a general is a commander without being called one.
    assert not asked_title("Which commander spoke?")


def test_a_lesser_title_is_not_the_title() -> None:
    from citeqa.answer.kinds import asked_title, gives_title

    president = asked_title("Who is the president of the Nordic Radar Association?")
    sentence = "Anna Roe, vice president of sales at the Nordic Radar Association, spoke."
    assert not gives_title(sentence, president, "Who is the president of the Nordic Radar Association?")
    assert gives_title(sentence, president, "Who is the vice president of sales?")
    assert asked_kind("Which U.S. defense contractors will win the contracts?") is Kind.COMPANY


def test_the_head_of_something_is_whoever_a_sentence_calls_its_leader() -> None:
    from citeqa.answer.kinds import asked_title, gives_title

    head = asked_title("Who is the head of the coast guard?")
    assert not gives_title("Coast guard Lt. Gen. Ola Dahl spoke.", head)
    assert not gives_title("Anna Roe, vice president of the coast guard, spoke.", head)
    assert gives_title("Ola Dahl, who commands the coast guard as its chief, spoke.", head)


def test_an_owner_s_name_asks_for_the_owner() -> None:
    from citeqa.answer.kinds import asked_country, asked_portfolio

    question = "What is Norway's defence minister's name?"
    assert asked_kind(question) is Kind.GOVERNMENT
    assert asked_portfolio(question) == "defence" and asked_country(question) == "Norway"


def test_a_monarch_is_asked_of_a_sentence_that_gives_the_title() -> None:
    from citeqa.answer.kinds import asked_title, gives_title

    emperor = asked_title("Who is the current Emperor of Norway?")
    assert emperor
    assert not gives_title("Norway’s Prime Minister, who took office in May, met the president.", emperor)
    assert gives_title("Emperor Naruhito received the envoy.", emperor)


def test_a_title_followed_by_a_clause_only_describes_whom_the_clause_picks_out() -> None:
    from citeqa.answer.kinds import asked_title

    assert not asked_title("Who is the prime minister that talked with the king last month?")
    assert asked_title("Who is the prime minister of Norway?")


def test_who_runs_something_asks_for_its_head() -> None:
    from citeqa.answer.kinds import Kind, asked_kind, asked_title, gives_title

    question = "who runs the fjord institute"
    assert asked_kind(question) is Kind.PERSON
    head = asked_title(question)
    assert not gives_title("According to the Fjord Institute, a think-tank in Oslo, ties matter.", head)
    assert gives_title("Fjord Institute director Anna Roe said ties matter.", head)


def test_what_is_asked_for_comes_before_in_charge() -> None:
    assert asked_kind("Radar programme lead – named coast guard officer in charge?") is Kind.MILITARY


def test_which_rocket_asks_for_a_craft_the_corpus_names_as_one() -> None:
    """ "Which rocket will launch the satellite?" wants a name the corpus calls a rocket; a
    sentence about the launch that names only the country and its agency does not give one."""
    assert asked_kind("Which rocket will launch Norway's first weather satellite?") is Kind.CRAFT
    assert asked_kind("Which launch vehicle will carry it into orbit?") is Kind.CRAFT
    # A model or designation is the name of a made thing too.
    assert asked_kind("What model of radar is Norway buying?") is Kind.CRAFT
    assert asked_kind("Coastal radar — model designation?") is Kind.CRAFT
    found = NameKinds()
    found.fit([*CORPUS, "Oslo will launch the satellite on the Vega rocket next year."])
    question = asked_in("Which rocket will launch the satellite?")
    assert found.holds_name_of_kind("The satellite flies on Vega in May.", Kind.CRAFT, question)
    launch = "Norway plans to launch its first weather satellite with the Space Agency in 2026."
    assert not found.holds_name_of_kind(launch, Kind.CRAFT, question)


def test_a_chat_spelling_of_what_opens_a_question_in_words_not_one_of_keywords() -> None:
    """ "wats david millers rank in the space force" asks for a rank, not for the force (the
    last word of a question of keywords)."""
    assert asked_kind("wats david millers rank in the space force") is None
    assert asked_kind("Golden Dome prime contractor?") is Kind.COMPANY


def test_what_kind_of_group_asks_what_it_is_not_for_a_group() -> None:
    assert asked_kind("what kinda group is the harbour council") is None
    assert asked_kind("What type of organisation is the Harbour Council?") is None
    assert asked_kind("Which group runs the harbour?") is Kind.ORGANISATION


def test_who_is_leading_asks_for_a_person() -> None:
    from citeqa.answer.kinds import Kind, asked_kind

    assert asked_kind("Who is leading Norway's side in the fishing talks?") is Kind.PERSON
    assert asked_kind("who's heading the negotiations") is Kind.PERSON
