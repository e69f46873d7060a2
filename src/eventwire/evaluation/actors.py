"""`eventwire eval actors PATH`: country, sector and code accuracy of `actors.resolve`.

PATH is a tab-separated gold file (`eval/actors.tsv` in the repository is ours): lines
`date, text, code, country, sector` ("-" for none; lines starting with "#" are comments, a
first line starting with "date" is a header). Each description is resolved on its date and
compared with the gold values. A gold code is matched exactly, or by a predicted code that only
adds one organisation tag to it (gold SOMINS accepts SOMINSSHB; gold IGOUNO does not accept
IGOUNOREF, REF being a sector, nor IGOUNO a gold IGOUNOREF). Tags may hold digits (M23).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import click

from eventwire.actors.codes import SECTORS
from eventwire.dates import parse_date
from eventwire.errors import InputError
from eventwire.evaluation import dictionary_command
from eventwire.knowledge import Knowledge


@dataclass(frozen=True)
class Case:
    """One gold description and the actor it names."""

    line: int
    date: dt.date | None
    text: str
    code: str | None
    country: str | None
    sector: str | None


def read_cases(path: Path) -> list[Case]:
    """The gold cases of a TSV file; a malformed line is an error naming its line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read actor gold: {exc}", source=str(path)) from exc
    cases = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#") or line.startswith("date\t"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != 5:
            raise InputError(f"line {number}: expected 5 tab-separated columns, got "
                             f"{len(cells)}", source=str(path))
        date_text, text, code, country, sector = (None if c in {"", "-"} else c for c in cells)
        date = parse_date(date_text, source=f"{path}:{number}") if date_text else None
        cases.append(Case(number, date, text or "", code, country, sector))
    return cases


def code_matches(gold: str | None, got: str | None) -> bool:
    """Exact, or `got` is `gold` plus one organisation tag that is not a sector."""
    if gold == got:
        return True
    if not gold or not got or not got.startswith(gold):
        return False
    extra = got[len(gold):]
    return len(extra) == 3 and extra.isalnum() and extra not in SECTORS


@dictionary_command("actors", "Extra or replacement dictionaries (PETRARCH format too).",
                    "List each description not coded exactly.")
def command(path: Path, dictionaries: Path | None, show_misses: bool) -> None:
    """Country, sector and exact-code accuracy of resolving gold actor descriptions.

    \b
    Example:
        eventwire eval actors eval/actors.tsv --show-misses
    """
    from eventwire.actors import resolve
    from eventwire.knowledge import default_knowledge

    if not path.is_file():
        raise InputError("no such file", source=str(path))
    cases = read_cases(path)
    if not cases:
        raise InputError("no gold cases in this file", source=str(path))
    knowledge = Knowledge(dictionaries) if dictionaries else default_knowledge()
    hits = {"country": 0, "sector": 0, "code": 0}
    for case in cases:
        actor = resolve(case.text, date=case.date, knowledge=knowledge)
        got = (actor.code, actor.country, actor.sector) if actor else (None, None, None)
        country_ok = got[1] == case.country
        sector_ok = got[2] == case.sector
        code_ok = code_matches(case.code, got[0])
        hits["country"] += country_ok
        hits["sector"] += sector_ok
        hits["code"] += code_ok
        if show_misses and not (code_ok and country_ok and sector_ok):
            click.echo(f"miss line {case.line}: {case.text!r} ({case.date}): gold "
                       f"{case.code}/{case.country}/{case.sector} got "
                       f"{got[0]}/{got[1]}/{got[2]}")
    n = len(cases)
    countries = len({c.country for c in cases if c.country})
    click.echo(f"{n} descriptions, {countries} countries or organisations")
    for measure in ("country", "sector", "code"):
        label = "code exact" if measure == "code" else measure
        click.echo(f"{label:<11} {hits[measure]:>4}/{n}  {hits[measure] / n:.3f}")
