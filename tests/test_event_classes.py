"""What kind of event a text reports (issue 17): words the wider lexicon reads, violence by
protesters, announced events, and a story read from its lede. Sentences written for these
tests, none from the corpus or the eval sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire import code
from eventwire.evaluation.events import plover_class, predict


def _codes(text: str) -> list[tuple[str, str | None]]:
    return [(e.cameo, e.plover.event) for e in code(text, date="2024-05-06").events
            if e.plover.event]


@pytest.mark.parametrize("text, cameo", [
    ("Peru's president stepped down on Friday after weeks of road blockades.", "0831"),
    ("The interior minister resigned as students massed outside his office.", "0831"),
    ("The cabinet bowed to pressure from truck drivers and dropped the fuel levy.", "080"),
    ("Lawmakers withdrew the finance bill after two days of deadly protests.", "0832"),
    ("The provincial government agreed to the farmers' demands on Friday.", "083"),
    ("Mine owners met the demands of the striking workers after a month.", "083"),
])
def test_a_leader_or_government_giving_way_is_a_concession(text: str, cameo: str) -> None:
    assert (cameo, "CONCEDE") in _codes(text)


def test_armed_men_are_no_arms_supply_but_arming_someone_is() -> None:
    assert ("072", "AID") not in _codes("Armed men stormed a village in Zamfara state.")
    assert ("072", "AID") not in _codes("Gunmen armed with rifles ambushed a bus near Kaduna.")
    assert ("072", "AID") not in _codes("Armed separatists attacked a checkpoint in Bamenda.")
    assert ("072", "AID") not in _codes("Heavily armed gunmen ambushed soldiers near Kidal.")
    assert ("072", "AID") in _codes("Iran armed the Houthis for years, the report said.")


def test_a_labour_strike_is_no_attack() -> None:
    for text in ("The teachers' strike entered its third week in Lagos.",
                 "Bus drivers ended a week-long strike over unpaid wages.",
                 "A 48-hour strike shut the ports of Chittagong and Mongla."):
        assert "ASSAULT" not in [kind for _, kind in _codes(text)], text


def test_violence_by_protesters_is_a_violent_protest() -> None:
    events = [e for e in code("Demonstrators set fire to a police station in Kano.").events
              if e.plover.event]
    assert [(e.cameo, e.plover.event, e.plover.mode) for e in events] == \
        [("145", "PROTEST", "riot")]
    assert events[0].acled.sub_event_type == "Violent demonstration"
    soldiers = code("Soldiers set fire to a police station in Kano.").events
    assert [e.plover.event for e in soldiers if e.plover.event] == ["ASSAULT"]


def test_an_announced_event_is_read_as_its_announcement() -> None:
    assert predict("The army said it would use force to clear the protest camps in Khartoum.",
                   plover_class) == "THREATEN"
    assert predict("The ministry said it will send food aid to the flooded north.",
                   plover_class) == "AGREE"
    assert predict("Troops shelled the market in Kharkiv on Monday.", plover_class) == "ASSAULT"


STORY = ("Police in Nairobi arrested more than 40 people on Tuesday as they gathered for a "
         "vigil outside parliament, witnesses said. Officers detained several journalists. Last "
         "month gunmen attacked a bus in the north, and militants killed six soldiers in an "
         "ambush near the Somali border. Bombings and raids have hit the region for years.")


def test_a_story_is_read_from_its_lede(run_cli, tmp_path: Path) -> None:
    # the background's attacks outnumber the arrests of the lede
    assert predict(STORY, plover_class) == "COERCE"
    item = {"id": "k", "text": STORY, "plover": "COERCE", "mode": "arrest", "cameo": "173",
            "acled": {"event_type": "Strategic developments", "sub_event_type": "Arrests"},
            "modality": "asserted", "source": None, "target": None, "country": "KEN",
            "conflict": "Kenya protests", "style": "wire"}
    (tmp_path / "stories.jsonl").write_text(json.dumps(item) + "\n", encoding="utf-8")
    result = run_cli("eval", "events", str(tmp_path), "--split", "stories")
    assert result.exit_code == 0, result.output
    assert "PLOVER accuracy 1.000 (1/1)" in result.output


@pytest.mark.parametrize("text", [
    "UN investigators accused the paramilitaries of killings, rapes and looting in El Geneina.",
    "Rights groups accused the army of bombing markets and shelling schools in Sagaing.",
])
def test_what_an_accusation_alleges_counts_as_the_accusation(text: str) -> None:
    assert predict(text, plover_class) == "ACCUSE"


@pytest.mark.parametrize("text", [
    "Ecuador and Colombia set up a joint task force to fight drug trafficking.",
    "Firefighters fought the blaze for three days near Valparaiso.",
    "Health ministry teams are fighting a measles outbreak in Kasai.",
    "The government pledged to fight against impunity in Darfur.",
    "Rescue teams battled wildfires outside Athens for a third day.",
])
def test_fighting_a_social_ill_or_a_disaster_is_no_assault(text: str) -> None:
    assert [c for c in _codes(text) if c[1] == "ASSAULT"] == []


@pytest.mark.parametrize("text", [
    "Fano militias fought the army near Gondar on Monday.",
    "Haitian police fought gangs in Port-au-Prince overnight.",
])
def test_fighting_an_armed_group_is_still_an_assault(text: str) -> None:
    assert ("190", "ASSAULT") in _codes(text)


def test_a_no_event_pattern_of_our_lexicon_blocks_the_verb_default() -> None:
    from eventwire.events.lexicon import build_lexicon

    ours = build_lexicon({"synsets": {"ILLS": ["corruption"]}, "verbs": [
        {"verbs": ["fight"], "code": "190", "patterns": ["* &ILLS [---]"]}]})
    pattern = ours.candidates("fight")[0].verb.patterns[0]
    assert (pattern.code, pattern.blocks) == ("", True)


@pytest.mark.parametrize("text, cameo", [
    ("After a three-day offensive, Sudanese troops retook the airport in Nyala.", "192"),
    ("After a week-long siege, the army captured the town of Kidal.", "192"),
    ("Following a two-day assault, M23 fighters seized the town of Sake.", "192"),
])
def test_a_hyphenated_offensive_before_the_news_is_background(text: str, cameo: str) -> None:
    assert _codes(text) == [(cameo, "COERCE")]


def test_an_offensive_with_its_actor_is_news_even_after_a_preposition() -> None:
    assert ("190", "ASSAULT") in _codes("After a three-day offensive by the RSF, the army "
                                        "withdrew from Wad Madani.")


@pytest.mark.parametrize("text", [
    "Soldiers found three landmines buried near a school in Kidal and defused them.",
    "Deminers cleared 200 landmines from farmland near Kharkiv.",
    "Police seized two IEDs from a house in Quetta.",
])
def test_a_weapon_found_or_made_safe_is_no_attack(text: str) -> None:
    assert [c for c in _codes(text) if c[1] == "ASSAULT"] == []


@pytest.mark.parametrize("text", [
    "A roadside bomb killed four soldiers near Gao.",
    "A landmine exploded under a minibus near Mopti, killing six passengers.",
    "Three children were wounded by a landmine in Kandahar province.",
])
def test_a_weapon_that_went_off_is_an_attack(text: str) -> None:
    assert ("1833", "ASSAULT") in _codes(text)


@pytest.mark.parametrize("text", [
    "Lightning struck a school in Gao, injuring nine pupils.",
    "Floods forced 10,000 people from their homes in Maiduguri.",
    "A cyclone hit the coast of Mozambique on Sunday.",
    "A landslide buried dozens of homes in Enga province.",
])
def test_a_natural_hazard_makes_no_political_event(text: str) -> None:
    assert _codes(text) == []


def test_people_setting_fires_still_make_one() -> None:
    assert ("1712", "ASSAULT") in _codes("Militants set fire to a school in Borno.")


@pytest.mark.parametrize("text", [
    "The documentary captured the mood of Kenya's young protesters.",
    "The photographs captured the attention of audiences across Europe.",
])
def test_capturing_a_mood_is_no_seizure(text: str) -> None:
    assert _codes(text) == []


def test_capturing_a_town_or_fighters_still_is() -> None:
    assert _codes("Rebels captured the town of Rutshuru on Monday.") == [("192", "COERCE")]
    assert _codes("Soldiers captured 12 fighters near Mopti.") == [("173", "COERCE")]


def test_a_declined_verb_under_another_leaves_the_sentence_to_the_classifier() -> None:
    assert _codes("Ecuador and Colombia set up a joint task force to fight drug "
                  "trafficking.") == [("060", "COOPERATE")]


@pytest.mark.parametrize("text", [
    "Militants sent explosive-laden drones toward the airport in Bamako.",
    "Russia sent dozens of attack drones towards Kyiv overnight.",
])
def test_drones_sent_toward_a_place_are_a_drone_strike(text: str) -> None:
    assert _codes(text) == [("1952", "ASSAULT")]


def test_drones_sent_to_a_state_are_still_military_aid() -> None:
    assert _codes("Iran sent drones to Russia for use in Ukraine.") == [("072", "AID")]


@pytest.mark.parametrize("text", [
    "The government declared a general call-up of reservists.",
    "Moldova announced a call-up of 10,000 reservists.",
])
def test_a_call_up_is_a_mobilisation_not_a_request(text: str) -> None:
    assert _codes(text) == [("154", "MOBILIZE")]


def test_a_call_for_something_is_still_a_request() -> None:
    assert _codes("The opposition issued a call for a general strike.") == [("020", "REQUEST")]


@pytest.mark.parametrize("text", [
    "Police stopped and searched dozens of young men at a checkpoint in Kano.",
    "Soldiers frisked passengers at a roadblock outside Bamenda.",
])
def test_searching_people_is_coercion(text: str) -> None:
    assert _codes(text) == [("170", "COERCE")]


def test_searching_for_survivors_is_no_event() -> None:
    assert _codes("Volunteers searched through the debris in Derna.") == []
    assert _codes("Rescuers searched the rubble for survivors in Gaza City.") == []


@pytest.mark.parametrize("text", [
    "The president granted more autonomy to the northern provinces.",
    "Madrid granted broad autonomy to the Basque region.",
    "The junta granted an amnesty to 300 political prisoners.",
])
def test_granting_autonomy_or_an_amnesty_is_a_concession(text: str) -> None:
    assert _codes(text) == [("083", "CONCEDE")]


@pytest.mark.parametrize("text, cameo, kind", [
    ("Nigeria flew two battalions of special forces into Borno after the raids.", "154",
     "MOBILIZE"),
    ("Peru's interior ministry rushed 2,000 riot police to Puno before the strike.", "153",
     "MOBILIZE"),
    ("Seoul put its frontline units on high alert after the launch.", "151", "MOBILIZE"),
    ("Two rival militias in Tripoli forged a new alliance against the government.", "062",
     "COOPERATE"),
    ("Kenyan and Ugandan troops held joint exercises near Lake Turkana.", "062", "COOPERATE"),
    ("Fighters in Rakhine observed the ceasefire for a second day.", "0871", "RETREAT"),
    ("Ex-combatants of the ELN laid down their weapons in Arauca.", "0873", "RETREAT"),
    ("French troops left their last base in Chad on Friday.", "0874", "RETREAT"),
    ("Bangladesh's interim government ended the curfew in Dhaka.", "081", "CONCEDE"),
    ("Niger quit the regional bloc after the summit.", "160", "SANCTION"),
    ("Washington put three Sudanese generals on its sanctions list.", "163", "SANCTION"),
])
def test_the_wider_lexicon_reads_mobilisation_cooperation_truces_and_sanctions(
        text: str, cameo: str, kind: str) -> None:
    assert (cameo, kind) in _codes(text)


@pytest.mark.parametrize("text", [
    "The foreign minister left for Geneva on Sunday.",
    "The storm left thousands of homes in Chittagong without power.",
    "The football league ended its season two weeks early.",
])
def test_the_same_verbs_without_those_objects_code_nothing(text: str) -> None:
    assert _codes(text) == []
