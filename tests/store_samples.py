"""Hand-coded documents for store and export tests: text, and the result a coder would give.

The results are built from the contract model directly, so store tests do not depend on how
well the pipeline's stages code; offsets are found in the text, so they are always right.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwire.model import (
    Acled,
    Actor,
    ActorMention,
    Casualties,
    Count,
    Document,
    Event,
    Place,
    Plover,
    Quote,
    Result,
    Segment,
    Sentence,
    TimeExpression,
)

SYRMIL = Actor("Syrian government helicopters", "SYRMIL", "SYR", "MIL", "Syrian military")
RUSMIL = Actor("Russian jets", "RUSMIL", "RUS", "MIL", "Russian military")
SYRCVL = Actor("civilians", "SYRCVL", "SYR", "CVL", "Syrian civilians")
SYRREB = Actor("rebels", "SYRREB", "SYR", "REB", "Syrian rebels")
TURGOV = Actor("Ankara", "TURGOV", "TUR", "GOV", "Turkish government")
RUSGOV = Actor("Lavrov", "RUSGOV", "RUS", "GOV", "Sergei Lavrov")

KAFR_NABUDAH = dict(geonameid=169023, name="Kafr Nabudah", lat=35.4236, lon=36.5114,
                    country="SY", admin1="Hama", feature="city")
KHAN_SHAYKHUN = dict(geonameid=169304, name="Khan Shaykhun", lat=35.4417, lon=36.6514,
                     country="SY", admin1="Idlib", feature="city")
QALAAT = dict(geonameid=None, name="Qalaat al-Madiq", lat=35.4103, lon=36.3826,
              country="SY", admin1="Hama", feature="city")
ANKARA = dict(geonameid=323786, name="Ankara", lat=39.9199, lon=32.8543, country="TR",
              admin1="Ankara", feature="city")


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for match in re.finditer(r"[^.]+\.", text):
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        out.append(Sentence(len(out), start, match.end()))
    return out


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def make_event(text: str, sentences: list[Sentence], number: int, words: str, source, target,
           cameo: str, plover: str, acled: tuple[str, str] | None, quad: int, goldstein: float,
           modality: str = "asserted", place: dict | None = None, place_words: str | None = None,
           date: str | None = None, casualties: Casualties | None = None) -> Event:
    start, end = _span(text, words)
    sentence = next(s.index for s in sentences if s.start <= start < s.end)
    where = None
    if place:
        p_start, p_end = _span(text, place_words or place["name"])
        where = Place(text[p_start:p_end], p_start, p_end, role="event", **place)
    return Event(
        id=f"e{number}", sentence=sentence, text=words, start=start, end=end,
        source=source, target=target, cameo=cameo, plover=Plover(plover),
        acled=Acled(*acled) if acled else None, quad_class=quad, goldstein=goldstein,
        modality=modality, date=date, date_granularity="day" if date else None, place=where,
        casualties=casualties, confidence=0.8)


def _result(doc_id: str, date: str, text: str, title: str | None = None) -> Result:
    sentences = split_sentences(text)
    return Result(id=doc_id, date=dt.date.fromisoformat(date), title=title, text=text,
                  segments=[Segment(0, len(text))], sentences=sentences)


def barrel_bombs() -> tuple[Document, Result]:
    """Two air strikes in Hama and Idlib on 6 May 2019, one with a casualty count."""
    text = ("Syrian government helicopters dropped barrel bombs on Kafr Nabudah on Monday, "
            "killing four civilians. Russian jets struck Khan Shaykhun in southern Idlib.")
    result = _result("kafr-nabudah", "2019-05-06", text, "Barrel bombs hit Kafr Nabudah")
    s = result.sentences
    four = Count(4, 4, "four", *_span(text, "four"))
    result.events = [
        make_event(text, s, 1, "dropped barrel bombs on", SYRMIL, SYRCVL, "195", "ASSAULT",
               ("Explosions/Remote violence", "Air/drone strike"), 4, -10.0,
               place=KAFR_NABUDAH, date="2019-05-06",
               casualties=Casualties(four, None, [SYRCVL])),
        make_event(text, s, 2, "struck", RUSMIL, None, "195", "ASSAULT",
               ("Explosions/Remote violence", "Air/drone strike"), 4, -10.0,
               place=KHAN_SHAYKHUN),
    ]
    result.actors = [ActorMention(**vars(a), start=_span(text, a.text)[0],
                                  end=_span(text, a.text)[1]) for a in (SYRMIL, SYRCVL, RUSMIL)]
    result.places = [Place(p["name"], *_span(text, p["name"]), role="event", **p)
                     for p in (KAFR_NABUDAH, KHAN_SHAYKHUN)]
    result.times = [TimeExpression("Monday", *_span(text, "Monday"), "2019-05-06", "day")]
    document = Document(text=text, id="kafr-nabudah", date=result.date, title=result.title,
                        url="https://www.example.org/syria/kafr-nabudah", source="wire")
    return document, result


def threats_and_claims() -> tuple[Document, Result]:
    """Speculation and a propaganda claim, on 8 May 2019, with a quote."""
    text = ("Officials said Ankara may send more troops to the border. "
            "Lavrov accused the rebels of staging a chemical provocation. "
            "\"We will not allow it,\" Lavrov said.")
    result = _result("ankara-lavrov", "2019-05-08", text)
    s = result.sentences
    result.events = [
        make_event(text, s, 1, "may send more troops", TURGOV, None, "154", "MOBILIZE", None, 2,
               -7.2, modality="speculated", place=ANKARA),
        make_event(text, s, 2, "accused", RUSGOV, SYRREB, "112", "ACCUSE", None, 3, -2.0,
               modality="claimed"),
    ]
    result.actors = [ActorMention(**vars(a), start=_span(text, a.text)[0],
                                  end=_span(text, a.text)[1]) for a in (TURGOV, RUSGOV, SYRREB)]
    q_start, q_end = _span(text, "We will not allow it,")
    result.quotes = [Quote(RUSGOV, "Lavrov", text[q_start:q_end], q_start, q_end, "direct",
                           "said")]
    return Document(text=text, id="ankara-lavrov", date=result.date), result


def shelling() -> tuple[Document, Result]:
    """Rebel shelling dated by the text (Tuesday 7 May) in a report of 9 May."""
    text = ("Rebels shelled army positions near Qalaat al-Madiq on Tuesday. "
            "The army said it repelled the attack.")
    result = _result("qalaat-shelling", "2019-05-09", text, "Shelling near Qalaat al-Madiq")
    s = result.sentences
    result.events = [
        make_event(text, s, 1, "shelled", SYRREB, SYRMIL, "194", "ASSAULT",
               ("Explosions/Remote violence", "Shelling/artillery/missile attack"), 4, -10.0,
               modality="asserted", place=QALAAT, date="2019-05-07"),
        make_event(text, s, 2, "repelled", SYRMIL, SYRREB, "190", "FIGHT",
               ("Battles", "Armed clash"), 4, -10.0, modality="reported"),
    ]
    return Document(text=text, id="qalaat-shelling", date=result.date), result


def all_samples() -> list[tuple[Document, Result]]:
    return [barrel_bombs(), threats_and_claims(), shelling()]


def make_sample_db(path) -> str:
    """A store file holding the three sample documents; returns its path as text."""
    from eventwire.store import Store

    with Store.open(path) as store:
        for document, result in all_samples():
            store.add(document, result)
    return str(path)
