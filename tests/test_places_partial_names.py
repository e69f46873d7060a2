"""A piece of a longer, unknown name is not a place; our own front-line towns are found."""

from __future__ import annotations

import pytest

from eventwire import code


def places_of(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.text: (p.name, p.country) for p in code(text, date="2019-05-06").places}


@pytest.mark.parametrize("text", [
    "Shelling hit Kafr Latif overnight, residents said.",    # "Kafr" alone is a Yemeni area
    "Troops pushed toward Tell Abyadh Junction on Sunday.",
])
def test_a_word_glued_to_an_unknown_capitalised_word_is_not_a_place(text):
    found = places_of(text)
    assert all(country in (None, "SY") for _, country in found.values()), found


def test_frontline_villages_resolve_to_syria():
    found = places_of("Jets struck Kafr Nabudah and Shir Mughar, and shelled the Ghab plain.")
    assert found["Kafr Nabudah"][1] == "SY"
    assert found["Shir Mughar"][1] == "SY"
    assert found["Ghab plain"][1] == "SY"


def test_a_famous_place_keeps_its_match_before_a_capitalised_word():
    found = places_of("Rebels attacked Aleppo Tuesday and shelled Idlib Wednesday.")
    assert found["Aleppo"] == ("Aleppo", "SY")
    assert found["Idlib"][1] == "SY"


@pytest.mark.parametrize("text", [
    # "Kone" alone is a town in New Caledonia; "Yet" written with a capital is part of the name
    "Two fighter jets bombed Let Yet Kone village shortly after noon, residents said.",
    "Gunmen raided Camp Tera settlement near the border on Sunday, officials said.",
])
def test_a_word_after_a_capitalised_common_word_is_not_a_place_of_its_own(text):
    assert places_of(text) == {}


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("Fighting spread across Eastern Ukraine on Monday.", "Eastern Ukraine", "UA"),
    ("The convoy reached Port Sudan by nightfall.", "Port Sudan", "SD"),
    ("Rebels entered Kone Police station and seized weapons in Kone.", "Kone", "NC"),
])
def test_directions_kind_words_and_known_names_still_name_places(text, mention, country):
    found = places_of(text)
    assert mention in found, found
    if country:
        assert found[mention][1] == country


def test_a_variant_spelling_of_a_big_town_does_not_keep_a_piece_of_a_longer_name():
    # "Wadi Rabie" is a Tripoli district; "Wadi" alone is a variant name of Algeria's El Oued
    found = places_of("GNA forces pushed the LNA back several kilometres in the Wadi Rabie "
                      "area south of Tripoli.")
    assert {country for _, country in found.values()} == {"LY"}
