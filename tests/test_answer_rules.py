"""How the extractive answerer picks or refuses a sentence, on invented documents and on the
seed article: the rules of `citeqa.answer` working through the whole engine."""

import dataclasses
from pathlib import Path

import pytest

from citeqa.engine import Engine

from .conftest import ingest_text


def test_a_question_about_words_missing_from_the_text_is_refused(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """Scraped text loses words (an empty quotation, a space before a comma); a question about
    what stood there is refused, while the rest of the sentence still answers."""
    ingest_text(
        fresh_engine,
        tmp_path / "memo.txt",
        "Tariff memo\n\nJapan faces a 24% “” tariff on steel imports from the US. "
        "The Okinawa radar station opened in May. The navy named the station one of its “.” "
        "Japan must prioritise fields such as sensors, lasers, and , all vital for defence.",
    )
    # A list that lost an item still answers, unless the question names every item left and
    # sets them aside or asks for the one after them.
    besides = fresh_engine.ask("Besides lasers, which field must Japan prioritise for defence?")
    assert besides.answerable and "sensors" in besides.citations[0].text
    assert not fresh_engine.ask(
        "Apart from sensors and lasers, what third field must Japan prioritise?"
    ).answerable
    assert not fresh_engine.ask("Besides sensors and lasers, which field must Japan prioritise?").answerable
    what_else = fresh_engine.ask("japan defence priorities - sensors, lasers and what else?")
    assert what_else.answerable and "sensors" in what_else.citations[0].text
    # Items given as examples of what is asked are a guess to confirm, not items set aside.
    examples = fresh_engine.ask("what fields does japan need to prioritise, like sensors and lasers?")
    assert examples.answerable and "sensors" in examples.citations[0].text
    # A claim naming the items left asks for no other.
    claim = fresh_engine.ask("japan needs to prioritise stuff like sensors and lasers for defence, right?")
    assert claim.answerable and "sensors" in claim.citations[0].text
    assert not fresh_engine.ask("What is the 24% tariff called?").answerable
    assert not fresh_engine.ask("The navy named the radar station one of its what?").answerable
    answered = fresh_engine.ask("Which goods does Japan face a tariff on?")
    assert answered.answerable and "steel" in answered.citations[0].text


def test_a_word_with_two_letters_swapped_is_read_as_the_word_it_misspells(seeded_engine: Engine) -> None:
    answer = seeded_engine.ask("how much will the golden doem cost")
    assert answer.answerable
    assert any("hundreds of billions" in c.text for c in answer.citations)


def test_a_question_about_a_photo_is_answered_from_its_caption(fresh_engine: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "story.txt").write_text(
        "Mayor Alice Berg Opens The New Harbour Bridge In Rotterdam\n\n"
        "The city council approved the bridge in 2021 after a long debate. "
        "Construction cost about 90 million euros and took three years.\n\n"
        "Cyclists crossing the bridge at dawn\n\n"
        "Traffic engineers expect 20,000 crossings a day.\n",
        encoding="utf-8",
    )
    fresh_engine.ingest_paths([folder])
    answer = fresh_engine.ask("Who is opening the bridge in the photo at the top?")
    assert answer.answerable
    caption = "Mayor Alice Berg Opens The New Harbour Bridge In Rotterdam"
    assert [c.text for c in answer.citations] == [caption]
    second = fresh_engine.ask("what are the cyclists doing in the second picture")
    assert [c.text for c in second.citations] == ["Cyclists crossing the bridge at dawn"]
    assert not fresh_engine.ask("What brand of car is shown in the photo?").answerable


def test_a_question_about_a_section_heading_is_answered_from_the_heading(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "harbour.txt",
        "Harbour plans\n\nWhat the city stands to gain\n\nThe new bridge will cut travel times "
        "for commuters.\n\nWhat critics fear\n\nResidents worry about noise from the traffic.\n\n"
        "Mayor Berg Opens The Bridge On A Rainy Morning\n\nThe council expects the din to fade.\n",
    )
    answer = fresh_engine.ask("What is the heading of the section about what the city could gain?")
    assert [c.text for c in answer.citations] == ["What the city stands to gain"]
    # No heading says "noise": the heading above the sentence that does answers.
    noise = fresh_engine.ask("Under which heading does the article discuss noise from traffic?")
    assert [c.text for c in noise.citations] == ["What critics fear"]


def test_a_date_in_the_sentence_before_does_not_date_another_event(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """The sentence before gives context (who is speaking), but its date belongs to its own
    event: "On which day in May did the council vote?" is not answered by the opening's date."""
    ingest_text(
        fresh_engine,
        tmp_path / "council.txt",
        "Harbour news\n\nThe mayor opened the Rotterdam harbour bridge on March 3. "
        "In May, the city council voted to extend the tram line across the river.",
    )
    assert not fresh_engine.ask("On which day in May did the city council vote on the tram line?").answerable
    opened = fresh_engine.ask("When did the mayor open the harbour bridge?")
    assert opened.answerable and "March 3" in opened.citations[0].text


def test_a_question_for_a_kind_of_name_is_refused_when_only_other_kinds_are_named(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "Which company…" over a sentence that names only a city and a newspaper is refused, though
    it matches the rest of the question; the company named elsewhere answers it."""
    ingest_text(
        fresh_engine,
        tmp_path / "radar.txt",
        "Radar deal\n\nAccording to the business daily Handelsblatt, Berlin will buy ten mobile radars "
        "for the Baltic coast this year. The radars will be assembled by Hensoldt, a defense contractor "
        "based in Taufkirchen, from next spring.",
    )
    assert not fresh_engine.ask(
        "Which company is selling Berlin the mobile radars for the Baltic coast?"
    ).answerable
    assembled = fresh_engine.ask("Which company will assemble the radars?")
    assert assembled.answerable and "Hensoldt" in assembled.citations[0].text
    assert fresh_engine.ask("Which newspaper reported that Berlin will buy radars?").answerable


def test_a_question_for_a_kind_of_name_wants_that_name_whatever_else_it_mentions(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "Which news organization reported the deadline?" asks for a publication, not a date: a
    sentence holding the date and a ministry doesn't answer it."""
    ingest_text(
        fresh_engine,
        tmp_path / "bids.txt",
        "Radar bids\n\nAccording to the Trade Ministry, bids for the coastal radars are due by "
        "Wednesday, June 4. The navy will pick the winner in July.",
    )
    assert fresh_engine.ask("When are bids for the coastal radars due?").answerable
    # Keywords embed far from any sentence; a sentence holding every one of them still answers.
    assert fresh_engine.ask("deadline for radar bids?").answerable
    assert not fresh_engine.ask(
        "Which news organization reported the June 4 deadline for radar bids?"
    ).answerable


def test_a_value_narrowed_to_something_the_corpus_never_mentions_is_refused(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "What tariff does Norway put on German steel?" over a sentence with a tariff on fish: the
    percentage found belongs to the fish, and steel appears nowhere."""
    ingest_text(
        fresh_engine,
        tmp_path / "tariffs.txt",
        "Trade\n\nNorway has asked Brussels to lift its levies, including a 12% tariff on farmed "
        "salmon from Norwegian fjords. Talks resume in Oslo in June.",
    )
    salmon = fresh_engine.ask("What tariff rate does Brussels charge on Norwegian salmon?")
    assert salmon.answerable and "12%" in salmon.citations[0].text
    assert not fresh_engine.ask("What tariff rate does Brussels charge on Norwegian steel?").answerable


def test_a_value_the_sentence_does_not_narrow_answers_for_its_subject_however_the_question_words_it(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "the projected price tag for the Harbour Bridge megaproject": "megaproject" is no word of
    the corpus, but the sentence's cost is the bridge's own ("estimated to cost 90 million
    euros, will open…"), not narrowed by a preposition to something else."""
    ingest_text(
        fresh_engine,
        tmp_path / "bridge.txt",
        "Bridge news\n\nRotterdam is planning the Harbour Bridge. Mayor Berg has stated that this "
        "bridge, estimated to cost 90 million euros, will open to the public in 2029.",
    )
    answer = fresh_engine.ask("What is the projected price tag for the Harbour Bridge megaproject?")
    assert answer.answerable and "90 million" in answer.citations[0].text


def test_where_a_thing_is_needs_the_thing_in_the_sentence_not_only_in_its_heading(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """A photo caption names a radar station; the sentence under it names a city for another
    reason. "Where is the station?" is not answered by that city."""
    ingest_text(
        fresh_engine,
        tmp_path / "station.txt",
        "Coastal defence\n\nThe Vardø Globus Radar Station at dusk\n\nOslo has also deepened its "
        "ties with Washington, pledging $2 billion this year for new interceptors. "
        "The navy will test the interceptors near Bodø in the autumn.",
    )
    assert not fresh_engine.ask("In which Norwegian city is the Globus Radar Station located?").answerable
    tested = fresh_engine.ask("Where will the navy test the interceptors?")
    assert tested.answerable and "Bodø" in tested.citations[0].text


def test_a_city_is_not_a_name_the_corpus_calls_an_organisation(fresh_engine: Engine, tmp_path: Path) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "forum.txt",
        "Forum\n\nAnna Roe, vice president at the Nordic Radar Association, spoke at a Defence Forum "
        "event in April. Talks continue in Bergen next week.",
    )
    assert not fresh_engine.ask("Which city hosted the Defence Forum event?").answerable
    assert fresh_engine.ask("In which city do the talks continue?").answerable


def test_a_question_about_a_payment_is_not_answered_by_what_something_costs(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "shield.txt",
        "Shield\n\nNorway is weighing support for the Nordic Shield. The system is estimated to cost "
        "$40 billion over ten years.\n\nRadars\n\nOslo has pledged $2 billion this year for coastal radars.",
    )
    assert not fresh_engine.ask("How much money will Norway put into the Nordic Shield?").answerable
    assert not fresh_engine.ask("How much has parliament appropriated for the Nordic Shield?").answerable
    assert fresh_engine.ask("How much is the Nordic Shield expected to cost?").answerable
    assert fresh_engine.ask("How much has Oslo committed to coastal radars?").answerable


def test_a_sentence_going_on_from_the_one_before_answers_for_its_topic(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """The sentence before matches the question's words best but holds no amount; the sentence
    that goes on with it ("this network, estimated to cost…") answers."""
    ingest_text(
        fresh_engine,
        tmp_path / "shield.txt",
        "Shield\n\nThe Nordic Shield, an ambitious missile defence network inspired by Finland’s radar "
        "chain, would link satellites, sensors and interceptors across the north. Officials have said "
        "this network, estimated at 40 billion euros, will be ready by 2031.",
    )
    answer = fresh_engine.ask("What price tag has been attached to the ambitious missile defence project?")
    assert answer.answerable and "40 billion euros" in answer.citations[0].text


def test_a_fact_asked_as_someone_gives_it_comes_from_what_they_say(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "bridge.txt",
        "Bridge\n\nAs Rotterdam plans its harbour works—starting the first dredging in 2026—the port "
        "authority, responsible for running Mayor Berg’s “Harbour Bridge,” has praised the city. "
        "The project is ambitious. Berg has stated that this bridge, estimated to cost 90 million euros, "
        "will be open by 2029.",
    )
    answer = fresh_engine.ask("By what year does Berg say the Harbour Bridge will be up and running?")
    assert answer.answerable and "2029" in answer.citations[0].text


def test_a_sentence_pointing_back_is_about_what_the_sentence_before_names(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "This ambitious network…" is about the Nordic Shield that the sentence before names; a
    quotation naming it outright is about something else."""
    ingest_text(
        fresh_engine,
        tmp_path / "shield.txt",
        "Shield\n\nAccording to a report this week in the business daily Finansavisen, Norway is "
        "“exploring support” for Sweden’s “Nordic Shield” project. This ambitious network would link "
        "satellites, sensors and interceptors designed to defend the Swedish mainland from aerial attacks. "
        "Officials have said this network, estimated to cost billions of euros, will be ready by 2031.\n\n"
        "Views\n\n“The Nordic Shield could be a golden opportunity for collaboration at the end of the "
        "day,” an industry official said.\n",
    )
    for question in (
        "what would the nordic shield actually be made up of",
        "nordic shield meant to protect wat exactly",
    ):
        answer = fresh_engine.ask(question)
        assert answer.answerable and "satellites" in answer.citations[0].text


def test_a_kind_of_speaker_is_found_where_a_running_quotation_opens(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "quote.txt",
        "Talks\n\nAfter the summit, Chancellor Olaf Scholz told reporters: “We will buy the radars "
        "this year. "
        "Our partners in Oslo have waited long enough for a decision.”",
    )
    answer = fresh_engine.ask("Which leader said the partners in Oslo have waited long enough?")
    assert answer.answerable
    assert any("waited long enough" in c.text for c in answer.citations)


def test_a_nationality_word_stands_for_the_country_s_capital(seeded_engine: Engine) -> None:
    """ "Japanese" names Japan, and Tokyo stands for Japan: a sentence about Tokyo's pledge is
    about a Japanese one."""
    answer = seeded_engine.ask("Which Japanese location is set to receive a mobile reconnaissance radar?")
    assert answer.answerable
    assert "Okinawa" in answer.citations[0].text


def test_an_initialism_in_lowercase_and_an_ordinal_as_a_numeral_still_match(seeded_engine: Engine) -> None:
    """ "csis" is the Center for Strategic and International Studies, and "the Second World
    War" is "World War II"."""
    event = seeded_engine.ask("csis event when")
    assert event.answerable and "April" in event.citations[0].text
    expansion = seeded_engine.ask(
        "When did Japan unveil its largest military buildup since the Second World War?"
    )
    assert expansion.answerable and "December 2022" in expansion.citations[0].text


def test_a_title_s_abbreviation_stands_for_the_title(seeded_engine: Engine) -> None:
    """ "general" in a question is the "Gen." of "Lt. Gen. David N. Miller Jr."."""
    assert "gen" in seeded_engine.answerer._aliases("general")
    assert "lt" in seeded_engine.answerer._aliases("lieutenant")


def test_a_name_opening_a_sentence_is_a_name_when_the_corpus_capitalises_it_elsewhere(
    seeded_engine: Engine,
) -> None:
    """ "Trump has stated…" names Trump, as "with Trump" does elsewhere in the article."""
    answer = seeded_engine.ask("Which leader has claimed the Golden Dome will be up and running by 2029?")
    assert answer.answerable
    assert answer.citations[0].text.startswith("Trump has stated")


def test_a_title_in_the_question_need_not_be_in_the_sentence(seeded_engine: Engine) -> None:
    """The article calls him Ishiba in the sentence that quotes him; "Prime Minister Ishiba" is
    still him."""
    answer = seeded_engine.ask("How did Prime Minister Ishiba describe his exchange of views with Trump?")
    assert answer.answerable
    assert "truly candid exchange" in answer.citations[0].text


def test_initials_of_a_name_the_corpus_spells_out_are_read_as_the_name(seeded_engine: Engine) -> None:
    assert seeded_engine.answerer.spell_out("GD cost per the AIA?") == (
        "Golden Dome cost per the Aerospace Industries Association?"
    )
    # "us" is a word of the corpus: US stays US, which matches "U.S." as it is.
    assert seeded_engine.answerer.spell_out("US-Japan ties?") == "US-Japan ties?"
    answer = seeded_engine.ask("GD program cost est.?")
    assert answer.answerable and "hundreds of billions" in answer.citations[0].text


def test_a_common_word_written_with_a_capital_is_matched_like_any_word(seeded_engine: Engine) -> None:
    """ "Economy" opens a clause of the question, but the article only writes "economy": it is
    no name that must appear as written."""
    answer = seeded_engine.ask(
        "What three areas did the leaders' statement focus on? Economy, defence and... ?"
    )
    assert answer.answerable
    assert "economic growth, security, and space" in answer.citations[0].text


def test_a_name_typed_in_lower_case_is_still_the_name(fresh_engine: Engine, tmp_path: Path) -> None:
    """The corpus always writes "Berg" with a capital, so "berg" in a chat question is the
    speaker asked about: a sentence in which someone else praises Berg's plan doesn't answer."""
    ingest_text(
        fresh_engine,
        tmp_path / "bridge.txt",
        "Bridge\n\nAnna Roe praised Berg’s harbour plan in a statement on Monday. "
        "Work on the bridge starts in May.",
    )
    assert fresh_engine.ask("What did Berg say about the harbour plan?").answerable is False
    assert fresh_engine.ask("wat did berg say about the harbour plan").answerable is False


def test_section_titles_initials_with_a_dotted_prefix_and_idioms(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "harbour.txt",
        "Harbour plans\n\nWhat the city stands to gain\n\nThe new bridge will cut travel times for "
        "commuters.\n\nWhat critics fear\n\nResidents worry about noise from the traffic. In response to "
        "rising traffic, the U.S. Coast Guard, responsible for the harbour, has added two patrol boats.",
    )
    title = fresh_engine.ask("What is the title of the section about noise?")
    assert [c.text for c in title.citations] == ["What critics fear"]
    # "USCG" is the corpus's "U.S. Coast Guard".
    guard = fresh_engine.ask("USCG role re harbour?")
    assert guard.answerable and "Coast Guard" in guard.citations[0].text
    # "in the first place" asks for no first thing.
    why = fresh_engine.ask("Why did the Coast Guard add patrol boats in the first place?")
    assert why.answerable and "patrol boats" in why.citations[0].text


def test_shorthand_in_a_question_is_read_as_the_words_it_stands_for(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "budget.txt",
        "Nordic budget\n\nIn December 2022, Sweden raised its defense budget to the fifth-largest in Europe. "
        "The coastal radar, which entered service in September, watches the Baltic. "
        "The fishing fleet caught record amounts of herring last spring.",
    )
    answer = fresh_engine.ask("SE def budget rank after Dec '22?")
    assert answer.answerable and "fifth-largest" in answer.citations[0].text
    # A year question over a sentence that gives only a month is refused; "when" is answered.
    assert not fresh_engine.ask("In what yr did the coastal radar enter service?").answerable
    assert fresh_engine.ask("When did the coastal radar enter service?").answerable


def test_a_misspelt_question_is_embedded_as_the_words_it_misspells(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "navy.txt",
        "Navy notes\n\nThe Norwegian navy commissioned two frigates for coastal patrols. "
        "Rear Admiral Kari Holm, who leads the military coastal command, praised the crews. "
        "The harbour authority raised mooring fees in spring.",
    )
    asked = fresh_engine.answerer.spell_out(
        "What is the militery rank of Kari Hollm from the coastel command?"
    )
    assert "military" in asked and "coastal" in asked
    # In lower case: a name the reader was unsure how to spell is not one a sentence must hold.
    assert "holm" in asked and "Holm" not in asked
    answer = fresh_engine.ask("What is the militery rank of Kari Hollm from the coastel command?")
    assert answer.answerable and "Admiral" in answer.citations[0].text


def test_a_yes_no_question_about_an_act_only_requested_is_refused(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "bids.txt",
        "Frigate tender\n\nThe ministry has requested suppliers to submit their final bids by Friday, May 9. "
        "Acme Shipyards builds frigates in Bergen. The navy's budget rose by 4% this year.",
    )
    assert not fresh_engine.ask("Did Acme actually submit its final bid by the May 9 deadline?").answerable
    asked = fresh_engine.ask("Did the ministry ask suppliers to submit their final bids by May 9?")
    assert asked.answerable and "requested" in asked.citations[0].text


def test_a_question_about_the_attribution_of_a_quotation_is_judged_against_that_clause(
    seeded_engine: Engine,
) -> None:
    """The quotation about economic security dominates the embedding of the Stimson Center
    sentence; its attribution clause is what these questions are close to."""
    for question in ("stimson center located where", "Where's the Stimson think tank located?"):
        answer = seeded_engine.ask(question)
        assert answer.answerable, question
        assert "a nonpartisan think-tank in Washington" in answer.citations[0].text


def test_a_question_about_the_lost_object_of_a_verb_is_refused(fresh_engine: Engine, tmp_path: Path) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "neighbours.txt",
        "Neighbours\n\nNorway borders rivals like Vetland, Orsk, and Kalmia—all of which have , according "
        "to the Fjord Post, Norway might use the talks as leverage. Vetland exports timber to Orsk.",
    )
    assert not fresh_engine.ask(
        "What do Vetland, Orsk and Kalmia all have, according to the Fjord Post?"
    ).answerable
    answered = fresh_engine.ask("Which rivals does Norway border?")
    assert answered.answerable and "Kalmia" in answered.citations[0].text


def test_a_sentence_pointing_back_through_a_chain_takes_the_words_of_what_it_points_to(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "shield.txt",
        "Polar plans\n\nAccording to a report in the Fjord Post, Norway is “exploring support” for the "
        "king’s “Polar Shield” project. This ambitious radar network, inspired by Iceland’s Ice Wall, "
        "would involve radars and interceptors. The king has stated that this network, estimated to "
        "cost billions of kroner, will be operational by the end of his reign in 2031.\n\n"
        "Norway plans to launch its first weather satellite in fiscal year 2026, the Fjord Post says.\n\n"
        "The ministers met in May. The statement emphasized cooperation on fishing, energy, and space.",
    )
    answer = fresh_engine.ask("polar shield operational target year?")
    assert answer.answerable and "2031" in answer.citations[0].text
    # "The statement" after "…released a statement" across a paragraph break is that statement.
    areas = fresh_engine.ask("Which areas did the ministers' statement emphasize?")
    assert areas.answerable and "fishing" in areas.citations[0].text


def test_a_yes_no_question_about_an_act_the_sentence_does_not_report_is_refused(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "bids.txt",
        "Frigate tender\n\nAfter the May 9 deadline, the Oslo Ministry received Acme's final bid for the "
        "frigate tender. Acme Shipyards builds frigates in Bergen.",
    )
    assert not fresh_engine.ask(
        "Did the Oslo Ministry reject Acme's final bid after the May 9 deadline?"
    ).answerable
    assert fresh_engine.ask(
        "Did the Oslo Ministry receive Acme's final bid after the May 9 deadline?"
    ).answerable


def test_a_word_written_only_inside_a_longer_name_is_that_name_only_beside_its_partner(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "states.txt",
        "Budgets\n\nNorway raised its budget to the third-largest in Europe, trailing only the United States "
        "and France. Later, Trump visited Oslo. The Polar Shield, like the Iron Shield, uses radars.",
    )
    spelt = fresh_engine.answerer.spell_out
    assert spelt("which two states outspend France") == "which two states outspend France"
    assert spelt("united states budget") == "United States budget"
    assert spelt("what did trump say") == "what did Trump say"
    answer = fresh_engine.ask("Which two states outspend Norway on defense?")
    assert answer.answerable and "United States" in answer.citations[0].text


def test_a_name_question_is_not_answered_by_a_sentence_whose_only_capital_is_its_first_word(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """A headline capitalises "In"; a sentence opening with "In" names nobody, and the names of
    the sentences before don't answer for a sentence of other facts."""
    ingest_text(
        fresh_engine,
        tmp_path / "rivals.txt",
        "Minister Meets The King In The Palace\n\n"
        "Norway faces pressure from rivals like Vetland and Orsk, according to the Fjord Post. "
        "In response to rising regional threats, the country has been raising its security budget.",
    )
    answer = fresh_engine.ask("Which nearby countries could threaten Norway?")
    assert not answer.answerable or "Vetland" in answer.citations[0].text


def test_the_cost_of_what_a_project_is_modelled_on_is_not_the_project_s_cost(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "shield.txt",
        "Polar plans\n\nNorway is “exploring support” for the king’s “Polar Shield” project. This "
        "ambitious radar network, inspired by Iceland’s Ice Wall, would involve radars and "
        "interceptors. The king has stated that this network, estimated to cost hundreds of billions "
        "of dollars, will be operational by 2031.",
    )
    assert not fresh_engine.ask("What is the estimated cost of Iceland's Ice Wall?").answerable
    answer = fresh_engine.ask("How much will the Polar Shield cost?")
    assert answer.answerable and "billions of dollars" in answer.citations[0].text


def test_a_guess_offered_with_an_alternative_may_be_the_answer(fresh_engine: Engine, tmp_path: Path) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "radar.txt",
        "Radar plans\n\nNorway is pledging $2 billion for interceptors and deploying a mobile radar in "
        "Tromso. The navy also bought two frigates.",
    )
    answer = fresh_engine.ask("where is norway putting the mobile radar tromso or somewhere else")
    assert answer.answerable and "Tromso" in answer.citations[0].text


def test_a_question_that_states_an_act_and_then_asks_a_fact_needs_the_act_reported(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "bids.txt",
        "Frigate tender\n\nThe ministry has requested suppliers to submit their final bids by Friday, May 9. "
        "Acme Shipyards builds frigates in Bergen.",
    )
    assert not fresh_engine.ask(
        "Did Acme submit its final bid by the May 9 deadline, and what was in it?"
    ).answerable
    assert fresh_engine.ask("By what date must suppliers submit their final bids?").answerable


def test_a_value_narrowed_by_a_word_the_corpus_never_uses_is_refused(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "tariffs.txt",
        "Tariffs\n\nNorway, reliant on imports and exports, has urged Sweden to cut tariffs on the "
        "country, including a 25% tariff on automotive parts, to 10%. Sweden exports timber.",
    )
    assert not fresh_engine.ask("What tariff rate does Sweden levy on Norwegian salmon imports?").answerable
    answer = fresh_engine.ask("What tariff rate does Sweden levy on Norwegian automotive parts?")
    assert answer.answerable and "25%" in answer.citations[0].text


def test_the_names_of_a_photo_caption_are_not_the_names_of_the_sentences_below_it(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "palace.txt",
        "King Harald Makes Announcement With Defense Minister Holm In The Royal Palace\n\n"
        "In a statement after the second phone call on May 29, the king noted that the talks were "
        "candid and deepened their understanding. Norway is exploring support for the Polar Shield.",
    )
    assert not fresh_engine.ask(
        "What was the announcement the king made with Holm in the Royal Palace actually about?"
    ).answerable
    answered = fresh_engine.ask("What did the king note in his statement after the May 29 call?")
    assert answered.answerable and "candid" in answered.citations[0].text


def test_when_the_best_sentence_does_not_answer_one_scoring_nearly_as_well_may(
    fresh_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "radars.txt",
        "Radars\n\nThe coastal radar entered service in May 2024, the navy said. The coastal radar "
        "entered service in May 2024, the ministry said. Herring catches fell by a third.",
    )
    answerer = fresh_engine.answerer
    question = "When did the coastal radar enter service?"
    first = fresh_engine.ask(question).citations[0].text
    refuse = answerer._refusal

    def refusing_the_first(asked, shape, judgement, judgements):
        if judgement.candidate.stored.passage.text == first:
            return "refused for this test"
        return refuse(asked, shape, judgement, judgements)

    monkeypatch.setattr(answerer, "_refusal", refusing_the_first)
    fresh_engine._answers.clear()  # answers cached before the patch
    answer = fresh_engine.ask(question)
    assert answer.answerable and answer.citations[0].text != first
    # Beyond the margin, the refusal stands.
    monkeypatch.setattr(
        answerer, "thresholds", dataclasses.replace(answerer.thresholds, fallback_margin=-1.0)
    )
    fresh_engine._answers.clear()
    assert not fresh_engine.ask(question).answerable


def test_a_name_seen_only_in_a_headline_is_a_name_when_typed_in_lower_case(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "palace.txt",
        "King Harald Makes Announcement With Defense Minister Holmqvist In The Royal Palace\n\n"
        "In a statement after the call on May 29, the king noted that the talks were candid.",
    )
    spelt = fresh_engine.answerer.spell_out("wat did holmqvist announce in the royal palace")
    assert "Holmqvist" in spelt
    # A word of the language is no name for being capitalised in a headline.
    assert "Announce" not in spelt and "royal" in spelt
    assert not fresh_engine.ask("wat did holmqvist announce in the royal palace").answerable


def test_put_first_means_prioritize(fresh_engine: Engine, tmp_path: Path) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "fields.txt",
        "Priorities\n\nThe world’s fifth-largest fishing nation must prioritize areas such as sonar, "
        "robotics, and drones, all critical for defense. Herring catches fell by a third.",
    )
    answer = fresh_engine.ask("Which fields must the fifth-largest fishing nation put first?")
    assert answer.answerable and "sonar" in answer.citations[0].text


def test_a_speech_question_cites_the_sentence_a_quotation_goes_on_with(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "quote.txt",
        "Talks\n\nAfter his call with the king, Holm repeated Norway’s stance on tariffs: “Our side has "
        "always argued for ‘investment rather than tariffs’. By investing in Sweden, we will create "
        "jobs in Sweden and build better products together.” Herring catches fell by a third.",
    )
    answer = fresh_engine.ask(
        "How exactly does Holm claim Norwegian investment rather than tariffs would help Swedes?"
    )
    assert answer.answerable
    assert any("create jobs" in c.text for c in answer.citations)


def test_a_wrong_guess_in_the_question_is_corrected_not_refused(fresh_engine: Engine, tmp_path: Path) -> None:
    """Readers check what they half remember ("Was the levy 35 percent?", "…, early June?",
    "Was it Mayor Bergen who…?"): the sentence with the true value answers; a question about a
    thing the document never mentions is still refused."""
    ingest_text(
        fresh_engine,
        tmp_path / "bridge.txt",
        "Bridge news\n\nNorway imposed a 25% levy on imported bicycle frames in March. "
        "Mayor Alice Berg opened the Harbour Bridge on May 29 after a long debate. "
        "The council expects the bridge to carry 20,000 cyclists a day by 2029. "
        "Construction cost about 90 million euros. What the next council will do is unclear.",
    )
    levy = fresh_engine.ask("Was the levy on bicycle frames 35 percent?")
    assert levy.answerable and "25%" in levy.citations[0].text
    opened = fresh_engine.ask("When did Alice Berg open the Harbour Bridge, early June?")
    assert opened.answerable and "May 29" in opened.citations[0].text
    who = fresh_engine.ask("Was it Mayor Bergen who opened the Harbour Bridge?")
    assert who.answerable and "Alice Berg" in who.citations[0].text
    tag = fresh_engine.ask("The council expects 20,000 cyclists a day by 2031, correct?")
    assert tag.answerable and "2029" in tag.citations[0].text
    assert not fresh_engine.ask("Was the levy on imported steel 35 percent?").answerable


def test_remarks_after_a_question_need_not_be_matched(fresh_engine: Engine, tmp_path: Path) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "bridge.txt",
        "Bridge news\n\nConstruction of the Harbour Bridge cost about 90 million euros. "
        "Mayor Alice Berg opened the bridge on May 29.",
    )
    answer = fresh_engine.ask("What did the Harbour Bridge cost? Ballpark is fine, I'm writing a quick note.")
    assert answer.answerable and "90 million" in answer.citations[0].text


def test_a_caption_answers_where_with_the_place_it_capitalises(fresh_engine: Engine, tmp_path: Path) -> None:
    """A headline or caption capitalises its prepositions ("…Opens The Bridge In The Town Hall"):
    "where?" of the photo is still answered by the place after "In"."""
    ingest_text(
        fresh_engine,
        tmp_path / "story.txt",
        "Mayor Berg Signs The Bridge Deal With Minister Holm In The Town Hall\n\n"
        "The council approved the bridge in 2021 after a long debate.",
    )
    answer = fresh_engine.ask("Headline photo: Berg with Minister Holm, where was it taken?")
    assert answer.answerable and "Town Hall" in answer.citations[0].text
    shown = fresh_engine.ask("Who is shown signing the bridge deal in the photo?")
    assert shown.answerable and "Holm" in shown.citations[0].text


def test_a_name_guessed_at_the_end_of_a_which_question_may_be_the_answer(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "which paper reported it, was it the Harbour Herald?": the guess is the name the sentence
    gives, not a name the question already holds."""
    ingest_text(
        fresh_engine,
        tmp_path / "bridge.txt",
        "Bridge news\n\nAccording to the local newspaper Harbour Herald, Rotterdam is exploring "
        "a second bridge. Mayor Alice Berg opened the first bridge in May.",
    )
    answer = fresh_engine.ask(
        "which newspaper said rotterdam is exploring a second bridge, was it the Harbour Herald"
    )
    assert answer.answerable and "Harbour Herald" in answer.citations[0].text


def test_what_something_is_made_of_is_answered_by_the_sentence_that_lists_its_parts(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """A short sentence naming the thing ("Harbour Shield could be a shield for all of us.")
    matches a question about the thing better than the one that says, by "This system…", what
    it consists of; a question asking what it is made of wants the latter."""
    ingest_text(
        fresh_engine,
        tmp_path / "shield.txt",
        "Shield news\n\nRotterdam is planning its Harbour Shield project. This ambitious flood defence "
        "system would involve a network of gates, pumps, and barriers along the river. "
        "“Harbour Shield could be a shield for all of us,” the mayor said.",
    )
    for question in ("Harbour Shield components?", "ok so wut is the harbour shield actually made of"):
        answer = fresh_engine.ask(question)
        assert answer.answerable and "gates, pumps, and barriers" in answer.citations[0].text, question


def test_a_value_that_belongs_to_something_else_leaves_room_for_a_sentence_further_down(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """The best sentence names the Harbour Shield but dates only the satellite in its dashed
    aside; the sentence that dates the shield, through "this system", scores lower, yet answers."""
    ingest_text(
        fresh_engine,
        tmp_path / "shield.txt",
        "Shield news\n\nRotterdam is exploring support for the Harbour Shield. This ambitious flood "
        "defence system would involve gates and pumps. The mayor has stated that this system, "
        "estimated to cost hundreds of millions of euros, will be operational by the end of her "
        "term in 2029.\n\nAs Norway prioritizes coastal security—planning to launch its first "
        "coastal satellite in fiscal year 2026—the Port Authority, responsible for the Harbour "
        "Shield, has praised the plan.",
    )
    answer = fresh_engine.ask("Harbour Shield operational target year")
    assert answer.answerable and "2029" in answer.citations[0].text


def test_a_question_that_takes_an_act_as_done_is_refused_over_a_sentence_that_only_requests_it(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "What offer did Norway submit…?" over "…has requested countries to submit their best
    offers by June 4": the sentence does not say that anyone submitted anything."""
    ingest_text(
        fresh_engine,
        tmp_path / "talks.txt",
        "Trade talks\n\nBrussels has requested countries to submit their best offers in the "
        "negotiations by Wednesday, June 4. Norway pledged 3 billion euros for new radars.",
    )
    for question in (
        "What offer did Norway submit by the June 4 deadline?",
        "What proposal did Norway end up submitting by the June 4 deadline?",
    ):
        assert not fresh_engine.ask(question).answerable, question
    deadline = fresh_engine.ask("By when must countries submit their best offers?")
    assert deadline.answerable and "June 4" in deadline.citations[0].text


def test_which_country_needs_a_country_the_question_does_not_already_name(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "shield.txt",
        "Shield news\n\nAccording to the Oslo daily Aftenposten, Norway is exploring support for "
        "the Harbour Shield. The shield, inspired by Denmark’s Wadden Wall, would involve gates "
        "and pumps. Oslo has also deepened its ties with Washington, its closest ally.",
    )
    others = fresh_engine.ask("Besides Norway, which other countries are backing the Harbour Shield?")
    assert not others.answerable
    inspired = fresh_engine.ask("Which country's wall inspired the Harbour Shield?")
    assert inspired.answerable and "Denmark" in inspired.citations[0].text
    ally = fresh_engine.ask("Which country is Norway's closest ally?")
    assert ally.answerable and "Washington" in ally.citations[0].text


def test_up_and_running_is_read_as_operational(fresh_engine: Engine, tmp_path: Path) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "shield.txt",
        "Shield news\n\nAccording to the daily Aftenposten, Norway is exploring support for the "
        "Harbour Shield this week. The mayor has stated that this system, estimated to cost "
        "hundreds of millions of euros, will be operational by the end of her term in 2029.",
    )
    answer = fresh_engine.ask("when is the harbour shield supposed to be up and runing")
    assert answer.answerable and any("2029" in c.text for c in answer.citations)


def test_a_name_opening_a_question_must_be_in_the_sentence_too(fresh_engine: Engine, tmp_path: Path) -> None:
    """ "Holm position on the bridge?": a question may open with a name, which a sentence that
    never mentions Holm does not answer, however well it matches the bridge."""
    ingest_text(
        fresh_engine,
        tmp_path / "bridge.txt",
        "Bridge news\n\nMayor Alice Berg said the Harbour Bridge will open in May.\n\n"
        "Fishing\n\nMinister Erik Holm visited Oslo in June to discuss fishing quotas.",
    )
    assert not fresh_engine.ask("Holm position on the Harbour Bridge opening?").answerable
    berg = fresh_engine.ask("Berg statement on the Harbour Bridge opening?")
    assert berg.answerable and "Alice Berg" in berg.citations[0].text


def test_the_sentence_after_the_best_is_no_rival_topic_for_owing_its_match_to_it(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "What levy rate does Norway want?": the sentence after the one with the rate matches
    the question's words through its context, the rate sentence itself, and is no other topic."""
    ingest_text(
        fresh_engine,
        tmp_path / "levy.txt",
        "Levies\n\nNorway has urged Brussels to cut its levies on farmed salmon to 10%. "
        "Brussels has requested that Norway submit its best offer on these levies by June 4.",
    )
    answer = fresh_engine.ask("What levy rate does Norway want Brussels to ask for?")
    assert answer.answerable and "10%" in answer.citations[0].text


def test_did_x_say_asks_what_was_said_whatever_its_mood(fresh_engine: Engine, tmp_path: Path) -> None:
    """ "Did Berg say the bridge would help trade?" over Berg's quote of what she intends: the
    question asks what she said, which an intention stated is."""
    ingest_text(
        fresh_engine,
        tmp_path / "bridge.txt",
        "Bridge news\n\nMayor Alice Berg said: “I intend to keep working with the council to open "
        "the bridge, which will help trade and tourism.”",
    )
    answer = fresh_engine.ask("Did Berg say keeping working with the council would help trade and tourism?")
    assert answer.answerable and "trade and tourism" in answer.citations[0].text
    assert not fresh_engine.ask("Did the council keep working on the bridge?").answerable


def test_a_capital_stands_for_its_country_written_as_a_dotted_code(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "Washington" names the United States, which prose writes "U.S."; a choice between two
    capitals asks where, and the countries they stand for answer nothing."""
    ingest_text(
        fresh_engine,
        tmp_path / "radar.txt",
        "Radar talks\n\n"
        "Ann Berg, head of the Northern Radar Council, suggested at a Chatham House event in April "
        "that the U.K. and Norway should cooperate on early warning. "
        "London later hosted a second round of talks on fishing rights. "
        "Oslo announced a new coastal radar in June. "
        "The summit between the U.K. prime minister and Norway's leader ended with a statement on energy.",
    )
    answer = fresh_engine.ask("At whose event did London and Oslo agree to team up on early warning?")
    assert answer.answerable and "Chatham House" in answer.citations[0].text
    assert not fresh_engine.ask("Was the energy summit held in London or in Oslo?").answerable
    assert not fresh_engine.ask(
        "Whereabouts did the leaders hold the energy summit — London or Oslo?"
    ).answerable


def test_a_misspelt_kind_noun_is_read_as_the_word_it_misspells_and_a_name_s_last_word_is_no_kind(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """In "which space force genral…", "force" ends the name Space Force, so it is no kind of
    thing asked for; "generel" is "general", a word one letter away, not the corpus's
    "generate"."""
    ingest_text(
        fresh_engine,
        tmp_path / "radar.txt",
        "Radar news\n\n“We never deter alone,” U.S. Space Force Gen. Anna Berg said during a March visit "
        "to Norway. "
        "The radar network will generate hundreds of jobs in Tromso.",
    )
    for question in (
        "which space force genral came to norway in march",
        "whats the name of the space force generel who visited norway",
    ):
        answer = fresh_engine.ask(question)
        assert answer.answerable and "Anna Berg" in answer.citations[0].text, question


def test_a_chat_spelling_that_drops_the_g_is_read_as_the_word(fresh_engine: Engine, tmp_path: Path) -> None:
    """ "how much is norway puttin into the shield" asks how much Norway pays, which an
    estimate of what the shield costs does not say."""
    ingest_text(
        fresh_engine,
        tmp_path / "shield.txt",
        "Shield news\n\nThe king has stated that the Polar Shield, estimated to cost billions of dollars, "
        "will be operational by 2031. Norway is exploring support for the Polar Shield.",
    )
    assert "putting" in fresh_engine.answerer.spell_out("how much is norway puttin into the shield")
    assert not fresh_engine.ask("how much money is norway puttin into the polar shield").answerable


def test_a_date_of_another_act_does_not_date_the_act_asked_about(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "radar.txt",
        "Radar news\n\nAnn Berg, vice president of the Polar Radar Association, spoke at a Nordic Council "
        "event in April about coastal radars.",
    )
    assert not fresh_engine.ask("When was the Polar Radar Association founded?").answerable
    spoke = fresh_engine.ask("When did Ann Berg speak about coastal radars?")
    assert spoke.answerable and "April" in spoke.citations[0].text


def test_a_yes_no_question_in_paraphrase_is_answered_by_a_sentence_close_in_meaning(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "later moves … undermine the pledge" says what "subsequent actions … cast doubt on this
    commitment" says in other words: a sentence that close in meaning answers though it matches
    fewer of the question's words."""
    ingest_text(
        fresh_engine,
        tmp_path / "ties.txt",
        "Nordic ties\n\nAfter a May meeting, the king and Norway's prime minister released a statement "
        "pledging a new era of cooperation. The statement emphasized fishing, energy, and shipping.\n\n"
        "However, subsequent actions by the king, including measures hitting Norway, cast doubt on this "
        "cooperative commitment. Norway pledged 2 billion euros for radars.",
    )
    answer = fresh_engine.ask(
        "Did the king's later moves undermine the cooperative pledge he made with Norway?"
    )
    assert answer.answerable and "cast doubt" in answer.citations[0].text


def test_a_name_s_second_word_misspelt_beside_its_first_is_the_name(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "shield.txt",
        "Shield news\n\nNorway is exploring support for the Polar Shield project. The king has stated that "
        "the Polar Shield, estimated to cost hundreds of billions of dollars, will be operational by 2031.",
    )
    assert "polar shield" in fresh_engine.answerer.spell_out("how much will the polar shiel cost")
    answer = fresh_engine.ask("how much will the polar shiel cost roughly")
    assert answer.answerable and "hundreds of billions" in answer.citations[0].text


def test_a_country_no_sentence_mentions_is_refused_unless_only_guessed(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "Is South Korea joining?" over a text about North Korea and Norway: no sentence says
    anything of South Korea, however near the one about North Korea."""
    ingest_text(
        fresh_engine,
        tmp_path / "shield.txt",
        "Shield news\n\nNorway is exploring support for the Polar Shield project. "
        "The shield, modelled on Israel’s Iron Dome, would guard against North Korea and Russia. "
        "Oslo pledged $2 billion for radars this year.",
    )
    assert fresh_engine.ask("Which countries would the shield guard against?").answerable
    assert not fresh_engine.ask("Is South Korea joining the Polar Shield too?").answerable
    assert not fresh_engine.ask("What did Ottawa pledge for the Polar Shield?").answerable
    # A remark before the question may name any country: it says why the reader asks.
    aside = fresh_engine.ask("In Canada we have NORAD. Which countries would the Polar Shield guard against?")
    assert aside.answerable and "North Korea" in aside.answer
    # A wrong guess at a country is corrected, not refused.
    guessed = fresh_engine.ask("Which country's dome was the shield modelled on, was it South Korea's?")
    assert guessed.answerable and "Israel" in guessed.citations[0].text


def test_a_province_no_sentence_names_is_refused_unless_guessed_or_put_up_for_checking(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "Will the radar go to Hokkaido?" over a text that sends it to Okinawa: no sentence says
    anything of Hokkaido, however near the one about Japan's radar."""
    ingest_text(
        fresh_engine,
        tmp_path / "radar.txt",
        "Radar news\n\nJapan pledged $3 billion this year for a mobile radar for Okinawa, home to many "
        "bases. The radar will watch for missiles from North Korea. Officials said the radar would "
        "arrive next spring.",
    )
    assert fresh_engine.ask("Where is the mobile radar Japan is paying for going?").answerable
    assert not fresh_engine.ask("What radar is Japan buying for Hokkaido?").answerable
    assert not fresh_engine.ask("Is Japan paying for a radar in Hokkaido too?").answerable
    # A wrong guess at the place, or a claim put up for checking, is corrected.
    guessed = fresh_engine.ask("Which place is the mobile radar for, Hokkaido?")
    assert guessed.answerable and "Okinawa" in guessed.citations[0].text
    checked = fresh_engine.ask("Verify: the mobile radar Japan pledged money for is meant for Hokkaido.")
    assert checked.answerable and "Okinawa" in checked.citations[0].text


def test_a_model_no_sentence_names_is_refused_unless_a_guess_in_a_named_line(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "navy.txt",
        "Navy buys\n\nThe navy will buy forty SM-3 interceptors for its destroyers this year. "
        "The destroyers will be based in Sasebo.",
    )
    assert fresh_engine.ask("How many interceptors will the navy buy?").answerable
    assert not fresh_engine.ask("Interceptor type for the destroyers — PAC-3 or THAAD?").answerable
    corrected = fresh_engine.ask("Which interceptors will the navy buy, the SM-6 I think?")
    assert corrected.answerable and "SM-3" in corrected.citations[0].text


def test_the_name_a_scraped_text_lost_after_its_is_not_asked_of_the_rest(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "budget.txt",
        "Budget\n\nIn its , the ministry set aside $6 billion for coastal radars. "
        "The radars will be built in Hokkaido.",
    )
    assert not fresh_engine.ask("What is the name of the plan that sets aside $6 billion?").answerable
    spent = fresh_engine.ask("How much did the ministry set aside for coastal radars?")
    assert spent.answerable and "$6 billion" in spent.answer
    # An amount's digit must match: "$7 billion" is another sum.
    assert not fresh_engine.ask("Where will the $7 billion radars be built?").answerable
    assert fresh_engine.ask("Where will the $6bn radars be built?").answerable


def test_a_value_the_reader_guesses_is_one_the_sentence_may_answer_with(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "…around 6 billion, right? How much exactly?" holds the value it asks for, as a guess:
    the sentence that gives it answers."""
    ingest_text(
        fresh_engine,
        tmp_path / "budget.txt",
        "Budget\n\nNorway has allocated approximately $6 billion towards coastal radars. "
        "The radars will be built in Tromso by 2028.",
    )
    answer = fresh_engine.ask("norway put aside around 6 billion for coastal radars right? how much exactly")
    assert answer.answerable and "$6 billion" in answer.answer


def test_a_value_only_asked_for_is_not_what_an_act_settled(fresh_engine: Engine, tmp_path: Path) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "salmon.txt",
        "Salmon talks\n\nNorway has urged Washington to reduce the 30% tariff on salmon to 5%. "
        "The talks resume in Oslo next week.",
    )
    wanted = fresh_engine.ask("What rate does Norway want the salmon tariff cut to?")
    assert wanted.answerable and "5%" in wanted.answer
    assert not fresh_engine.ask("What tariff rate did Washington finally agree to give Norway?").answerable


def test_a_report_of_what_someone_suggested_is_cited_with_the_bare_quotation_after_it(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "guild.txt",
        "Radar talks\n\nAnna Berg, head of the Radar Guild, suggested at a forum in April that Norway and "
        "Sweden should share coastal radars. “Radar could be a shared opportunity at the end of the day.” "
        "The radars will be built in Tromso.",
    )
    answer = fresh_engine.ask("What did the guild head say radar could turn into for the two countries?")
    assert answer.answerable and "shared opportunity" in answer.answer
    assert [c.text[:9] for c in answer.citations] == ["Anna Berg", "“Radar co"]
    # A fact of another kind is cited alone.
    where = fresh_engine.ask("Where will the radars be built?")
    assert len(where.citations) == 1


def test_a_misspelt_common_word_the_corpus_never_uses_is_read_as_the_word(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "coments" embeds far from every sentence; "comments" near the one about them."""
    ingest_text(
        fresh_engine,
        tmp_path / "radar.txt",
        "Radar news\n\nAnna Berg, head of the Radar Guild, urged Norway to buy coastal radars, as reported "
        "by Polar Defense magazine. The radars will be built in Tromso.",
    )
    answer = fresh_engine.ask("which magazin reportd bergs coments")
    assert answer.answerable and "Polar Defense" in answer.citations[0].text
    # Read as the words: a corpus word as the corpus spells it, any other as the language does.
    assert fresh_engine.answerer.spell_out("which magazine reportd the coments") == (
        "which magazine reported the comments"
    )
    # A capitalised word may be a name the corpus never holds: it is left as typed.
    assert fresh_engine.answerer.spell_out("Did Berg meet Olafsen?") == "Did Berg meet Olafsen?"
    # "f" spelt as spoken for "ph".
    assert fresh_engine.answerer.spell_out("berg's fone call") == "berg's phone call"
    # An idiom misspelt is one once its words are read right.
    assert fresh_engine.answerer.spell_out("would a bargianing chip help") == "would a leverage help"


def test_an_act_a_question_puts_in_the_past_is_not_answered_by_a_request_for_it(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "bids.txt",
        "Bids\n\nOslo has requested countries to submit their best bids for the radar contract by June 4. "
        "Norway has urged Sweden to reduce its 20% tariff on salmon to 5%.",
    )
    assert fresh_engine.ask("By what date must countries submit their bids?").answerable
    assert not fresh_engine.ask("What was in the final bid Sweden submitted by June 4?").answerable
    assert not fresh_engine.ask("How did Oslo respond to the bid that was submitted by Sweden?").answerable
    # A participle after a verb of wanting asks about the wish, which the text does state.
    wanted = fresh_engine.ask("To what rate does Norway want the salmon tariff reduced?")
    assert wanted.answerable and "5%" in wanted.answer


def test_why_an_act_was_done_needs_a_sentence_giving_a_reason(fresh_engine: Engine, tmp_path: Path) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "radar.txt",
        "Radar plan\n\nIn response to rising threats, Norway has been raising its defense budget. "
        "In March, the country revealed its largest radar plan in decades. "
        "After the summit, Anna Berg refrained from detailing her talks with Sweden.",
    )
    # The reason is in the sentence the answer points back to ("the country").
    why = fresh_engine.ask("Why did Norway reveal its largest radar plan?")
    assert why.answerable and "March" in why.answer
    assert not fresh_engine.ask("Why did Anna Berg refuse to detail her talks with Sweden?").answerable
    assert fresh_engine.ask("Did Anna Berg detail her talks with Sweden?").answerable


def test_a_question_about_a_possibility_is_answered_by_a_sentence_saying_it_is_possible(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "shield.txt",
        "Shield talks\n\nNorway might leverage its part in the Polar Shield as leverage in trade talks with "
        "Sweden. Oslo plans to launch a radar satellite in 2027.",
    )
    could = fresh_engine.ask("Could Norway leverage its part in the shield in trade talks?")
    assert could.answerable and "leverage" in could.answer
    chip = fresh_engine.ask("Could Oslo use its role in the shield as a bargaining chip in trade talks?")
    assert chip.answerable and "leverage" in chip.answer
    # Whether the act took place is another question, which a sentence of what might be does not answer.
    assert not fresh_engine.ask("Did Norway leverage its part in the shield in trade talks?").answerable


def test_a_guessed_value_inside_what_the_question_narrows_is_corrected_not_taken_as_unknown(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "salmon.txt",
        "Salmon\n\nSweden keeps a 30% tariff on salmon from Norway. Oslo wants it cut to 5% by June.",
    )
    answer = fresh_engine.ask("Was the tariff on salmon 20 percent or something like that?")
    assert answer.answerable and "30%" in answer.answer


def test_a_question_about_a_plan_is_answered_by_the_plan_and_a_people_no_sentence_mentions_is_refused(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "plan.txt",
        "Plans\n\nAfter the call, Berg said: “I intend to continue to work together with Olsen to reinforce "
        "the Nordic alliance.” Norway has urged Sweden to cut its 20% duty on salmon to 5%.",
    )
    plan = fresh_engine.ask("Is Berg planning to keep working with Olsen to shore up the alliance?")
    assert plan.answerable and "reinforce" in plan.answer
    assert not fresh_engine.ask("When did the Australian prime minister join the call?").answerable
    # "goods" narrows nothing: the duty asked about is the one the sentence gives.
    rate = fresh_engine.ask("What rate does Norway want the Swedish duties on its goods brought down to?")
    assert rate.answerable and "5%" in rate.answer


def test_a_headline_holding_every_word_asked_answers_for_a_name_without_a_photo_asked_about(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "harbor.txt",
        "Mayor Berg Opens Harbor With Fisheries Minister Olsen In Tromso\n\n"
        "The new harbor cost $40 million. Berg said the harbor would bring jobs to the north.",
    )
    answer = fresh_engine.ask("who was with berg in tromso for the harbor opening, the fisheries minister?")
    assert answer.answerable and answer.citations[0].text.startswith("Mayor Berg Opens Harbor")
    # A question matching the headline less fully is answered from the sentences, or not at all.
    cost = fresh_engine.ask("How much did the harbor cost?")
    assert cost.answerable and "$40 million" in cost.answer


def test_a_question_for_a_slogan_is_answered_by_the_sentence_quoting_it(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "talks.txt",
        "Trade talks\n\nNorway keeps using the trade talks to press Sweden on tariffs, officials say. "
        "Afterwards Berg restated Norway’s position: “We have always favored ‘trade rather than tariffs’.”",
    )
    answer = fresh_engine.ask("What slogan does Norway keep using in the trade talks?")
    assert answer.answerable and "trade rather than tariffs" in answer.answer


def test_a_list_a_speaker_is_asked_to_give_comes_from_what_that_speaker_says(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "statement.txt",
        "Summit\n\nAfter a March meeting between Norway’s Prime Minister and Sweden’s King, the two leaders "
        "released a statement on Nordic relations.\n\nThe statement emphasized collaboration on fishing, "
        "shipping, and energy.\n\nThe three countries would work together on roads, rail, and ports, "
        "officials in Oslo said.",
    )
    answer = fresh_engine.ask(
        "Which three areas did the joint Norway-Sweden statement say the countries would work on?"
    )
    assert answer.answerable and "fishing" in answer.answer


def test_a_name_in_the_bare_quotation_after_a_report_of_speech_is_one_the_report_speaks_of(
    seeded_engine: Engine,
) -> None:
    """ "Golden Dome" is only in the quotation after "Tomaszewski… suggested at a CSIS event…":
    the report speaks of it, so it is no name the report lacks."""
    answer = seeded_engine.ask(
        "The aerospace association official who talked about Golden Dome in April, at which think tank's "
        "event was he speaking?"
    )
    assert answer.answerable and "Center for Strategic and International Studies" in answer.answer


def test_a_word_a_corpus_word_negates_is_answered_by_it(fresh_engine: Engine, tmp_path: Path) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "institute.txt",
        "Institute\n\nAccording to the Nordic Institute, a nonpartisan research group in Oslo, fishing "
        "quotas will fall.\n\nThe Polar Club, a group of partisan bloggers, disagrees about the group.",
    )
    answer = fresh_engine.ask("Is the Nordic Institute a partisan group?")
    assert answer.answerable and "nonpartisan" in answer.answer


def test_a_title_alone_stands_for_the_one_person_the_corpus_gives_it(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "What does the President say…?" asks what President Berg says, when the corpus gives
    the title to her alone; a headline's capitals name no holder."""
    ingest_text(
        fresh_engine,
        tmp_path / "bridge.txt",
        "Norway President Berg Makes Bridge Pledge\n\n"
        "The talks followed a meeting between President Astrid Berg and Swedish leaders in May. "
        "Berg has stated that the bridge will be open by the end of her term in 2031.",
    )
    spelt = fresh_engine.answerer.spell_out
    assert spelt("By what year does the president say the bridge will open?") == (
        "By what year does President Berg say the bridge will open?"
    )
    assert spelt("What did the president of Dagbladet say?") == "What did the president of Dagbladet say?"
    assert spelt("Who is the Prime Minister?") == "Who is the Prime Minister?"
    answer = fresh_engine.ask("By what year does the president say the bridge will open?")
    assert answer.answerable and "2031" in answer.citations[0].text


def test_two_holders_of_a_title_leave_it_alone(fresh_engine: Engine, tmp_path: Path) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "bridge.txt",
        "Bridge news\n\nPresident Astrid Berg met President Ola Dahl in May to discuss the bridge.",
    )
    assert fresh_engine.answerer.spell_out("What did the president say?") == "What did the president say?"


def test_a_why_question_prefers_a_nearly_as_good_sentence_that_gives_a_reason(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "navy.txt",
        "Navy news\n\nIn December, Norway revealed its biggest naval expansion in decades, raising its "
        "budget to $9 billion. In response to rising regional threats, Norway has been increasing its "
        "security spending. The bridge will open in 2031.",
    )
    why = fresh_engine.ask("why is norway spending more on its navy")
    assert why.answerable and why.citations[0].text.startswith("In response to rising regional threats")
    what = fresh_engine.ask("What did Norway reveal in December?")
    assert what.answerable and what.citations[0].text.startswith("In December")


def test_a_person_named_after_a_title_whom_no_sentence_names_is_refused(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "What did Defence Minister Lund say?" over a text where only Prime Minister Berg and
    Gen. Miller speak: the nearest sentence is about someone else."""
    ingest_text(
        fresh_engine,
        tmp_path / "bridge.txt",
        "Bridge news\n\nPrime Minister Astrid Berg said the bridge would open in 2031. "
        "The bridge, backed by Norway, will cost $4 billion. "
        "“We don’t build alone,” Space Force Lt. Gen. David N. Miller Jr. said of the partners.",
    )
    assert fresh_engine.ask("How much will the bridge backed by Norway cost?").answerable
    assert not fresh_engine.ask(
        "How much will the bridge backed by Defence Minister Gen Lund cost?"
    ).answerable
    assert not fresh_engine.ask("When did President Biden say the bridge would open?").answerable
    # A typo or a half-remembered spelling of a name the text holds is that name.
    typo = fresh_engine.ask("When did Prime Minister Bert say the bridge would open?")
    assert typo.answerable and "2031" in typo.citations[0].text
    remembered = fresh_engine.ask("What did General Muller say about building alone?")
    assert remembered.answerable and "alone" in remembered.citations[0].text


def test_an_amount_asked_in_a_currency_the_sentence_does_not_give_is_refused(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "budget.txt",
        "Budget news\n\nNorway has allocated approximately $6 billion towards a new radar network. "
        "The radar network will be finished in 2030.",
    )
    dollars = fresh_engine.ask("How much has Norway allocated to the radar network in dollars?")
    assert dollars.answerable and "$6 billion" in dollars.citations[0].text
    assert not fresh_engine.ask("How large is Norway's radar budget in yen?").answerable


def test_a_choice_between_two_names_no_sentence_holds_is_refused(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "summit.txt",
        "Summit news\n\nFollowing a February meeting between Prime Minister Astrid Berg and President Ola "
        "Dahl in Oslo, the two leaders released a joint statement on the bridge.",
    )
    assert not fresh_engine.ask(
        "Was the February meeting held at Mar-a-Lago or at the White House?"
    ).answerable
    offered = fresh_engine.ask("Was the February meeting held in Bergen or Oslo?")
    assert offered.answerable and "Oslo" in offered.citations[0].text


def test_a_name_spelt_out_is_read_as_the_initials_the_corpus_writes(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    ingest_text(
        fresh_engine,
        tmp_path / "base.txt",
        "Base news\n\nThe NSDF Space Operations Group will run the new radar from Bodo next year.",
    )
    spelt = fresh_engine.answerer.spell_out("What will the Norwegian Self-Defense Force space group run?")
    assert spelt == "What will the NSDF space group run?"
    answer = fresh_engine.ask("Where will the Norwegian Self-Defense Force space group run the radar from?")
    assert answer.answerable and "Bodo" in answer.citations[0].text


def test_which_countries_is_answered_by_the_sentence_naming_them(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "Which nearby countries threaten Norway?": a sentence about regional threats that names
    no country matches the question's words better, yet only the sentence naming the
    adversaries answers it."""
    ingest_text(
        fresh_engine,
        tmp_path / "nordic.txt",
        "Nordic defence\n\nIn response to increasing regional threats, Norway has been increasing its "
        "national security investments. Norway hosts many allied training bases.\n\n"
        "What Norway has to gain\n\nWhile collaboration with Brussels may provide some security "
        "assurances to Norway, given its proximity to potential adversaries like Russia and Belarus, "
        "Oslo might leverage its role in the project in fishing talks.",
    )
    for question in (
        "which nearby countries could be a threat to norway",
        "Which neighbouring countries are named as possible threats to Norway?",
    ):
        answer = fresh_engine.ask(question)
        assert answer.answerable and "Belarus" in answer.citations[0].text, question
    assert not fresh_engine.ask("Which countries host allied training bases near Norway?").answerable


def test_which_paper_is_answered_by_the_sentence_before_that_lent_its_words(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "Which paper reported…?" over "This air defense system…", which matches the question
    through the sentence before it: that sentence names the paper and answers, though it
    matches less on its own. A question of another kind of name is still refused."""
    ingest_text(
        fresh_engine,
        tmp_path / "sky.txt",
        "Sky Shield\n\nThe two governments released a statement on trade and energy in March.\n\n"
        "According to a report this week in the Norwegian business publication Finansavisen, Norway "
        "is “exploring support” for the German “Sky Shield” project. This ambitious air defense "
        "system, inspired by Israel’s Iron Dome, would involve a network of radars, sensors, and "
        "interceptors designed to defend Europe from aerial attacks. Berlin has stated that the "
        "system will be operational by 2030.",
    )
    for question in (
        "Which paper reported Norway may support the air defense shield?",
        "Which newspaper reported that Norway is considering the German air defense project?",
    ):
        answer = fresh_engine.ask(question)
        assert answer.answerable and "Finansavisen" in answer.citations[0].text, question
    assert not fresh_engine.ask(
        "Which company will build the interceptors for the air defense system?"
    ).answerable


def test_did_x_call_it_so_is_answered_by_the_quotation_that_does(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "Did Holm call the talks frank and useful?" over Holm's quoted words, which say so: the
    quotation is the calling, though no word of it is "call"."""
    ingest_text(
        fresh_engine,
        tmp_path / "fish.txt",
        "Fishing talks\n\nMinister Erik Holm visited Oslo in June to discuss fishing quotas. "
        "“We have had frank and useful talks about quotas with our partners in the north,” he said.",
    )
    answer = fresh_engine.ask("Did Holm call the talks with partners frank and useful?")
    assert answer.answerable and "frank and useful" in answer.citations[0].text
    assert not fresh_engine.ask("Did Holm call the talks a failure?").answerable


def test_what_a_reader_tells_about_themselves_before_asking_is_not_matched(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "My grandson keeps asking me about the news… When did Holm go to Oslo?": the sentences
    about the reader say why they ask, and no sentence of the documents matches them."""
    ingest_text(
        fresh_engine,
        tmp_path / "fish.txt",
        "Fishing talks\n\nMinister Erik Holm visited Oslo in June to discuss fishing quotas. "
        "Norway has urged Brussels to cut its levies on farmed salmon to 10%.",
    )
    answer = fresh_engine.ask(
        "My grandson keeps asking me about the news and I never know what to tell him. "
        "When did Holm go to Oslo?"
    )
    assert answer.answerable and "June" in answer.citations[0].text


def test_plus_joins_two_things_a_value_is_for_and_narrows_it_to_neither(seeded_engine: Engine) -> None:
    """ "…on interceptors plus the Okinawa radar?": "plus" is a joining word like "and", which
    no sentence need use; the pledge for both answers."""
    answer = seeded_engine.ask("how much is Japan spending on interceptors plus the Okinawa radar?")
    assert answer.answerable and "$3 billion" in answer.citations[0].text


def test_how_a_request_turned_out_is_not_answered_by_the_request(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "What happened after the June 4 deadline?" asks how things turned out; a sentence that
    holds the act only as requested says nothing of that, though it answers what was asked."""
    ingest_text(
        fresh_engine,
        tmp_path / "levy.txt",
        "Levies\n\nNorway has urged Brussels to cut its levies on farmed salmon to 10%. Brussels has "
        "requested countries to submit their best offers on these levies by Wednesday, June 4.",
    )
    assert not fresh_engine.ask(
        "what happened after the june 4 deadline, did norway get the levies cut?"
    ).answerable
    asked = fresh_engine.ask("What did Brussels ask countries to submit by June 4?")
    assert asked.answerable and "best offers" in asked.citations[0].text


def test_a_yes_no_question_checking_a_figure_the_sentence_has_none_of_is_refused(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "Did the expansion bring spending up to 2% of GDP?" over a sentence with no percentage:
    it neither confirms nor corrects the figure. A sentence with a figure of that kind corrects
    the guess."""
    ingest_text(
        fresh_engine,
        tmp_path / "budget.txt",
        "Budget\n\nIn December 2022, Norway revealed its largest military expansion since World War II, "
        "raising its defense budget to the third-largest in Europe. Norway has urged Brussels to cut "
        "its levies on farmed salmon to 10%.",
    )
    gdp = fresh_engine.ask("Did the 2022 expansion bring Norway's defense spending up to 2% of GDP?")
    assert not gdp.answerable
    corrected = fresh_engine.ask("Does Norway want the salmon levies cut to 15%?")
    assert corrected.answerable and "10%" in corrected.citations[0].text


def test_why_did_x_do_an_act_no_sentence_reports_is_refused(fresh_engine: Engine, tmp_path: Path) -> None:
    """ "Why did Norway turn down the invitation?" over a sentence giving reasons for joining:
    it reports no turning down, so its reasons are for something else."""
    ingest_text(
        fresh_engine,
        tmp_path / "why.txt",
        "Nordic defence\n\nIn response to increasing regional threats, Norway increased its national "
        "security investments in 2022. While joining the German “Sky Shield” may provide some security "
        "assurances to Norway, given its proximity to potential adversaries like Russia, Oslo might use "
        "its participation in the project as leverage in fishing talks.",
    )
    for refused in (
        "Why did Norway turn down the invitation to join Sky Shield?",
        "Why did Norway formally reject taking part in the Sky Shield project?",
    ):
        assert not fresh_engine.ask(refused).answerable, refused
    for answered in (
        "Why did Norway increase its national security investments?",
        "Why did Norway start putting more money into national security?",
    ):
        answer = fresh_engine.ask(answered)
        assert answer.answerable and "regional threats" in answer.citations[0].text, answered


def test_a_name_is_matched_through_what_the_text_calls_it(fresh_engine: Engine, tmp_path: Path) -> None:
    """ "This ambitious air defense system…" describes the Sky Shield the sentence before names:
    a question about "the aerial defense system" is about Sky Shield, and a sentence naming
    Sky Shield answers it. A question naming Sky Shield means something else by "system"."""
    ingest_text(
        fresh_engine,
        tmp_path / "sky.txt",
        "Sky Shield\n\nAccording to a report this week in the Norwegian business publication Finansavisen, "
        "Norway is “exploring support” for the German “Sky Shield” project. This ambitious air defense "
        "system, inspired by Israel’s Iron Dome, would involve a network of radars, sensors, and "
        "interceptors designed to defend Europe from aerial attacks.\n\nWhat Norway has to gain\n\n"
        "Norway has been increasing its national security investments. While collaboration on the German "
        "“Sky Shield” may provide some security assurances to Norway, given its proximity to potential "
        "adversaries like Russia, Norway might leverage its participation in the project as leverage in "
        "fishing negotiations.",
    )
    leverage = fresh_engine.ask(
        "could joining the aerial defense system give norway leverage over fish quotas?"
    )
    assert leverage.answerable and "fishing negotiations" in leverage.citations[0].text
    based_on = fresh_engine.ask("which countrys system was the sky shield based on?")
    assert based_on.answerable and "Israel" in based_on.citations[0].text
    # Asked indirectly, how someone responded is still asked of what they said.
    assert not fresh_engine.ask(
        "Could you tell me how the Swedish government responded when Finansavisen reported that Norway "
        "was exploring support for the air defense system?"
    ).answerable


def test_a_photo_is_of_the_section_it_illustrates(fresh_engine: Engine, tmp_path: Path) -> None:
    """ "Which Norwegian unit's facility is shown in the photo?" over a caption that names no
    country, in the section "What Norway has to offer": the section says whose it is. A photo
    question about a country the text never mentions is refused."""
    ingest_text(
        fresh_engine,
        tmp_path / "harbour.txt",
        "Harbour news\n\nThe Norwegian ministry approved the harbour plan in 2021 after a long debate.\n\n"
        "What Norway has to offer\n\nIn response to regional threats, Norway has allocated about $2 billion "
        "to new ports and radars.\n\nNSDF Coastal Operations Group facility\n\nOslo has also pledged over "
        "$1 billion for patrol boats.",
    )
    shown = fresh_engine.ask("Which Norwegian unit's facility is shown in the photo?")
    assert shown.answerable and shown.citations[0].text == "NSDF Coastal Operations Group facility"
    assert not fresh_engine.ask("Which Swedish unit's facility is shown in the photo?").answerable


def test_a_sentence_lacking_an_asked_ordinal_gives_way_to_a_close_one_holding_it(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "second call… — when?" over the February meeting sentence, which matches best but
    names no second call: a sentence scoring nearly as well that does answers."""
    ingest_text(
        fresh_engine,
        tmp_path / "calls.txt",
        "Nordic ties\n\nFollowing a February meeting between Norway’s Prime Minister, who assumed office "
        "in September, and German Chancellor Olaf Berg, the two leaders released a statement expressing "
        "their commitment to “a new era” in German-Norwegian relations.\n\nThe report surfaced after Berg "
        "and Holm held a phone conversation last month where they discussed fishing, energy, and "
        "security.\n\nIn a statement following the second phone call on May 29, the minister Holm "
        "refrained from detailing his conversation with Berg, but noted that “we had a truly candid "
        "exchange of views.”",
    )
    answer = fresh_engine.ask("second call between norway's prime minister and the chancellor - when?")
    assert answer.answerable and "May 29" in answer.citations[0].text


def test_which_two_countries_wants_a_sentence_naming_two(fresh_engine: Engine, tmp_path: Path) -> None:
    """ "Which two countries outspend Norway on defense?" over a sentence naming one country
    besides Norway: it cannot name two, and the sentence that does answers first."""
    ingest_text(
        fresh_engine,
        tmp_path / "budgets.txt",
        "Nordic budgets\n\nIn response to regional threats, Norway has been raising its security "
        "investments. In 2022, the country revealed its largest military expansion since World War II, "
        "lifting its defense budget to the third-largest in Europe, trailing only the U.K. and Germany."
        "\n\nWhat Norway has to gain\n\nAccording to a report by the Nansen Institute, a think-tank in "
        "London, “Defense spending is another area that has become important in the U.K.-Norway "
        "partnership.”",
    )
    answer = fresh_engine.ask("Which two countries outspend Norway on defense?")
    assert answer.answerable and "Germany" in answer.citations[0].text


def test_what_kind_of_x_prefers_the_sentence_qualifying_x_in_quotes(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "What kind of partnership does Berg want?" is answered by "a ‘win-win’ partnership",
    nearly as good a match as a sentence naming the partnership unqualified."""
    ingest_text(
        fresh_engine,
        tmp_path / "kind.txt",
        "Harbour talks\n\nFollowing her recent call with the Oslo mayor, Berg reiterated the city’s stance "
        "on port fees: “The city has consistently advocated for ‘investment rather than fees’ all along. "
        "Bergen’s calls to make what can be called a ‘win-win’ partnership with Oslo have not changed in "
        "the slightest.”\n\nIn a statement after the call, Berg noted: “I intend to continue to work "
        "together with Oslo to further reinforce the alliance and our cooperative relationship.”",
    )
    answer = fresh_engine.ask("what kind of partnership does berg want with oslo")
    assert answer.answerable and "win-win" in answer.citations[0].text


def test_a_yes_no_question_in_other_words_is_answered_by_the_sentence_it_clearly_means(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    """ "Did later moves by Berg undercut that whole pledge to work together?" matches little
    of "…subsequent actions by Berg… cast doubt on this cooperative commitment", but far more
    than of any other sentence: it asks about that one."""
    ingest_text(
        fresh_engine,
        tmp_path / "pledge.txt",
        "Nordic ties\n\nFollowing a February meeting between Norway’s Prime Minister and German Chancellor "
        "Olaf Berg, the two leaders released a statement expressing their commitment to “a new era” in "
        "German-Norwegian relations.\n\nThe statement emphasized collaboration on fishing, energy, and "
        "security. However, subsequent actions by Berg, including measures impacting Norway, cast doubt "
        "on this cooperative commitment.\n\nNorway has urged Berlin to cut its levies on farmed salmon "
        "to 10%.",
    )
    answer = fresh_engine.ask("did later moves by berg kind of undercut that whole pledge to work together?")
    assert answer.answerable and "cast doubt" in answer.citations[0].text
    assert not fresh_engine.ask("Did Norway's parliament approve the pledge in March?").answerable
