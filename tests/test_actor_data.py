"""The shipped actor data files: well-formed, consistent, and loadable without surprises."""

from __future__ import annotations

import pycountry
import pytest
import yaml

from eventwire.actors.codes import SECTORS
from eventwire.actors.kb import build_builtin
from eventwire.knowledge import data_path

DATA = data_path("actors")
WHO = {"IGO", "NGO", "IMG", "KUR"}
USER_ASSIGNED = {"XKX"}  # Kosovo: not in ISO 3166-1, used by the EU and others


def load(name):
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def is_country(code: str) -> bool:
    return code in USER_ASSIGNED or pycountry.countries.get(alpha_3=code) is not None


def well_formed(code: str) -> bool:
    """WHO (country, IGO, NGO, IMG) then three-letter parts; role parts among CAMEO sectors."""
    if len(code) % 3 or len(code) < 3:
        return False
    head = code[:3]
    if not (is_country(head) or head in WHO):
        return False
    return code.isalpha() and code.isupper()


@pytest.fixture(scope="module")
def people():
    return load("people.yaml")


def test_every_country_row_is_a_real_iso_code():
    rows = [line.split("\t") for line in (DATA / "countries.tsv").read_text().splitlines()
            if line and not line.startswith("#")][1:]
    assert len(rows) >= 190
    codes = [row[0] for row in rows]
    assert len(codes) == len(set(codes))
    for row in rows:
        assert len(row) == 6, row
        assert is_country(row[0]), row[0]


def test_people_offices_are_dated_and_well_formed(people):
    names = [p["name"] for p in people]
    assert len(people) >= 200
    assert len(names) == len(set(names))
    for person in people:
        assert person["offices"], person["name"]
        for office in person["offices"]:
            code, role, start, end = office
            assert well_formed(code), (person["name"], code)
            assert role, person["name"]
            if start and end:
                assert str(start) <= str(end), (person["name"], office)


def test_required_countries_have_leaders_and_ministers(people):
    by_country = {}
    for person in people:
        for code, role, *_ in person["offices"]:
            by_country.setdefault(code[:3], set()).add(role.lower())
    for iso in ["SYR", "RUS", "IRN", "TUR", "IRQ", "ISR", "PSE", "LBN", "YEM", "SAU", "ARE", "LBY",
                "UKR", "USA", "GBR", "FRA", "DEU"]:
        roles = " | ".join(sorted(by_country.get(iso, ())))
        assert any(w in roles for w in ("president", "king", "prime minister", "chancellor",
                                        "leader", "chairman")), iso
        if iso not in {"PSE", "YEM", "LBY", "ARE", "LBN"}:
            assert "foreign" in roles or "secretary of state" in roles, iso


def test_organisation_and_group_codes_are_well_formed():
    for name in ("organisations.yaml", "groups.yaml"):
        for item in load(name):
            assert well_formed(item["code"]), item
            for code, _start, _end in item.get("codes") or []:
                assert well_formed(code), item
            if item.get("sector"):
                assert item["sector"] in SECTORS, item


def test_agent_sectors_are_cameo_sectors():
    for section in load("agents.yaml")["sections"]:
        code = section["sector"]
        assert len(code) % 3 == 0
        assert all(code[i:i + 3] in SECTORS for i in range(0, len(code), 3)), code


def test_knowledge_compiles_with_hundreds_of_entries():
    kb = build_builtin()
    assert len(kb.index) > 2000
    kinds = {e.term.kind for entries in kb.index.values() for e in entries}
    assert kinds == {"state", "capital", "igo", "group", "person", "agent"}
