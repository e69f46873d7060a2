"""What a sentence's mentions are: the `Found` record shared by composition (compose.py),
names nobody knows (unknown.py) and the document pass (coref.py), with the word lists they
share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.actors.kb import Term
from eventwire.actors.text import Piece

NAME_CONNECTORS = frozenset({"al", "el", "bin", "ibn", "bint", "de", "van", "von", "der", "le",
                             "-", "abu", "abdel", "abdul"})
NOT_NAMES = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "on", "in", "the", "a", "an", "and", "but", "said", "told", "says",
    "i", "we", "he", "she", "they", "it", "this", "that", "as", "at", "for", "with", "who",
})

LOCATIVE = frozenset({"in", "inside", "within", "across", "throughout", "near", "around",
                      "outside", "into", "at", "from", "toward", "towards", "via",
                      "through", "of", "over"})
GROUP_ANAPHOR = "GRP"
"""`context` of "the group", "the movement": the armed group the document has named, or
nothing."""
UNKNOWN_ORGANISATION = "unknown organisation"
"""The `role` of a group found only by the shape of its name."""


@dataclass
class Found:
    """A mention found in a sentence (pieces [first, last)), before document-level resolution.

    kind is that of `ActorMention`, or "place" for a country named as a place ("in Syria",
    "the Syrian border"): not an actor, but a hint of which country the story is about.
    """

    first: int
    last: int
    code: str | None
    country: str | None
    sector: str | None
    name: str | None
    kind: str
    term: Term | None = None  # the person, group or agent term that heads the mention
    lone: bool = False  # an agent with no country ("the troops")
    definite: bool = False  # preceded by "the"
    role: str | None = None  # the title a person was named with, or a lone title's words
    surname: str | None = None  # key of a captured unknown person's surname
    context: str | None = None  # a lone agent meaning "the government (GOV) or army (MIL) in
    # question" ("the regime", "the army")
    governs: str | None = None  # names whose government/army that is ("the Syrian regime")
    alternatives: tuple[str, ...] = ()  # countries a shared adjective may mean ("Congolese")
    guessed_country: bool = False  # context country taken from the document, not a mention
    # of the same government or army: places may know better (see actors.refine_context)


def name_word(piece: Piece) -> bool:
    """A capitalised word that may be part of a name."""
    return piece.capitalised and piece.text[:1].isalpha() and piece.key not in NOT_NAMES


def span_text(words: Sequence[Piece]) -> str:
    out = words[0].text
    for previous, piece in zip(words, words[1:], strict=False):
        out += (" " if piece.start > previous.end else "") + piece.text
    return out
