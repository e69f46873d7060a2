"""Why an actor got its code: the fact (data file, entry, dated office) or the rule behind it.

`eventwire actors resolve` prints this beside the actor, so that a user can see which office
on which dates made "Dmytro Kuleba" UKRGOV in 2023 and UKRELI in 2025, or that "Somali
journalist Halima Ahmed" was coded from her description, not matched to a known Ahmed.
"""

from __future__ import annotations

import datetime as dt

from eventwire.actors.codes import code_on
from eventwire.actors.found import UNKNOWN_ORGANISATION, Found

RULES = {
    "agent": "country or group + sector words",
    "state": "country name or adjective",
    "capital": "capital or seat of government speaking for its government",
    "pronoun": "pronoun for the person named before",
}


def explain(found: Found, day: dt.date | None) -> dict[str, str | None]:
    """The evidence for `found`'s code, as a flat JSON-ready dict."""
    term = found.term
    if found.role == UNKNOWN_ORGANISATION:
        return {"rule": "unknown organisation: sector from its last word, country from a "
                        "country or place named in it", "entry": found.name}
    if term is None:
        words = f" ({found.role})" if found.role else ""
        return {"rule": f"unknown person coded from the words before the name{words}",
                "entry": found.name}
    out: dict[str, str | None] = {"fact": term.origin or term.source, "entry": term.name}
    if term.kind == "person":
        held = code_on(term.codes, day)
        if held is not None:
            out.update(office=held.role, code=held.code, **_dates(held.start, held.end))
        elif term.codes:
            last = max(term.codes, key=lambda c: c.end or dt.date.max)
            titled = not (found.code or "ELI").endswith("ELI")  # a code, and not "former"
            out.update(rule="no office on this date: the title given in the text" if titled
                       else "out of office on this date: the country's elite",
                       office=f"former {last.role}" if last.role else None,
                       code=last.code, **_dates(last.start, last.end))
        if found.code and out.get("code") != found.code and "rule" not in out:
            out["rule"] = "the title given in the text"
        return out
    if term.codes:
        held = code_on(term.codes, day)
        if held is not None:
            out.update(code=held.code, **_dates(held.start, held.end))
    rule = RULES.get(found.kind)
    if rule and found.kind == "agent" and found.role:
        rule = f"{rule} ({found.role})"
    if rule:
        out["rule"] = rule
    return out


def _dates(start: dt.date | None, end: dt.date | None) -> dict[str, str | None]:
    return {"from": start.isoformat() if start else None,
            "to": end.isoformat() if end else None}
