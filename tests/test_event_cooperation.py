"""The cooperation cluster and accusations (issue 17, sixth session; the convention is
`training/events/GUIDELINES.md`): blame laid with "be" ("said the RSF was responsible for the
massacre"), joint investigation teams as judicial cooperation, and the lines between agreeing
to act (AGREE), a deal signed or reached (SUPPORT 057) and cooperation carried out (COOPERATE).
Sentences written for these tests, from many conflicts; none from the corpus or the eval sets.
"""

from __future__ import annotations

import pytest

from eventwire import code
from eventwire.evaluation.events import plover_class, predict


def _codes(text: str) -> list[tuple[str, str | None]]:
    return [(e.cameo, e.plover.event) for e in code(text, date="2024-05-06").events
            if e.plover.event]


@pytest.mark.parametrize("text, blamer, blamed", [
    ("Sudan's army chief said the RSF was guilty of genocide in Darfur.", "army chief", "RSF"),
    ("Kyiv said Moscow was responsible for the disappearance of the journalists.", "Kyiv",
     "Moscow"),
    ("Pakistan said India was behind the bombing of the train in Balochistan.", "Pakistan",
     "India"),
    ("Congo's president said Rwanda was responsible for the massacre in Kishishe.", "president",
     "Rwanda"),
    ("Niger's junta claimed France was behind the unrest in Tillaberi.", "junta", "France"),
    ("The Yemeni government insisted the Houthis were to blame for the collapse of the truce "
     "in Hodeidah.", "government", "Houthis"),
])
def test_blame_laid_with_be_is_an_accusation(text: str, blamer: str, blamed: str) -> None:
    """The speaker blames (source), the subject of "be" is blamed (target)."""
    events = [e for e in code(text, date="2024-05-06").events if e.cameo == "112"]
    assert events, text
    event = events[0]
    assert event.target is not None and blamed in event.target.text
    assert event.source is not None and blamer in event.source.text
    assert predict(text, plover_class) == "ACCUSE"


@pytest.mark.parametrize("text", [
    "The interior ministry is responsible for border security in Sonora.",
    "Ukrainian troops were positioned behind the front line near Pokrovsk.",
    "Somalia's finance minister is responsible for the budget talks with the IMF.",
    # no one says it: the writer reports the wrong itself, as CAMEO codes it
    "Boko Haram has been responsible for thousands of abductions in Borno.",
    "The Jalisco cartel was behind the massacre of migrants in Tamaulipas.",
])
def test_be_without_a_wrong_or_a_speaker_blames_no_one(text: str) -> None:
    assert ("112", "ACCUSE") not in _codes(text)


def test_be_naming_no_wrong_leaves_the_subject_of_the_verbs_after_it() -> None:
    """"said cooperation with Bogota was good but rejected ...": Caracas rejects."""
    text = ("Caracas said cooperation with Bogota was good but rejected any Colombian troop "
            "presence on the border.")
    rejections = [e for e in code(text, date="2024-05-06").events if e.cameo.startswith("12")]
    assert rejections and rejections[0].source is not None
    assert "Caracas" in rejections[0].source.text


@pytest.mark.parametrize("text", [
    "Mexico and the United States set up a joint investigation team to track arms trafficking.",
    "Kenya and Uganda set up a joint investigation team on cattle rustling along the border.",
    "Nigeria and Cameroon established joint investigation teams to pursue kidnappers.",
])
def test_a_joint_investigation_team_is_judicial_cooperation(text: str) -> None:
    assert ("063", "COOPERATE") in _codes(text)
    assert predict(text, plover_class) == "COOPERATE"


def test_an_inquiry_into_wrongdoing_stays_an_investigation() -> None:
    text = "The African Union opened an inquiry into the killings of civilians in Tigray."
    assert ("090", "ACCUSE") in _codes(text)
    assert predict(text, plover_class) == "ACCUSE"


@pytest.mark.parametrize("text, kind", [
    # agreeing to act is AGREE, whatever the act
    ("Niger and Mali agreed to share intelligence on jihadist movements.", "AGREE"),
    ("Myanmar's junta agreed to hold talks with the Arakan Army next month.", "AGREE"),
    ("M23 accepted an invitation from Angola to talks in Luanda.", "AGREE"),
    # a deal signed or reached is SUPPORT (CAMEO 057)
    ("Rwanda and Congo signed a peace agreement in Washington.", "SUPPORT"),
    ("Yemen's government and the Houthis reached a deal on prisoner exchanges.", "SUPPORT"),
    ("Ukraine signed a security agreement with Britain in Kyiv.", "SUPPORT"),
    # cooperation carried out is COOPERATE
    ("Kenya and Somalia launched joint patrols along their border.", "COOPERATE"),
    # praise is SUPPORT, criticism ACCUSE
    ("The EU praised Senegal for holding peaceful elections.", "SUPPORT"),
    ("Kyiv criticised Budapest for blocking the EU aid package.", "ACCUSE"),
    ("Armenia lodged a complaint with the UN Security Council over Azerbaijani shelling of "
     "Jermuk.", "ACCUSE"),
])
def test_the_cooperation_convention(text: str, kind: str) -> None:
    assert predict(text, plover_class) == kind


@pytest.mark.parametrize("text", [
    "The Somali government expressed readiness to negotiate with clan militias.",
    "Colombia's ELN signalled its willingness to resume talks with the government in Caracas.",
    "Ethiopia's federal government expressed readiness to hold talks with Fano militias.",
])
def test_willingness_named_by_a_noun_is_an_intent(text: str) -> None:
    """"readiness to negotiate" promises talks (AGREE), it reports none held (CONSULT)."""
    assert predict(text, plover_class) == "AGREE"


def test_be_gives_the_classifier_no_accusation_tag_without_a_wrong() -> None:
    """"be" is in almost every sentence: its blame patterns tag only where their words are."""
    from eventwire.events import load_event_knowledge
    from eventwire.events.classify import lexicon_tags
    from eventwire.knowledge import default_knowledge

    kb = default_knowledge().load("events", load_event_knowledge)
    lexicon = (kb.verbs, kb.nouns)
    assert "lex_accuse" not in lexicon_tags("The ceasefire was fragile on Monday.", lexicon)
    assert "lex_accuse" in lexicon_tags(
        "Kyiv said Moscow was responsible for the disappearances.", lexicon)


@pytest.mark.parametrize("text", [
    "The ICC prosecutor requested arrest warrants for two Taliban leaders.",
    "The ICC prosecutor applied for an arrest warrant against Min Aung Hlaing.",
    "Ukraine sought international arrest warrants for Russian commanders over the shelling of "
    "Kharkiv.",
    "A Guatemalan prosecutor sought an arrest warrant for the former interior minister.",
])
def test_arrest_warrants_sought_are_legal_action(text: str) -> None:
    """Seeking warrants from a court is legal action against whom they name (CAMEO 115)."""
    assert ("115", "ACCUSE") in _codes(text)
    assert predict(text, plover_class) == "ACCUSE"


@pytest.mark.parametrize("text", [
    "Haiti asked Kenya for more police officers.",
    "Pakistan asked the Taliban to hand over the leaders of a group it blames for the attacks.",
])
def test_asking_without_a_warrant_stays_an_appeal(text: str) -> None:
    assert predict(text, plover_class) == "REQUEST"


def test_a_verdict_is_no_accusation() -> None:
    """"was found guilty of" is no "be" laying blame: only right after "be" does it blame."""
    assert ("112", "ACCUSE") not in _codes("Prosecutors said the soldier was found guilty of "
                                           "murder.")


@pytest.mark.parametrize("text", [
    "Ethiopia supplied electricity to Sudan's border towns under a new arrangement.",
    "Iraq resumed pumping oil to Turkey through the Kirkuk-Ceyhan pipeline.",
])
def test_energy_sold_between_states_is_economic_cooperation(text: str) -> None:
    assert ("061", "COOPERATE") in _codes(text)


def test_fuel_for_a_besieged_town_stays_aid() -> None:
    assert predict("Qatar supplied fuel to the power station in Gaza.", plover_class) == "AID"
