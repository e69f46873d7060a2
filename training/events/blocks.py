"""The two shapes of hand-written corpus material: a labelled block of event clauses (`B`) and
a block of "no event" sentences (`N`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class B:
    """Clauses that all report one kind of event, with its labels."""

    plover: str
    mode: str | None
    cameo: str
    acled: str | None
    clauses: list[str]


@dataclass(frozen=True)
class N:
    """Sentences that report no political event, grouped by why they are hard."""

    kind: str
    clauses: list[str]
