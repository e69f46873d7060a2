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
