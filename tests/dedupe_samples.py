"""Paraphrased reports of the same and of different real events, as coded documents.

Each helper builds one document: its text (a few sentences in the style of a wire report) and
the events a coder would give it, through the contract model, so dedupe tests do not depend
on how well the pipeline's stages code today.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from eventwire.model import Actor, Claim, Document, Result, Segment
from store_samples import make_event, split_sentences

RUSMIL = Actor("Russian jets", "RUSMIL", "RUS", "MIL", "Russian military")
SYRMIL = Actor("government aircraft", "SYRMIL", "SYR", "MIL", "Syrian military")
RUSGOV = Actor("Moscow", "RUSGOV", "RUS", "GOV", "Russian government")
TURMIL = Actor("Turkish troops", "TURMIL", "TUR", "MIL", "Turkish military")
SYRCVL = Actor("civilians", "SYRCVL", "SYR", "CVL", "Syrian civilians")
SYRREB = Actor("rebels", "SYRREB", "SYR", "REB", "Syrian rebels")

KAFR_NABUDAH = dict(geonameid=169023, name="Kafr Nabudah", lat=35.4236, lon=36.5114,
                    country="SY", admin1="Hama", feature="city")
KHAN_SHAYKHUN = dict(geonameid=169304, name="Khan Shaykhun", lat=35.4417, lon=36.6514,
                     country="SY", admin1="Idlib", feature="city")
NORTH_HAMA = dict(geonameid=None, name="northern Hama countryside", lat=35.40, lon=36.50,
                  country="SY", admin1="Hama", feature="region")
ARIHA = dict(geonameid=173126, name="Ariha", lat=35.8137, lon=36.6097, country="SY",
             admin1="Idlib", feature="city")

AIR_STRIKE = ("195", "ASSAULT", ("Explosions/Remote violence", "Air/drone strike"), 4, -10.0)
GROUND_ASSAULT = ("190", "ASSAULT", ("Battles", "Armed clash"), 4, -10.0)
THREAT = ("138", "THREATEN", None, 3, -7.0)


@dataclass
class E:
    """One event of a sample document: the words carrying it and how it is coded."""

    words: str
    source: Actor | None
    target: Actor | None
    kind: tuple
    place: dict | None = None
    place_words: str | None = None
    date: str | None = None
    modality: str = "asserted"


def document(doc_id: str, date: str, outlet: str, text: str, *events: E
             ) -> tuple[Document, Result]:
    """A coded document: `events` found in `text` in order."""
    sentences = split_sentences(text)
    result = Result(id=doc_id, date=dt.date.fromisoformat(date), title=text.split(".")[0],
                    text=text, segments=[Segment(0, len(text))], sentences=sentences)
    result.events = [
        make_event(text, sentences, n, e.words, e.source, e.target, *e.kind,
                   modality=e.modality, place=e.place, place_words=e.place_words, date=e.date)
        for n, e in enumerate(events, 1)]
    result.places = [e.place for e in result.events if e.place is not None]
    doc = Document(text=text, id=doc_id, date=result.date, title=result.title, source=outlet)
    return doc, result


def wire_kafr_nabudah() -> tuple[Document, Result]:
    return document(
        "wire-kn-0506", "2019-05-06", "Example Wire",
        "Russian jets struck Kafr Nabudah on Monday, killing nine civilians, the Syria Civil "
        "Defence said. The raids destroyed a bakery.",
        E("struck", RUSMIL, SYRCVL, AIR_STRIKE, KAFR_NABUDAH, date="2019-05-06",
          modality="reported"),
        E("destroyed", None, None, AIR_STRIKE))


def desk_kafr_nabudah() -> tuple[Document, Result]:
    return document(
        "desk-kn-0506", "2019-05-06", "Levant Desk",
        "Government aircraft bombed the town of Kafr Nabudah in northern Hama on Monday "
        "morning. Eight people died, a local monitoring group said.",
        E("bombed", SYRMIL, None, AIR_STRIKE, KAFR_NABUDAH, date="2019-05-06"))


def moscow_denies() -> tuple[Document, Result]:
    return document(
        "denial-0507", "2019-05-07", "North Star Press",
        "Moscow denied on Tuesday that its aircraft had bombed Kafr Nabudah a day earlier.",
        E("bombed", RUSMIL, None, AIR_STRIKE, KAFR_NABUDAH, date="2019-05-06",
          modality="denied"))


def kafr_nabudah_friday() -> tuple[Document, Result]:
    """Same place, different day: the barrel bomb of 3 May."""
    return document(
        "kn-0503", "2019-05-03", "Idlib Monitor",
        "A barrel bomb dropped by government aircraft fell near the mosque in Kafr Nabudah "
        "on Friday, killing one man.",
        E("dropped", SYRMIL, SYRCVL, AIR_STRIKE, KAFR_NABUDAH, date="2019-05-03"))


def khan_shaykhun_monday() -> tuple[Document, Result]:
    """Same day, different town: Khan Shaykhun on 6 May."""
    return document(
        "ks-0506", "2019-05-06", "Example Wire",
        "Warplanes also raided Khan Shaykhun on Monday; no casualties were reported.",
        E("raided", RUSMIL, None, AIR_STRIKE, KHAN_SHAYKHUN, date="2019-05-06"))


def threat_on_kafr_nabudah() -> tuple[Document, Result]:
    """A threat to bomb the same town on the same day is not the bombing."""
    return document(
        "threat-0506", "2019-05-06", "Gulf Dispatch",
        "Russian officers warned on Monday that their jets would strike Kafr Nabudah again.",
        E("would strike", RUSMIL, None, AIR_STRIKE, KAFR_NABUDAH, date="2019-05-06",
          modality="threatened"))


def ariha_and_ground_assault() -> tuple[Document, Result]:
    """8 May: a market strike in Ariha and the ground assault on Kafr Nabudah."""
    return document(
        "ariha-0508", "2019-05-08", "Meridian News Service",
        "An air strike hit the market in Ariha on Wednesday. On the same day government troops "
        "stormed Kafr Nabudah.",
        E("air strike hit", SYRMIL, SYRCVL, AIR_STRIKE, ARIHA, date="2019-05-08"),
        E("stormed", SYRMIL, SYRREB, GROUND_ASSAULT, KAFR_NABUDAH, date="2019-05-08"))


def countryside_raids() -> tuple[Document, Result]:
    """A vague report: raids in the northern Hama countryside on Monday."""
    return document(
        "hama-0506", "2019-05-06", "Agence Exemple",
        "Russian jets pounded villages in the northern Hama countryside on Monday.",
        E("pounded", RUSMIL, None, AIR_STRIKE, NORTH_HAMA, date="2019-05-06"))


def village(number: int, admin1: str = "Hama") -> dict:
    """A distinct village (5 km apart from the next) in `admin1`, for counting tests."""
    return dict(geonameid=None, name=f"Village {admin1} {number}", lat=35.0 + 0.05 * number,
                lon=36.0 if admin1 == "Hama" else 36.8, country="SY", admin1=admin1,
                feature="city")


def strike(doc_id: str, day: str, place: dict, outlet: str = "Idlib Monitor"
           ) -> tuple[Document, Result]:
    """A one-sentence report of an air strike on `place` on `day`."""
    name = place["name"]
    return document(
        doc_id, day, outlet,
        f"Government aircraft struck {name} on {day}, a monitoring group said.",
        E("struck", SYRMIL, None, AIR_STRIKE, place, date=day, modality="reported"))


TURGOV = Actor("Ankara", "TURGOV", "TUR", "GOV", "Turkish government")
RUSMOD = Actor("the Russian Defence Ministry", "RUSMIL", "RUS", "MIL", "Russian military")


def moscow_threatens_ankara() -> tuple[Document, Result]:
    return document(
        "threat-tur-0505", "2019-05-05", "Gulf Dispatch",
        "Moscow warned Ankara on Sunday that it would answer any attack on Russian troops.",
        E("warned", RUSGOV, TURGOV, ("138", "THREATEN", None, 3, -7.0), date="2019-05-05",
          modality="threatened"))


def chemical_claim() -> tuple[Document, Result]:
    """A propaganda claim about a chemical provocation, assessed as unverified."""
    doc, result = document(
        "chem-0507", "2019-05-07", "Ceasefire Watch",
        "The Russian Defence Ministry said on Tuesday that militants were preparing a staged "
        "chemical attack in Idlib. The claim could not be verified.")
    words = "militants were preparing a staged chemical attack in Idlib"
    start = result.text.index(words)
    result.claims = [Claim(RUSMOD, words, start, start + len(words), [SYRREB], "unverified",
                           "could not be verified")]
    return doc, result


def erdogan_putin_call() -> tuple[Document, Result]:
    return document(
        "call-0510", "2019-05-10", "Example Wire",
        "Erdogan and Putin discussed Idlib by telephone on Friday, the Kremlin said.",
        E("discussed", TURGOV, RUSGOV, ("040", "CONSULT", None, 1, 1.0), date="2019-05-10",
          modality="reported"))


def ankara_meeting() -> tuple[Document, Result]:
    return document(
        "meeting-0513", "2019-05-13", "Levant Desk",
        "Russian and Turkish officials met in Ankara on Monday to discuss the ceasefire.",
        E("met", RUSGOV, TURGOV, ("043", "CONSULT", None, 1, 2.8), date="2019-05-13"))


def with_link(made: tuple[Document, Result], words: str, title: str
              ) -> tuple[Document, Result]:
    """The document with a cross-reference ("See our report ...") to another's title."""
    from eventwire.model import Link

    doc, result = made
    extra = f" {words}"
    result.text += extra
    doc.text = result.text
    start = len(result.text) - len(words)
    result.links = [Link(words, start, len(result.text), title=title)]
    return doc, result
