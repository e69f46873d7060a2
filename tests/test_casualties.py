"""Casualties: killed and injured counts on the event that caused them (issue 16).

Through `code()` on sentences written for these tests; the figures, their bounds and which
event carries them are exact. Then the store, dedupe and the ACLED export.
"""

from __future__ import annotations

import pytest

from dedupe_samples import desk_kafr_nabudah, wire_kafr_nabudah
from eventwire import code
from eventwire.dedupe.views import CanonicalStore
from eventwire.events.numbers import read_count
from eventwire.model import Casualties, Count
from eventwire.store import Store


def _events(text: str):
    return code(text, date="2024-05-06").events


def _figure(count: Count | None) -> tuple[int, int | None] | None:
    return None if count is None else (count.min, count.max)


@pytest.mark.parametrize("words, expected", [
    ("six", (6, 6)), ("1,200", (1200, 1200)), ("twenty-one", (21, 21)),
    ("twenty - one", (21, 21)), ("one hundred and twenty", (120, 120)),
    ("at least 20", (20, None)), ("more than 100", (101, None)), ("dozens", (24, None)),
    ("a dozen", (12, 12)), ("nearly 30", (27, 29)), ("up to 15", (1, 15)),
    ("10 - 15", (10, 15)), ("two or three", (2, 3)), ("12 or more", (12, None)),
    ("tens of thousands", (20000, None)), ("several", (3, None)),
])
def test_counts_as_news_writes_them(words, expected):
    low, high, end = read_count(words.split(), 0)
    assert (low, high) == expected and end == len(words.split())


@pytest.mark.parametrize("text, cameo, killed, injured", [
    # a participle consequence joins the strike: one event, not a strike and a killing
    ("A Russian jet dropped two bombs on the market in Idlib on Tuesday, killing 9 villagers.",
     "195", (9, 9), None),
    # a coordinated passive clause with a count is the attack's toll
    ("Al-Shabaab militants stormed the hotel in Mogadishu, and 12 people were killed.",
     "190", (12, 12), None),
    ("RSF fighters shelled El Fasher on Monday, leaving at least 20 civilians dead and dozens "
     "wounded.", "194", (20, None), (24, None)),
    # an active killing with its own subject is the event itself
    ("Gunmen killed 12 villagers in Zamfara state on Sunday.", "180", (12, 12), None),
    ("Two soldiers and three civilians were killed when militants ambushed a convoy near "
     "Menaka.", "190", (5, 5), None),
    ("No one was hurt in the attack on the convoy.", "190", None, (0, 0)),
])
def test_one_happening_carries_its_casualties(text, cameo, killed, injured):
    events = _events(text)
    assert [e.cameo for e in events] == [cameo]
    casualties = events[0].casualties
    assert casualties is not None
    assert _figure(casualties.killed) == killed
    assert _figure(casualties.injured) == injured


def test_a_figure_keeps_its_words_and_offsets():
    text = "RSF fighters shelled El Fasher, leaving at least 20 civilians dead."
    killed = _events(text)[0].casualties.killed
    assert killed.text == "at least 20" and text[killed.start:killed.end] == "at least 20"


def test_victims_are_the_actors_counted():
    text = "Israeli air strikes on Gaza killed more than 40 Palestinians, including 12 children."
    casualties = _events(text)[0].casualties
    assert _figure(casualties.killed) == (41, None)
    assert [v.code for v in casualties.victims][:1] == ["PSE"]


def test_a_toll_in_the_next_sentence_joins_the_strike_before_it():
    text = ("Russian missiles hit Kharkiv overnight. At least 12 people were killed and 30 "
            "injured, the governor said.")
    events = _events(text)
    assert [e.cameo for e in events if e.quad_class == 4] == ["194"]
    strike = next(e for e in events if e.quad_class == 4)
    assert _figure(strike.casualties.killed) == (12, None)
    assert _figure(strike.casualties.injured) == (30, 30)


def test_an_event_without_a_figure_has_no_casualties():
    assert _events("Russian jets struck Khan Shaykhun on Monday.")[0].casualties is None


def test_the_contract_prints_casualties():
    event = _events("Gunmen killed 12 villagers in Zamfara state on Sunday.")[0].to_dict()
    assert event["casualties"]["killed"] == {"min": 12, "max": 12, "text": "12",
                                             "start": 14, "end": 16}
    assert event["casualties"]["injured"] is None


def _with_killed(made, low: int, high: int | None):
    document, result = made
    event = result.events[0]
    result.events[0].casualties = Casualties(Count(low, high, str(low), event.start,
                                                   event.end), None, [])
    return document, result


def test_a_real_event_takes_the_best_supported_figure_not_a_sum():
    store = Store.open(":memory:")
    wire, desk = _with_killed(wire_kafr_nabudah(), 9, 9), _with_killed(desk_kafr_nabudah(), 8, 8)
    for document, result in (wire, desk):
        store.add(document, result)
    [event] = CanonicalStore(store).events()
    assert event["casualties"]["killed"]["min"] == 9  # one report each: a tie goes to the higher
    document, result = _with_killed(wire_kafr_nabudah(), 9, 9)
    document.id = result.id = "wire-kn-0506-repeat"
    document.source = "Second Wire"
    document.text = result.text = result.text + " "
    store.add(document, result)
    events = CanonicalStore(store).events()
    strike = max(events, key=lambda e: e["report_count"])
    assert strike["casualties"]["killed"]["min"] == 9  # two reports say nine, not 9 + 8 + 9


def test_an_article_counts_one_person_never_a_weapon():
    [event] = _events("A roadside bomb killed five Somali soldiers near Afgoye.")
    assert _figure(event.casualties.killed) == (5, 5)
    [event] = _events("A soldier was killed in the attack on the base.")
    assert _figure(event.casualties.killed) == (1, 1)


def test_named_victims_are_the_target_of_an_attack_that_names_none():
    [event] = _events("Turkish drones struck a vehicle near Qamishli, killing two members of "
                      "the Syrian Democratic Forces.")
    assert event.source.code == "TURMIL" and event.target.code.startswith("SYRREB")


def test_a_count_after_a_comma_that_starts_the_next_clause_is_no_victim():
    events = _events("Jihadists attacked an army post near Boni on Thursday, killing at least 11 "
                     "soldiers, two security sources said.")
    [attack] = [e for e in events if e.cameo.startswith("19")]
    assert _figure(attack.casualties.killed) == (11, None)


def test_a_toll_joins_the_happening_its_clause_names_not_the_nearest_attack():
    # the dead were killed in the fighting, not in the looting that stands before it
    events = _events("Gang members looted a warehouse in Port-au-Prince, and nine residents "
                     "were killed in the fighting.")
    tolls = {e.cameo: _figure(e.casualties.killed) for e in events if e.casualties}
    assert tolls == {"180": (9, 9)}
    # a relative clause on an event noun gives its figure to that event
    [battle] = [e for e in _events("Soldiers clashed with Al-Shabaab fighters near Baidoa in "
                                   "a battle in which 14 fighters were killed.") if e.casualties]
    assert battle.cameo.startswith("19") and _figure(battle.casualties.killed) == (14, 14)


def test_a_toll_in_the_next_sentence_joins_the_attack_its_definite_noun_points_back_to():
    events = _events("Gunmen attacked a police station in Mirebalais overnight. At least "
                     "eight people were killed in the assault, local officials said.")
    violent = [(e.cameo, _figure(e.casualties.killed) if e.casualties else None, e.text)
               for e in events if e.quad_class == 4]
    assert violent == [("190", (8, None), "attacked")]


def test_an_indefinite_event_noun_in_the_next_sentence_is_a_happening_of_its_own():
    events = _events("Gunmen attacked a bus near Kidal. Two soldiers were killed in an ambush "
                     "nearby, officials said.")
    violent = [(e.cameo, _figure(e.casualties.killed) if e.casualties else None, e.text)
               for e in events if e.quad_class == 4]
    assert violent == [("190", None, "attacked"), ("180", (2, 2), "were killed")]


def _tolls(text: str) -> list[tuple[str, str, tuple[int, int | None] | None]]:
    """(CAMEO, event words, killed) of each violent event of a text."""
    return [(e.cameo, e.text, _figure(e.casualties.killed) if e.casualties else None)
            for e in _events(text) if e.quad_class == 4]


@pytest.mark.parametrize("text, expected", [
    # a participle consequence coordinated with a detail ("torching huts") belongs to the
    # main verb both participles hang from, not to the detail
    ("Al-Shabaab fighters raided the village of Bulo Burte at dawn, torching dozens of huts "
     "and killing seven herders.",
     [("190", "raided", (7, 7)), ("1712", "torching", None)]),
    ("RSF fighters stormed the town of Um Kadada on Sunday, looting the market and killing 18 "
     "civilians.", [("190", "stormed", (18, 18)), ("171", "looting", None)]),
])
def test_a_consequence_joins_the_main_verb_not_a_detail_beside_it(text, expected):
    assert _tolls(text) == expected


@pytest.mark.parametrize("text, killed", [
    # a naming modifier ("known as ...") does not end the coordinated victims
    ("Police killed a gang leader known as 'Lanmo' and two of his bodyguards in "
     "Croix-des-Bouquets on Monday.", (3, 3)),
    ("Soldiers killed a militia commander known as \"Kamwina\" and four of his fighters near "
     "Kananga.", (5, 5)),
    ("A Ukrainian drone killed a Russian colonel nicknamed \"Grom\" and three of his officers "
     "near Horlivka.", (4, 4)),
])
def test_victims_after_a_naming_modifier_still_count(text, killed):
    assert [t[2] for t in _tolls(text) if t[2]] == [killed]


@pytest.mark.parametrize("text, expected", [
    ("JNIM fighters attacked an army post near Djibo on Sunday, killing 14 soldiers. The "
     "insurgency has killed more than 20,000 people since 2015.", (14, 14)),
    ("RSF drones struck a market in El Obeid, killing 23 people. The war has killed tens of "
     "thousands of people since April 2023.", (23, 23)),
    ("Junta jets bombed a school in Sagaing, killing nine children. More than 6,000 civilians "
     "have been killed so far in the conflict, a monitoring group says.", (9, 9)),
    ("Gunmen killed six people at a bar in Celaya on Saturday, amid a turf war that has left "
     "more than 900 dead this year.", (6, 6)),
])
def test_a_cumulative_toll_is_no_casualty_of_the_days_event(text, expected):
    assert [t[2] for t in _tolls(text) if t[2]] == [expected]


def test_a_cumulative_toll_by_its_subject_alone():
    # "the conflict has killed": the whole conflict's dead, with no time span given
    assert [t[2] for t in _tolls("Soldiers raided a separatist camp near Bamenda, killing two "
                                 "fighters. The conflict, which began in 2017, has killed more "
                                 "than 6,000 people.") if t[2]] == [(2, 2)]


@pytest.mark.parametrize("text, killed", [
    ("ADF rebels beheaded at least ten villagers in Beni territory on Tuesday.", (10, None)),
    ("Bandits raided a gold mine near Kidal on Friday and shot dead five miners.", (5, 5)),
    ("Police officers shot dead three protesters in Lagos on Tuesday.", (3, 3)),
    ("Gunmen stormed a church in Kogi state and shot dead seven worshippers.", (7, 7)),
    ("Militiamen massacred 30 displaced people at a camp near Djugu.", (30, 30)),
])
def test_verbs_of_killing_beyond_kill_count_the_dead(text, killed):
    assert [t[2] for t in _tolls(text) if t[2]] == [killed]


@pytest.mark.parametrize("text, killed", [
    ("Three gunmen killed 12 villagers in Zamfara state on Sunday.", (12, 12)),
    ("A Ukrainian drone killed two Russian soldiers near Horlivka.", (2, 2)),
    ("Two suicide bombers killed 15 people at a market in Maiduguri.", (15, 15)),
    # with no object after the verb the count before it is still the dead
    ("Two soldiers killed in an ambush near Menaka were buried on Friday.", (2, 2)),
])
def test_a_count_before_an_active_killing_is_its_subject_not_the_dead(text, killed):
    assert [t[2] for t in _tolls(text) if t[2]] == [killed]


@pytest.mark.parametrize("text, expected", [
    ("JNIM fighters stormed a gendarmerie post near Fada N'Gourma on Sunday, and soldiers "
     "fought them for two hours. At least 15 gendarmes were killed, a security source said.",
     [("190", "stormed", (15, None)), ("190", "fought", None)]),
    ("Gunmen attacked a market in Port-au-Prince on Monday, and police exchanged fire with "
     "them. At least seven people were killed, witnesses said.",
     [("190", "attacked", (7, None)), ("190", "exchanged fire", None)]),
])
def test_a_toll_in_the_next_sentence_joins_the_happening_the_sentence_before_leads_with(
        text, expected):
    assert _tolls(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the fighting" / "the attack" restate the happening before; they are no new event
    ("Al-Shabaab fighters attacked an army base near Jowhar on Friday. Four soldiers died in "
     "the fighting, a local commander said.", [("190", "attacked", (4, 4), None)]),
    ("Kataib Hezbollah fighters fired rockets at a US base in Erbil on Sunday. Two contractors "
     "were wounded in the attack, the Pentagon said.", [("194", "fired rockets", None, (2, 2))]),
])
def test_a_definite_event_noun_restating_the_sentence_before_carries_its_figure_back(
        text, expected):
    assert [(e.cameo, e.text, _figure(e.casualties.killed) if e.casualties else None,
             _figure(e.casualties.injured) if e.casualties else None)
            for e in _events(text) if e.quad_class == 4] == expected
