"""Reading PETRARCH-format actor and agent dictionaries, and coding with them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.actors import resolve
from eventwire.knowledge import Knowledge
from eventwire.petrarch.actors import read_actor_file, read_agent_file, read_directory

ACTORS = """\
<!-- Test actors for eventwire: two invented countries -->
<!-- a comment block
# that spans lines -->
FREEDONIA_ [FRD]   # the default code
+FREEDONIAN_
+FREEDONIANS

SYLVANIA [SYV] ; old-style comment
+SYLVANIAN

THE_SHIRE_TWINS [FRD/SYV]

RUFUS_T._FIREFLY_
+FIREFLY
\t[FRDELI <19330101]
\t[FRDGOV 19330101-19341231]
\t[FRDELI >350101]

AMBASSADOR_TRENTINO [SYVGOV 330101-341231] [SYV]
TRENTINO_ESTATE [---]
BROKEN_DATE [FRD 2004017-20060101]
\t[FRDGOV]
"""

AGENTS = """\
!PERSON! = MAN, MEN, WOMAN, WOMEN
SOLDIER [~MIL]
POLICE {} [~COP]
ARMY {ARMIES} [~MIL]
MILITIA!PERSON! [~UAF]
RELIEF_AGENCY [NGO~]
ORPHAN_LINE
"""


@pytest.fixture
def dictionaries(tmp_path: Path) -> Path:
    (tmp_path / "Test.actors.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "Test.agents.txt").write_text(AGENTS, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a dictionary", encoding="utf-8")
    return tmp_path


def test_actor_file_records_synonyms_and_date_restrictions(dictionaries):
    parsed = read_actor_file(dictionaries / "Test.actors.txt")
    by_name = {a.phrases[0]: a for a in parsed.actors}
    assert by_name["FREEDONIA"].phrases == ["FREEDONIA", "FREEDONIAN", "FREEDONIANS"]
    assert by_name["FREEDONIA"].default == "FRD"
    firefly = by_name["RUFUS T. FIREFLY"]
    assert firefly.default is None
    assert [(c.code, c.start, c.end) for c in firefly.codes] == [
        ("FRDELI", None, dt.date(1933, 1, 1)),
        ("FRDGOV", dt.date(1933, 1, 1), dt.date(1934, 12, 31)),
        ("FRDELI", dt.date(1935, 1, 1), None),
    ]
    trentino = by_name["AMBASSADOR TRENTINO"]
    assert trentino.default == "SYV" and trentino.codes[0].code == "SYVGOV"


def test_bad_lines_are_reported_not_fatal(dictionaries):
    parsed = read_directory(dictionaries)
    assert any("Test.actors.txt:21" in s and "bad date" in s for s in parsed.skipped)
    assert any("Test.agents.txt:7" in s for s in parsed.skipped)
    assert parsed.counts() == {"files": 2, "actors": 7, "actor_phrases": 11, "dated_codes": 4,
                               "agents": 11, "skipped_lines": 2}


def test_agent_file_plurals_and_substitution_sets(dictionaries):
    parsed = read_agent_file(dictionaries / "Test.agents.txt")
    phrases = {(a.phrase, a.code, a.prefix) for a in parsed.agents}
    assert ("SOLDIERS", "MIL", False) in phrases
    assert ("POLICE", "COP", False) in phrases and ("POLICES", "COP", False) not in phrases
    assert ("ARMIES", "MIL", False) in phrases
    assert ("MILITIAMEN", "UAF", False) in phrases and ("MILITIAWOMAN", "UAF", False) in phrases
    assert ("RELIEF AGENCY", "NGO", True) in phrases


@pytest.mark.parametrize(("text", "day", "code"), [
    ("Freedonia", None, "FRD"),
    ("Freedonian soldiers", None, "FRDMIL"),
    ("Sylvanian police", None, "SYVCOP"),
    ("soldiers", None, "---MIL"),
    ("Freedonian relief agency", None, "NGOFRD"),
    ("Relief agency Freedonia soldiers", None, "NGOFRDMIL"),
    ("soldiers from Sylvania", None, "SYVMIL"),
    ("Rufus T. Firefly", "1932-06-01", "FRDELI"),
    ("Firefly", "1933-06-01", "FRDGOV"),
    ("Firefly", "1936-06-01", "FRDELI"),
    ("Ambassador Trentino", "1933-06-01", "SYVGOV"),
    ("Ambassador Trentino", "1936-06-01", "SYV"),
])
def test_coding_with_petrarch_dictionaries(dictionaries, text, day, code):
    actor = resolve(text, date=day, knowledge=Knowledge(dictionaries))
    assert actor is not None and actor.code == code


def test_directory_replaces_our_actors_for_codes_it_covers(tmp_path):
    (tmp_path / "Mine.actors.txt").write_text("ANKARA_GOVERNMENT [TURGOV]\nTURKEY [TUR]\n")
    knowledge = Knowledge(tmp_path)
    assert resolve("Ankara government", knowledge=knowledge).code == "TURGOV"
    assert resolve("Turkish", knowledge=knowledge) is None  # our TUR entries gave way
    assert resolve("Syrian troops", knowledge=knowledge).code == "SYRMIL"  # not covered: kept
    assert resolve("Syrian troops").code == "SYRMIL"
    assert resolve("Turkish troops").code == "TURMIL"  # the default knowledge is untouched


def test_a_code_with_slashes_names_several_actors(dictionaries):
    from eventwire.pipeline import code

    result = code("The Shire Twins protested.", knowledge=Knowledge(dictionaries))
    assert [(m.text, m.code) for m in result.actors] == [("The Shire Twins", "FRD"),
                                                          ("The Shire Twins", "SYV")]


def test_an_agents_file_replaces_our_agents(dictionaries, tmp_path):
    assert resolve("Freedonian rebels", knowledge=Knowledge(dictionaries)).code == "FRD"
    actors_only = tmp_path / "actors-only"
    actors_only.mkdir()
    (actors_only / "Test.actors.txt").write_text(ACTORS, encoding="utf-8")
    assert resolve("Freedonian rebels", knowledge=Knowledge(actors_only)).code == "FRDREB"


def test_phrases_need_a_capital_first_word(dictionaries):
    assert resolve("freedonia", knowledge=Knowledge(dictionaries)) is None
