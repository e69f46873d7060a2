"""Items written whole, one by one (not filled templates): the varied half of the corpus.

The composed items (`compose.py`) vary actors, places and reporting frames around a few
hundred clauses; real news varies everything else too: sentence shape, length, register,
what is background and what is the news. These items are sentences and short paragraphs
written for eventwire one at a time, in wire, live-blog, statement, local-news and op-ed
styles, across many countries (`written_events.py`, `written_more.py`, `written_none.py`).

A block is a header and lines. The header gives the labels every line shares: the PLOVER
type (or NONE), the CAMEO code (its PLOVER mode comes from our CAMEO table) and the ACLED
sub-event type, if any. A line is ``ISO3 style [modality] | text``; in the text ``S{...}``
marks the source actor and ``T{...}`` the target (both optional). The split is by position
over all written lines, as for the composed clauses: one line in eight goes to test, one to
dev.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.evaluation.event_corpus import ACLED_TYPES, NO_EVENT
from eventwire.events.codes import describe

CONFLICTS = {
    "UKR": "Russia-Ukraine war", "RUS": "Russia-Ukraine war", "SDN": "Sudan civil war",
    "PSE": "Israel-Hamas war", "ISR": "Israel-Hamas war", "MMR": "Myanmar civil war",
    "MLI": "Sahel insurgency", "BFA": "Sahel insurgency", "NER": "Sahel insurgency",
    "YEM": "Yemen war", "ETH": "Amhara and Tigray conflicts", "SOM": "al-Shabaab insurgency",
    "LBY": "Libyan conflict", "HTI": "Haiti gang crisis", "COL": "Colombian armed conflict",
    "MEX": "Mexican drug war", "IND": "Manipur violence", "PAK": "Pakistan insurgencies",
    "NGA": "Nigeria insurgency and banditry", "IRN": "Iran protest movement",
    "VEN": "Venezuela political crisis", "SYR": "Syrian conflict", "AFG": "Taliban rule",
    "IRQ": "Iraq instability", "LBN": "Israel-Hezbollah conflict",
    "KEN": "Kenya finance bill protests", "BGD": "Bangladesh student uprising",
    "GEO": "Georgia EU protests", "SRB": "Serbia anti-corruption protests",
    "CMR": "Anglophone crisis", "SSD": "South Sudan conflict",
    "TUR": "Turkey-PKK conflict and protests", "PER": "Peru political unrest",
    "ECU": "Ecuador gang violence", "FRA": "French pension and farmer protests",
    "CHL": "Chile social unrest", "LKA": "Sri Lanka economic protests",
    "THA": "southern Thailand insurgency", "IDN": "Papua conflict",
    "COD": "eastern DR Congo conflict", "MOZ": "Cabo Delgado insurgency",
    "CAF": "Central African Republic conflict", "ARM": "Armenia-Azerbaijan conflict",
    "AZE": "Armenia-Azerbaijan conflict", "PHL": "Philippine insurgencies",
    "USA": "US politics and protests", "GBR": "UK protests", "DEU": "German farmer protests",
    "ARG": "Argentina austerity protests", "BRA": "Brazil land conflicts",
    "ZWE": "Zimbabwe political crisis", "UGA": "Uganda opposition crackdown",
    "TCD": "Chad transition", "EGY": "Egypt politics", "TUN": "Tunisia politics",
    "CHN": "China and its neighbours", "TWN": "Taiwan Strait tensions",
    "PRK": "Korean peninsula tensions", "KOR": "Korean peninsula tensions",
    "NIC": "Nicaragua crackdown", "BLR": "Belarus crackdown", "HKG": "China and its neighbours",
    "MDG": "Madagascar protests", "SEN": "Senegal political crisis", "GIN": "Guinea junta",
    "BOL": "Bolivia political crisis", "NPL": "Nepal protests", "KGZ": "Central Asia borders",
    "TJK": "Central Asia borders", "DZA": "Algeria politics", "MAR": "Morocco politics",
    "JOR": "Jordan politics", "QAT": "Gulf diplomacy", "SAU": "Yemen war",
    "ARE": "Gulf diplomacy", "ESP": "Spain politics", "POL": "Poland politics",
    "ROU": "Romania politics", "HUN": "Hungary politics", "ITA": "Italy politics",
    "GTM": "Guatemala politics", "HND": "Honduras gang violence", "SLV": "El Salvador gangs",
    "PNG": "Papua New Guinea tribal violence", "MWI": "Malawi politics",
    "ZAF": "South Africa protests", "RWA": "eastern DR Congo conflict",
    "BDI": "Burundi politics", "ERI": "Amhara and Tigray conflicts",
    "SWE": "Sweden gang violence", "JPN": "Japan politics", "AUS": "Australia politics",
    "TZA": "Tanzania politics",
}
"""The conflict or protest movement an item from each country belongs to."""

_LINE = re.compile(r"^([A-Z]{3}) ([a-z-]+)(?: ([a-z]+))? \| (.+)$")
_ROLE = re.compile(r"([ST])\{([^{}]*)\}")


@dataclass(frozen=True)
class W:
    """A block of items written whole, sharing their labels (see the module docstring)."""

    plover: str
    cameo: str | None
    acled: str | None
    lines: str


def parse(line: str) -> tuple[str, str, str, str, dict[str, dict]]:
    """(country, style, modality, text, spans) of one written line; a bad line raises."""
    m = _LINE.match(line.strip())
    if m is None:
        raise ValueError(f"bad written line: {line!r}")
    country, style, modality, marked = m.groups()
    out: list[str] = []
    spans: dict[str, dict] = {}
    pos = length = 0
    for role in _ROLE.finditer(marked):
        out.append(marked[pos:role.start()])
        length += role.start() - pos
        value = role.group(2)
        name = "source" if role.group(1) == "S" else "target"
        spans[name] = {"text": value, "start": length, "end": length + len(value)}
        out.append(value)
        length += len(value)
        pos = role.end()
    out.append(marked[pos:])
    return country, style, modality or "asserted", "".join(out), spans


def _split(position: int) -> str:
    return "test" if position % 8 == 3 else "dev" if position % 8 == 6 else "train"


def items(blocks: list[W]) -> list[dict]:
    """Labelled corpus items (with their "split") from written blocks."""
    out: list[dict] = []
    for n, block in enumerate(blocks):
        lines = [ln for ln in block.lines.strip().splitlines() if ln.strip()]
        mode = describe(block.cameo).plover.mode if block.cameo else None
        acled = {"event_type": ACLED_TYPES[block.acled], "sub_event_type": block.acled} \
            if block.acled else None
        for position, line in enumerate(lines):
            country, style, modality, text, spans = parse(line)
            none = block.plover == NO_EVENT
            out.append({
                "id": f"written-{n}-{position}", "split": _split(len(out)), "text": text,
                "plover": block.plover, "mode": None if none else mode, "cameo": block.cameo,
                "acled": acled, "modality": modality, "source": spans.get("source"),
                "target": spans.get("target"), "country": country,
                "conflict": CONFLICTS[country], "style": style})
    return out
