"""Entities: alias table and user alias files, name keys, NER corrections and merging, over the real spaCy model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.entities import AliasTable, document_entities, load_aliases, merge_entities
from timeline.entities.names import key, person_key, strip_titles
from timeline.events.link import neutralised_text, parse
from timeline.model import Document


def entities_of(nlp, text: str, table: AliasTable | None = None, doc_id: str = "t", ignored=()):
    document = Document(doc_id, text, ignored=tuple(ignored))
    return document_entities(parse(nlp, neutralised_text(document)), doc_id, table or load_aliases())


def holder(entities, name: str) -> list[str]:
    """Ids of the entities that have `name` as name or alias."""
    return [e.id for e in entities if name.lower() in {a.lower() for a in [e.name, *e.aliases]}]


# --- names ---------------------------------------------------------------------------------------------------

def test_keys_fold_punctuation_possessives_and_articles_but_keep_acronyms():
    assert key("the U.S.") == key("US") == "US"
    assert key("Us") != key("US")
    assert key("North Korea's") == key("North Korea") == "north korea"
    assert key("Iran\u2019s") == "iran"


def test_titles_and_honorifics_are_stripped():
    assert strip_titles("Supreme Leader Ayatollah Ali Khamenei") == ("Ali Khamenei", True)
    assert strip_titles("Ayatollah Seyyed Ali Khamenei")[0] == "Ali Khamenei"
    assert strip_titles("President John F. Kennedy")[0] == "John F. Kennedy"
    assert strip_titles("Kennedy Space Center") == ("Kennedy Space Center", False)


def test_transliteration_skeleton_joins_variants_and_keeps_lookalikes_apart():
    assert person_key("Mohammad Mossadegh") == person_key("Mohammad Mosaddeq") == person_key("Mohammad Mossadeq")
    assert person_key("Mohammad-Reza Pahlavi") == person_key("Mohammad Reza Pahlavi")
    assert person_key("Ali Khamenei") != person_key("Ali Khomeini")


# --- alias table and user files ------------------------------------------------------------------------------

def test_builtin_table_knows_short_forms_and_distinct_pairs():
    table = load_aliases()
    assert table.lookup("U.S.").name == table.lookup("United States").name == "United States"
    assert table.lookup("Britain").name == "United Kingdom"
    assert table.lookup("Iraq").name != table.lookup("Iran").name
    assert table.are_distinct("Iran", "Iraq")
    assert table.are_distinct("Khomeini", "Khamenei")


def test_user_alias_file_adds_a_group(nlp, tmp_path: Path):
    text = "Ilich Ramirez Sanchez was sentenced to life in prison. Carlos the Jackal smiled at the court."
    _, before = entities_of(nlp, text)
    assert len({*holder(before, "Carlos the Jackal"), *holder(before, "Ilich Ramirez Sanchez")}) == 2
    path = tmp_path / "aliases.json"
    path.write_text(json.dumps({"groups": [
        {"name": "Ilich Ramirez Sanchez", "type": "person", "aliases": ["Carlos the Jackal", "Carlos"]}]}))
    _, after = entities_of(nlp, text, load_aliases(path))
    assert holder(after, "Carlos the Jackal") == holder(after, "Ilich Ramirez Sanchez") == ["ilich-ramirez-sanchez"]


def test_the_islamic_republic_is_iran_and_no_other_islamic_republic(nlp):
    text = ("The Islamic Republic rejected the offer. Iran said it would not negotiate, and Iraq stayed silent. "
            "The Islamic Republic of Pakistan closed its border.")
    _, entities = entities_of(nlp, text)
    assert holder(entities, "Islamic Republic") == holder(entities, "Iran") == ["iran"]
    assert holder(entities, "Iraq") != ["iran"]
    assert holder(entities, "Islamic Republic of Pakistan") == ["pakistan"]


def test_user_alias_file_overrides_builtin_group_and_adds_distinct_pair(tmp_path: Path):
    path = tmp_path / "aliases.json"
    path.write_text(json.dumps({"groups": [{"name": "USA", "type": "place", "aliases": ["US", "America"]}],
                                "distinct": [["Georgia", "Georgia (US state)"]]}))
    table = load_aliases(path)
    assert table.lookup("America").name == "USA"
    assert table.lookup("U.S.").name == "USA"
    assert table.lookup("United States") is None
    assert table.are_distinct("Georgia", "Georgia (US state)")


@pytest.mark.parametrize("content, message", [
    ("{not json", "not valid JSON"),
    ('["a list"]', "expected a JSON object"),
    ('{"groups": [{"aliases": ["x"]}]}', "non-empty string 'name'"),
    ('{"groups": [{"name": "X", "type": "planet"}]}', "type 'planet'"),
    ('{"groups": [{"name": "X", "aliases": "Y"}]}', "'aliases' must be a list"),
    ('{"distinct": [["only one"]]}', "pair of two names"),
    ('{"grups": []}', "unknown key"),
    ('{"groups": 5}', "'groups' must be a list"),
])
def test_bad_alias_file_raises_clear_value_error(tmp_path: Path, content: str, message: str):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(ValueError, match=message) as err:
        load_aliases(path)
    assert str(path) in str(err.value)


def test_missing_alias_file_raises_value_error(tmp_path: Path):
    with pytest.raises(ValueError, match="cannot read"):
        load_aliases(tmp_path / "absent.json")


# --- one document --------------------------------------------------------------------------------------------

def test_titles_surnames_and_short_forms_merge_within_a_document(nlp):
    text = ("Supreme Leader Ayatollah Ali Khamenei spoke in Tehran. Khamenei said the U.S. could not be trusted, "
            "and Ayatollah Khamenei repeated that the United States and America were one.")
    mentions, entities = entities_of(nlp, text)
    assert holder(entities, "Khamenei") == holder(entities, "Ayatollah Ali Khamenei") == ["ali-khamenei"]
    assert holder(entities, "U.S.") == holder(entities, "United States") == holder(entities, "America")
    assert all(m.entity for m in mentions)
    assert next(e for e in entities if e.id == "ali-khamenei").type == "person"


def test_lookalike_countries_and_leaders_stay_apart(nlp):
    text = ("Iraq invaded Iran in 1980, and Austria and Australia sent observers. Ayatollah Ruhollah Khomeini "
            "led Iran until 1989, when Ali Khamenei succeeded Khomeini. Khamenei has ruled since.")
    _, entities = entities_of(nlp, text)
    assert holder(entities, "Iran") != holder(entities, "Iraq")
    assert holder(entities, "Austria") != holder(entities, "Australia")
    assert holder(entities, "Khomeini") == holder(entities, "Ruhollah Khomeini")
    assert holder(entities, "Khamenei") == holder(entities, "Ali Khamenei")
    assert holder(entities, "Khamenei") != holder(entities, "Khomeini")


def test_title_case_heading_is_not_taken_for_a_name(nlp):
    text = ("Ayatollah Khamenei noted that Iran should rely on itself.\n\n"
            "Focus on Domestic Potentials\n\n"
            "Britain, France and Germany tried to keep trade going.")
    mentions, _ = entities_of(nlp, text)
    assert not [m for m in mentions if "Focus" in m.text or "Potentials" in m.text]
    assert {m.text for m in mentions} >= {"Iran", "Britain", "France", "Germany"}
    assert any("Khamenei" in m.text for m in mentions)


def test_title_only_mentions_are_dropped_and_titled_names_are_persons(nlp):
    text = "Iran's Supreme Leader has again ruled out talks. President Rouhani agreed with the Leader."
    mentions, entities = entities_of(nlp, text)
    assert not [m for m in mentions if m.text in ("Supreme", "Leader", "Supreme Leader")]
    assert next(e for e in entities if "Rouhani" in e.name).type == "person"


def test_ner_spans_are_repaired(nlp):
    text = ("A Saturn V rocket lifted off from Launch Complex 39A on July 16, 1969, and the astronauts splashed "
            "down in the Pacific on July 24, 1969, after walking on the Moon.")
    dates = [(text.index(d), text.index(d) + len(d)) for d in ("July 16, 1969", "July 24, 1969")]
    document = Document("t", text)
    mentions, entities = document_entities(parse(nlp, neutralised_text(document)), "t", load_aliases(), dates)
    names = {m.text for m in mentions}
    assert "Launch Complex 39A" in names and "Saturn V" in names
    assert not [m for m in mentions if any(s < m.end and m.start < e for s, e in dates)]
    assert all(e.type != "person" for e in entities if e.name == "Moon")


def test_curated_alias_is_not_found_inside_a_longer_name(nlp):
    mentions, entities = entities_of(nlp, "Exports to Latin America rose, the U.S. said, as America traded more.")
    us = holder(entities, "United States")
    assert us and not [m for m in mentions if m.entity in us and m.start < 20]


def test_demonyms_name_their_country(nlp):
    mentions, entities = entities_of(nlp, "Iranian officials met French and Saudi diplomats in Paris.")
    assert holder(entities, "Iranian") == holder(entities, "Iran") == ["iran"]
    assert holder(entities, "Saudi") == ["saudi-arabia"]


def test_ignored_spans_yield_no_entities(nlp):
    junk = "Results Us Iran Barack Obama Leader No Point US Talks"
    text = "Khamenei spoke on Sunday.\n" + junk
    start = text.index(junk)
    mentions, entities = entities_of(nlp, text, ignored=[(start, start + len(junk))])
    assert all(m.end <= start for m in mentions)
    assert not holder(entities, "Barack Obama")


def test_offsets_point_into_the_original_text(nlp):
    text = "\u2022 Dow 17 56.23\nEghtesadOnline: Ayatollah Ali Khamenei met Emmanuel Macron in Tehran."
    mentions, _ = entities_of(nlp, text, ignored=[(0, text.index("\n"))])
    assert mentions and all(text[m.start:m.end] == m.text for m in mentions)


# --- across documents ----------------------------------------------------------------------------------------

def test_cluster_merges_surnames_transliterations_and_hyphenated_names(nlp):
    docs = [
        "The coup toppled prime minister Mohammad Mossadegh after the Shah, Mohammad-Reza Pahlavi, fled.",
        "Mosaddeq was overthrown; Mohammad Reza Pahlavi returned. Donald Trump spoke later.",
        "Mohammad Mosaddeq nationalised oil. Later, Trump said Pahlavi had fled the country.",
    ]
    per_doc = [entities_of(nlp, t, doc_id=f"d{i}")[1] for i, t in enumerate(docs)]
    merged, maps = merge_entities(per_doc, load_aliases())
    for group in (["Mossadegh", "Mosaddeq", "Mohammad Mossadegh", "Mohammad Mosaddeq"],
                  ["Mohammad-Reza Pahlavi", "Mohammad Reza Pahlavi", "Pahlavi"],
                  ["Trump", "Donald Trump"]):
        owners = {eid for name in group for eid in holder(merged, name)}
        assert len(owners) == 1, (group, owners)
    assert all(set(m.values()) <= {e.id for e in merged} for m in maps)


def test_cluster_merges_surnames_with_particles_and_romanised_variants(nlp):
    docs = ["Osama bin Laden was killed in 2011. President Bashar al-Assad spoke. Muammar Gaddafi died in 2011.",
            "Bin Laden had hidden in Abbottabad. Al-Assad and Assad are one man.",
            "Qaddafi ruled Libya for decades. Kadhafi was killed near Sirte."]
    per_doc = [entities_of(nlp, t, doc_id=f"d{i}")[1] for i, t in enumerate(docs)]
    merged, _ = merge_entities(per_doc, load_aliases())
    for group in (["Osama bin Laden", "Bin Laden"], ["Bashar al-Assad", "Assad"],
                  ["Muammar Gaddafi", "Qaddafi", "Kadhafi"]):
        owners = {eid for name in group for eid in holder(merged, name)}
        assert len(owners) == 1, (group, owners)


def test_initials_tell_persons_apart_and_fit_a_name_written_without_them(nlp):
    docs = ["George H. W. Bush went to war in 1991. George W. Bush invaded Iraq in 2003.",
            "John F. Kennedy was shot in 1963.", "John Kennedy was president."]
    per_doc = [entities_of(nlp, t, doc_id=f"d{i}")[1] for i, t in enumerate(docs)]
    merged, _ = merge_entities(per_doc, load_aliases())
    assert holder(merged, "George H. W. Bush") != holder(merged, "George W. Bush")
    assert holder(merged, "John Kennedy") == holder(merged, "John F. Kennedy")
    assert next(e.name for e in merged if "John Kennedy" in e.aliases) == "John F. Kennedy"


def test_organisations_join_their_acronym_and_their_name_without_a_country(nlp):
    docs = ["The Immigration and Naturalization Service ruled. The INS said the boy must go home.",
            "The U.S. Immigration and Naturalization Service decided, said the U.S. Justice Department.",
            "Justice Department lawyers agreed."]
    per_doc = [entities_of(nlp, t, doc_id=f"d{i}")[1] for i, t in enumerate(docs)]
    merged, _ = merge_entities(per_doc, load_aliases())
    for group in (["INS", "Immigration and Naturalization Service", "U.S. Immigration and Naturalization Service"],
                  ["Justice Department", "U.S. Justice Department"]):
        owners = {eid for name in group for eid in holder(merged, name)}
        assert len(owners) == 1, (group, owners)
    assert {e.type for e in merged if "Justice Department" in e.aliases} == {"organisation"}


def test_cluster_keeps_a_surname_apart_when_two_full_names_share_it(nlp):
    docs = ["John F. Kennedy spoke in 1961.", "Robert Kennedy spoke in 1968.", "Kennedy spoke again."]
    per_doc = [entities_of(nlp, t, doc_id=f"d{i}")[1] for i, t in enumerate(docs)]
    merged, _ = merge_entities(per_doc, load_aliases())
    assert holder(merged, "John F. Kennedy") != holder(merged, "Robert Kennedy")
    assert holder(merged, "Kennedy") not in (holder(merged, "John F. Kennedy"), holder(merged, "Robert Kennedy"))


def test_seed_alias_groups_are_one_entity_each_and_distinct_pairs_apart(built, seeds_gold):
    for group in seeds_gold["entities"]:
        owners = {eid for name in group["aliases"] for eid in holder(built.entities, name)}
        assert len(owners) == 1, (group["name"], owners)
    for a, b in seeds_gold["distinct"]:
        assert not set(holder(built.entities, a)) & set(holder(built.entities, b)), (a, b)
    assert not [e for e in built.entities if "Focus" in e.name or "Potentials" in e.name]


# --- noise that is not an entity (real AQUAINT wire sentences, Aug 1998) ----------------------------------------

def test_portfolios_lowercase_phrases_and_stray_adjectives_are_not_entities(nlp):
    text = ("U.S. Secretary of State Madeleine Albright headed Tuesday to East Africa, seeking to demonstrate "
            "American support after the bombings. Kenyan Trade Minister Joseph Kamotho called the attack "
            "wanton murder. An Islamic group claimed it.")
    _mentions, entities = entities_of(nlp, text)
    names = {e.name for e in entities}
    assert "State" not in names and "Trade" not in names and "Islamic" not in names
    assert not any(n == n.lower() for n in names)
    assert holder(entities, "Madeleine Albright") and holder(entities, "Joseph Kamotho")
    assert holder(entities, "Kenya") and holder(entities, "East Africa")


def test_a_national_adjective_of_a_continent_is_that_continent(nlp):
    _mentions, entities = entities_of(nlp, "The African leaders met in Addis Ababa on Monday.")
    assert [e.name for e in entities if "African" in e.aliases] == ["Africa"]


def test_an_acronym_cut_before_its_last_dot_keys_as_the_acronym():
    assert key("U.S") == key("U.S.") == "US"
    assert key("St. Louis") == "st louis"


def test_an_unclosed_parenthesis_ends_a_name(nlp):
    text = "Director of the U.S. Federal Bureau of Investigation (FBI) Louis Freeh said here Friday."
    _mentions, entities = entities_of(nlp, text)
    assert not any("(" in e.name for e in entities)


def test_wire_state_abbreviations_are_their_states(nlp):
    text = ("Kopp's car was found at Newark International Airport in Newark, N.J., and he once lived in "
            "St. Albans, Vt. Dr. Slepian was shot in Amherst, N.Y., outside Buffalo.")
    _mentions, entities = entities_of(nlp, text)
    names = {e.name for e in entities}
    assert "New Jersey" in names and "Vermont" in names
    assert not names & {"N.J.", "Vt", "N.Y."}


def test_generic_heads_hyphenated_adjectives_and_function_words_are_not_entities(nlp):
    text = ("Cardinal John O'Connor praised Slepian during Mass at St. Patrick's Cathedral, and the Archdiocese "
            "called for calm. The Church has condemned violence. Both Senator D'Amato and the trans-Atlantic "
            "alliance were mentioned.")
    _mentions, entities = entities_of(nlp, text)
    names = {e.name for e in entities}
    assert not names & {"Cathedral", "Archdiocese", "Church", "Both", "Both Senator", "trans-Atlantic"}
    assert holder(entities, "John O'Connor")


def test_a_title_after_an_organisation_is_not_part_of_its_name(nlp):
    _mentions, entities = entities_of(nlp, "The FBI Director Louis Freeh said the search would go on.")
    assert holder(entities, "FBI") and not holder(entities, "FBI Director")


def test_a_title_word_inside_a_hyphenated_name_stays(nlp):
    _mentions, entities = entities_of(nlp, "Napoleon was crowned at Notre-Dame in December 1804.")
    assert not holder(entities, "Notre")


def test_a_name_where_something_happens_is_a_place(nlp):
    text = ("Two months later, Napoleon defeated the Russian and Austrian armies. His final defeat came at "
            "Waterloo on 18 June 1815.")
    _mentions, entities = entities_of(nlp, text)
    assert [e.type for e in entities if e.name == "Waterloo"] == ["place"]


# --- what is said or nicknamed is not a name (real AQUAINT wire sentences and the seeds) ------------------------

def test_quoted_slogans_and_nicknames_are_not_entities(nlp):
    text = ("The anniversary is marked with demonstrations of crowds chanting \u201cDeath to America\u201d across "
            "the country. Iran held 52 Americans at the embassy, which it called the Den of Spies. Protesters "
            "carried signs demanding ``Freedom for Elian,'' the same battle cry chanted in Havana. Nicknamed the "
            "``Atomic Dog'' in anti-abortion circles, Kopp had been arrested in several states.")
    _mentions, entities = entities_of(nlp, text)
    names = {e.name for e in entities}
    assert not names & {"Death to America", "Den of Spies", "Freedom for Elian", "Atomic Dog"}
    assert holder(entities, "Iran") and holder(entities, "Kopp") and holder(entities, "Havana")


def test_the_first_words_of_a_quotation_are_no_title_but_a_quoted_film_is(nlp):
    text = ("``Accession to NATO is a guarantee that we will never again be left alone,'' he said.\n\n"
            "``The Congress of the United States is affording Elian Gonzalez what INS denied,'' Burton said.\n\n"
            "The poster showed a picture of Gary Cooper from the film ``High Noon.''")
    _mentions, entities = entities_of(nlp, text)
    names = {e.name for e in entities}
    assert not names & {"Accession to NATO", "Congress of the United States"}
    assert "High Noon" in names and holder(entities, "Gary Cooper")


def test_words_capitalised_only_to_open_a_sentence_are_not_names(nlp):
    text = ("Rescued on Nov. 25 by fishermen off the Florida coast, Elian has become a symbol.\n\n"
            "Elected officials in and around Miami warned Washington.\n\n"
            "Terrorist bombings at U.S. embassies in Kenya and Tanzania killed 257 people.\n\n"
            "Lawmakers introduced legislation to grant Elian American citizenship.")
    _mentions, entities = entities_of(nlp, text)
    names = {e.name for e in entities}
    assert not names & {"Rescued", "Elected", "Terrorist", "Elian American"}
    assert {"Elian", "Miami", "Kenya", "Tanzania", "Florida"} <= {n for e in entities for n in [e.name, *e.aliases]}


def test_a_middle_name_joins_its_initial_and_first_names_join_the_longer_name(nlp):
    docs = ["Warrants were issued for James C. Kopp, 44. Kopp is missing.",
            "The FBI named James Charles Kopp in the shooting.",
            "Juan Miguel Gonzalez wrote to Reno. Juan Miguel said he would come."]
    per_doc = [entities_of(nlp, t, doc_id=f"d{i}")[1] for i, t in enumerate(docs)]
    merged, _ = merge_entities(per_doc, load_aliases())
    for group in (["James C. Kopp", "James Charles Kopp", "Kopp"], ["Juan Miguel", "Juan Miguel Gonzalez"]):
        owners = {eid for name in group for eid in holder(merged, name)}
        assert len(owners) == 1, (group, owners)
    assert holder(merged, "James C. Kopp") != holder(merged, "Juan Miguel Gonzalez")


def test_a_first_name_and_surname_join_the_one_name_with_a_middle_name_between(nlp):
    text = ("James Charles Kopp, 44, of Vermont, was seen in the car. Officials have said James Kopp is a "
            "suspect. Kopp has not been found. George H. W. Bush and George W. Bush spoke; George Bush smiled.")
    _mentions, entities = entities_of(nlp, text)
    assert holder(entities, "James Kopp") == holder(entities, "James Charles Kopp") == holder(entities, "Kopp")
    assert holder(entities, "George Bush") not in (holder(entities, "George W. Bush"),
                                                   holder(entities, "George H. W. Bush"))


def test_a_hyphenated_given_name_is_part_of_the_name(nlp):
    mentions, entities = entities_of(nlp, "South Korean President Moon Jae-in met Kim Jong Un on Friday. Moon "
                                          "said they had agreed to meet again.")
    assert "Moon Jae-in" in {e.name for e in entities}
    assert holder(entities, "Moon") == holder(entities, "Moon Jae-in")


def test_a_name_in_apposition_to_a_kinship_noun_is_a_person(nlp):
    text = "Caridad came first, in 1966. Then came another sister, Georgina, in 1983, followed by Manuel in 1984."
    _mentions, entities = entities_of(nlp, text)
    assert [e.type for e in entities if e.name == "Georgina"] == ["person"]


def test_a_king_known_by_one_name_is_not_anyone_with_that_surname(nlp):
    text = ("Jordan's King Hussein met Saddam Hussein in Baghdad on Monday. Hussein of Jordan later flew to "
            "Washington. King Hussein said he carried no message.")
    _mentions, entities = entities_of(nlp, text)
    assert holder(entities, "King Hussein") and holder(entities, "King Hussein") != holder(entities, "Saddam Hussein")
    assert "King Hussein" in {e.name for e in entities}
    per_doc = [entities_of(nlp, t, doc_id=f"d{i}")[1] for i, t in enumerate(
        ["King Hussein of Jordan flew to Washington.", "Saddam Hussein invaded Kuwait in August."])]
    merged, _ = merge_entities(per_doc, load_aliases())
    assert holder(merged, "King Hussein") != holder(merged, "Saddam Hussein")


def test_a_demonym_tagged_as_a_place_is_its_country(nlp):
    _mentions, entities = entities_of(nlp, "Iraqi troops overran the Kuwaiti capital in August 1990.")
    assert not [e for e in entities if e.name in ("Kuwaiti", "Iraqi")]


def test_an_office_after_an_organisation_is_not_part_of_its_name(nlp):
    text = ("The decision was announced Wednesday by INS Commissioner Doris Meissner. Immigration and "
            "Naturalization Service Commissioner Doris Meissner said the boy belongs with his father.")
    _mentions, entities = entities_of(nlp, text)
    assert not [e for e in entities if e.name.endswith("Commissioner")]
    assert holder(entities, "Doris Meissner")


def test_where_someone_was_exiled_and_a_town_with_its_region_are_places(nlp):
    text = ("Napoleon Bonaparte was born in Ajaccio, Corsica, in 1769. Two years later Napoleon abdicated and was "
            "exiled to Elba. Doctors were shot in Vancouver, British Columbia; Winnipeg, Manitoba; and Hamilton, "
            "Ontario. The U.S. ambassador to Poland, Dan Fried, said he remembered it.")
    _mentions, entities = entities_of(nlp, text)
    types = {e.name: e.type for e in entities}
    assert types.get("Elba") == "place" and types.get("Hamilton") == "place" and types.get("Corsica") == "place"
    assert types.get("Dan Fried") == "person"


def test_a_name_with_a_surname_particle_is_a_person_and_into_names_a_place(nlp):
    text = ("The Suez Canal was built by the Suez Canal Company, which Ferdinand de Lesseps had founded in December "
            "1858. Israeli forces crossed into the Sinai on 29 October 1956.")
    _mentions, entities = entities_of(nlp, text)
    types = {e.name: e.type for e in entities}
    assert types.get("Ferdinand de Lesseps") == "person" and types.get("Sinai") == "place"
