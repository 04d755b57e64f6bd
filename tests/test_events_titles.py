"""Titles read as complete short headlines on real wire sentences (AQUAINT, Aug 1998) and pronoun subjects
stand for their antecedent; the date mentions are given by hand so only the linker is tested."""

from __future__ import annotations

from timeline.entities import load_aliases
from timeline.events import link_document
from timeline.model import DocAnalysis, Document, Mention


def titles(nlp, text: str, expr: str, value: str) -> list[str]:
    start = text.index(expr)
    mention = Mention("d", start, start + len(expr), expr, "DATE", value)
    analysis = DocAnalysis(Document("d", text, published="1998-08-22"), [mention])
    return [e.title for e in link_document(analysis, nlp, load_aliases()).events]


def test_an_infinitive_shares_the_object_of_its_conjunct(nlp):
    text = ("President Bill Clinton Saturday vowed to hunt down and bring to justice those who were responsible "
            "for the bombings of two U.S. embassies in Kenya and Tanzania.")
    assert titles(nlp, text, "Saturday", "1998-08-08") == ["Clinton vows to hunt down those who were responsible"]


def test_a_reported_passive_keeps_its_auxiliary(nlp):
    text = ("U.S. Secretary of State Madeleine Albright said on Tuesday that she was heartened by cooperation "
            "from Kenya and Tanzania in probing into the bombings.")
    assert titles(nlp, text, "Tuesday", "1998-08-11")[0].startswith("Albright says she is heartened by cooperation")


def test_a_title_cut_at_the_word_limit_drops_its_unfinished_phrase(nlp):
    text = ("But the solid construction of the Israeli-built embassy may have prevented the carnage of a similar "
            "bomb in Kenya, an official said Saturday.")
    (title,) = titles(nlp, text, "Saturday", "1998-08-08")
    assert title.endswith("may prevent carnage")


def test_no_title_ends_on_a_preposition_that_or_an_auxiliary(nlp):
    text = ("The man who hurled a grenade at security guards at the U.S. embassy here seconds before the bomb "
            "exploded was positively identified Thursday as two more suspects, one Arab, one Sudanese who had "
            "fled.")
    for title in titles(nlp, text, "Thursday", "1998-08-20"):
        assert title.split()[-1].lower() not in {"of", "to", "that", "who", "had", "was", "and", "as"}


def test_it_stands_for_the_thing_named_before_not_for_the_speaker(nlp):
    text = ("The old mill burned on 4 May 2001, officials said; it had stood since 1850 and was the pride of the "
            "town for generations.")
    (title,) = titles(nlp, text, "1850", "1850")
    assert title.startswith("Old mill") and "Officials" not in title


def test_a_participle_after_a_measured_object_takes_the_main_subject(nlp):
    text = "Albright spent three hours touring the Tanzanian capital Thursday."
    assert titles(nlp, text, "Thursday", "1998-08-20")[0].startswith("Albright tours")


def test_a_no_determiner_keeps_the_negation(nlp):
    text = "No agreement was reached on Tuesday, officials said."
    assert titles(nlp, text, "Tuesday", "1998-08-11")[0].startswith("No agreement")


def test_an_expletive_or_cleft_names_no_happening(nlp):
    assert titles(nlp, "There was no word in Washington on Tuesday of any significant leads so far.", "Tuesday",
                  "1998-08-11") == []
    text = "Security was tight at the memorial service. ``But it's not tonight we're worried about.''"
    assert titles(nlp, text, "tonight", "1998-08-11") == []


def test_a_time_word_is_no_event(nlp):
    text = ("Based on physical evidence _ including a rifle found in April month buried near the doctor's house _ "
            "Kopp was charged.")
    assert "Month" not in titles(nlp, text, "April", "1999-04")


def test_it_prefers_the_subject_before_it_over_an_object(nlp):
    text = ("In 1812 the Grande Armee invaded Russia. It reached Moscow in September, but the city had been set on "
            "fire.")
    (title,) = titles(nlp, text, "September", "1812-09")
    assert title.startswith("Grande Armee reaches Moscow")


def test_he_continues_the_person_who_was_the_subject_not_the_last_name(nlp):
    text = ("His final defeat came at Waterloo in June 1815, when the armies of Wellington and Bluecher routed the "
            "French. He died on Saint Helena in 1821.")
    assert "Bluecher" not in titles(nlp, text, "1821", "1821")[0]
    text = ("Prime Minister Winston Churchill met Ambassador John Winant in London. He flew to Washington "
            "on 22 December 1941.")
    assert titles(nlp, text, "22 December 1941", "1941-12-22")[0].startswith("Churchill flies to Washington")


def test_a_leading_possessive_shows_as_the_person(nlp):
    text = ("U.S. Secretary of State Madeleine Albright visited the bombing sites. Dar es Salaam was her first "
            "stop Tuesday morning, and then about five hours in Nairobi.")
    assert "Albright's first stop" in titles(nlp, text, "Tuesday morning", "1998-08-18")


def test_a_happening_that_merely_follows_is_titled_by_itself(nlp):
    text = "The blast in Nairobi occurred at about 10:35 a.m. Friday, toppling a crowded building."
    assert titles(nlp, text, "10:35 a.m. Friday", "1998-08-07") == ["Blast in Nairobi"]


def test_a_relative_who_stands_for_the_noun_right_before_it(nlp):
    text = ("Evidence includes hair that may match Kopp's hair and testimony from a jogger who spotted Kopp's car "
            "near Slepian's house at 6 a.m. on October 13.")
    assert titles(nlp, text, "October 13", "1998-10-13")[0].startswith("Jogger spots Kopp's car")


def test_the_one_blamed_for_failing_is_the_subject_and_the_failure_is_the_event(nlp):
    text = ("Attorney General Dennis Vacco debated Eliot Spitzer on Sunday. Spitzer attacked him for failing to "
            "enforce a court order in 1992 against anti-abortion protesters.")
    assert titles(nlp, text, "1992", "1992") == ["Vacco fails to enforce court order"]


def test_a_dated_first_person_quote_is_the_speakers_statement(nlp):
    text = "``Today, I'm here to tell you we have our suspect,'' said Bernard Tolbert, the agent in charge."
    assert titles(nlp, text, "Today", "1999-05-06")[0].startswith("Tolbert:")


def test_a_subject_the_parse_lost_is_the_person_named_before_the_verb(nlp):
    text = ("On April 4, 1949, on behalf of the United States, Truman's secretary of state, Dean Acheson, signed "
            "the Washington Treaty, which created NATO.")
    assert titles(nlp, text, "April 4, 1949", "1949-04-04")[0].startswith("Acheson signs Washington Treaty")


def test_a_gerund_after_a_preposition_takes_the_main_subject(nlp):
    text = ("After touring Tanzanian capital Dar es Salaam Thursday, the FBI chief also said that he is very "
            "satisfied with the cooperation.")
    assert titles(nlp, text, "Thursday", "1998-08-20")[0].startswith("FBI chief tours")


def test_a_wire_opening_quote_is_one_token(nlp):
    from timeline.events.link import parse

    doc = parse(nlp, "``It was definitely a bomb,'' said a U.S. Embassy official in Nairobi.")
    assert doc[0].text == "``" and doc[0].pos_ == "PUNCT"
    assert [t.lemma_ for t in doc if t.dep_ == "ROOT"] == ["say"]


def test_a_second_date_on_one_verb_dates_the_object_before_it(nlp):
    text = ("The Cypriot government Saturday strongly condemned two terrorist bomb attacks in Kenya and Tanzania "
            "Friday, calling them an atrocious crime.")
    start_sat, start_fri = text.index("Saturday"), text.index("Friday")
    mentions = [Mention("d", start_sat, start_sat + 8, "Saturday", "DATE", "1998-08-08"),
                Mention("d", start_fri, start_fri + 6, "Friday", "DATE", "1998-08-07")]
    analysis = DocAnalysis(Document("d", text, published="1998-08-08"), mentions)
    by_date = {e.date.value: e.title for e in link_document(analysis, nlp, load_aliases()).events}
    assert "condemns" in by_date["1998-08-08"]
    assert "attacks" in by_date["1998-08-07"] and "condemn" not in by_date["1998-08-07"]


def test_skipped_words_leave_no_double_or_loose_comma():
    from timeline.events.titles import _headline

    assert _headline("three doctors , , three clinic employees and a clinic escort murdered") == \
        "Three doctors, three clinic employees and clinic escort murdered"


def test_a_date_that_is_the_subject_of_a_copula_names_no_happening(nlp):
    assert titles(nlp, "``Today is a sad day for the US Constitution,'' he said.", "Today", "2000-01-05") == []


def test_subjects_reach_through_adjectives(nlp):
    text = ("Florida state records show Lazaro Gonzalez, 49, was found guilty of driving under the influence of "
            "alcohol in 1991.")
    assert titles(nlp, text, "1991", "1991")[0].startswith("Gonzalez drives")
    text = "The group would be ready to leave for the United States as soon as Tuesday, Castro said."
    assert titles(nlp, text, "as soon as Tuesday", "2000-04-04")[0].startswith("Group leaves")


def test_a_government_speaking_of_itself_stays_it(nlp):
    text = ("President Fidel Castro said Tuesday his government told U.S. officials it is worried that exiles "
            "might take the boy to another country.")
    assert "government says it is worried" in titles(nlp, text, "Tuesday", "2000-03-28")[0]


def test_there_was_a_happening_is_that_happening(nlp):
    text = "There was a huge explosion at the embassy in Nairobi on Friday morning."
    assert titles(nlp, text, "Friday morning", "1998-08-07")[0].lower().startswith("huge explosion")


def test_a_subordinate_time_clause_does_not_borrow_the_main_subject(nlp):
    text = "At least 82 were killed and more than 1,700 injured, officials said as dawn broke Saturday."
    assert titles(nlp, text, "Saturday", "1998-08-08") == ["Officials say 82 are killed"]


def test_a_wire_dash_is_no_subject(nlp):
    text = ("About 200 Americans _ nonessential U.S. Embassy staff and their families _ left Pakistan today on "
            "orders from Washington following a ``pattern of threats'' against Americans there.")
    assert titles(nlp, text, "today", "1998-08-18") == ["About 200 Americans leave Pakistan on orders from Washington"]


def test_a_dateline_before_a_wire_dash_is_not_part_of_the_subject(nlp):
    text = ("\nINDEPENDENCE, Mo. _ The North Atlantic Treaty Organization embraced three of its former rivals, the "
            "Czech Republic, Hungary and Poland on Friday.")
    (title,) = titles(nlp, text, "Friday", "1999-03-12")
    assert title.startswith("North Atlantic Treaty Organization embraces")


def test_an_inverted_sentence_names_who_did_it(nlp):
    text = ("Among the first three former Warsaw Pact countries to accede to NATO on Friday were also Poland and "
            "the Czech Republic.")
    assert titles(nlp, text, "Friday", "1999-03-12") == ["Poland and Czech Republic accede to NATO"]


def test_a_happening_without_a_named_doer_is_a_noun_phrase(nlp):
    text = "With their membership secure, they also can participate in planning for the NATO summit in April."
    assert titles(nlp, text, "April", "1999-04") == ["Planning for NATO summit"]


def test_a_cut_title_does_not_end_on_a_number(nlp):
    text = ("The man who hurled a grenade at security guards at the U.S. embassy here seconds before the bomb "
            "exploded was positively identified Thursday as two more suspects -- one Arab, one Sudanese -- who had "
            "been arrested, Kenya's national newspapers reported Friday.")
    assert titles(nlp, text, "Friday", "1998-08-21") == [
        "Kenya's national newspapers say man is identified as two more suspects"]


def test_a_possessive_before_the_subject_is_that_subjects(nlp):
    text = ("The Rev. Donald Spitz said the killer was a hero. In his Sunday Mass at St. Patrick's Cathedral in New "
            "York, Cardinal John O'Connor called the murder wrong.")
    assert titles(nlp, text, "Sunday", "1998-10-25") == ["O'Connor's Mass"]


def test_a_possessive_in_a_reported_subject_is_the_speakers(nlp):
    text = ("Elian Gonzalez turned six. President Fidel Castro said his government told U.S. officials on Tuesday "
            "it is worried.")
    assert titles(nlp, text, "on Tuesday", "2000-03-28")[0].startswith("Castro's government")


def test_him_may_be_the_owner_in_the_subject(nlp):
    text = ("Elian Gonzalez was found by Donato Dalrymple. Elian's relatives have cared for him since November, "
            "when he was found clinging to an inner tube.")
    assert titles(nlp, text, "November", "1999-11") == ["Elian's relatives care for Elian"]


def test_whose_in_a_subject_shows_as_its_owner(nlp):
    text = ("Tens of thousands of children flooded Havana's Plaza of the Revolution to deliver a dual homage to "
            "Marti and Elian, the 6-year-old Cuban whose rescue off Florida's coast two months ago set off a "
            "tug-of-war between relatives.")
    (title,) = titles(nlp, text, "two months ago", "1999-11")
    assert "'s rescue sets off" in title and not title.lower().startswith("whose")
    made_up = "The company, whose shares fell sharply on Monday, said it would cut jobs."
    assert titles(nlp, made_up, "on Monday", "1999-11-01") == ["Company's shares fall"]


def test_its_and_their_show_as_the_subject_they_belong_to(nlp):
    text = ("In its Friday issue, The Hamilton (Ontario) Spectator quoted an officer in the Amherst, N.Y., Police "
            "Department.")
    (title,) = titles(nlp, text, "Friday", "1998-11-20")
    assert title.endswith("Spectator's issue")
    made_up = "The rebels said their attack on Monday killed ten soldiers."
    assert titles(nlp, made_up, "on Monday", "1999-11-01") == ["Rebels' attack kills ten soldiers"]


def test_a_verb_tagged_as_a_noun_is_no_event_title(nlp):
    text = ("``The incidents of Aug. 7 underscore that terrorists know no boundaries,'' said the U.S. Deputy "
            "Ambassador Peter Burleigh.")
    assert titles(nlp, text, "Aug. 7", "1998-08-07") == ["Incidents"]


def test_a_title_of_only_a_pronoun_and_an_auxiliary_is_no_event(nlp):
    text = "``To that end, we'll be back tomorrow to continue our negotiations.''"
    assert titles(nlp, text, "tomorrow", "2000-04-05") == []


def test_a_passive_keeps_its_modal_and_neither_negates(nlp):
    text = ("The boy was placed with his great-uncle in Miami, but the Immigration and Naturalization Service ruled "
            "Wednesday that he must be returned to his father in Cuba by Jan. 14.")
    assert any(t.startswith("Boy must be returned to his father") or " must be returned to his father" in t
               for t in titles(nlp, text, "Jan. 14", "2000-01-14")), titles(nlp, text, "Jan. 14", "2000-01-14")
    text = "Neither he nor Elian's four grandparents could be located Wednesday in their hometown of Cardenas."
    assert "could not be located" in titles(nlp, text, "Wednesday", "2000-01-05")[0]


def test_a_name_the_parse_hangs_on_an_office_s_country_titles_the_office_holder(nlp):
    text = ("The U.S. ambassador to Poland, Dan Fried, who was then on the National Security Council, said Friday "
            "that he remembered being asked to help turn this pious wish into reality.")
    assert titles(nlp, text, "Friday", "1999-03-12")[0].startswith("Fried says")


def test_a_verb_the_tagger_reads_as_a_noun_keeps_its_subject(nlp):
    text = "The Titanic sank on April 15, 1912, after striking an iceberg."
    assert titles(nlp, text, "April 15, 1912", "1912-04-15")[0].startswith("Titanic sank")


def test_a_date_after_a_preposition_dates_the_verb_not_the_name_and_not_the_agents_participle(nlp):
    assert titles(nlp, "In 326 BCE Alexander defeated Porus, the prince of India.", "326 BCE",
                  "BC0326") == ["Alexander defeats Porus"]
    assert titles(nlp, "Caesar was assassinated by senators led by Brutus and Cassius on 15 March 44 BC.",
                  "15 March 44 BC", "BC0044-03-15") == ["Caesar assassinated by senators"]
    assert titles(nlp, "The 1979 Islamic Revolution toppled the Shah.", "1979", "1979") == ["Islamic Revolution"]


def test_a_person_is_titled_by_the_short_form_the_article_uses(nlp):
    text = ("Chinese President Xi Jinping arrived in Moscow on Monday. Xi said the visit would deepen ties, and "
            "North Korean leader Kim Jong Un praised it. Kim called Xi a friend.")
    assert titles(nlp, text, "Monday", "2023-03-20") == ["Xi arrives in Moscow"]
    text = "Elian Gonzalez played in the yard on Friday. Elian waved to the crowd, and Elian smiled."
    assert titles(nlp, text, "Friday", "2000-01-07")[0].startswith("Elian plays")


def test_a_family_name_first_is_never_cut_to_the_given_name(nlp):
    text = "South Korean President Moon Jae-in met Japanese Prime Minister Fumio Kishida in Seoul on Friday."
    assert titles(nlp, text, "Friday", "2023-03-17") == ["Moon Jae-in meets Kishida in Seoul"]


def test_a_surname_after_a_particle_keeps_it_and_shared_surnames_stay_whole(nlp):
    text = "Osama bin Laden issued a statement on Friday."
    assert titles(nlp, text, "Friday", "1998-08-21")[0].lower().startswith("bin laden issues")
    text = "Lazaro Gonzalez met Juan Miguel Gonzalez in Washington on Friday."
    assert titles(nlp, text, "Friday", "2000-04-07") == ["Lazaro Gonzalez meets Juan Miguel Gonzalez in Washington"]


def events_of(nlp, text: str, dates: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(date, title) of each event, with several date mentions given by hand."""
    mentions = [Mention("d", text.index(expr), text.index(expr) + len(expr), expr, "DATE", value)
                for expr, value in dates]
    analysis = DocAnalysis(Document("d", text, published="2000-01-07"), mentions)
    return [(e.date.value, e.title) for e in link_document(analysis, nlp, load_aliases()).events]


def test_a_verb_that_only_says_how_long_titles_the_happening_by_its_bounds(nlp):
    text = "The First Punic War lasted from 264 to 241 BC."
    assert events_of(nlp, text, [("264", "BC0263"), ("241 BC", "BC0240")]) == [
        ("BC0263", "First Punic War begins"), ("BC0240", "First Punic War ends")]
    assert events_of(nlp, "The Battle of Hastings took place in 1066.", [("1066", "1066")]) == [
        ("1066", "Battle of Hastings")]


def test_a_participle_of_dating_has_its_noun_for_subject(nlp):
    text = ("The FBI will investigate a series of unsolved sniper shootings of doctors in Canada dating to 1994.")
    (title,) = titles(nlp, text, "1994", "1994")
    assert title.startswith("Unsolved sniper shootings")


def test_a_noun_after_to_read_as_an_infinitive_leaves_the_event_to_its_verb(nlp):
    text = ("Hundreds of former fighters in the revolution that brought Castro to power 42 years ago gathered "
            "Wednesday night.")
    assert titles(nlp, text, "42 years ago", "1958") == ["Revolution brings Castro to power"]


def test_a_date_that_is_the_subject_titles_the_event_by_what_it_saw(nlp):
    text = "The year 1848 saw revolutions across Europe."
    assert titles(nlp, text, "The year 1848", "1848") == ["Revolutions across Europe"]


def test_each_date_in_a_list_of_objects_titles_its_own_object(nlp):
    text = ("The alliance has expanded three times before, adding Greece and Turkey in 1952, West Germany in 1955 "
            "and Spain in 1982.")
    assert events_of(nlp, text, [("1952", "1952"), ("1955", "1955"), ("1982", "1982")]) == [
        ("1952", "Alliance adds Greece and Turkey"), ("1955", "Alliance adds West Germany"),
        ("1982", "Alliance adds Spain")]


def test_the_verb_agrees_with_two_persons_and_with_many(nlp):
    text = ("Also Friday, Miami-Dade Mayor Alex Penelas and Miami Mayor Joe Carollo, accompanied by one of the "
            "family's lawyers, flew to Washington to appeal directly to Attorney General Janet Reno.")
    assert titles(nlp, text, "Friday", "2000-01-07") == ["Penelas and Carollo fly to Washington"]
    text = "Many worried their efforts to keep the boy in Miami would fail on Monday."
    assert titles(nlp, text, "Monday", "2000-04-17")[0].startswith("Many worry")


def test_a_bare_dated_noun_is_described_by_the_participle_after_it(nlp):
    text = ("Tens of thousands of people paid tribute to the men who launched the Cuban Revolution more than four "
            "decades ago in a rally Saturday demanding the return of Elian Gonzalez.")
    found = events_of(nlp, text, [("more than four decades ago", "1960"), ("Saturday", "2000-04-01")])
    assert ("2000-04-01", "Rally demanding return of Gonzalez") in found


def test_a_monarch_keeps_the_regnal_title_and_a_shared_surname_is_not_guessed(nlp):
    assert titles(nlp, "Queen Elizabeth II died on Thursday at Balmoral.", "Thursday", "2022-09-08") == [
        "Queen Elizabeth II dies at Balmoral"]
    text = "Jordan's King Hussein met Saddam Hussein in Baghdad on Monday. Hussein of Jordan later flew home."
    assert titles(nlp, text, "Monday", "1990-08-13") == ["King Hussein meets Saddam Hussein in Baghdad"]
    text = "Martin Luther King Jr. spoke in Washington on Wednesday."
    assert titles(nlp, text, "Wednesday", "1963-08-28")[0].startswith("King speaks")


def test_not_until_a_date_says_it_happened_then(nlp):
    assert titles(nlp, "The talks did not resume until March 2001.", "March 2001", "2001-03") == ["Talks resume"]
    assert titles(nlp, "He was not arrested on Monday, police said.", "Monday", "2000-01-03")[0] != "He arrested"


def test_a_pronoun_takes_no_appositive_name(nlp):
    text = ("There were 12 original members of NATO at the time of its founding. Since 1949, it has been expanded "
            "to include Greece and Turkey in 1952, Germany in 1955 and Spain in 1982.")
    found = events_of(nlp, text, [("1949", "1949"), ("1952", "1952"), ("1955", "1955"), ("1982", "1982")])
    assert found and not any(title.startswith("It, Germany") for _, title in found), found


def test_a_first_person_quote_is_titled_by_what_it_says_past_its_opening(nlp):
    text = ("``Today, I'm here to tell you we have our suspect,'' said Bernard Tolbert, special agent-in-charge of "
            "the FBI's Buffalo office.")
    assert titles(nlp, text, "Today", "1999-05-07") == ['Tolbert: "We have our suspect"']
    text = ("``I told you when we started this I would do my best to keep the decision out of politics,'' Clinton "
            "told reporters in the Rose Garden Wednesday.")
    assert titles(nlp, text, "Wednesday", "2000-01-05")[0].startswith('Clinton: "I would do my best')


def test_titles_before_a_name_are_left_out_however_the_parse_hangs_them(nlp):
    text = ("The New Yorker magazine wrote that apparently a deal was made in New York on the side-lines of the UN "
            "General Assembly meetings, which hinged on Rouhani, Trump and French President Emmanuel Macron having "
            "a phone call on September 24 to seal a four-point deal.")
    (title,) = titles(nlp, text, "September 24", "2019-09-24")
    assert "Macron" in title and "President" not in title and "French" not in title


def test_time_passing_is_no_event_and_a_trend_keeps_its_direction(nlp):
    text = "Earlier Sunday, protesters prayed for divine help as Easter week began, waving palm fronds."
    assert titles(nlp, text, "Easter", "2000-04-23") == []
    text = "Since 1990 there has been a great trend toward reconciliation, said Fernandez."
    assert titles(nlp, text, "1990", "1990") == ["Great trend toward reconciliation"]


def test_an_unresolved_pronoun_of_a_passive_is_dropped_not_left_without_its_auxiliary(nlp):
    assert titles(nlp, "He was born in 1809 in Kentucky.", "1809", "1809") == ["Born in Kentucky"]
    text = "Abraham Lincoln grew up on the frontier. He was born in 1809 in Kentucky."
    assert titles(nlp, text, "1809", "1809") == ["Lincoln born in Kentucky"]


def test_it_stands_for_the_organisation_named_in_the_sentence_before(nlp):
    text = ("There were 12 original members of NATO at the time of its founding. Since 1949, it has been expanded "
            "to include Greece and Turkey in 1952.")
    assert titles(nlp, text, "1952", "1952")[0].startswith("NATO includes Greece and Turkey")



def test_a_dated_plural_noun_is_the_event_not_the_clause_around_it(nlp):
    text = ("Just ahead of Albright's one-day trip, the State Department on Sunday issued an updated ``worldwide "
            "caution'' to U.S. travelers in the aftermath of the Aug. 7 bombings.")
    assert titles(nlp, text, "Aug. 7", "1998-08-07") == ["Bombings"]
