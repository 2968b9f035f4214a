"""What a question asks for, and who a sentence says is speaking: language rules, no document."""

import pytest

from citeqa.answer.questions import AnswerType, question_shape
from citeqa.answer.speech import attributed_speakers, reports_speech


@pytest.mark.parametrize(
    ("question", "answer_type"),
    [
        ("What was the exact date of the meeting?", AnswerType.DATE),
        ("what is the date of the launch", AnswerType.DATE),
        ("What happened this year?", None),
        ("What was the defense budget in yen?", AnswerType.AMOUNT),
        ("How many satellites will it have?", AnswerType.COUNT),
        ("Who called it a golden opportunity?", AnswerType.NAME),
    ],
)
def test_question_shape_names_the_kind_of_answer_wanted(
    question: str, answer_type: AnswerType | None
) -> None:
    assert question_shape(question).answer_type is answer_type


def test_yes_no_question_takes_no_answer_type_from_its_words() -> None:
    """ "deadline" inside a yes/no question does not make it a question about a date."""
    shape = question_shape("Did the US cut the tariff after the June 4 deadline?")
    assert shape.yes_no
    assert shape.answer_type is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Following his recent call with Trump, Ishiba reiterated Japan’s stance: “We stay.”", "Ishiba"),
        ("After the call on May 29, Ishiba declined to detail the talk with Trump, but noted it.", "Ishiba"),
        ("“We don’t go it alone,” U.S. Space Force Lt. Gen. David N. Miller Jr. stated in Japan.", "Miller"),
        ("According to a report by the Stimson Center, “Economic security matters.”", "Stimson"),
    ],
)
def test_attributed_speaker_is_the_one_speaking_not_any_name(sentence: str, speaker: str) -> None:
    assert any(speaker in name for name in attributed_speakers(sentence))


def test_speech_question_needs_the_asked_speaker_to_be_the_one_speaking() -> None:
    sentence = "Following his recent call with Trump, Ishiba reiterated Japan’s unwavering stance on tariffs."
    assert reports_speech(sentence, "", question_shape("What did Ishiba say about tariffs?"))
    assert not reports_speech(sentence, "", question_shape("How did Trump respond to the proposal?"))


def test_unattributed_quote_takes_its_speaker_from_the_context() -> None:
    shape = question_shape("What did Miller say about partnerships?")
    quote = "“We have found willing and abiding partnerships as fundamental to our ability to deter.”"
    assert reports_speech(quote, "“We don’t go it alone,” Gen. David Miller stated.", shape)
    assert not reports_speech(quote, "“We don’t go it alone,” Ishiba stated.", shape)


def test_a_sentence_inside_a_running_quotation_is_spoken_by_whoever_opened_it() -> None:
    """News quotations run on over several sentences; the later ones carry no quote marks and
    no verb of speech, and are attributed by the sentence that opened the quotation."""
    earlier = (
        "The two leaders spoke again on Friday. "
        "In a statement after the call, the Prime Minister noted that “we had a candid exchange."
    )
    continued = "I intend to keep working with the President on trade."
    prime_minister = question_shape("What did the Prime Minister say about trade?")
    assert reports_speech(continued, "", prime_minister, earlier)
    president = question_shape("What did the President say about trade?")
    assert not reports_speech(continued, "", president, earlier)
    closed = earlier + " It went well.”"
    assert not reports_speech(continued, "", question_shape("What did the Prime Minister say?"), closed)


def test_a_country_and_its_capital_name_each_other_but_country_codes_do_not() -> None:
    from citeqa.answer.countries import same_country

    assert "tokyo" in same_country("Japan") and "japan" in same_country("Tokyo")
    assert "beijing" in same_country("china")
    assert not same_country("in")  # India's code: every "in" would name a country
    assert "in" not in same_country("India")
    # A capital stands for a country whose names are all of several words.
    assert "united states" in same_country("Washington")


def test_the_country_a_word_names_by_its_name_dotted_code_or_capital() -> None:
    from citeqa.answer.countries import country_of
    from citeqa.answer.questions import is_asked

    assert country_of("U.S.") == country_of("washington") == "united states"
    assert country_of("Oslo") == country_of("norway") == "norway"
    # Plain short codes are words first.
    assert country_of("in") is None and country_of("us") is None
    # A question naming a capital asks about its country.
    assert is_asked("u.k", "Was it held in London or in Oslo?")
    assert not is_asked("u.k", "Was it held in Oslo?")


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("What is the Aerospace Industries Association?", "Aerospace Industries Association"),
        ("whats the csis", "csis"),
        ("What kind of group is Greenpeace?", "Greenpeace"),
        ("Who was Shinzo Abe?", "Shinzo Abe"),
        ("What did Ishiba say?", None),
        ("Which rocket will launch it?", None),
    ],
)
def test_a_what_is_question_names_its_subject(question: str, subject: str | None) -> None:
    from citeqa.answer.questions import defined_subject

    assert defined_subject(question) == subject


def test_a_sentence_defines_a_name_with_an_appositive_not_by_mentioning_it() -> None:
    from citeqa.answer.questions import defines

    assert defines("Said Jane Doe, a senior fellow at the Brookings Institution, on Monday.", "Jane Doe")
    assert defines("A report by the Brookings Institution, a think-tank, said so.", "brookings institution")
    assert not defines("Jane Doe said the plan, which is costly, would pass.", "Jane Doe")
    assert not defines("The Brookings Institution, Stimson Center and CSIS agreed.", "Brookings Institution")


def test_the_name_of_a_thing_must_stand_beside_it() -> None:
    from citeqa.answer.questions import gives_name_of, mentions, named_thing

    question = "What is the name of the country's first weather satellite?"
    assert named_thing(question) == "satellite"
    assert named_thing("What's the name of the think tank that wrote the report?") == "tank"
    assert named_thing("Who is the prime minister?") is None
    assert gives_name_of("The country will launch the Himawari satellite in May.", "satellite", question)
    assert gives_name_of("Its first satellite, named Himawari, flies in May.", "satellite", question)
    assert gives_name_of("Its first satellite WX-1 flies in May.", "satellite", question)
    unnamed = "The country plans its first weather satellite in May, the European Space Agency said."
    assert mentions(unnamed, "satellite")
    assert not gives_name_of(unnamed, "satellite", question)


def test_a_photo_question_is_matched_without_the_words_that_point_at_the_photo() -> None:
    from citeqa.answer.questions import asks_about_caption, without_caption_frame

    assert asks_about_caption("Who is with Trump in the photo at the top?")
    assert asks_about_caption("what does the headline picture show")
    assert not asks_about_caption("What is his job title?")
    # "where ties are heading" is a verb.
    assert not asks_about_caption("what phrase did the leaders use for where ties are heading")
    assert asks_about_caption("Under which heading does the article discuss tariffs?")
    asked = without_caption_frame("Who is with Trump in the photo at the top?")
    assert asked == "Who is with Trump in the at the ?"


def test_a_where_question_needs_a_named_place_after_a_preposition_of_place() -> None:
    from citeqa.answer.holdings import holds_answer_type

    question = "Where was the summit held?"
    assert question_shape(question).answer_type is AnswerType.PLACE
    assert question_shape("After the war, where was it signed?").answer_type is AnswerType.PLACE
    assert question_shape("Where does the budget rank in the world?").answer_type is not AnswerType.PLACE
    assert question_shape("What words describe where ties are headed?").answer_type is not AnswerType.PLACE
    assert holds_answer_type(AnswerType.PLACE, "The summit took place at Camp David in May.", question)
    assert not holds_answer_type(AnswerType.PLACE, "It set the tone for U.S.-Japan relations.", question)
    assert not holds_answer_type(AnswerType.PLACE, "The summit was held in December, said Ishiba.", question)


def test_a_speaker_name_with_two_letters_swapped_is_still_the_speaker() -> None:
    sentence = "Following his call with Trump, Ishiba reiterated Japan’s stance on tariffs."
    assert reports_speech(sentence, "", question_shape("What did Isihba say about tariffs?"))
    # "Turmp" is Trump misspelt, and Trump is named here but is not the one speaking.
    assert not reports_speech(sentence, "", question_shape("What did Turmp say about tariffs?"))


def test_a_country_speaks_through_whoever_introduces_a_quotation_for_it() -> None:
    opener = "After the summit, Nordqvist reiterated Norway’s position on quotas: “Our view has not changed."
    assert reports_speech(opener, "", question_shape("What did Norway say about quotas?"))
    assert reports_speech(opener, "", question_shape("How does the Norwegian leader argue about quotas?"))
    assert reports_speech(
        opener, "", question_shape("What has Norway's leader consistently said about quotas?")
    )
    # The quotation runs on: its next sentence is spoken for Norway too.
    going_on = "We will keep the quotas where they are.”"
    assert reports_speech(going_on, opener, question_shape("How does Norway argue for its quotas?"), opener)
    # A country named only inside the quotation, or beside a quoted term, does not speak.
    quoted = "Nordqvist said: “Sweden and Norway will keep the quotas where they are.”"
    assert not reports_speech(quoted, "", question_shape("What did Sweden say about quotas?"))
    term = "The “fair share” plan may reassure Norway, given rivals like Sweden."
    assert not reports_speech(term, "", question_shape("What did Sweden say about the plan?"))
    # A capital speaks for its country.
    assert reports_speech(going_on, opener, question_shape("How does Oslo argue for its quotas?"), opener)


def test_a_speaker_s_own_name_says_who_speaks_not_their_nationality_or_title() -> None:
    source = "According to a report this week in the Norwegian paper Fjord Post, Oslo backs the shield."
    assert reports_speech(source, "", question_shape("What did the Norwegian paper say about the shield?"))
    assert not reports_speech(
        source, "", question_shape("What did Norwegian defence minister Gen Holm say about the shield?")
    )


def test_a_compound_of_names_is_spoken_by_each_and_us_in_capitals_is_a_name() -> None:
    from citeqa.answer.speech import speaker_words

    assert speaker_words(
        question_shape("which areas did the joint US-Norway statement say they'd stress?")
    ) == [
        "US",
        "Norway",
    ]
    released = "After a May meeting, the U.S. president and Norway’s king released a statement."
    said = "The statement emphasized fishing and energy."
    assert reports_speech(said, released, question_shape("what did the joint US-Norway statement say?"))


def test_a_speaker_name_with_one_letter_wrong_is_still_the_speaker() -> None:
    sentence = "“We never go it alone,” Space Force Lt. Gen. David Miller stated in Tokyo."
    assert reports_speech(sentence, "", question_shape("What did General Muller say about going it alone?"))
    # A short name with a letter wrong is another name.
    assert not reports_speech(sentence, "", question_shape("What did Mills say about going it alone?"))


def test_what_a_thing_is_called_asks_for_its_name() -> None:
    from citeqa.answer.questions import named_thing

    assert named_thing("What is the new weather satellite going to be called?") == "satellite"
    assert named_thing("whats the bridge called") == "bridge"
    assert named_thing("What has called the plan into question?") is None


def test_a_speech_question_in_the_past_tense_still_names_its_speaker() -> None:
    assert question_shape("How has China reacted to the plan?").speaker == "China"
    assert question_shape("What has the minister said about it?").speaker == "the minister"


@pytest.mark.parametrize(
    ("question", "answer_type"),
    [
        ("Where was she speaking when she proposed the deal?", AnswerType.PLACE),
        ("What did the minister say when he visited Seoul?", None),
        ("so when is the launch", AnswerType.DATE),
        ("csis event when", AnswerType.DATE),
        ("After the vote, when will the law pass?", AnswerType.DATE),
    ],
)
def test_when_asks_for_a_date_only_as_the_question_word_not_as_a_conjunction(
    question: str, answer_type: AnswerType | None
) -> None:
    assert question_shape(question).answer_type is answer_type


def test_a_place_after_an_indefinite_article_is_still_a_place() -> None:
    from citeqa.answer.holdings import holds_answer_type

    question = "Where did the senator speak in April?"
    sentence = "The senator spoke at a Council on Foreign Relations event in April."
    assert holds_answer_type(AnswerType.PLACE, sentence, question)


def test_the_name_or_model_of_a_thing_is_asked_of_the_thing_not_of_a_later_clause() -> None:
    from citeqa.answer.questions import named_thing

    assert named_thing("What is the name or model of the radar Japan is buying for Okinawa?") == "radar"
    assert named_thing("What's the name of Japan's first satellite?") == "satellite"


def test_a_city_question_wants_a_place_that_is_not_a_country_nor_the_question_s_own() -> None:
    from citeqa.answer.countries import is_country
    from citeqa.answer.holdings import holds_answer_type

    question = "Which Japanese city did the envoy visit in May?"
    assert question_shape(question).answer_type is AnswerType.PLACE
    assert holds_answer_type(AnswerType.PLACE, "The envoy visited Osaka in May.", question)
    # "Japan" is what "Japanese" already says, and the United States is a country, not a city.
    assert not holds_answer_type(
        AnswerType.PLACE, "The envoy came from the United States on a visit to Japan.", question
    )
    assert holds_answer_type(
        AnswerType.PLACE, "The envoy came from the United States.", "Where did the envoy come from?"
    )
    assert is_country("the United States") and is_country("North Korea")
    assert not is_country("Tokyo")


def test_a_date_inside_an_aside_about_something_else_does_not_date_the_main_clause() -> None:
    from citeqa.answer.holdings import holds_answer_type

    sentence = (
        "As Norway expands its navy—planning to launch its first patrol drone in fiscal year 2027—"
        "the Coast Guard, responsible for the development of the radar chain, has praised it."
    )
    for question in (
        "When did the Coast Guard begin developing the radar chain?",
        "when did the coast guard start developing the radar chain",
    ):
        assert not holds_answer_type(AnswerType.DATE, sentence, question)
    assert holds_answer_type(AnswerType.DATE, sentence, "When will Norway launch its first patrol drone?")
    # With no common word of the question in any part, the parts naming what it names are its.
    assert not holds_answer_type(AnswerType.DATE, sentence, "When did the Coast Guard formally sign on?")
    # Without asides, the whole sentence counts.
    assert holds_answer_type(
        AnswerType.DATE, "The Coast Guard began work on it in 2019.", "When did the work begin?"
    )


def test_more_ways_of_asking_for_a_day_a_photo_and_a_description() -> None:
    from citeqa.answer.questions import asks_about_caption, defined_subject

    shape = question_shape("On which exact day in May did they meet?")
    assert shape.answer_type is AnswerType.DATE and shape.exact
    assert asks_about_caption("whos with the mayor in the top pic")
    assert (
        defined_subject("How is the Brookings Institution characterised in the piece?")
        == "Brookings Institution"
    )
    assert defined_subject("How was the plan described?") == "plan"


def test_chat_spellings_frame_a_question_without_being_its_content() -> None:
    from citeqa.answer.questions import is_content_word

    assert question_shape("wen did the mayor open the bridge??").answer_type is AnswerType.DATE
    assert not any(is_content_word(w) for w in ("lol", "rn", "wats", "guy", "whole", "entire"))
    assert is_content_word("bridge")


def test_the_population_or_age_of_something_is_a_number() -> None:
    from citeqa.answer.holdings import holds_answer_type

    question = "What is the population of Rotterdam?"
    assert question_shape(question).answer_type is AnswerType.COUNT
    assert not holds_answer_type(AnswerType.COUNT, "Rotterdam pledged $3 billion this year.", question)
    assert holds_answer_type(AnswerType.COUNT, "Rotterdam has 650,000 inhabitants.", question)


def test_may_and_march_in_lower_case_are_verbs_not_months() -> None:
    from citeqa.answer.holdings import holds_answer_type

    question = "When did Norway sign on?"
    assert not holds_answer_type(AnswerType.DATE, "The plan may give Norway some assurance.", question)
    assert not holds_answer_type(AnswerType.DATE, "Troops march on Oslo, Norway says.", question)
    assert holds_answer_type(AnswerType.DATE, "Norway signed on in May.", question)


def test_markdown_parentheses_are_no_aside() -> None:
    from citeqa.answer.holdings import holds_answer_type

    sentence = "The post ![status](http://127.0.0.1/x.png) transmits in May (after the 2019 vote) to Tokyo."
    assert holds_answer_type(AnswerType.DATE, sentence, "When does the listening post transmit?")
    assert holds_answer_type(AnswerType.DATE, sentence, "When was the vote?")


def test_a_question_of_keywords_asks_for_what_its_last_word_names() -> None:
    from citeqa.answer.kinds import Kind, asked_kind
    from citeqa.answer.questions import terse_focus

    assert terse_focus("radar location?") == "location"
    assert terse_focus("What is the radar's location?") is None
    # What it is on comes after what is asked for, and a levy asks for its size.
    assert terse_focus("Current Swedish tariff on Norwegian salmon?") == "tariff"
    assert question_shape("Current Swedish tariff on Norwegian salmon?").answer_type is AnswerType.AMOUNT
    assert question_shape("bridge construction site?").answer_type is AnswerType.PLACE
    assert asked_kind("Golden Dome prime contractor?") is Kind.COMPANY
    assert asked_kind("Handelsblatt report author?") is Kind.WRITER


def test_a_share_is_a_percentage_and_an_amount_must_be_in_the_asked_currency() -> None:
    from citeqa.answer.holdings import holds_answer_type

    assert (
        question_shape("What share of its GDP does Norway spend on defense?").answer_type
        is AnswerType.PERCENT
    )
    question = "Norway total defense budget in yen?"
    assert question_shape(question).answer_type is AnswerType.AMOUNT
    assert not holds_answer_type(AnswerType.AMOUNT, "Norway has allocated $6 billion to radars.", question)
    assert holds_answer_type(AnswerType.AMOUNT, "Norway will spend ¥900 billion on radars.", question)
    assert holds_answer_type(AnswerType.AMOUNT, "Norway has allocated $6 billion.", "How much in dollars?")


def test_a_name_asked_for_in_shorthand_is_still_a_name() -> None:
    from citeqa.answer.questions import named_thing

    assert named_thing("Designation/model of the mobile radar slated for Okinawa?") == "radar"
    assert question_shape("Total sat count in the space layer?").answer_type is AnswerType.COUNT
    assert question_shape("Defense spend as % of GDP?").answer_type is AnswerType.PERCENT


def test_a_question_of_keywords_ending_in_a_time_word_asks_for_a_date() -> None:
    assert question_shape("CSIS missile defense event — month?").answer_type is AnswerType.DATE
    assert question_shape("launch timing?").answer_type is AnswerType.DATE


def test_one_of_several_is_no_count() -> None:
    from citeqa.answer.holdings import holds_answer_type

    question = "How many radars does the navy operate?"
    assert not holds_answer_type(
        AnswerType.COUNT, "The navy named Norway one of its closest partners.", question
    )
    assert holds_answer_type(AnswerType.COUNT, "The navy operates one radar on the coast.", question)
    assert question_shape("whos the navy chief").answer_type is AnswerType.NAME


def test_the_noun_phrases_after_prepositions_are_what_a_question_narrows_its_answer_to() -> None:
    from citeqa.answer.questions import prepositional_objects

    assert prepositional_objects("What tariff does Brussels apply to Norwegian steel?") == ["steel"]
    assert prepositional_objects("What rate is charged on the imports?") == ["imports"]
    assert prepositional_objects("what is the tariff on norwegian salmon right now") == ["salmon"]
    # After "to", a bare word is a verb.
    assert prepositional_objects("What is the deadline for bids to hand in?") == ["bids"]
    assert question_shape("What tariff rate applies?").answer_type is AnswerType.PERCENT
    assert question_shape("Which countries share a border?").answer_type is not AnswerType.PERCENT
    # The rate or share a what-phrase ends on, however many words describe it.
    for asked in (
        "What's the radar's detection success rate?",
        "What precise share of Norway's output goes to defence?",
        "What is the rate of the other tariff?",
    ):
        assert question_shape(asked).answer_type is AnswerType.PERCENT, asked
    assert question_shape("What did Norway share about the talks?").answer_type is None
    assert question_shape("what information will Norway share?").answer_type is None


def test_a_figure_in_percent_describes_the_thing_when_something_else_is_asked() -> None:
    assert (
        question_shape("when does the 24% tariff on salmon actually kick in").answer_type is AnswerType.DATE
    )
    assert question_shape("Levy on salmon 24 percent?").answer_type is AnswerType.PERCENT
    assert question_shape("Defence spend as % of GDP?").answer_type is AnswerType.PERCENT
    assert question_shape("defence spending as a percent of GDP?").answer_type is AnswerType.PERCENT


def test_a_question_for_the_source_of_a_sentence_that_lost_it_is_refused() -> None:
    from citeqa.answer.gaps import asks_for_missing_text

    sentence = "According to , the ministry has asked suppliers to submit bids by Friday, May 9."
    assert asks_for_missing_text(sentence, "Source for the May 9 bid deadline?")
    assert asks_for_missing_text(sentence, "Which outlet reported the bid deadline?")
    assert not asks_for_missing_text(sentence, "When are the bids due?")


def test_a_question_of_keywords_opening_on_its_date_asks_for_one() -> None:
    shape = question_shape("exact date the Fjord Post report was published?")
    assert shape.answer_type is AnswerType.DATE and shape.exact
    assert question_shape("Daylight savings?").answer_type is None


def test_a_misspelt_levy_asks_for_an_amount() -> None:
    for question in ("what tarif does Sweden put on Norwegian salmon", "what tarrif applies to salmon?"):
        assert question_shape(question).answer_type is AnswerType.AMOUNT, question


def test_how_with_a_stray_s_still_asks_how_much() -> None:
    assert question_shape("hows much does norway export every yr in dollars").answer_type is AnswerType.AMOUNT


def test_an_amount_of_time_or_people_is_no_sum_of_money() -> None:
    assert question_shape("What amount of time did the talks take?").answer_type is not AnswerType.AMOUNT
    assert question_shape("the amount of people at the summit?").answer_type is not AnswerType.AMOUNT


def test_money_nouns_ask_for_an_amount_and_a_percentage_is_one() -> None:
    from citeqa.answer.holdings import holds_answer_type

    for question in (
        "What is the budget of the coast guard?",
        "Norway pledge amount for the shield itself?",
        "What is Norway's GDP?",
        "What is the tariff on salmon?",
    ):
        assert question_shape(question).answer_type is AnswerType.AMOUNT
    assert question_shape("What is the coast guard?").answer_type is None
    assert holds_answer_type(
        AnswerType.AMOUNT, "Oslo faces a 25% tariff on salmon.", "What is the tariff on salmon?"
    )
    assert question_shape("How long will it take to build the bridge?").answer_type is AnswerType.DATE


def test_a_nationality_or_an_owner_after_in_or_for_is_no_place() -> None:
    from citeqa.answer.holdings import holds_answer_type

    question = "Where will the radar be built?"
    assert not holds_answer_type(
        AnswerType.PLACE,
        "A report in the Norwegian daily Aftenposten backs the radar plan for Store’s party.",
        question,
    )
    assert holds_answer_type(AnswerType.PLACE, "The radar will be built in Vardø next year.", question)


def test_a_name_after_a_preposition_is_not_the_thing_s_name() -> None:
    from citeqa.answer.questions import gives_name_of

    question = "What is the name of the radar Norway is buying?"
    assert not gives_name_of(
        "Oslo is buying a mobile radar for Finnmark, home to two bases.", "radar", question
    )
    assert gives_name_of("Oslo is buying the Globus radar next year.", "radar", question)
    assert gives_name_of("Oslo is buying the radar AN/TPY-2 next year.", "radar", question)


def test_where_something_is_takes_a_preposition_of_location() -> None:
    from citeqa.answer.holdings import holds_answer_type

    question = "Where is the coast guard headquartered?"
    assert not holds_answer_type(
        AnswerType.PLACE, "The coast guard chief spoke during a visit to Oslo.", question
    )
    assert holds_answer_type(AnswerType.PLACE, "The coast guard, based in Bergen, spoke.", question)
    # Where something goes is still a place when the question asks where it goes.
    assert holds_answer_type(AnswerType.PLACE, "The radar goes to Vardø.", "Where will the radar go?")


def test_a_city_question_names_the_city_as_what_is_asked_for() -> None:
    assert question_shape("Which Norwegian city hosts the forum?").answer_type is AnswerType.PLACE
    assert (
        question_shape("What is the heading about what the city could gain?").answer_type
        is not AnswerType.PLACE
    )


def test_a_yes_no_question_that_then_asks_for_a_fact_is_typed_by_the_fact() -> None:
    assert question_shape("Did the council approve it, and when?").answer_type is AnswerType.DATE
    assert question_shape("Is it true that the bridge is long, and how much did it cost?").yes_no is False
    assert question_shape("Is the tariff 25%?").yes_no
    # "What type of tariff is the 24% one?" asks for a description, not a percentage.
    assert question_shape("What type of tariff is the 24% one?").answer_type is None


def test_a_question_for_a_fact_as_someone_gives_it_names_a_speaker_and_an_owner_is_none() -> None:
    shape = question_shape("By what year does Berg say the bridge will be open?")
    assert shape.speaker == "Berg" and shape.answer_type is AnswerType.DATE
    assert question_shape("When did Rotterdam announce the bridge?").speaker is None  # an act, not speech
    sentence = "As the city plans, the port, responsible for Berg’s “Harbour Bridge,” has praised “the plan.”"
    assert "Berg’s" not in attributed_speakers(sentence)


def test_more_chat_spellings_of_question_words() -> None:
    assert question_shape("whens the bridge supposed to open").answer_type is AnswerType.DATE
    assert question_shape("wheres the radar going").answer_type is AnswerType.PLACE


def test_chat_spellings_shape_a_question_like_the_words_they_stand_for() -> None:
    shape = question_shape("wat year is berg sayin the bridge will b open")
    assert shape.answer_type is AnswerType.DATE and shape.speaker == "berg"
    # "the name of the 24% tariff" asks for a name, whatever number it mentions.
    assert question_shape("whats the name of the 24% tarif on norway").answer_type is AnswerType.NAME
    assert question_shape("Did the report say how much the bridge cost?").answer_type is AnswerType.AMOUNT


def test_a_guess_ending_a_question_need_not_be_in_the_answer() -> None:
    from citeqa.answer.questions import guessed_words

    assert guessed_words("What rate did Oslo ask for, was it 15%?") == {"15"}
    assert guessed_words("What rate did Oslo ask for?") == frozenset()


def test_according_to_names_its_source_anywhere_before_the_comma() -> None:
    sentence = (
        "According to a report this week in the financial daily Finansavisen, Oslo is “weighing support”."
    )
    assert "Finansavisen" in attributed_speakers(sentence)


def test_a_source_given_with_according_to_is_the_speaker_and_a_quoted_term_is_no_quote() -> None:
    sentence = (
        "Given its closeness to rivals like Sweden, Oslo could gain, according to the Finansavisen report."
    )
    assert attributed_speakers(sentence) == ["Finansavisen"]
    from citeqa.answer.speech import reports_speech

    # Two short quoted terms are no quotation of five words.
    terms = "Oslo plans its first “coastal radar” station for Berg’s “Harbour Shield,” a new plan."
    assert not reports_speech(terms, "", question_shape("What did Berg say about the plan?"))
    # "the two leaders released a statement": its speakers are named around it, perhaps by country.
    statement = (
        "After a meeting between Norway’s prime minister and Berg, the two leaders released a statement."
    )
    assert reports_speech(statement, "", question_shape("What did the Norwegian leader say?"))


def test_more_ways_of_asking_what_is_asked() -> None:
    from citeqa.answer.questions import defined_subject, named_thing, prepositional_objects

    assert question_shape("JP planned $ contribution to the program?").answer_type is AnswerType.AMOUNT
    assert question_shape("mobile radar goin where").answer_type is AnswerType.PLACE
    assert question_shape("Might you clarify what position Anna Roe holds?").yes_no is False
    assert defined_subject(
        "How does the article characterise the Stimson Center, whose report it cites?"
    ) == ("Stimson Center")
    assert named_thing("What is name of the Norway's first radar satellite?") == "satellite"
    # A participle starts a clause: "parts cited in the article" narrows nothing to "cited".
    assert prepositional_objects("What is the tariff on Japanese parts cited in the article?") == ["parts"]


def test_a_thing_misspelt_is_still_the_thing_whose_name_is_asked() -> None:
    from citeqa.answer.questions import gives_name_of, mentions

    sentence = "Oslo plans to launch its first radar satellite in 2026."
    assert mentions(sentence, "satelite")
    assert not gives_name_of(sentence, "satelite", "whats the name of norways first radar satelite")


def test_a_polite_request_asks_what_it_requests() -> None:
    from citeqa.answer.kinds import Kind, asked_kind

    shape = question_shape("Would you be so kind as to indicate the venue at which they met?")
    assert shape.yes_no is False and shape.answer_type is AnswerType.PLACE
    assert question_shape("Could Norway join the shield?").yes_no
    assert asked_kind("Could you identify the authors of the coast guard report?") is Kind.WRITER


def test_a_clause_opened_by_when_does_not_make_a_date_question() -> None:
    shape = question_shape("When the two leaders talked last month, what areas did they agree on?")
    assert shape.answer_type is None
    assert question_shape("When did the two leaders talk?").answer_type is AnswerType.DATE


def test_a_yes_no_question_followed_by_a_question_for_a_fact_asks_for_the_fact() -> None:
    shape = question_shape("Did someone really joke about the radar? What was the quote?")
    assert not shape.yes_no
    assert question_shape("Did the minister really joke about the radar?").yes_no


def test_a_year_question_needs_a_year() -> None:
    from citeqa.answer.questions import is_exact_enough

    shape = question_shape("In what year did the minister take office?")
    assert shape.answer_type is AnswerType.DATE and shape.year
    assert not is_exact_enough(shape.answer_type, "The minister, who took office in September, spoke.", shape)
    assert is_exact_enough(shape.answer_type, "The minister took office in September 2024.", shape)
    assert is_exact_enough(shape.answer_type, "The minister took office last year.", shape)
    # A month answers "when".
    when = question_shape("When did the minister take office?")
    assert is_exact_enough(when.answer_type, "The minister, who took office in September, spoke.", when)


def test_where_something_ranks_asks_for_a_standing_not_a_place() -> None:
    assert question_shape("After the expansion, where did the budget end up ranking?").answer_type is None
    assert question_shape("Where does Norway stand on the plan?").answer_type is None
    assert question_shape("Where will the radar be placed?").answer_type is AnswerType.PLACE


def test_the_rate_of_a_levy_is_a_percentage() -> None:
    assert (
        question_shape("What's the current tariff rate on Norwegian salmon?").answer_type
        is AnswerType.PERCENT
    )
    assert question_shape("salmon tax rate?").answer_type is AnswerType.PERCENT


def test_pictured_asks_about_a_photo() -> None:
    from citeqa.answer.questions import asks_about_caption, without_caption_frame

    question = "Which minister appeared with the king in the announcement pictured with the article?"
    assert asks_about_caption(question)
    assert "pictured" not in without_caption_frame(question)


def test_the_source_named_last_in_a_terse_question_is_not_what_it_asks_for() -> None:
    from citeqa.answer.questions import terse_focus

    assert terse_focus("radar operational target year per the minister?") == "year"
    assert terse_focus("radar site according to Reuters?") == "site"
    assert question_shape("radar operational target year per the minister?").answer_type is AnswerType.DATE


def test_a_clause_opened_by_when_before_a_dash_does_not_make_a_date_question() -> None:
    question = "When the leaders met in February, they put out a statement — what was the phrase?"
    assert question_shape(question).answer_type is None


def test_the_appositive_after_a_speaker_says_whom_they_speak_for() -> None:
    sentence = (
        "Anna Roe, vice president of sales at the Nordic Radar Association, suggested at a "
        "conference that the two countries cooperate on radar."
    )
    assert "Nordic Radar Association" in attributed_speakers(sentence)
    shape = question_shape("What did the radar association executive say the countries should do?")
    assert shape.speaker is not None
    assert reports_speech(sentence, "", question_shape("What did the Nordic Radar Association suggest?"))
    # A clause after a comma is no appositive: the meeting's other party says nothing here.
    meeting = (
        "Following a meeting between Norway’s minister, who took office in September, and President "
        "Ola Dahl, the two leaders released a statement."
    )
    assert not any("Dahl" in speaker for speaker in attributed_speakers(meeting))


def test_an_act_only_asked_for_or_planned_does_not_answer_whether_it_happened() -> None:
    from citeqa.answer.holdings import leaves_unrealised

    sentence = "The ministry has requested suppliers to submit their final bids by Friday, May 9."
    assert leaves_unrealised(sentence, "Did Acme submit its final bid by May 9?")
    assert leaves_unrealised(sentence, "Did Acme submitted its final bid by the May 9 deadline?")
    # A question about the request itself is answered by it.
    assert not leaves_unrealised(sentence, "Did the ministry ask suppliers to submit bids?")
    assert not leaves_unrealised("Acme submitted its final bid on May 8.", "Did Acme submit its final bid?")
    assert leaves_unrealised("The pact may provide new jobs.", "Did the pact provide new jobs?")
    # "May 29" is a date, not the modal.
    call = "In a statement after the call on May 29, Berg gave no details."
    assert not leaves_unrealised(call, "Did Berg give details on May 29?")


def test_a_figure_only_in_an_act_asked_for_does_not_answer_whether_it_happened() -> None:
    """Whatever verb each uses ("lower", "reduce"), a yes/no question whose figures stand in the
    sentence only inside an act asked for does not learn from it whether the act took place."""
    from citeqa.answer.holdings import checks_an_unrealised_value
    from citeqa.answer.questions import yes_no_verb

    sentence = (
        "Norway has urged Sweden to reduce or scrap its tariffs, including a 20% levy on salmon, to 5%."
    )

    def checks(question: str) -> bool:
        return checks_an_unrealised_value(sentence, question, yes_no_verb(question))

    assert checks("Did Sweden lower the tariffs to 5% after the talks?")
    assert checks("did the us agree to lower the tariffs to 5% like norway asked")
    assert checks("Is the current Swedish levy on salmon 20%?")
    # A question about the request itself is answered by it.
    assert not checks("Did Norway urge Sweden to cut the tariffs to 5%?")
    assert not checks("Does Norway want the tariffs brought down to 5%?")
    assert not checks_an_unrealised_value(
        "Sweden cut its tariffs to 5% in May.", "Did Sweden cut them to 5%?", "cut"
    )


def test_the_verb_of_a_yes_no_question_about_the_us_typed_in_lower_case() -> None:
    from citeqa.answer.questions import yes_no_verb

    assert yes_no_verb("did the us accept the offer or nah") == "accept"
    # After a possessive comes a noun: "Has Oslo's push changed?" has no verb there.
    assert yes_no_verb("Has Oslo's push for a win-win deal changed at all?") is None


def test_a_joint_statement_is_spoken_by_every_party_named_around_it() -> None:
    sentence = (
        "Following a meeting between Sweden’s Prime Minister, who took office in September, and "
        "Norwegian President Ola Dahl, the two leaders released a statement expressing their "
        "commitment to “a new era of close and lasting friendship” in Nordic-Baltic ties."
    )
    # The month in the relative clause, the party after "and", and the name deep in the main
    # clause are no subject: the statement's speakers are the parties named around it.
    assert attributed_speakers(sentence) == []
    assert reports_speech(sentence, "", question_shape("What did the Swedish and Norwegian leaders say?"))
    assert reports_speech(
        sentence, "", question_shape("What did Dahl and Sweden's PM say they were committed to?")
    )
    # Every party the question names must be among them.
    assert not reports_speech(sentence, "", question_shape("What did Dahl and Holm announce?"))


def test_initials_name_the_title_they_abbreviate() -> None:
    quote = "“Radar could be a real opportunity for the region at the end of the day.”"
    before = "Anna Roe, vice president of sales at the Nordic Radar Association, suggested more ties."
    shape = question_shape("What did the Nordic Radar Association VP say radar could be for the region?")
    assert reports_speech(quote, before, shape)


def test_the_verb_of_a_yes_no_question_about_a_name_is_what_it_asks_took_place() -> None:
    from citeqa.answer.questions import yes_no_verb

    assert yes_no_verb("Did the Oslo Ministry accept Acme's final bid?") == "accept"
    assert yes_no_verb("Did Acme actually submit its bid?") == "submit"
    # A subject of common nouns hides where the verb is.
    assert yes_no_verb("Did the two leaders sign a deal?") is None


def test_a_name_a_sentence_only_compares_its_subject_with_owns_none_of_its_values() -> None:
    from citeqa.answer.holdings import names_only_in_comparison

    text = (
        "Norway backs the “Polar Shield” project. This radar network, inspired by Iceland’s Ice "
        "Wall, would involve radars. The king said that this network, estimated to cost billions, "
        "will be ready by 2031."
    )
    assert names_only_in_comparison(text, "How much did Iceland's Ice Wall cost?")
    assert not names_only_in_comparison(text, "How much will the Polar Shield cost?")
    # A question about the comparison asks about the name.
    assert not names_only_in_comparison(text, "Which system inspired the Polar Shield?")


def test_a_date_question_needs_a_date_on_the_calendar() -> None:
    from citeqa.answer.questions import is_exact_enough

    shape = question_shape("On what date was the Fjord Post report published?")
    assert shape.calendar
    assert not is_exact_enough(shape.answer_type, "A report this week in the Fjord Post says so.", shape)
    assert is_exact_enough(shape.answer_type, "A report on Friday, May 9, in the Fjord Post says so.", shape)
    assert is_exact_enough(shape.answer_type, "In December 2022, the country raised its budget.", shape)
    # "When" is answered by "this week".
    when = question_shape("When was the Fjord Post report published?")
    assert is_exact_enough(when.answer_type, "A report this week in the Fjord Post says so.", when)


def test_an_ordinal_before_a_past_verb_says_when_not_which() -> None:
    from citeqa.answer.questions import guessed_words

    assert "first" in guessed_words("Which outlet first reported the deal?")
    assert "first" not in guessed_words("When will the first satellite launch?")


def test_a_choice_between_answers_is_no_yes_no_question() -> None:
    choice = question_shape("Did the minister call the talks small talk or a frank exchange?")
    assert not choice.yes_no
    assert not question_shape("Did the writer think ties could recover, or was it over for good?").yes_no
    assert question_shape("Did the US cut the tariff or not?").yes_no
    # The subject may be a choice too: the question still asks whether.
    assert question_shape("Has the king or his ministers responded to the plan?").yes_no


def test_did_anyone_say_asks_what_was_said() -> None:
    shape = question_shape("Did anyone in the industry say the radar could be a chance to cooperate?")
    assert not shape.yes_no


def test_a_question_after_a_dash_sets_the_answer_type() -> None:
    shape = question_shape("Is Norway a big spender compared with others — where does it rank?")
    assert not shape.yes_no and shape.answer_type is None


def test_the_words_of_a_prepositional_phrase_narrow_what_is_asked() -> None:
    from citeqa.answer.questions import prepositional_phrases

    assert prepositional_phrases("What tariff does Norway levy on Swedish salmon imports?") == [
        ["Swedish", "salmon", "imports"]
    ]
    # A participle starts a clause.
    assert prepositional_phrases("How much for a system integrating radars?") == [["system"]]
    # "Apart from X" sets X aside: it narrows nothing.
    assert prepositional_phrases("Apart from the salmon levy, what is the rate of the other tariff?") == []


def test_an_amount_that_describes_a_thing_is_not_asked_for() -> None:
    assert question_shape("what does the 6 billion dollar radar system have in it?").answer_type is None
    assert question_shape("How many dollars did Norway pledge?").answer_type is AnswerType.AMOUNT


def test_which_site_asks_for_a_place() -> None:
    assert question_shape("From which launch site will the satellite go up?").answer_type is AnswerType.PLACE


def test_words_that_say_where_a_caption_is_are_not_what_it_says() -> None:
    from citeqa.answer.questions import without_caption_frame

    framed = without_caption_frame("What facility is named in the photo caption partway through the article?")
    assert "partway" not in framed and "facility" in framed


def test_a_value_in_an_aside_belongs_to_the_clause_before_it() -> None:
    from citeqa.answer.holdings import value_only_beside_other_names

    sentence = (
        "As Norway prioritizes security—planning to launch its first radar satellite in fiscal year "
        "2027—the Coast Guard, responsible for the Polar Shield, has named the country a partner."
    )
    date = AnswerType.DATE
    assert value_only_beside_other_names(date, sentence, "Polar Shield first satellite launch date?")
    assert not value_only_beside_other_names(
        date, sentence, "When will Norway launch its first radar satellite?"
    )


def test_a_question_that_compares_itself_asks_about_the_compared_thing() -> None:
    from citeqa.answer.holdings import names_only_in_comparison

    text = "This radar network, inspired by Iceland’s Ice Wall, will be operational by 2031."
    assert not names_only_in_comparison(text, "Is the Ice Wall-style network meant to work by 2031?")
    assert names_only_in_comparison(text, "When will the Ice Wall be operational?")


def test_a_guess_made_on_the_way_to_the_question_need_not_be_in_the_answer() -> None:
    from citeqa.answer.questions import guessed_words

    assert "2025" in guessed_words("I remember a radar launch — was it 2025? When is it going up?")
    assert "15" in guessed_words("They wanted the tariff cut to 15 percent, right? What level exactly?")
    assert "2021" in guessed_words("When was the build-up — I want to say 2021 or so — exactly?")
    assert not guessed_words("What happened in 2022?")


def test_how_long_asks_for_a_span_of_time() -> None:
    from citeqa.answer.questions import is_exact_enough

    shape = question_shape("How long did the May 9 call between the ministers last?")
    assert shape.duration
    assert not is_exact_enough(shape.answer_type, "After the call on May 9, the minister spoke.", shape)
    assert is_exact_enough(shape.answer_type, "The call on May 9 lasted two hours.", shape)


def test_a_value_for_a_year_needs_a_sentence_about_a_year() -> None:
    from citeqa.answer.questions import is_exact_enough

    shape = question_shape("What is Sweden's annual military expenditure?")
    assert shape.answer_type is AnswerType.AMOUNT and shape.per_year
    assert not is_exact_enough(shape.answer_type, "Sweden allocated $6 billion to a radar system.", shape)
    assert is_exact_enough(shape.answer_type, "Sweden spends $9 billion a year on defense.", shape)
    # "spend" after "which countries" is a verb, not an amount.
    assert (
        question_shape("Which two countries spend more on defense than Norway?").answer_type
        is not AnswerType.AMOUNT
    )


def test_does_the_article_say_whether_asks_whether_the_act_took_place() -> None:
    from citeqa.answer.questions import yes_no_verb

    assert yes_no_verb("Does the article say whether Acme met the May 9 deadline?") == "met"


def test_defense_spend_and_a_currency_code_ask_for_an_amount() -> None:
    assert question_shape("What's Sweden's annual defense spend?").answer_type is AnswerType.AMOUNT
    assert (
        question_shape("Norway total budget in USD after the 2022 expansion?").answer_type
        is AnswerType.AMOUNT
    )


def test_an_ordinal_counting_what_else_there_is_need_not_be_in_the_answer() -> None:
    from citeqa.answer.questions import guessed_words

    assert "2nd" in guessed_words("whats the 2nd tariff % norway wants cut besides the salmon one")
    assert "2nd" not in guessed_words("whats the 2nd tariff % norway wants cut")


def test_a_range_or_speed_asks_for_a_quantity_in_units() -> None:
    from citeqa.answer.questions import is_exact_enough

    shape = question_shape("What is the range of the long-range radars in Norway's $2 billion system?")
    assert shape.measure
    assert not is_exact_enough(shape.answer_type, "Norway allocated $2 billion to long-range radars.", shape)
    assert is_exact_enough(shape.answer_type, "The radars reach 3,000 km out to sea.", shape)
    assert not question_shape("GD est. cost range?").measure


def test_a_name_offered_with_maybe_is_a_guess() -> None:
    from citeqa.answer.questions import guessed_words

    assert "Russia" in guessed_words(
        "Norway trails only two countries, the US and... Russia maybe? Which two?"
    )
    assert "15" in guessed_words("They want it cut to, what, 15 percent? Something like that — what level?")
    assert not guessed_words("What happened in 2022? And who said it?")


def test_more_guesses_need_not_be_in_the_answer() -> None:
    from citeqa.answer.questions import guessed_words

    assert "June" in guessed_words("Wasn't the second call sometime in early June? What date was it?")
    assert "October" in guessed_words("When did the minister take office — was it last October?")
    assert "Korea" in guessed_words("Was the shield copied from another one, was it South Korea's?")
    assert "20" in guessed_words("There was another tariff around 20-something percent — what was the rate?")


def test_more_value_questions() -> None:
    from citeqa.answer.questions import named_thing

    assert question_shape("range of norways new long range radars?").measure
    shape = question_shape("What is the annual value of Norwegian exports to Sweden?")
    assert shape.answer_type is AnswerType.AMOUNT and shape.per_year
    assert named_thing("What is the formal name given to the 24% tariff?") == "tariff"


def test_last_round_of_question_forms() -> None:
    from citeqa.answer.holdings import names_only_in_comparison
    from citeqa.answer.questions import guessed_words, named_thing, terse_focus

    assert named_thing("What name is given to the 24% tariff that Norway wants cut?") == "tariff"
    assert named_thing("What name has Norway given to its first radar satellite?") == "satellite"
    assert terse_focus("Prime contractor for the Tromso mobile radar?") == "contractor"
    assert terse_focus("NO pledge this year for interceptors + radar — amount?") == "amount"
    assert terse_focus("NO pledge this year for interceptors + radar?") == "pledge"
    assert "20" in guessed_words("There was another tariff around 20 percent — what was the exact figure?")
    shape = question_shape("What is the total amount of Norway's annual defense budget?")
    assert shape.answer_type is AnswerType.AMOUNT and shape.per_year
    text = "This radar network, inspired by Iceland’s Ice Wall, is estimated to cost billions."
    assert names_only_in_comparison(text, "Ice Wall per-interceptor unit cost?")


def test_a_short_phrase_appended_to_a_question_is_a_guess_at_its_answer() -> None:
    """ "…, early June?", "… — the port authority?", "…, like 6 bil?": the reader's guess,
    which the answer may correct; a phrase opening with a preposition narrows the question."""
    from citeqa.answer.questions import guessed_words, without_guess

    assert {"early", "June"} <= guessed_words("When did the two mayors talk, early June?")
    assert "Authority" in guessed_words("Which agency runs the bridge - the Port Authority?")
    assert "6" in guessed_words("how much is oslo spending on the bridge, like 6 bil?")
    assert "2031" in guessed_words("By what year will the bridge be open — 2031?")
    assert "sensors" in guessed_words("what fields must oslo prioritise, stuff like sensors and lasers?")
    assert "Oslo" in guessed_words("Where is the radar going, Oslo was it?")
    # "…, just X and Y?": the reader's guess at the whole answer.
    assert "Russia" in guessed_words("which countries outspend Norway on defence, just the U.S. and Russia?")
    assert "Sweden" in guessed_words("Which nations does Norway trail, only Sweden?")
    assert without_guess("When did the two mayors talk, early June?") == "When did the two mayors talk?"
    # The question word may come late: "…brought down to what — 15%?"
    assert "15" in guessed_words("Oslo wants the levy brought down to what level — 15%?")
    assert "Norway" not in guessed_words("What did Berg say about tariffs, in Norway?")
    assert guessed_words("What did Berg say about tariffs?") == frozenset()


def test_a_cleft_asks_who_did_it_and_its_guess_may_be_wrong() -> None:
    """ "Was it X who…?" asks who did it: X is a guess, and the answer is a name."""
    from citeqa.answer.questions import guessed_words, without_guess

    question = "Was it Mayor Bergen who opened the bridge?"
    assert {"Mayor", "Bergen"} <= guessed_words(question)
    assert "Bergen" not in without_guess(question)
    shape = question_shape(question)
    assert shape.answer_type is AnswerType.NAME and not shape.yes_no


def test_a_value_a_yes_no_question_ends_on_or_a_tag_question_checks_is_a_guess() -> None:
    from citeqa.answer.questions import guessed_words

    assert "35" in guessed_words("Was the tariff on bicycles 35 percent?")
    assert "2028" in guessed_words("Berg says the bridge opens by 2028, correct?")
    # A number that names what is asked about is no guess.
    assert "2022" not in guessed_words("Did the 2022 budget rise after the war ended in the north?")
    # The value checked need not end the question.
    assert "2028" in guessed_words("Is the bridge to open by 2028 when her term is over?")


def test_remarks_after_the_question_and_a_preamble_before_a_colon_are_not_asked() -> None:
    from citeqa.answer.questions import after_preamble, without_remarks

    assert without_remarks("What's the price tag? Ballpark is fine.") == "What's the price tag?"
    assert without_remarks("Who opened it? And when?") == "Who opened it? And when?"
    assert without_remarks("Who opened it? when was that") == "Who opened it? when was that"
    assert after_preamble("For the record: what was the date?") == " what was the date?"
    assert after_preamble("Bridge costs: 90 million?") == "Bridge costs: 90 million?"


def test_a_preposition_right_after_a_value_says_what_the_value_is_of() -> None:
    from citeqa.answer.holdings import narrows_its_value

    assert narrows_its_value(AnswerType.PERCENT, "Oslo set a 25% tariff on bicycle frames.")
    assert narrows_its_value(AnswerType.AMOUNT, "Oslo pledged over $3 billion this year for radars.")
    bridge = "The bridge, estimated to cost 90 million euros, opens soon."
    assert not narrows_its_value(AnswerType.AMOUNT, bridge)


def test_an_ordinal_is_missing_only_where_the_sentence_contradicts_it_or_lacks_its_noun() -> None:
    from citeqa.answer.holdings import conflicts_in_order

    question = "What did the mayors discuss in their first phone call?"
    assert not conflicts_in_order("first", "The mayors held a phone call last month.", question)
    assert conflicts_in_order("first", "The mayors held a second phone call in May.", question)
    # "first name" asks for a kind of name, which a sentence without one does not give.
    assert conflicts_in_order("first", "The mayor took office in May.", "What is the mayor's first name?")
    # What comes next has not been reported.
    assert conflicts_in_order("next", "The mayors held a summit in May.", "When is the next mayors summit?")
    previous = "What was agreed in the previous month's call?"
    assert not conflicts_in_order("previous", "In a call last month, the mayors agreed on tolls.", previous)


def test_an_estimate_of_cost_is_no_payment_and_picture_this_is_no_photo() -> None:
    from citeqa.answer.questions import asks_about_caption, asks_for_payment

    assert asks_for_payment("How much will Oslo spend on the bridge?")
    assert asks_for_payment("How much has the parliament approved for the bridge?")
    assert not asks_for_payment("What is the projected outlay for the bridge?")
    assert not asks_for_payment("Ballpark spending figure for the bridge?")
    assert not asks_about_caption("Picture this bridge thing — what is it made of?")
    assert asks_about_caption("Who is in the picture at the top?")


def test_a_guess_asked_after_the_question_or_hedged_before_it_need_not_be_in_the_answer() -> None:
    from citeqa.answer.questions import guessed_words

    assert {"next", "year"} <= guessed_words("When will Oslo open the bridge? Is it next year?")
    hedged = guessed_words("The mayor took office in October last year, didn't she? When exactly?")
    assert {"October", "last"} <= hedged
    # An ordinal that says which event is meant is no guess.
    assert "first" not in guessed_words("I remember the first call was in April — what date was it?")


def test_a_question_asking_what_something_is_made_of_wants_a_sentence_that_says_so() -> None:
    from citeqa.answer.questions import asks_for_parts, gives_parts

    assert asks_for_parts("What would the shield actually be made up of?")
    assert asks_for_parts("Shield architecture — constituent elements?")
    assert not asks_for_parts("What tariff applies to car parts?")
    assert gives_parts("The system would involve a network of gates and pumps.")
    assert gives_parts("It has gates, pumps, and barriers.")
    assert not gives_parts("The shield could be a shield for all of us.")


def test_which_three_things_asks_for_a_list() -> None:
    from citeqa.answer.questions import asks_for_list, gives_list

    assert asks_for_list("Which three areas did the statement stress?")
    assert asks_for_list("What were the three areas the statement stressed?")
    assert not asks_for_list("Which area did the statement stress most?")
    assert gives_list("The statement stressed growth, security, and space.")
    assert not gives_list("The statement stressed growth.")


def test_or_nah_is_no_choice_and_a_terse_population_question_asks_for_a_number() -> None:
    assert question_shape("did the city accept the bridge offer or nah").yes_no
    assert question_shape("Population of Oslo?").answer_type is AnswerType.COUNT


def test_up_top_points_at_what_the_page_shows_above_the_story() -> None:
    from citeqa.answer.questions import asks_about_caption, without_caption_frame

    assert asks_about_caption("So who's with the mayor in that bridge opening up top?")
    assert "up" not in without_caption_frame("who's with the mayor up top?").split()
    assert not asks_about_caption("Who is at the top of the council?")


def test_a_yen_amount_asks_for_an_amount() -> None:
    assert question_shape("Oslo bridge contribution, yen amount").answer_type is AnswerType.AMOUNT


def test_the_act_a_wh_question_takes_as_done_is_its_verb_after_did() -> None:
    from citeqa.answer.questions import done_acts

    assert "submit" in done_acts("What offer, if any, did the city formally submit by June 4?")
    assert "submitting" in done_acts("What proposal did Oslo end up submitting by the deadline?")
    assert done_acts("Did Oslo submit its offer?") == []  # a yes/no question has its own check
    assert done_acts("What offer will Oslo submit?") == []


def test_how_old_asks_for_a_number_and_how_long_did_it_go_for_a_span() -> None:
    assert question_shape("how old is mayor berg").answer_type is AnswerType.COUNT
    assert question_shape("How long did that May 29 call go, an hour?").duration


def test_the_values_of_a_claim_put_up_for_checking_are_guesses() -> None:
    from citeqa.answer.questions import guessed_words

    assert "2025" in guessed_words("Claim to verify: Oslo will open its bridge in fiscal year 2025.")
    assert "15" in guessed_words("Oslo asked Brussels to cut the levy to 15%. Check that figure.")
    assert "60" in guessed_words("Oslo set aside about $60 billion for the bridge, was that it?")
    assert "May" in guessed_words("Verify: the mayors spoke in May. Is the date correct?")
    assert guessed_words("What did Oslo pay for the 2025 bridge?") == frozenset()


def test_who_asks_is_no_part_of_the_question() -> None:
    from citeqa.answer.questions import without_asker

    asked = "A listener in Ohio asks: when will the bridge open?"
    assert without_asker(asked) == "when will the bridge open?"
    assert without_asker("Our first listener wants to know: who opened it?") == "who opened it?"
    assert without_asker("Harbour Bridge: when will it open?") == "Harbour Bridge: when will it open?"


def test_values_offered_as_a_choice_or_a_guess_after_the_question_need_not_be_in_the_answer() -> None:
    from citeqa.answer.questions import guessed_words, without_guess

    assert {"28", "29"} <= guessed_words("Was the call on May 28 or May 29?")
    assert {"third", "fourth"} <= guessed_words("Is Norway the third or fourth biggest economy?")
    assert "10" in guessed_words("Does Oslo want the levy cut to 10%, or am I misremembering?")
    where = "Where was the photo taken? I think it was the Town Hall?"
    assert "Town Hall" not in without_guess(where)


def test_a_terse_question_ending_on_rate_asks_for_a_percentage() -> None:
    assert question_shape("Harbour Shield intercept success rate?").answer_type is AnswerType.PERCENT
    assert question_shape("Oslo levy ask — target rate").answer_type is AnswerType.PERCENT


def test_two_swapped_letters_are_a_typo_of_a_word_or_of_its_inflected_form() -> None:
    from citeqa.answer.questions import swaps_two_letters

    assert swaps_two_letters("doem", "dome")
    assert swaps_two_letters("chnage", "changed") and swaps_two_letters("chnage", "changes")
    assert not swaps_two_letters("chnage", "charged")


def test_chat_tags_carry_no_content() -> None:
    from citeqa.answer.questions import is_content_word

    for tag in ("fr", "ngl", "lowkey", "tho", "nah", "misremembering"):
        assert not is_content_word(tag), tag
    assert is_content_word("treaty")


def test_a_bare_value_asked_after_the_question_is_a_guess_and_a_second_question_is_none() -> None:
    from citeqa.answer.questions import guessed_words, without_guess

    assert guessed_words("When did Oslo unveil its budget? 2023?") == {"2023"}
    assert without_guess("When did Oslo unveil its budget? 2023?") == "When did Oslo unveil its budget?"
    assert {"15", "percent"} <= guessed_words("What rate does Oslo want? 15 percent?")
    assert guessed_words("When was the summit? Who went?") == frozenset()
    two_questions = "When was the summit? What did they sign?"
    assert without_guess(two_questions) == two_questions


def test_a_value_hedged_with_or_something_like_that_is_a_guess() -> None:
    from citeqa.answer.questions import guessed_words

    assert "20" in guessed_words("was the tariff on Norway 20 percent or somethin like that")
    assert "20" in guessed_words("was the tariff on Norway 20 percent or so?")
    assert "Guam" in guessed_words("The radar is going to Guam, I think?")
    assert "5" in guessed_words("Checking a figure: Oslo pledged $5 billion this year — is that the number?")


def test_a_lone_digit_is_content_only_as_an_amount() -> None:
    from citeqa.answer.questions import content_positions

    words = ["When", "is", "the", "$", "6", "billion", "radar", "due", "?"]
    assert 4 in content_positions(words)
    assert 1 in content_positions(["the", "5", "%", "tariff"])
    # "the 3 areas" counts what is asked for: the text may spell it out, or list them.
    assert 2 not in content_positions(["Which", "are", "3", "areas"])


def test_countries_are_named_in_full_or_by_a_capital_and_longest_name_first() -> None:
    from citeqa.answer.countries import countries_named

    assert countries_named("is south korea joining too?") == {"south korea"}
    assert countries_named("What did Ottawa say?") == {"canada"}
    assert countries_named("North Korea, China, and Russia") == {"north korea", "china", "russia"}
    # A dotted title is no country's code, a common word in lower case no country, and "the
    # island" no Iceland.
    assert countries_named("Lt. Gen. Miller met Mr. Sato") == frozenset()
    assert countries_named("a chad of paper on the island") == frozenset()
    # A country's name typed in lower case is the country, unless it is a common word too.
    assert countries_named("what did canada say") == {"canada"}
    assert countries_named("roast turkey in jersey") == frozenset()
    # A people of several words names its one country.
    assert countries_named("which south korean officials went") == {"south korea"}
    assert countries_named("North Korean launches") == {"north korea"}


def test_provinces_states_and_capitals_are_places_unless_common_words() -> None:
    from citeqa.answer.places import countries_of_place, places_named

    assert places_named("Will the radar go to Hokkaido or Alaska?") == {"hokkaido", "alaska"}
    assert places_named("talks in okinawa") == {"okinawa"}
    assert places_named("New York and the District of Columbia") == {"new york", "district of columbia"}
    # A country is no province, and a common word ("Central", "the tariff saga") no place.
    assert places_named("Japan and the Central bank in Western parts; the whole tariff saga") == frozenset()
    assert countries_of_place("okinawa") == {"japan"}


def test_a_model_s_designation_is_found_in_text() -> None:
    from citeqa.answer.questions import designations

    assert designations("SM-3 Block IIA or PAC-3 MSE, or an F-35?") == {"SM-3", "PAC-3", "F-35"}
    assert designations("a 24% tariff in fiscal year 2026") == frozenset()


def test_how_many_of_a_scale_or_currency_asks_for_an_amount() -> None:
    assert question_shape("how many billions did Oslo set aside?").answer_type is AnswerType.AMOUNT
    assert question_shape("how many radars did Oslo buy?").answer_type is AnswerType.COUNT


def test_an_approximate_figure_is_as_exact_as_a_text_gets_but_a_vague_one_is_none() -> None:
    from citeqa.answer.questions import is_exact_enough

    shape = question_shape("How much exactly did Oslo set aside?")
    assert is_exact_enough(AnswerType.AMOUNT, "Oslo set aside approximately $6 billion.", shape)
    assert not is_exact_enough(AnswerType.AMOUNT, "It may cost hundreds of billions by 2029.", shape)


def test_where_something_will_be_based_takes_where_it_goes() -> None:
    from citeqa.answer.holdings import places

    sentence = "Oslo bought a radar for Svalbard, which hosts many bases."
    assert places(sentence, "where is the radar going to be based") == ("Svalbard",)
    assert places(sentence, "where is the radar based") == ()


def test_a_nationality_and_a_title_speak_for_the_country_the_speaker_s_name_or_introduction_holds() -> None:
    opener = "After the summit, Nordqvist reiterated Norway’s position on quotas: “Our view has not changed."
    going_on = "We will keep the quotas where they are.”"
    shape = question_shape("How does the Norwegian PM argue for the quotas?")
    assert reports_speech(going_on, opener, shape, opener)
    quote = "“We never deter alone,” U.S. Space Force Gen. Anna Berg stated during a visit to Norway."
    visiting = question_shape("What did the visiting American general say about deterring?")
    assert reports_speech(quote, "", visiting)
    # Another country's general does not speak for the United States.
    other = "“We never deter alone,” Norwegian Gen. Anna Berg stated during a visit to Japan."
    assert not reports_speech(other, "", question_shape("What did the American general say about deterring?"))


def test_may_capitalised_inside_a_question_is_the_month() -> None:
    from citeqa.answer.questions import content_positions

    assert 4 in content_positions(["How", "was", "the", "late", "May", "call", "?"])
    assert 0 not in content_positions(["May", "I", "ask", "about", "the", "call", "?"])


def test_an_ordinal_s_noun_matched_in_meaning_leaves_the_order_open() -> None:
    from citeqa.answer.holdings import conflicts_in_order

    question = "in the first call, what did Berg and Olsen discuss?"
    unordered = "Berg and Olsen held a phone conversation last month about quotas."
    # "call" is not in the sentence: only its meaning ("conversation") says it is the same thing.
    assert conflicts_in_order("first", unordered, question)
    assert not conflicts_in_order("first", unordered, question, qualified_in_meaning=True)
    # Another ordinal contradicts it, whatever the meaning.
    second = "After a second phone conversation on May 29, Berg declined to give details."
    assert conflicts_in_order("first", second, question, qualified_in_meaning=True)


def test_a_think_tank_is_no_speaker_and_thinks_nothing() -> None:
    shape = question_shape("What has grown in importance for the alliance according to the Oslo think tank?")
    assert shape.speaker is None


def test_more_ways_a_reader_offers_a_value_as_a_guess() -> None:
    from citeqa.answer.questions import guessed_words

    # A yes/no question after a phrase that narrows it checks its values too.
    assert "34" in guessed_words("Apart from the salmon levy, was the other tariff 34 percent?")
    assert "34" not in guessed_words("Apart from the salmon levy, what is the 34 percent tariff on?")
    assert "19" in guessed_words("That Mayor Bergen, did she open the bridge on May 19?")
    # A statement put up to be checked with a tag: its names and values may be corrected.
    assert {"Sweden", "Finland"} <= guessed_words("The bridge trails only Sweden and Finland. Correct?")
    assert "Korea" in guessed_words("Polar Shield inspired by South Korea's dome — true?")
    assert guessed_words("Which bridge trails only Sweden?") == frozenset()

    assert {"6", "8"} <= guessed_words(
        "How much has Oslo earmarked — around $6 billion or more like $8 billion?"
    )
    assert "four" in guessed_words(
        "so I heard Oslo set aside, was it like four billion or so, how much really?"
    )


def test_a_dictated_guess_with_no_comma_a_value_after_like_and_a_claim_to_confirm_are_guesses() -> None:
    from citeqa.answer.questions import guessed_words, without_guess

    dictated = "when will the bridge be up and running was it 2028"
    assert "2028" in guessed_words(dictated)
    assert "2028" not in without_guess(dictated)
    assert {"June", "4th"} <= guessed_words("deadline for bids on the bridge was it June 4th")
    # With no comma, only a value is a guess: "where is it going" asks on.
    assert guessed_words("where is it going to be built") == frozenset()
    assert "50" in guessed_words("How much will the bridge cost, roughly? like 50 billion?")
    assert {"December", "2023"} <= guessed_words(
        "My notes say the plan came out in December 2023 - can you confirm the month and year?"
    )
    assert guessed_words("How much did the bridge cost?") == frozenset()


def test_when_exactly_takes_a_month_of_a_year_and_what_date_takes_a_day() -> None:
    from citeqa.answer.questions import is_exact_enough

    when = question_shape("When exactly did Norway announce the buildup?")
    assert is_exact_enough(AnswerType.DATE, "In December 2022, the country revealed a buildup.", when)
    assert not is_exact_enough(AnswerType.DATE, "In December, the country revealed a buildup.", when)
    day = question_shape("What was the exact date Norway announced the buildup?")
    assert not is_exact_enough(AnswerType.DATE, "In December 2022, the country revealed a buildup.", day)


def test_a_participle_ends_the_noun_phrase_a_preposition_leads() -> None:
    from citeqa.answer.questions import prepositional_phrases

    assert prepositional_phrases("What rate does Oslo want the duties on its goods brought down to?") == [
        ["goods"]
    ]


def test_a_question_for_a_phrase_wants_words_in_quotation_marks() -> None:
    from citeqa.answer.questions import asks_for_phrase, gives_quoted_term

    assert asks_for_phrase("What slogan does Norway keep repeating?")
    assert asks_for_phrase("her description of the ties, some two-word phrase in quotes")
    assert not asks_for_phrase("What did Norway say about the ties?")
    assert gives_quoted_term("Berg called it a ‘win-win’ deal.")
    assert gives_quoted_term("“Radar could be a shared opportunity at the end of the day.”")
    assert not gives_quoted_term("Berg said the talks went well and would go on for many more weeks.")


def test_what_topics_asks_for_a_list() -> None:
    from citeqa.answer.questions import asks_for_list

    assert asks_for_list("berg olsen phone call what topics did they cover")
    assert asks_for_list("Which three areas did the statement stress?")
    assert asks_for_list("Which technology fields must Norway focus on?")
    assert not asks_for_list("What did they discuss on the call?")
    # Two things are named with "and", no list of commas.
    assert not asks_for_list("In which two areas should the countries cooperate?")
    # Things of one kind the text mentions, names or lists are named in a list.
    assert asks_for_list("which hostile neighbours of Norway are mentioned")
    assert asks_for_list("Which regional threat actors does the piece mention?")
    assert not asks_for_list("Which outlets cited the report?")


def test_a_list_that_lost_its_last_item_is_still_a_list() -> None:
    from citeqa.answer.questions import gives_list

    assert gives_list("Norway must prioritize areas such as AI, robotics, and , all critical for defense.")
    assert not gives_list("Norway must prioritize AI and robotics.")


def test_a_choice_between_two_acts_is_no_yes_no_question_however_long_its_second() -> None:
    shape = question_shape("Did Berg's later moves strengthen or undermine the fishing pledge with Sweden?")
    assert not shape.yes_no
    assert question_shape("Did Berg strengthen the fishing pledge with Sweden?").yes_no


def test_statements_before_a_question_say_why_it_is_asked_not_what() -> None:
    from citeqa.answer.questions import without_statements_before

    assert (
        without_statements_before("Canada got tariffs too. What is the rate on cars?")
        == "What is the rate on cars?"
    )
    assert without_statements_before("Canada joined too, right?") == "Canada joined too, right?"
    assert without_statements_before("Has Canada joined? I read it.") == "Has Canada joined? I read it."


def test_why_how_come_and_the_reason_ask_for_an_explanation() -> None:
    from citeqa.answer.questions import asks_for_explanation, asks_why_an_act_was_done

    assert asks_for_explanation("Why is Norway spending more?")
    assert asks_for_explanation("y is norway spending more on defence")
    assert asks_for_explanation("how come oslo pays so much")
    assert asks_for_explanation("What's the reason for the buildup?")
    assert asks_for_explanation("For what reason did Oslo raise the levy?")
    assert asks_why_an_act_was_done("For what reason exactly did Oslo raise the levy?")
    assert asks_why_an_act_was_done("for what purpose did oslo buy the radar")
    assert not asks_for_explanation("y 2 billion?")
    assert not asks_for_explanation("How much is Norway spending?")


def test_the_currency_a_question_asks_an_amount_in() -> None:
    from citeqa.answer.questions import asked_currencies, currencies_named

    assert asked_currencies("How large is Norway's budget in yen this year?") == {"yen"}
    assert asked_currencies("how big is the budget in actual $$ tho") == {"dollar"}
    assert asked_currencies("How many euros did Oslo pledge?") == {"euro"}
    # A figure the reader gives, or "won" as a verb, asks no currency.
    assert asked_currencies("Oslo will chip in $10 billion, right?") == frozenset()
    assert asked_currencies("who won in May?") == frozenset()
    assert currencies_named("Oslo pledged $3 billion and ¥40 billion.") == {"dollar", "yen"}


def test_which_countries_asks_for_names_whatever_value_describes_them() -> None:
    assert (
        question_shape("Which nations have defense budgets larger than Norway's?").answer_type
        is AnswerType.NAME
    )
    assert question_shape("which two countries outspend norway on defence").answer_type is AnswerType.NAME
    # Not a share of countries, nor a year in which countries did something.
    assert question_shape("what share of countries spend 2% on defence").answer_type is AnswerType.PERCENT
    assert question_shape("which year did the two nations sign the pact").answer_type is AnswerType.DATE
    assert question_shape("By what date must countries submit their bids?").answer_type is AnswerType.DATE


def test_sentences_about_the_reader_before_the_question_are_left_out() -> None:
    from citeqa.answer.questions import without_asker_story

    assert without_asker_story("I farm in Iowa. We sell soy. What rate does Norway want?") == (
        "What rate does Norway want?"
    )
    # A claim the reader reports, a question pointing back at what came before, or a first
    # sentence about something else is what the question is about.
    for kept in (
        "My opponent says Norway pledged $3 billion. How much did it pledge?",
        "I saw the bridge opening. Who opened it?",
        "Norway and Sweden signed a pact. What rate does Norway want?",
    ):
        assert without_asker_story(kept) == kept


def test_plus_is_a_joining_word_that_ends_a_narrowing_phrase() -> None:
    from citeqa.answer.questions import is_content_word, prepositional_phrases

    assert not is_content_word("plus")
    phrases = prepositional_phrases("how much went into the long range missile plus satellite system?")
    assert phrases and "plus" not in phrases[0]


def test_how_x_responded_asks_what_x_said_even_asked_indirectly() -> None:
    asked = "Could you tell me how the Swedish government responded when the paper reported it?"
    assert question_shape(asked).speaker == "the Swedish government"
    assert question_shape("how the deal was reacted to").speaker is None


def test_how_many_countries_a_question_asks_for() -> None:
    from citeqa.answer.questions import countries_asked_for

    assert countries_asked_for("Which two nations outspend Norway?") == 2
    assert countries_asked_for("which 3 countries border it") == 3
    assert countries_asked_for("Which countries outspend Norway?") == 0


def test_a_quoted_term_before_the_noun_says_what_kind() -> None:
    from citeqa.answer.questions import qualifies_in_quotes

    asked = "what kind of partnership does Berg want?"
    assert qualifies_in_quotes("Berg wants a ‘win-win’ partnership with Oslo.", asked)
    assert not qualifies_in_quotes("Berg wants a cooperative partnership.", asked)
    # "what word describes the kind of partnership…" asks the same, without "what kind".
    described = "what word did Berg use to describe the kind of partnership Bergen wants?"
    assert qualifies_in_quotes("Berg wants a ‘win-win’ partnership with Oslo.", described)
    # The question's own term is no answer to it.
    assert not qualifies_in_quotes("Berg wants a ‘win-win’ partnership.", "what kind of win-win partnership?")
