"""Watch rules: what an analyst wants to be told about, written in YAML and checked strictly.

A rules file holds one rule, a list of rules, or `{rules: [...]}`. Each rule has a `name`, a
`when` and optionally `notify`:

    - name: aerial attacks near Idlib
      when: {plover: ASSAULT, cameo: "195", near: {place: Idlib, km: 50}}
      notify: [stderr, {jsonl: alerts.jsonl}, {webhook: "http://127.0.0.1:8080/hook"}]
    - name: Russian threats to Turkey
      when: {plover: THREATEN, source: RUS, target: TUR}
    - name: chemical weapons claims
      when: {claim: {text: chemical}}
    - name: weekly spike
      when: {spike: {by: region, ratio: 3, min_events: 3}}

A rule watches one kind of thing: real (deduplicated) events (the default), claims (`claim`),
or a key whose weekly count spikes past its baseline (`spike`). Every problem is reported as
one line naming the file and the rule.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from eventwire.errors import InputError
from eventwire.model import MODALITIES
from eventwire.trends import DIMENSIONS

EVENT_KEYS = ("plover", "cameo", "source", "target", "actor", "modality", "country", "near",
              "text", "min_reports")
CLAIM_KEYS = ("text", "claimant", "assessment")
SPIKE_KEYS = ("by", "ratio", "baseline", "min_events")
NOTIFY_KINDS = ("stderr", "jsonl", "webhook")


@dataclass(frozen=True)
class Near:
    """A circle: a named place (resolved when the rule runs) or coordinates, and a radius."""

    km: float
    place: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Rule:
    """One validated watch rule."""

    name: str
    kind: str  # event | claim | spike
    when: dict[str, Any]
    notify: tuple[dict[str, Any], ...] = field(default_factory=tuple)
    near: Near | None = None

    def to_dict(self) -> dict[str, Any]:
        """The rule as written back to YAML/JSON (what the store keeps)."""
        out: dict[str, Any] = {"name": self.name, "when": self.when}
        if self.notify:
            out["notify"] = list(self.notify)
        return out


class RuleError(InputError):
    """A watch rule that cannot be used; the message names the file and the rule."""


def _fail(message: str, source: str | None, rule: str | None) -> RuleError:
    where = f"rule {rule!r}: " if rule else ""
    return RuleError(where + message, source=source)


def _strings(value: Any, key: str, source: str | None, rule: str) -> list[str]:
    values = value if isinstance(value, list) else [value]
    if not values or not all(isinstance(v, str | int) and str(v).strip() for v in values):
        raise _fail(f"'{key}' must be a word or a list of words", source, rule)
    return [str(v).strip() for v in values]


def _number(value: Any, key: str, source: str | None, rule: str, *, minimum: float = 0.0
            ) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value) \
            or value <= minimum or math.isinf(value):
        raise _fail(f"'{key}' must be a number above {minimum:g}, got {value!r}", source, rule)
    return float(value)


def _near(value: Any, source: str | None, rule: str) -> Near:
    if not isinstance(value, dict):
        raise _fail("'near' must be a mapping such as {place: Idlib, km: 50}", source, rule)
    unknown = set(value) - {"place", "lat", "lon", "km"}
    if unknown:
        raise _fail(f"unknown key {sorted(unknown)[0]!r} in 'near'; expected place, lat, lon, km",
                    source, rule)
    if "km" not in value:
        raise _fail("'near' needs km (the radius)", source, rule)
    km = _number(value["km"], "near.km", source, rule)
    if "place" in value:
        if not isinstance(value["place"], str) or not value["place"].strip():
            raise _fail("'near.place' must be a place name", source, rule)
        return Near(km, place=value["place"].strip())
    if "lat" not in value or "lon" not in value:
        raise _fail("'near' needs a place or both lat and lon", source, rule)
    lat, lon = value["lat"], value["lon"]
    if not (isinstance(lat, int | float) and isinstance(lon, int | float)
            and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise _fail("'near' lat must be in -90..90 and lon in -180..180", source, rule)
    return Near(km, lat=float(lat), lon=float(lon))


def _event_when(when: dict[str, Any], source: str | None, name: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in when.items():
        if key not in EVENT_KEYS:
            raise _fail(f"unknown condition {key!r}; expected one of "
                        f"{', '.join(EVENT_KEYS)}, claim, spike", source, name)
        if key == "near":
            out[key] = value
            continue
        if key == "min_reports":
            out[key] = int(_number(value, key, source, name, minimum=0))
            continue
        words = _strings(value, key, source, name)
        if key == "cameo" and not all(re.fullmatch(r"\d{1,4}", w) for w in words):
            raise _fail(f"'cameo' must be CAMEO codes or prefixes such as \"19\" or \"195\", "
                        f"got {value!r}", source, name)
        if key == "modality":
            bad = [w for w in words if w.lower() not in MODALITIES]
            if bad:
                raise _fail(f"unknown modality {bad[0]!r}; choose from "
                            f"{', '.join(MODALITIES)}", source, name)
            words = [w.lower() for w in words]
        if key in ("plover", "source", "target", "actor", "country"):
            words = [w.upper() for w in words]
        out[key] = words if key != "text" else " ".join(words)
    if not out:
        raise _fail("'when' has no conditions", source, name)
    return out


def _claim_when(value: Any, source: str | None, name: str) -> dict[str, Any]:
    if not isinstance(value, dict) or not value:
        raise _fail("'claim' must be a mapping such as {text: chemical}", source, name)
    unknown = set(value) - set(CLAIM_KEYS)
    if unknown:
        raise _fail(f"unknown key {sorted(unknown)[0]!r} in 'claim'; expected "
                    f"{', '.join(CLAIM_KEYS)}", source, name)
    out = {}
    for key, v in value.items():
        words = _strings(v, f"claim.{key}", source, name)
        out[key] = " ".join(words) if key == "text" else [
            w.upper() if key == "claimant" else w.lower() for w in words]
    return {"claim": out}


def _spike_when(value: Any, source: str | None, name: str) -> dict[str, Any]:
    if value is None or value is True:
        value = {}
    if not isinstance(value, dict):
        raise _fail("'spike' must be a mapping such as {by: region, ratio: 3}", source, name)
    unknown = set(value) - set(SPIKE_KEYS)
    if unknown:
        raise _fail(f"unknown key {sorted(unknown)[0]!r} in 'spike'; expected "
                    f"{', '.join(SPIKE_KEYS)}", source, name)
    by = value.get("by", "region")
    if by not in DIMENSIONS:
        raise _fail(f"'spike.by' must be one of {', '.join(DIMENSIONS)}, got {by!r}",
                    source, name)
    return {"spike": {
        "by": by,
        "ratio": _number(value.get("ratio", 3), "spike.ratio", source, name),
        "baseline": int(_number(value.get("baseline", 4), "spike.baseline", source, name)),
        "min_events": int(_number(value.get("min_events", 3), "spike.min_events", source,
                                  name)),
    }}


def _notify(value: Any, source: str | None, name: str) -> tuple[dict[str, Any], ...]:
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        if item == "stderr":
            out.append({"stderr": True})
            continue
        if not isinstance(item, dict) or len(item) != 1 or next(iter(item)) not in NOTIFY_KINDS:
            raise _fail(f"bad notify target {item!r}; use stderr, {{jsonl: PATH}} or "
                        f"{{webhook: URL}}", source, name)
        kind, target = next(iter(item.items()))
        if kind == "webhook" and not (isinstance(target, str)
                                      and re.match(r"https?://", target)):
            raise _fail(f"webhook must be an http(s) URL, got {target!r}", source, name)
        if kind == "jsonl" and not (isinstance(target, str) and target.strip()):
            raise _fail("jsonl needs a file path", source, name)
        out.append({kind: target})
    return tuple(out)


def parse_rule(data: Any, *, source: str | None = None, number: int = 1) -> Rule:
    """Validate one rule mapping; raise `RuleError` with a one-line message if it is bad."""
    if not isinstance(data, dict):
        raise _fail(f"rule {number} must be a mapping with name and when", source, None)
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _fail(f"rule {number} needs a name", source, None)
    name = name.strip()
    unknown = set(data) - {"name", "when", "notify"}
    if unknown:
        raise _fail(f"unknown key {sorted(unknown)[0]!r}; a rule has name, when, notify",
                    source, name)
    when = data.get("when")
    if not isinstance(when, dict) or not when:
        raise _fail("'when' must be a mapping of conditions", source, name)
    near = None
    if "claim" in when or "spike" in when:
        if len(when) != 1:
            raise _fail("a claim or spike rule has no other conditions", source, name)
        kind = "claim" if "claim" in when else "spike"
        parsed = (_claim_when(when["claim"], source, name) if kind == "claim"
                  else _spike_when(when["spike"], source, name))
    else:
        kind = "event"
        parsed = _event_when(when, source, name)
        if "near" in parsed:
            near = _near(parsed["near"], source, name)
    notify = _notify(data["notify"], source, name) if data.get("notify") else ()
    return Rule(name, kind, parsed, notify, near)


def parse_rules(text: str, *, source: str | None = None) -> list[Rule]:
    """Parse a YAML rules document (one rule, a list, or `{rules: [...]}`)."""
    try:
        data = yaml.safe_load(text)  # the pure parser names the line a user must fix
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise RuleError(f"not valid YAML: {problem}", source=source, line=line) from None
    if isinstance(data, dict) and "rules" in data and set(data) == {"rules"}:
        data = data["rules"]
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not data:
        raise RuleError("expected a rule or a list of rules", source=source)
    rules = [parse_rule(item, source=source, number=n) for n, item in enumerate(data, 1)]
    names = [r.name for r in rules]
    duplicate = next((n for n in names if names.count(n) > 1), None)
    if duplicate:
        raise _fail("name used twice in one file", source, duplicate)
    return rules


def load_rules(path: str | Path) -> list[Rule]:
    """Read and validate a rules file."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise RuleError(f"cannot read rules file ({reason})", source=str(file)) from None
    return parse_rules(text, source=str(file))
