"""The places stage end to end: recognition, resolution, relations, roles, event locations."""

from __future__ import annotations

import json

import pytest

from eventwire import code
from eventwire.knowledge import default_knowledge
from eventwire.model import Acled, Actor, Document, Event, Plover
from eventwire.places import locate_events


def places_of(text: str):
    return code(text).places


def by_text(places, text):
    found = [p for p in places if p.text == text]
    assert found, f"{text!r} not among {[p.text for p in places]}"
    return found[0]


def test_transliteration_variants_resolve_to_one_town():
    places = places_of("Barrel bombs fell on Khan Sheikhoun. Residents of Khan Shaykhun fled. "
                       "Later Khan Shaykhoun was quiet, and Maarat al-Numan and Ma'arrat "
                       "al-Nu'man were shelled.")
    ids = {p.geonameid for p in places if p.text.startswith("Khan")}
    assert len(ids) == 1 and None not in ids
    maarat = {p.geonameid for p in places if p.text.startswith("Ma")}
    assert len(maarat) == 1
    town = by_text(places, "Khan Sheikhoun")
    assert town.country == "SY" and town.feature == "city" and town.precision == 1


def test_russian_and_ukrainian_spellings():
    kharkiv = by_text(places_of("Shelling hit Kharkiv overnight."), "Kharkiv")
    kharkov = by_text(places_of("Shelling hit Kharkov overnight."), "Kharkov")
    assert kharkiv.geonameid == kharkov.geonameid and kharkiv.country == "UA"


def test_kind_words_join_the_name_and_choose_the_province():
    places = places_of("Clashes spread across Idlib Province and the Homs countryside.")
    province = by_text(places, "Idlib Province")
    assert province.feature == "admin1" and province.precision == 3
    countryside = by_text(places, "Homs countryside")
    assert countryside.country == "SY" and countryside.feature == "region"


def test_country_focus_decides_ambiguous_names():
    syria = places_of("Government forces shelled Hama and Homs, Syrian activists said.")
    assert by_text(syria, "Hama").country == "SY"
    us_state = places_of("The storm moved from Atlanta across Georgia toward Savannah and "
                         "Macon on Tuesday.")
    assert by_text(us_state, "Georgia").country == "US"
    country = places_of("Russian troops entered Georgia near Tbilisi and South Ossetia.")
    assert by_text(country, "Georgia").country == "GE"


def test_qualifier_after_comma_picks_the_town():
    places = places_of("He grew up in Paris, Texas, before moving to Springfield, Ill.")
    paris = by_text(places, "Paris")
    assert paris.country == "US" and paris.admin1 == "Texas"
    assert by_text(places, "Springfield").admin1 == "Illinois"
    assert by_text(places, "Ill.").feature == "admin1"


def test_people_and_words_are_not_places():
    places = places_of("President Assad met Mr. Jordan and Michael Jordan on Monday. "
                       "Hope was in short supply. Scott said nothing.")
    assert [p.text for p in places] == []


def test_unknown_or_weak_names_give_no_place():
    assert places_of("Zorblatt Qwenville reported nothing unusual.") == []
    # A village-sized namesake with no support in the text is dropped, not guessed.
    places = places_of("The committee met at Gandalf Ridge yesterday.")
    assert all(p.text != "Gandalf" for p in places)


@pytest.mark.parametrize("sentence, verb_place", [
    ("Ankara warned that the offensive must stop.", "Ankara"),
    ("Moscow has repeatedly said the strikes target terrorists.", "Moscow"),
    ("Washington imposed sanctions on Caracas last year.", "Caracas"),
    ("Diplomats expect talks with Tehran to resume.", "Tehran"),
])
def test_metonyms(sentence, verb_place):
    place = by_text(places_of(sentence), verb_place)
    assert place.role == "metonym"


def test_a_capital_as_a_location_is_not_a_metonym():
    place = by_text(places_of("A car bomb exploded in Damascus on Sunday."), "Damascus")
    assert place.role == "event"  # where the bombing happened, not the government


def test_spatial_relations_keep_the_anchor():
    places = places_of("Jets struck a village 12 km south of Khan Shaykhun. Fighting raged "
                       "near Kharkiv and on the outskirts of Aleppo. A tanker burned off the "
                       "coast of Yemen.")
    south = by_text(places, "Khan Shaykhun")
    assert south.relation == "12 km south of" and south.precision == 2
    assert by_text(places, "Kharkiv").relation == "near"
    aleppo = by_text(places, "Aleppo")
    assert aleppo.relation == "on the outskirts of" and aleppo.precision == 2
    assert by_text(places, "Yemen").relation == "off the coast of"
    # The point moved about 12 km south of the town.
    plain = by_text(places_of("Jets struck Khan Shaykhun."), "Khan Shaykhun")
    assert plain.lat - south.lat == pytest.approx(12 / 111.2, abs=0.01)
    assert plain.lon == pytest.approx(south.lon, abs=0.001)


def test_directional_sub_regions_are_derived_areas():
    places = places_of("Airstrikes hit southern Idlib and northwest Hama overnight.")
    idlib = by_text(places, "southern Idlib")
    assert idlib.relation == "south" and idlib.precision == 3 and idlib.feature == "region"
    hama = by_text(places, "northwest Hama")
    assert hama.relation == "northwest"
    plain_hama = by_text(places_of("Airstrikes hit Hama."), "Hama")
    assert hama.lat > plain_hama.lat and hama.lon < plain_hama.lon


def test_seas_and_conflict_areas_from_our_own_data():
    places = places_of("Drones flew over the Black Sea and the Gulf of Aden, while shelling "
                       "continued in the Donbas and the Gaza Strip.")
    assert by_text(places, "Black Sea").feature == "water"
    assert by_text(places, "Gulf of Aden").feature == "water"
    assert by_text(places, "Donbas").country == "UA"
    assert by_text(places, "Gaza Strip").country == "PS"
    for place in places:
        assert place.geonameid is None and place.lat is not None


def test_demonyms_are_flagged_country_mentions():
    places = places_of("Syrian troops and Russian advisers advanced.")
    syrian = by_text(places, "Syrian")
    assert syrian.demonym and syrian.country == "SY" and syrian.precision == 3


def test_abbreviations_and_possessives():
    places = places_of("The U.S. envoy praised Israel's restraint in Atlanta-area talks.")
    assert by_text(places, "U.S.").country == "US"
    assert by_text(places, "Israel").country == "IL"
    assert by_text(places, "Atlanta").admin1 == "Georgia"


def _event(result, sentence, text, cameo="190"):
    sent = result.sentences[sentence]
    start = result.text.index(text, sent.start)
    return Event(id=f"e{sentence}", sentence=sentence, text=text, start=start,
                 end=start + len(text), source=Actor("Russian forces", "RUSMIL"), target=None,
                 cameo=cameo, plover=Plover("ASSAULT"), acled=Acled("Battles", "Armed clash"),
                 quad_class=4, goldstein=-10.0)


def test_event_locations():
    text = ("Russian jets bombed a market in Saraqib, Turkish officials in Ankara said. "
            "Moscow denied that its aircraft struck Kafranbel. "
            "Rebels shelled government positions overnight.")
    result = code(text)
    result.events = [_event(result, 0, "bombed"), _event(result, 1, "struck"),
                     _event(result, 2, "shelled")]
    locate_events(Document(text=text), result, default_knowledge())
    first, second, third = result.events
    assert first.place.text == "Saraqib" and first.place.role == "event"
    assert by_text(result.places, "Saraqib").role == "event"
    assert by_text(result.places, "Moscow").role == "metonym"
    # No place in the third sentence: the document's focus, one precision step coarser.
    assert third.place is not None and third.place.precision >= 2
    # The target of "struck", not the metonym subject.
    assert second.place.text == "Kafranbel"
    assert first.place.text != "Ankara"


def test_cli_prints_places(run_cli, tmp_path):
    source = tmp_path / "report.txt"
    source.write_text("Regime helicopters dropped barrel bombs near Khan Shaykhun in "
                      "southern Idlib.", encoding="utf-8")
    result = run_cli("code", "--date", "2019-05-06", str(source))
    assert result.exit_code == 0, result.output
    places = json.loads(result.output)["places"]
    assert {"text", "start", "end", "geonameid", "name", "lat", "lon", "country", "admin1",
            "feature", "role", "relation", "precision"} <= set(places[0])
    town = next(p for p in places if p["text"] == "Khan Shaykhun")
    assert town["relation"] == "near" and town["country"] == "SY"


def test_a_token_that_carries_its_full_stop_ends_the_name_there():
    """Tokenizers that keep "Turkey." or "Va." whole must not stall recognition."""
    from eventwire.model import Result, Sentence, Token
    from eventwire.places import recognise

    text = "Refugees fled to Turkey."
    tokens = [Token(m, text.index(m), text.index(m) + len(m), "", m.lower())
              for m in ("Refugees", "fled", "to", "Turkey.")]
    result = Result(id=None, date=None, title=None, text=text,
                    sentences=[Sentence(0, 0, len(text), tokens)])
    mentions = recognise(Document(text=text), result, default_knowledge())
    assert [m.text for m in mentions] == ["Turkey"]


@pytest.mark.parametrize(("text", "outlet"), [
    ("An NFL spokesman told North Star Press by telephone that fighters held Kafr Nabudah.",
     "North Star"),
    ("A civil defence volunteer told Levant Desk that Kafr Nabudah was empty.", "Levant"),
    ("A ministry source told state news agency SANA that Kafr Nabudah was retaken.", "SANA"),
    ("Shelling hit Kafr Nabudah, the Jerusalem Post reported.", "Jerusalem"),
])
def test_a_news_outlet_named_like_a_place_is_not_a_place(text, outlet):
    found = places_of(text)
    assert [p.text for p in found if p.text.startswith(outlet)] == []
    assert by_text(found, "Kafr Nabudah").country == "SY"  # the real place is still found


def test_a_province_word_after_a_place_is_no_organisation():
    found = places_of("Troops entered Idlib Province from Hama.")
    assert by_text(found, "Idlib Province").feature == "admin1"


def test_where_the_attackers_fled_to_is_not_where_the_event_happened():
    result = code("Gunmen killed 12 people in an attack on a village near Arbinda on Friday. "
                  "Militants set fire to homes and the market before fleeing toward the "
                  "Malian border.", date="2025-06-01")
    arson = next(e for e in result.events if e.text == "set fire")
    assert arson.place is not None and arson.place.name == "Aribinda"


def test_lakes_and_rivers_of_conflict_zones_are_water_not_countries_or_towns():
    places = places_of("Boko Haram fighters crossed Lake Chad by boat, M23 rebels shelled "
                       "the shore of Lake Kivu, and Russian troops dug in along the Dnipro "
                       "River while barges moved down the Niger River.")
    found = {p.text: (p.feature, p.country) for p in places if not p.demonym}
    assert found == {"Lake Chad": ("water", None), "Lake Kivu": ("water", None),
                     "Dnipro River": ("water", "UA"), "Niger River": ("water", None)}


@pytest.mark.parametrize(("text", "feature", "country"), [
    ("Houthi forces fired two missiles at a tanker in the Red Sea on Tuesday.", "water", None),
    ("Clashes erupted in Red Sea state on Tuesday, officials said.", "admin1", "SD"),
])
def test_a_sea_unless_the_text_names_the_province_after_it(text, feature, country):
    place = by_text(places_of(text), "Red Sea" if feature == "water" else "Red Sea state")
    assert (place.feature, place.country) == (feature, country)


@pytest.mark.parametrize(("text", "name"), [
    # the tagger reads the unfamiliar "Sagaing" as a gerund; the kind word after it says name
    ("Fighting spread in Sagaing region on Monday, residents said.", "Sagaing Region"),
    ("Jets struck a market in Karenni state on Monday.", "Kayah"),
])
def test_a_province_named_with_its_kind_word_is_found_at_region_precision(text, name):
    (place,) = places_of(text)
    assert (place.name, place.country, place.precision) == (name, "MM", 3)


def test_a_township_the_gazetteer_lacks_is_not_a_namesake_town_abroad():
    places = places_of("Myanmar military jets bombed villages in Sagaing region on Friday. "
                       "One strike hit a school in Kani township, residents said.")
    assert {p.text: p.country for p in places if not p.demonym} == {"Sagaing region": "MM"}


@pytest.mark.parametrize("text, word, country", [
    ("M23 rebels shelled Goma. Congo accused Rwanda of backing them.", "Congo", "CD"),
    ("Voters queued in Brazzaville and Pointe-Noire. Congo held its first round.", "Congo",
     "CG"),
    ("Congolese soldiers fled Bukavu as the rebels advanced.", "Congolese", "CD"),
    ("Congolese soldiers paraded through Pointe-Noire.", "Congolese", "CG"),
    ("The Republic of Congo held a vote. Congo's opposition boycotted it.", "Congo", "CG"),
])
def test_congo_and_congolese_are_the_congo_the_story_is_in(text, word, country):
    assert by_text(places_of(text), word).country == country


@pytest.mark.parametrize("text, town, country", [
    ("Fighting erupted near Walikale on Monday.", "Walikale", "CD"),
    ("M23 rebels entered Minova and Kalehe.", "Minova", "CD"),
    ("Gangs attacked Pétion-Ville overnight.", "Pétion-Ville", "HT"),
    ("The Arakan Army seized Paletwa.", "Paletwa", "MM"),
    ("Shells hit Zamzam camp south of El Fasher.", "Zamzam", "SD"),
])
def test_towns_of_other_wars_that_news_names_are_found_alone(text, town, country):
    place = by_text(places_of(text), town)
    assert (place.country, place.feature) == (country, "city")


def test_a_hyphenated_name_with_a_french_connector_is_one_place():
    place = by_text(places_of("Two suspects were killed in Port-au-Prince on Sunday."),
                    "Port-au-Prince")
    assert (place.country, place.geonameid) == ("HT", 3718426)


@pytest.mark.parametrize(("text", "place"), [
    # the area that contains the town, hung on the verb by the parse, does not win over it
    ("Gangs torched dozens of homes in Mirebalais, in central Haiti, overnight, police said.",
     "Mirebalais"),
    ("Sudan's army shelled RSF positions near Omdurman in the Khartoum area on Monday.",
     "Omdurman"),
    # a country's possessive names the province that follows
    ("Russian missiles struck an energy facility in Ukraine's Odesa region on Tuesday.",
     "Odessa"),
    # "in the Sagaing region" is as locative as "in Sagaing": no fallback to the army's country
    ("Myanmar's military bombed a monastery near Sagaing in the Sagaing region, killing eight "
     "villagers.", "Sagaing Region"),
])
def test_an_event_takes_the_finest_place_its_sentence_puts_it_in(text, place):
    event = code(text, date="2025-05-12").events[0]
    assert event.place is not None and event.place.name == place


def test_a_town_of_another_country_before_an_area_is_not_inside_it():
    text = ("Chadian troops crossed from Abeche into Sudan's Darfur and shelled a camp, "
            "officials said.")
    event = next(e for e in code(text, date="2025-05-12").events if e.text.startswith("shelled"))
    assert event.place is not None and event.place.name == "Darfur"


def test_a_variant_spelling_of_a_town_abroad_loses_to_the_story_s_country():
    # "Boni" is a Malian town the gazetteer lacks; Nigeria's Bonny, reached by a variant
    # spelling, is in a country the story neither names nor borders
    result = code("Jihadist fighters ambushed a Malian army convoy between Boni and Hombori on "
                  "Thursday, the army said.", date="2025-05-12")
    assert {p.country for p in result.places} == {"ML"}
    assert [e.source.code for e in result.events if e.cameo == "190"] == ["MLIREB"]
