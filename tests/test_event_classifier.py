"""The trained event classifier: loading (a missing or damaged model is a clear error), what it
says about sentences we wrote, and how `refine` combines it with pattern events."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import ModelError
from eventwire.events import load_event_knowledge
from eventwire.events.classify import Judgement, lexicon_tags, load_classifier, prepare_text, refine
from eventwire.events.codes import acled_type, describe
from eventwire.knowledge import default_knowledge
from eventwire.model import Actor, Event, Plover

POLICE = Actor(text="Zambian police", code="ZMBCOP", country="ZMB", sector="COP",
               name="Zambian police")
STUDENTS = Actor(text="students", code="CVL", country=None, sector="CVL", name="students")


def _event(code: str, text: str = "charged") -> Event:
    info = describe(code)
    return Event(id="", sentence=0, text=text, start=0, end=len(text), source=POLICE,
                 target=STUDENTS, cameo=code, plover=Plover(info.plover.event, info.plover.mode),
                 acled=acled_type(code, POLICE, STUDENTS), quad_class=info.quad_class,
                 goldstein=info.goldstein)


def _judgement(**plover: float) -> Judgement:
    rest = (1.0 - sum(plover.values())) / 2
    return Judgement({**plover, "NONE": plover.get("NONE", rest)}, {"NONE": 1.0})


def test_a_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="event classifier is missing .*make event-model"):
        load_classifier(tmp_path / "nowhere")


def test_a_damaged_model_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "config.cfg").write_text("[nlp\nthis is not a config", encoding="utf-8")
    with pytest.raises(ModelError, match="cannot be loaded"):
        load_classifier(tmp_path)


def test_the_shipped_classifier_tells_news_from_sport() -> None:
    classifier = load_classifier()
    sport = classifier.judge("The striker scored twice as the home side attacked in the "
                             "second half.", _lexicon())
    strike = classifier.judge("Jets bombed a market in Kidal, killing nine civilians.",
                              _lexicon())
    assert sport.best(sport.plover)[0] == "NONE"
    assert strike.best(strike.plover)[0] == "ASSAULT"


def _lexicon():
    kb = default_knowledge().load("events", load_event_knowledge)
    return kb.verbs, kb.nouns


def test_the_classifier_reads_stems_and_the_lexicon_candidates() -> None:
    text = "Police arrested 12 students in Lusaka."
    assert prepare_text(text) == "police arrest 12 student in lusaka ."
    assert prepare_text(text, _lexicon()) == \
        "police arrest 12 student in lusaka . lex_c17 lex_coerce"
    assert lexicon_tags("The weather in Lusaka was fine on Monday.", _lexicon()) == []


def test_a_word_the_corpus_never_used_still_brings_its_lexicon_types() -> None:
    tags = lexicon_tags("Jets bombed a market in Kidal.", _lexicon())
    assert "lex_assault" in tags and "lex_protest" not in tags


def test_the_shipped_classifier_was_trained_with_lexicon_features() -> None:
    classifier = load_classifier()
    assert classifier.uses_lexicon
    spoken = classifier.judge("Police arrested 12 students in Lusaka.", _lexicon())
    assert spoken.best(spoken.plover)[0] == "COERCE"


def _monad(code: str, text: str = "charged") -> Event:
    event = _event(code, text)
    event.target = None
    return event


def test_a_confident_no_event_vetoes_typed_events_but_keeps_statements() -> None:
    statement = _event("010", "said")
    kept = refine([_monad("173"), statement], _judgement(NONE=0.95), [["173"], ["010"]])
    assert kept == [statement]


def test_the_veto_keeps_an_event_already_marked_as_not_having_happened() -> None:
    denied = _monad("173")
    denied.modality = "denied"
    kept = refine([_monad("190"), denied], _judgement(NONE=0.95), [["190"], ["173"]])
    assert kept == [denied]


def test_the_veto_spares_an_event_between_two_known_actors() -> None:
    dyad, monad = _event("173"), _monad("190")
    assert refine([dyad, monad], _judgement(NONE=0.95), [["173"], ["190"]]) == [dyad]


def test_a_fairly_sure_no_event_is_no_veto() -> None:
    event = _monad("173")
    assert refine([event], _judgement(NONE=0.85), [["173"]]) == [event]


def test_a_likely_no_event_vetoes_an_event_with_no_actor_at_all() -> None:
    bare, monad = _monad("173"), _monad("190")
    bare.source = None
    assert refine([bare, monad], _judgement(NONE=0.7), [["173"], ["190"]]) == [monad]
    assert refine([bare], _judgement(NONE=0.5), [["173"]]) == [bare]


FIGURATIVE = [
    "Barcelona seized control of the match in the second half.",
    "A late equaliser killed off Kaizer Chiefs' title hopes in Soweto.",
    "The ruling party's candidate captured 60 percent of the vote in Maputo.",
]
"""Each coded an event of force before `VETO_BARE` (no actor, P(NONE) 0.67-0.82)."""


def test_force_verbs_in_sport_business_and_figures_of_speech_code_no_event() -> None:
    from eventwire import code

    for text in FIGURATIVE:
        assert [e for e in code(text).events if e.plover.event] == [], text


def test_the_classifier_picks_among_the_pattern_candidates() -> None:
    event = _event("173")  # "charged" read as an arrest; the sentence is about an assault
    refine([event], _judgement(ASSAULT=0.7, COERCE=0.1), [["173", "190"]])
    assert (event.cameo, event.plover.event, event.quad_class) == ("190", "ASSAULT", 4)
    assert event.acled is not None and event.acled.event_type == "Violence against civilians"


def test_a_type_no_pattern_offers_is_never_invented() -> None:
    event = _event("173")
    refine([event], _judgement(PROTEST=0.8, COERCE=0.1), [["173"]])
    assert (event.cameo, event.plover.event) == ("173", "COERCE")


def test_a_close_call_keeps_the_pattern_code() -> None:
    event = _event("173")
    refine([event], _judgement(ASSAULT=0.4, COERCE=0.3), [["173", "190"]])
    assert event.cameo == "173"


def test_a_confident_acled_sub_type_that_fits_the_plover_type_is_taken() -> None:
    event = _event("141", "protested")
    judgement = Judgement({"PROTEST": 0.8, "NONE": 0.2},
                          {"Protest with intervention": 0.7, "NONE": 0.3})
    refine([event], judgement, [["141"]])
    assert event.acled is not None
    assert (event.acled.event_type, event.acled.sub_event_type) == \
        ("Protests", "Protest with intervention")


def test_judging_sentences_together_gives_each_the_figures_it_gets_alone() -> None:
    classifier = load_classifier()
    texts = ["Jets bombed a market in Kidal, killing nine civilians.",
             "The striker scored twice as the home side attacked in the second half.",
             "Police arrested 40 students who marched on parliament in Lusaka."]
    together = classifier.judge_all(texts)
    alone = [classifier.judge(text) for text in texts]
    assert [j.plover for j in together] == [j.plover for j in alone]
    assert [j.acled for j in together] == [j.acled for j in alone]
    assert together[0].best(together[0].plover)[0] == "ASSAULT"


def _coded(text: str) -> list[tuple[str, str | None, str, str]]:
    from eventwire import code

    return [(e.cameo, e.plover.event, e.modality, e.text) for e in code(text).events]


def test_what_a_denial_denies_is_typed_when_no_pattern_reads_it() -> None:
    assert _coded("Addis Ababa denied that its soldiers had sealed off the town of "
                  "Lalibela.") == [("016", "REJECT", "asserted", "denied"),
                                   ("170", "COERCE", "denied", "sealed")]
    assert _coded("The presidency denied that Mogadishu and Nairobi had set up a joint "
                  "border force.") == [("016", "REJECT", "asserted", "denied"),
                                       ("060", "COOPERATE", "denied", "set")]


def test_a_denial_whose_complement_patterns_read_gets_no_second_event() -> None:
    assert _coded("Juba denied that government troops had torched homes in Upper "
                  "Nile.") == [("016", "REJECT", "asserted", "denied"),
                               ("1712", "ASSAULT", "denied", "had torched")]


def test_a_denial_of_nothing_but_a_noun_stays_a_denial() -> None:
    assert _coded("Israel's army denied the accusation.") == \
        [("016", "REJECT", "asserted", "denied")]


def test_what_a_natural_force_destroys_is_no_event() -> None:
    assert [e for e in _coded("Wildfires destroyed hundreds of hectares of farmland near "
                              "Bamenda.") if e[1]] == []
    assert [e for e in _coded("Lightning struck a mosque in Sylhet, injuring four "
                              "worshippers.") if e[1]] == []
    assert [e for e in _coded("Floods swept away 300 homes in Maiduguri.") if e[1]] == []
    # "fire" is gunfire as often as a blaze: it stays an attack
    assert [e[1] for e in _coded("Israeli fire killed three fishermen off the coast of "
                                 "Gaza.")] == ["ASSAULT"]


def test_violence_by_a_crowd_named_with_its_place_is_a_riot() -> None:
    assert [e[:2] for e in _coded("Protesters outside parliament in Nairobi attacked police "
                                  "officers with stones.")] == [("145", "PROTEST")]


def test_civilians_protesting_are_an_event_the_classifier_may_add() -> None:
    assert [e[1] for e in _coded("Demonstrators in Basra set fire to the provincial council "
                                 "building.")] == ["PROTEST"]
    assert _coded("Hundreds of residents fled to Djibo after the attack.") == []


def test_civilians_a_passive_verb_is_done_to_are_victims_not_actors() -> None:
    coded = _coded("Girls were taken from a school dormitory by gunmen in Zamfara, parents "
                   "said.")
    assert [e[1] for e in coded if e[1]] == ["ASSAULT"]


def test_a_verb_the_tagger_read_as_a_noun_still_anchors_the_classifier_s_event() -> None:
    coded = _coded("In a statement, the bloc said Russia vetoed a Security Council resolution "
                   "on Sudan.")
    assert [(e[1], e[3]) for e in coded if e[1]] == [("REJECT", "vetoed")]


def test_a_verb_done_again_codes_as_the_verb() -> None:
    assert [e[:2] for e in _coded("Brussels reimposed sanctions on Belarusian potash "
                                  "exporters.")] == [("163", "SANCTION")]
    assert [e[1] for e in _coded("The army reoccupied the town of Kidal on Tuesday.")] == \
        ["COERCE"]
    # "re" before a consonant is no prefix: resigning is not signing again
    assert [e[1] for e in _coded("The interior minister resigned after the attack.")] == \
        ["CONCEDE"]


def test_a_threat_beside_the_force_it_threatens_stays_a_threat() -> None:
    vow, action = _event("138", "vowed"), _event("192", "to retake")
    action.modality = "threatened"
    refine([vow, action], _judgement(AGREE=0.9), [["138", "030"], ["192"]])
    assert vow.cameo == "138"
    promise = _event("138", "vowed")
    refine([promise], _judgement(AGREE=0.9), [["138", "030"]])
    assert promise.cameo == "030"



def _typed(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    from eventwire import code

    return [(e.cameo, e.source.text if e.source else None, e.target.text if e.target else None,
             e.acled.sub_event_type if e.acled else None)
            for e in code(text).events if e.plover.event]


def test_police_dispersing_a_crowd_without_harm_is_a_protest_with_intervention() -> None:
    assert _typed("Police fired tear gas to disperse protesters in Nairobi's central "
                  "business district.") == [
        ("141", "protesters in Nairobi", "Police", "Protest with intervention")]
    assert [c for c, *_ in _typed("Israeli police dispersed demonstrators calling for a "
                                  "hostage deal outside the Knesset.")][0] == "141"


def test_killing_or_beating_protesters_stays_excessive_force() -> None:
    assert _typed("Police dispersed protesters in Dhaka with live ammunition, killing six.")[0][
        :3] == ("175", "Police", "protesters in Dhaka")
    assert _typed("Police cracked down on protesters in Tbilisi, beating and detaining "
                  "dozens.")[0][0] == "175"


def test_a_dispersal_beside_the_crowd_s_own_protest_stays_the_force_s_event() -> None:
    events = _typed("Riot police dispersed hundreds of students protesting fuel prices in "
                    "Conakry.")
    assert [c for c, *_ in events] == ["175", "141"]


def test_a_force_s_own_troops_deployed_or_withdrawn_are_no_target() -> None:
    from eventwire import code

    for text in ("Sudan's army deployed extra troops to El Fasher ahead of an expected RSF "
                 "assault.", "Mexico sent 10,000 National Guard troops to its northern border.",
                 "Ukraine has withdrawn its troops from Avdiivka, the army chief said."):
        moved = [e for e in code(text).events if e.cameo.startswith(("15", "087"))]
        assert [(e.source is not None, e.target) for e in moved] == [(True, None)], text
