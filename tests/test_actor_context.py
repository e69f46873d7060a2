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
