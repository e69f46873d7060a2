"""Typed proper names from the parse: chains of proper nouns kept whole through Arabic
particles, typed by our dictionaries, gazetteer and the name's syntax."""

from __future__ import annotations

from eventwire import code
from eventwire.model import Token
from eventwire.names import chains


def names_of(text: str) -> list[tuple[str, str | None]]:
    return [(n.text, n.kind) for n in code(text, date="2024-05-03").names]


def test_names_with_particles_stay_whole():
    assert names_of("Ayman al-Zawahiri praised Abu Bakr al-Baghdadi in a video.") == [
        ("Ayman al-Zawahiri", "person"), ("Abu Bakr al-Baghdadi", "person")]


def test_a_first_name_that_is_also_a_town_does_not_make_the_person_a_place():
    assert names_of("Vladimir Putin met Recep Tayyip Erdogan in Sochi on Tuesday.") == [
        ("Vladimir Putin", "person"), ("Recep Tayyip Erdogan", "person"), ("Sochi", "place")]


def test_organisation_words_and_titles_type_unknown_names():
    assert names_of("Spokesman Nabil Tanko said the Bakassi Defence Council had withdrawn "
                    "from Mbengwi.") == [
        ("Spokesman Nabil Tanko", "person"), ("Bakassi Defence Council", "organization"),
        ("Mbengwi", "place")]


def test_months_and_days_are_times_not_names():
    assert names_of("On Monday, 3 June, Haitian police entered Port-au-Prince.") == [
        ("Port-au-Prince", "place")]


def test_chains_follow_the_tags_and_particles_without_a_model():
    words = [("Ali", "NNP"), ("bin", "NNP"), ("Hassan", "NNP"), ("met", "VBD"), ("al", "NNP"),
             ("-", "HYPH"), ("Sadr", "NNP"), (".", ".")]
    tokens, offset = [], 0
    for word, tag in words:
        glue = word == "-" or (tokens and tokens[-1].text == "-")
        offset -= 1 if glue else 0
        tokens.append(Token(word, offset, offset + len(word), tag, word.lower()))
        offset += len(word) + 1
    assert chains(tokens) == [(0, 2), (4, 6)]


def test_names_joined_by_of_take_the_type_of_their_head_word():
    assert names_of("The Ministry of Defence in Naypyidaw said troops patrolled the Gulf of "
                    "Martaban near Mawlamyine.") == [
        ("Ministry of Defence", "organization"), ("Naypyidaw", "place"),
        ("Gulf of Martaban", "place"), ("Mawlamyine", "place")]


def test_of_without_a_head_word_keeps_two_names_apart():
    assert names_of("King Abdullah of Jordan flew to Cairo.") == [
        ("King Abdullah", "person"), ("Jordan", "place"), ("Cairo", "place")]


def test_a_plural_demonym_names_people_and_a_title_alone_names_its_holder():
    assert names_of("Ukrainians queued for bread while the President spoke in Kyiv.") == [
        ("Ukrainians", "person"), ("President", "person"), ("Kyiv", "place")]


def test_international_organisations_and_named_features_get_their_kind():
    assert names_of("The United Nations sent boats up the Ubangi River to Bangui.") == [
        ("United Nations", "organization"), ("Ubangi River", "place"), ("Bangui", "place")]
