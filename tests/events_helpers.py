"""Build a coded result for event tests: our sentences stage plus hand-made actor mentions.

The events stage reads actor mentions that the actors stage finds; these tests name them by
hand (text -> code, country, sector) so they test the event side alone.
"""

from __future__ import annotations

import re

from eventwire import events, sentences
from eventwire.knowledge import Knowledge, default_knowledge
from eventwire.model import ActorMention, Document, Quote, Result

ACTORS: dict[str, tuple[str, str | None, str | None]] = {
    "Regime helicopters": ("SYRMIL", "SYR", "MIL"),
    "Syrian government forces": ("SYRMIL", "SYR", "MIL"),
    "Syrian army": ("SYRMIL", "SYR", "MIL"),
    "Russian jets": ("RUSMIL", "RUS", "MIL"),
    "Russian": ("RUS", "RUS", None),
    "Russia": ("RUS", "RUS", None),
    "Moscow": ("RUSGOV", "RUS", "GOV"),
    "Damascus": ("SYRGOV", "SYR", "GOV"),
    "Ankara": ("TURGOV", "TUR", "GOV"),
    "Turkey": ("TUR", "TUR", None),
    "Nebenzia": ("RUSGOV", "RUS", "GOV"),
    "the Council": ("IGOUNO", "IGO", "IGO"),
    "the opposition": ("SYROPP", "SYR", "OPP"),
    "the militants": ("SYRREB", "SYR", "REB"),
    "rebels": ("SYRREB", "SYR", "REB"),
    "France": ("FRA", "FRA", None),
    "Britain": ("GBR", "GBR", None),
    "the United States": ("USA", "USA", None),
    "Putin": ("RUSGOV", "RUS", "GOV"),
    "Erdogan": ("TURGOV", "TUR", "GOV"),
    "the UN": ("IGOUNO", "IGO", "IGO"),
    "Hayat Tahrir al-Sham": ("SYRREB", "SYR", "REB"),
}


def mentions(text: str, names: dict[str, tuple[str, str | None, str | None]] | None = None
             ) -> list[ActorMention]:
    """Every whole-word occurrence of a known actor name (longest names first, no overlaps)."""
    names = names or ACTORS
    taken: list[tuple[int, int]] = []
    out: list[ActorMention] = []
    for name in sorted(names, key=len, reverse=True):
        code, country, sector = names[name]
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            out.append(ActorMention(m.group(), code, country, sector, name,
                                    start=m.start(), end=m.end()))
    return sorted(out, key=lambda a: a.start)


def code_events(text: str, *, knowledge: Knowledge | None = None,
                names: dict[str, tuple[str, str | None, str | None]] | None = None,
                quotes: list[tuple[int, int]] | None = None, doc_id: str = "t") -> Result:
    """Run sentences + hand-made actors (+ optional quote spans) + the events stage."""
    knowledge = knowledge or default_knowledge()
    document = Document(text=text, id=doc_id)
    result = Result(id=doc_id, date=None, title=None, text=text)
    sentences.run(document, result, knowledge)
    result.actors = mentions(text, names)
    for a, b in quotes or []:
        result.quotes.append(Quote(None, None, text[a:b], a, b, "direct"))
    events.run(document, result, knowledge)
    return result


def triples(result: Result) -> set[tuple[str | None, str | None, str, str]]:
    """(source code, target code, CAMEO, modality) of every event."""
    return {(e.source.code if e.source else None, e.target.code if e.target else None,
             e.cameo, e.modality) for e in result.events}
