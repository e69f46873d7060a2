"""CAMEO code table with Goldstein scores and quad classes, and the CAMEO->PLOVER/ACLED maps.

The tables are TSV files in `data/events/` written from the public codebooks. A code that a
map does not list takes the row of its longest listed prefix ("1952" -> "195" -> "19"), so a
4-digit code inherits its parent's PLOVER event and ACLED type unless it has its own row.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.actors.codes import sector_set
from eventwire.knowledge import data_path
from eventwire.model import Acled, Actor, Plover, QuadClass

CIVILIAN_SECTORS = sector_set("civilian")
ARMED_SECTORS = sector_set("armed")
STATE_SECTORS = sector_set("state")


@dataclass(frozen=True)
class CodeInfo:
    """What the tables say about one CAMEO code."""

    code: str
    label: str
    goldstein: float
    quad_class: QuadClass
    plover: Plover
    acled: tuple[str, str] | None


def quad_class(code: str) -> QuadClass:
    """Quad class from the root: 1 verbal cooperation, 2 material cooperation,
    3 verbal conflict, 4 material conflict."""
    try:
        root = int(code[:2])
    except ValueError:
        return 1
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 14:
        return 3
    return 4


def _rows(name: str) -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {}
    for line in data_path(f"events/{name}").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        rows[cells[0].strip()] = [c.strip() for c in cells[1:]]
    return rows


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, list[str]]]:
    return _rows("cameo.tsv"), _rows("plover.tsv"), _rows("acled.tsv")


def plover_events() -> tuple[str, ...]:
    """Every PLOVER event type our CAMEO table maps to, sorted (the values a filter takes)."""
    return tuple(sorted({row[0] for row in _tables()[1].values() if row and row[0]}))


def _longest_prefix(table: dict[str, list[str]], code: str) -> list[str] | None:
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def root_category(code: str | None) -> str | None:
    """The category name of a code's CAMEO root ("19..." -> "Fighting"), for headings."""
    row = _tables()[0].get((code or "")[:2])
    return row[2] if row and len(row) > 2 else None


@lru_cache(maxsize=4096)
def describe(code: str) -> CodeInfo:
    """Label, Goldstein score, quad class, PLOVER event/mode and ACLED type of `code`.

    Codes outside CAMEO (test codes in user dictionaries) get their parent's values where the
    first digits are a CAMEO code, and neutral values otherwise.
    """
    cameo, plover, acled = _tables()
    row = cameo.get(code) or _longest_prefix(cameo, code)
    label, goldstein = (row[0], float(row[1])) if row else (code, 0.0)
    p = _longest_prefix(plover, code) or []
    event = p[0] if p and p[0] else None
    mode = p[1] if len(p) > 1 and p[1] else None
    a = _longest_prefix(acled, code)
    return CodeInfo(code, label, goldstein, quad_class(code),
                    Plover(event, mode),  # type: ignore[arg-type]
                    (a[0], a[1]) if a else None)


def is_civilian(actor: Actor | None) -> bool:
    return actor is not None and (actor.code == "CVL" or actor.sector in CIVILIAN_SECTORS)


def is_armed(actor: Actor | None) -> bool:
    return actor is not None and actor.sector in ARMED_SECTORS


def acled_type(code: str, source: Actor | None, target: Actor | None) -> Acled | None:
    """ACLED event and sub-event type; who the target is decides between battle and attack."""
    info = describe(code)
    if info.acled is None:
        return None
    event_type, sub = info.acled
    if event_type == "Battles" and sub == "territory":
        state = source is not None and source.sector in STATE_SECTORS
        sub = "Government regains territory" if state else "Non-state actor overtakes territory"
    elif event_type == "Battles" and is_civilian(target):
        event_type, sub = "Violence against civilians", "Attack"
    elif event_type == "Violence against civilians" and code[:3] in ("180", "182", "186") \
            and is_armed(source) and is_armed(target):
        event_type, sub = "Battles", "Armed clash"
    return Acled(event_type, sub)
