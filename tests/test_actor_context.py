""""The regime" takes the country where the text puts it, once places are known."""

from __future__ import annotations

from eventwire import code


def codes_of(text: str) -> dict[str, str]:
    return {a.text: a.code for a in code(text, date="2019-05-06").actors}


def test_regime_bombing_a_syrian_town_is_syrian_though_ankara_is_named():
    codes = codes_of("Regime helicopters dropped barrel bombs near Khan Shaykhun in southern "
                     "Idlib. Analysts suspect Ankara might be retaliating.")
    assert codes["Regime helicopters"] == "SYRMIL"
    assert codes["Ankara"] == "TURGOV"


def test_the_government_of_a_named_country_keeps_that_country():
    codes = codes_of("The Iraqi government sent troops to Mosul. The government said the "
                     "operation near Kirkuk would last a week.")
    assert codes["Iraqi government"] == "IRQGOV"
    assert codes["government"] == "IRQGOV"


def test_a_metonym_is_not_where_the_army_is():
    codes = codes_of("Moscow condemned the attack. Government forces shelled Kafr Nabudah "
                     "and Qalaat al-Madiq overnight.")
    assert codes["Government forces"] == "SYRMIL"


def test_the_country_an_unnamed_army_accuses_does_not_give_it_nationality():
    codes = codes_of("GOMA (Wire) - M23 rebels shelled positions near Sake on Tuesday. The army "
                     "accused Rwanda of backing the rebels.")
    assert codes["army"] == "CODMIL"
    assert codes["Rwanda"] == "RWA"


def test_an_unnamed_army_takes_the_country_where_the_fighting_is_not_its_accused():
    codes = codes_of("KHARTOUM (Wire) - Fighting flared in El Fasher on Sunday. The army accused "
                     "the United Arab Emirates of arming the Rapid Support Forces.")
    assert codes["army"] == "SDNMIL"
    codes = codes_of("Resistance fighters attacked a police post in Sagaing region on Monday. "
                     "The military accused Thailand of sheltering the rebels.")
    assert codes["military"] == "MMRMIL"
    assert codes["rebels"] == "MMRREB"


def test_a_country_named_with_a_preposition_still_places_the_army():
    codes = codes_of("Turkey and Iran met in Geneva. The regime shelled villages in Syria on "
                     "Sunday, monitors said.")
    assert codes["regime"] == "SYRGOV"
