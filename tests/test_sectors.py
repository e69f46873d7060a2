"""Sectors and CAMEO root categories come from one data file each."""

from eventwire.actors.codes import SECTOR_TABLE, SECTORS, describe
from eventwire.events.codes import acled_type, root_category
from eventwire.exports.acled import inter_code
from eventwire.model import Actor


def test_every_sector_row_is_a_three_letter_code_with_an_acled_type():
    assert frozenset(SECTOR_TABLE) == SECTORS
    for code, row in SECTOR_TABLE.items():
        assert len(code) == 3 and code.isupper(), code
        assert row.inter in {1, 2, 3, 5, 6, 7, 8}, code


def test_a_code_names_its_sector_from_the_table():
    assert describe("SYRMIL") == ("SYR", "MIL")
    assert describe("IRQUAF") == ("IRQ", "UAF")


def test_acled_actor_types_follow_the_sector_table():
    assert inter_code({"sector": "MIL", "country": "SYR"}, "SYR") == 1
    assert inter_code({"sector": "MIL", "country": "RUS"}, "SYR") == 8  # foreign state forces
    assert inter_code({"sector": "REB", "country": "SYR"}, "SYR") == 2
    assert inter_code({"sector": "UAF", "country": "SYR"}, "SYR") == 3
    assert inter_code({"sector": "PMC", "country": "RUS"}, "SYR") == 3
    assert inter_code({"sector": "CVL", "country": "SYR"}, "SYR") == 7
    assert inter_code({"sector": "PTY", "country": "SYR"}, "SYR") == 8
    assert inter_code({"sector": None}, "SYR") == 8


def test_an_armed_group_firing_on_soldiers_is_a_battle():
    soldiers = Actor(text="soldiers", code="SYRMIL", country="SYR", sector="MIL")
    gunmen = Actor(text="gunmen", code="---UAF", country=None, sector="UAF")
    civilians = Actor(text="civilians", code="SYRCVL", country="SYR", sector="CVL")
    assert acled_type("190", gunmen, soldiers).event_type == "Battles"
    assert acled_type("190", gunmen, civilians).event_type == "Violence against civilians"


def test_root_categories_come_from_the_cameo_table():
    assert root_category("190") == "Fighting"
    assert root_category("01") == "Statements"
    assert root_category(None) is None
    assert root_category("") is None
