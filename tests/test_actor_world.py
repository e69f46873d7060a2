"""World actor knowledge (issue 18): the TSV data files, dated offices, and `eval actors`."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from eventwire.actors import resolve
from eventwire.actors.codes import parse_day
from eventwire.actors.kb import GROUP_TYPES, _read_group_rows, _read_office_rows, _tsv_rows
from eventwire.evaluation.actors import code_matches
from eventwire.knowledge import data_path

ROOT = Path(__file__).resolve().parent.parent

DATA = data_path("actors")


def test_armed_groups_are_hundreds_with_fitting_types():
    rows = [r for r in _read_group_rows(DATA / "armed_groups.tsv") if r.get("code")]
    assert len(rows) >= 330
    assert Counter(r["type"] for r in rows).keys() <= GROUP_TYPES.keys()
    names = [r["name"] for r in rows]
    assert len(names) == len(set(names))


def test_organisations_and_institutions_cover_the_world():
    organisations = _tsv_rows(DATA / "organisations.tsv", 5)
    assert len(organisations) >= 200
    countries = {iso for _, (iso, _, _) in _tsv_rows(DATA / "institutions.tsv", 3)}
    assert len(countries) >= 70


def test_office_dates_are_in_order():
    rows = _read_office_rows(DATA / "office_holders.tsv")
    offices = [(r["name"], o) for r in rows for o in r["offices"]]
    assert len(offices) >= 500
    for name, (_code, _role, start, end) in offices:
        if start and end:
            assert parse_day(start) <= parse_day(end, end=True), name


@pytest.mark.parametrize(("text", "date", "code"), [
    ("Dmytro Kuleba", "2023-06-01", "UKRGOV"),
    ("Dmytro Kuleba", "2025-02-01", "UKRELI"),  # after leaving office
    ("Min Aung Hlaing", "2019-06-01", "MMRMIL"),
    ("Min Aung Hlaing", "2022-06-01", "MMRGOV"),  # the junta's chairman after the coup
    ("Hemedti", "2020-06-01", "SDNGOV"),
    ("Hemedti", "2024-06-01", "SDNREBRSF"),
    ("Tigray People's Liberation Front", "2021-06-01", "ETHREBTPL"),
    ("Tigray People's Liberation Front", "2023-06-01", "ETHPTYTPL"),
])
def test_names_code_by_the_documents_date(text, date, code):
    assert resolve(text, date=date).code == code


def test_mixed_case_acronyms_match_only_as_written():
    assert resolve("LeT").code == "PAKINSLET"
    assert resolve("Let") is None


def test_gold_code_matching_accepts_only_an_organisation_tag():
    assert code_matches("SOMINS", "SOMINSSHB")
    assert not code_matches("IGOUNO", "IGOUNOREF")
    assert not code_matches("SOMINS", "SOMINSSHBXYZ")


def test_eval_actors_reports_three_accuracies(run_cli):
    result = run_cli("eval", "actors", str(ROOT / "eval" / "actors.tsv"))
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert [line.split()[0] for line in lines[-3:]] == ["country", "sector", "code"]
    assert float(lines[-1].split()[-1]) >= 0.70


def test_eval_actors_bad_line_is_one_error(run_cli, tmp_path):
    gold = tmp_path / "gold.tsv"
    gold.write_text("2020-01-01\tHezbollah\tLBNUAF\n", encoding="utf-8")
    result = run_cli("eval", "actors", str(gold))
    assert result.exit_code == 1
    assert "line 1: expected 5 tab-separated columns" in result.output
