"""Actor mentions and free-text resolution, through the public interfaces."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors import mentions_in, resolve
from eventwire.model import Document, UpdateHint
from eventwire.pipeline import code


def actors(text: str, date: str = "2019-05-06") -> list[tuple[str, str | None]]:
    return [(m.text, m.code) for m in code(text, date=date).actors]


def first(text: str, date: str = "2019-05-06"):
    return code(text, date=date).actors[0]


@pytest.mark.parametrize(("description", "expected"), [
    ("Turkish Defence Minister Hulusi Akar", ("TURGOV", "Hulusi Akar")),
    ("Russian Defence Minister Sergei Shoigu", ("RUSGOV", "Sergei Shoigu")),
    ("regime helicopters", ("---MIL", None)),  # whose regime: the text does not say
    ("Syrian government forces", ("SYRMIL", "Syrian military")),
    ("Israeli jets", ("ISRMIL", "Israeli military")),
    ("Russian warplanes", ("RUSMIL", "Russian military")),
    ("Erdogan's spokesman", ("TURGOV", None)),
    ("the Kremlin", ("RUSGOV", None)),
    ("Turkish-backed Syrian National Army", ("SYRREBSNA", "Syrian National Army")),
    ("Hezbollah fighters", ("LBNUAFHEZ", "Hezbollah")),
    ("UN Security Council", ("IGOUNO", "UN Security Council")),
    ("U.S. troops", ("USAMIL", None)),
    ("Syria's army", ("SYRMIL", None)),
    ("White Helmets", ("SYRHLHSCD", "Syria Civil Defence")),
])
def test_resolve_descriptions(description, expected):
    actor = resolve(description, date="2019-05-06")
    assert actor is not None
    assert actor.text == description
    assert actor.code == expected[0]
    if expected[1]:
        assert actor.name == expected[1]


def test_resolve_fills_country_and_sector():
    actor = resolve("Israeli jets")
    assert (actor.country, actor.sector) == ("ISR", "MIL")
    ngo = resolve("Médecins Sans Frontières")
    assert (ngo.code, ngo.country, ngo.sector) == ("NGOMSF", "NGO", "HLH")


def test_resolve_unknown_description_is_none():
    assert resolve("a man in a hat") is None
    assert resolve("") is None


@pytest.mark.parametrize(("day", "expected"), [
    ("2016-01-10", "TURMIL"),  # chief of the general staff
    ("2018-07-10", "TURGOV"),  # defence minister from that day
    ("2021-03-01", "TURGOV"),
    ("2024-02-01", "TURELI"),  # out of office: the country's elite
])
def test_office_holder_codes_by_office_held_on_the_date(day, expected):
    assert resolve("Hulusi Akar", date=day).code == expected


def test_minister_before_and_after_office():
    assert resolve("Sergei Shoigu", date="2010-01-01").code == "RUSELI"
    assert resolve("Sergei Shoigu", date="2015-06-01").code == "RUSGOV"
    assert resolve("Yoav Gallant", date="2020-01-01").code == "ISRELI"
    assert resolve("Yoav Gallant", date="2023-06-01").code == "ISRGOV"
    assert resolve("Yoav Gallant", date="2025-06-01").code == "ISRELI"


def test_group_code_changes_with_date():
    assert resolve("Hayat Tahrir al-Sham", date="2019-01-01").code == "SYRINSHTS"
    assert resolve("Hayat Tahrir al-Sham", date="2025-02-01").code == "SYRGOV"


def test_titles_adjectives_and_possessives_in_a_sentence():
    found = actors("Turkish Defence Minister Hulusi Akar said Israeli jets and Russian "
                   "warplanes struck villages, while Erdogan's spokesman stayed silent.")
    assert ("Turkish Defence Minister Hulusi Akar", "TURGOV") in found
    assert ("Israeli jets", "ISRMIL") in found
    assert ("Russian warplanes", "RUSMIL") in found
    assert ("Erdogan's spokesman", "TURGOV") in found


def test_regime_means_the_government_of_the_country_the_story_is_about():
    story = ("Regime helicopters dropped barrel bombs on villages in Syria, and Russian jets "
             "joined them. Syrian state media denied it.")
    found = actors(story)
    assert ("Regime helicopters", "SYRMIL") in found
    assert ("Russian jets", "RUSMIL") in found
    iraq = actors("Government forces shelled the Iraqi town of Tal Afar, rebels in Iraq said.")
    assert ("Government forces", "IRQMIL") in iraq


def test_compound_of_countries_gives_one_mention_each():
    found = actors("France, Britain and the United States called for an emergency meeting.")
    assert found == [("France", "FRA"), ("Britain", "GBR"), ("United States", "USA")]


def test_coordinated_adjectives_share_the_agent():
    found = actors("Russian and Syrian jets pounded the town.")
    assert found == [("Russian", "RUSMIL"), ("Syrian jets", "SYRMIL")]


def test_later_mentions_surname_title_and_pronoun():
    result = code("Turkish Defence Minister Hulusi Akar met envoys in Ankara. Akar said the "
                  "talks went well. The minister added that he would travel to Moscow.",
                  date="2019-05-06")
    later = [(m.text, m.code, m.name, m.kind) for m in result.actors if m.sentence > 0]
    assert ("Akar", "TURGOV", "Hulusi Akar", "person") in later
    assert ("minister", "TURGOV", "Hulusi Akar", "person") in later
    assert ("he", "TURGOV", "Hulusi Akar", "pronoun") in later


def test_unknown_person_after_a_title_is_kept_for_later_mentions():
    result = code("Egyptian Foreign Minister Sameh Shoukry arrived on Sunday. Shoukry said "
                  "Cairo wanted calm.", date="2019-05-06")
    mentions = [(m.text, m.code, m.name) for m in result.actors]
    assert ("Egyptian Foreign Minister Sameh Shoukry", "EGYGOV", "Sameh Shoukry") in mentions
    assert ("Shoukry", "EGYGOV", "Sameh Shoukry") in mentions
    assert ("Cairo", "EGYGOV", "Egyptian government") in mentions


def test_pronoun_respects_gender():
    result = code("Maria Zakharova spoke after Sergei Lavrov. She said talks would go on.",
                  date="2019-05-06")
    she = [m for m in result.actors if m.text == "She"][0]
    assert (she.name, she.kind) == ("Maria Zakharova", "pronoun")


def test_capitals_and_seats_act_for_the_government_but_not_as_places():
    found = actors("Ankara warned Damascus, and the White House said it was watching. "
                   "Refugees fled to camps near Damascus.")
    assert ("Ankara", "TURGOV") in found
    assert ("Damascus", "SYRGOV") in found
    assert ("White House", "USAGOV") in found
    assert found.count(("Damascus", "SYRGOV")) == 1


def test_countries_named_as_places_are_not_actors():
    assert actors("Clashes continued in Syria.") == []
    assert actors("Troops gathered at the Syrian border.") == [("Troops", "---MIL")]


def test_capitalisation_refuses_common_words():
    assert actors("They ate turkey and told us about the chad.") == []
    assert actors("Let us go.") == []
    assert actors("US officials said so.") == [("US officials", "USAGOV")]


def test_lone_agent_takes_the_country_of_an_earlier_mention():
    result = code("Russian troops entered the town. Later the troops withdrew.",
                  date="2019-05-06")
    assert [(m.text, m.code) for m in result.actors] == [
        ("Russian troops", "RUSMIL"), ("troops", "RUSMIL")]


def test_agent_alone_has_no_country():
    mention = first("Gunmen opened fire on a checkpoint.")
    assert (mention.code, mention.country, mention.sector, mention.kind) == (
        "---UAF", None, "UAF", "agent")


def test_mentions_have_offsets_sentence_and_kind():
    text = "Clashes erupted. Sergei Lavrov met the UN envoy in Geneva."
    result = code(text, date="2019-05-06")
    lavrov = result.actors[0]
    assert text[lavrov.start:lavrov.end] == "Sergei Lavrov"
    assert (lavrov.sentence, lavrov.kind) == (1, "person")
    assert "sentence" not in lavrov.to_dict() and "kind" not in lavrov.to_dict()
    assert set(lavrov.to_dict()) == {"text", "code", "country", "sector", "name", "start", "end"}


def test_mentions_in_span():
    text = "Israeli jets struck. Hamas fired rockets."
    result = code(text, date="2019-05-06")
    second = result.sentences[1]
    assert [m.code for m in mentions_in(result, second.start, second.end)] == ["PSEREBHMS"]


def test_segment_dates_decide_offices():
    text = "UPDATE: Hulusi Akar spoke.\nUPDATE: Hulusi Akar spoke again."
    cut = text.index("\n") + 1
    document = Document(text=text, date=dt.date(2016, 1, 1), updates=[
        UpdateHint(0, cut, dt.datetime(2016, 1, 1, 10, 0)),
        UpdateHint(cut, len(text), dt.datetime(2019, 1, 1, 10, 0)),
    ])
    result = code(document)
    assert [m.code for m in result.actors if m.name == "Hulusi Akar"] == ["TURMIL", "TURGOV"]


def test_compiled_knowledge_is_cached_and_rebuilt_on_change(tmp_path, monkeypatch):
    from eventwire.actors.cache import cached

    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "input.txt"
    source.write_text("one")
    builds = []

    def build():
        builds.append(1)
        return {"value": source.read_text()}

    assert cached("thing", [source], build) == {"value": "one"}
    assert cached("thing", [source], build) == {"value": "one"}
    assert len(builds) == 1
    source.write_text("two, longer")
    assert cached("thing", [source], build) == {"value": "two, longer"}
    assert len(builds) == 2
    assert len(list((tmp_path / "cache").glob("thing-*.pickle"))) == 1
    monkeypatch.setenv("EVENTWIRE_CACHE", "off")
    cached("thing", [source], build)
    assert len(builds) == 3


def test_a_force_s_bases_and_stations_stand_for_the_force():
    assert actors("Shelling hit the police station and a military hospital.") == [
        ("police station", "---COP")]
    assert actors("Gunmen attacked two army posts and an air base.") == [
        ("Gunmen", "---UAF"), ("army posts", "---MIL"), ("air base", "---MIL")]


def test_dateline_is_not_an_actor():
    found = actors("ANKARA, May 5 (Example Wire) - Turkey will respond, officials said.")
    assert ("ANKARA", "TURGOV") not in found
    assert ("Turkey", "TUR") in found


def test_agent_words_qualifying_a_noun_are_not_actors():
    assert actors("Shelling hit a military hospital and a police truck.") == []
    assert actors("A joint working group met, and members spoke.") == []
    assert actors("Police arrested two men.") == [("Police", "---COP")]


def test_regime_takes_the_government_the_story_names():
    found = actors("Turkey warned Moscow to restrain the regime. Ankara said Turkey would act. "
                   "Turkish officials said Syrian government forces fired on the post.")
    assert ("regime", "SYRGOV") in found


def test_subject_pronoun_prefers_the_last_subject():
    result = code("The minister Hulusi Akar said he had told Sergei Shoigu to stop the attacks. "
                  "He said talks would continue.", date="2019-05-06")
    he = [m for m in result.actors if m.text == "He"][0]
    assert he.name == "Hulusi Akar"


def test_a_job_takes_its_organisations_sector():
    assert resolve("rebel commanders").code == "---REB"
    assert resolve("Syrian rebel official").code == "SYRREB"
    assert resolve("army spokesman").code == "---MIL"
    assert resolve("opposition spokesman").code == "---OPP"


def test_capital_qualifying_a_noun_is_not_an_actor():
    assert actors("Delegates gathered for the Astana talks.") == []


def test_the_army_is_the_army_the_story_names():
    found = actors("Russian jets struck Idlib. The Syrian army shelled the town, and later the "
                   "army advanced while the government said nothing.")
    assert ("army", "SYRMIL") in found
    assert ("government", "SYRGOV") in found


def test_agent_joined_to_countries_after_it():
    found = actors("The ambassadors of Russia, Turkey and Iran met in Geneva.")
    assert found == [("ambassadors of Russia", "RUSGOV"), ("Turkey", "TURGOV"),
                     ("Iran", "IRNGOV")]
    assert actors("Soldiers from Chad arrived.") == [("Soldiers from Chad", "TCDMIL")]


def test_former_office_holders_are_elites():
    assert resolve("former Syrian officials").code == "SYRELI"
    assert resolve("Syria's former deputy prime minister").code == "SYRELI"
