"""A generated news-like corpus for benchmarks: varied conflict-report sentences from templates.

Generated at run time from a seed (no shipped text): actors, verbs, places, times, attributions
and quotes combine into wire-style paragraphs of different lengths and shapes.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass

ACTORS = [
    "Syrian government forces", "Russian warplanes", "regime helicopters", "rebel fighters",
    "Hayat Tahrir al-Sham militants", "the Syrian Democratic Forces", "Turkish troops",
    "pro-government militias", "the Syrian army", "opposition factions",
    "the National Liberation Front", "Iranian-backed fighters", "US-led coalition aircraft",
    "the White Helmets", "Israeli jets", "Kurdish YPG units", "Russian military police",
]
OFFICIALS = [
    "Russian Defence Minister Sergei Shoigu", "Turkish President Recep Tayyip Erdogan",
    "UN envoy Geir Pedersen", "Foreign Minister Sergei Lavrov", "a UN spokesman",
    "the Syrian Observatory for Human Rights", "State Department spokeswoman Morgan Ortagus",
    "Mark Lowcock, the UN humanitarian chief", "a local council official", "activists",
]
VERBS = [
    "struck", "shelled", "bombed", "attacked", "pounded", "raided", "targeted", "hit",
    "launched rockets at", "dropped barrel bombs on", "fired missiles at", "besieged",
    "captured", "advanced on", "withdrew from", "clashed with fighters in",
]
PLACES = [
    "Kafr Nabudah", "Khan Shaykhun", "Maarat al-Numan", "Jisr al-Shughur", "Qalaat al-Madiq",
    "Ariha", "Saraqib", "Latamneh", "Kafr Zita", "Idlib city", "Hama", "Aleppo", "Tripoli",
    "Deir ez-Zor", "Raqqa", "Manbij", "Afrin", "Daraa", "Homs", "Latakia",
]
REGIONS = ["northern Hama", "southern Idlib", "the Ghab plain", "western Aleppo",
           "the Latakia countryside", "eastern Syria", "the Euphrates valley"]
TIMES = ["on Monday", "on Tuesday", "late on Wednesday", "on Thursday morning", "overnight",
         "early on Friday", "on Saturday", "at dawn on Sunday", "last week", "on 6 May"]
REPORT_VERBS = ["said", "reported", "told reporters", "claimed", "warned", "denied", "added"]
OBJECTS = ["a hospital", "a market", "a school", "an observation post", "a bakery",
           "residential areas", "military positions", "a checkpoint", "the main road"]

TEMPLATES = [
    "{actor} {verb} {place} in {region} {time}, killing {n} civilians.",
    "{Actor} {verb} {obj} in {place} {time}, {official} {report}.",
    "{Official} {report} that {actor} had {verb} {place} {time}.",
    "\"We will respond to any attack on {place},\" {official} {report}.",
    "{Official} {report} the strikes on {place} were a violation of the ceasefire.",
    "At least {n} people were killed when {actor} {verb} {obj} near {place}.",
    "{Actor} may be preparing a ground offensive toward {place}, analysts said.",
    "Residents of {place} fled north toward the Turkish border {time}.",
    "{Official} accused {actor} of staging a chemical provocation in {place}.",
    "The fighting around {place} has displaced more than {n}00 families since {time2}.",
    "{Actor} denied that it had {verb} {obj} in {place}.",
    "If {actor} advance on {place}, Ankara would send reinforcements, {official} {report}.",
]


@dataclass
class Report:
    """One generated report: id, date and text."""

    id: str
    date: dt.date
    text: str


def generate(count: int, *, seed: int = 7) -> list[Report]:
    """`count` reports of 3-14 sentences each, reproducible from `seed`."""
    rng = random.Random(seed)
    start = dt.date(2019, 4, 1)
    reports = []
    for number in range(count):
        sentences = [_sentence(rng) for _ in range(rng.randint(3, 14))]
        paragraphs, current = [], []
        for sentence in sentences:
            current.append(sentence)
            if rng.random() < 0.3:
                paragraphs.append(" ".join(current))
                current = []
        if current:
            paragraphs.append(" ".join(current))
        reports.append(Report(f"bench-{number}", start + dt.timedelta(days=number % 60),
                              "\n\n".join(paragraphs)))
    return reports


def _sentence(rng: random.Random) -> str:
    template = rng.choice(TEMPLATES)
    actor, official = rng.choice(ACTORS), rng.choice(OFFICIALS)
    values = {
        "actor": actor, "Actor": actor[0].upper() + actor[1:],
        "official": official, "Official": official[0].upper() + official[1:],
        "verb": rng.choice(VERBS), "place": rng.choice(PLACES), "region": rng.choice(REGIONS),
        "time": rng.choice(TIMES), "time2": rng.choice(TIMES).removeprefix("on "),
        "report": rng.choice(REPORT_VERBS), "obj": rng.choice(OBJECTS),
        "n": rng.randint(2, 40),
    }
    return template.format(**values)


def count_words(text: str) -> int:
    """Words as a reader counts them (runs of letters/digits, with inner hyphens/apostrophes)."""
    return len(re.findall(r"\w+(?:[-']\w+)*", text))
