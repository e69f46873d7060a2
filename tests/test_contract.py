"""`eventwire code` prints exactly the fields docs/contract.md documents, record by record."""

from __future__ import annotations

import json
import re

import pytest

from conftest import EXAMPLES, ROOT

CONTRACT = ROOT / "docs" / "contract.md"
LIVEBLOG = EXAMPLES / "liveblogs" / "2019-05-07-idlib-live-chemical-claim-lowcock.html"
ACTOR_FIELDS = {"text", "code", "country", "sector", "name"}
"""An actor inside another record (a source, a speaker): a mention without its offsets."""


def _fields(description: str) -> tuple[list[str], dict[str, set[str]]]:
    """Field names (backticked lower-case words outside parentheses) and, for a field followed
    by parentheses, the backticked names inside them (its sub-fields). The list ends with the
    first sentence; what follows explains values."""
    names: list[str] = []
    inner: dict[str, set[str]] = {}
    depth = 0
    last = None
    for match in re.finditer(r"`([^`]*)`|(\()|(\))|(\.\s+[A-Z])", description):
        word, opening, closing, full_stop = match.groups()
        if full_stop:
            if depth == 0:
                break
        elif opening:
            depth += 1
        elif closing:
            depth -= 1
        elif re.fullmatch(r"[a-z][a-z0-9_]*", word):
            if depth == 0:
                names.append(word)
                last = word
            elif last is not None:
                inner.setdefault(last, set()).add(word)
    return names, inner


def _documented() -> tuple[dict[str, set[str]], dict[str, dict[str, set[str]]]]:
    """Record kind -> documented fields, and kind -> field -> documented sub-fields."""
    text = CONTRACT.read_text(encoding="utf-8").split("## In the store")[0]
    records: dict[str, set[str]] = {}
    nested: dict[str, dict[str, set[str]]] = {}
    for keys, what in re.findall(r"^\| (`[^|]*`) \| (.*) \|$", text, re.M):
        kinds = re.findall(r"`([a-z_]+)`", keys)
        if len(kinds) > 1:  # the document's own fields
            records["document"] = set(kinds)
            continue
        names, inner = _fields(what)
        if names:
            records[kinds[0]] = set(names)
            nested[kinds[0]] = inner
    events = text.split("## Events")[1].split("\n\n")[1]
    names, inner = _fields(events)
    records["events"], nested["events"] = set(names), inner
    return records, nested


@pytest.fixture(scope="module")
def coded() -> dict:
    """What `eventwire code` prints for a live blog that has every kind of record."""
    from click.testing import CliRunner

    from eventwire.cli import cli

    printed = CliRunner().invoke(cli, ["code", str(LIVEBLOG)], catch_exceptions=False)
    return json.loads(printed.stdout)


def test_the_document_has_the_documented_keys(coded):
    records, _ = _documented()
    assert set(coded) == records["document"] | set(records) - {"document"}


@pytest.mark.parametrize("kind", ["segments", "sentences", "actors", "places", "times",
                                  "events", "quotes", "claims", "links"])
def test_every_record_has_exactly_the_documented_fields(coded, kind):
    records, _ = _documented()
    assert coded[kind], f"the sample document has no {kind}: pick one that has"
    for record in coded[kind]:
        assert set(record) == records[kind], (
            f"{kind}: undocumented {sorted(set(record) - records[kind])}, "
            f"missing {sorted(records[kind] - set(record))}: update docs/contract.md")


def test_nested_records_have_their_documented_fields(coded):
    records, nested = _documented()
    for event in coded["events"]:
        assert set(event["plover"]) == nested["events"]["plover"]
        assert set(event["acled"] or nested["events"]["acled"]) == nested["events"]["acled"]
        for role in ("source", "target"):
            assert event[role] is None or set(event[role]) == ACTOR_FIELDS
        assert event["place"] is None or set(event["place"]) == records["places"]
    assert records["actors"] >= ACTOR_FIELDS
    for quote in coded["quotes"]:
        assert quote["speaker"] is None or set(quote["speaker"]) == ACTOR_FIELDS
    for claim in coded["claims"]:
        actors = [claim["claimant"], claim["assessed_by"], *claim["about"]]
        assert all(a is None or set(a) == ACTOR_FIELDS for a in actors)


def test_modalities_are_the_documented_ones():
    from eventwire.model import MODALITIES

    text = CONTRACT.read_text(encoding="utf-8")
    listed = re.search(r"`modality` is one of ([^.]*)\.", text).group(1)
    assert tuple(re.findall(r"[a-z]+", re.sub(r"\([^)]*\)", "", listed))) == MODALITIES
