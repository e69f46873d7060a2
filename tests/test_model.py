"""The contract's records read back from JSON, and the tables derived from them."""

from __future__ import annotations

import datetime as dt

from eventwire import code
from eventwire.batch.tables import SCHEMAS
from eventwire.exports.flat import COLUMNS
from eventwire.model import (
    MODALITIES,
    Claim,
    Document,
    Event,
    Place,
    Quote,
    Result,
    contract_names,
    from_dict,
)

TEXT = ("Russian jets struck Kafr Nabudah in northern Hama on Monday, killing four civilians, "
        "the Syrian Observatory for Human Rights said. \"We will respond,\" Defence Minister "
        "Sergei Shoigu said.")


def test_records_read_back_from_json_print_the_same_json():
    result = code(Document(text=TEXT, id="hama", date=dt.date(2019, 5, 6))).to_dict()
    for table, record in (("events", Event), ("places", Place), ("quotes", Quote),
                          ("claims", Claim)):
        for item in result[table]:
            assert from_dict(record, item).to_dict() == item
    event = from_dict(Event, result["events"][0])
    assert event.source is not None and event.source.code == "RUSMIL"
    assert event.casualties is not None and event.casualties.killed is not None
    assert event.casualties.killed.min == 4


def test_a_field_the_json_lacks_is_none_and_an_unknown_key_is_left_out():
    place = from_dict(Place, {"text": "Hama", "name": "Hama", "report_count": 3})
    assert (place.start, place.lat, place.role) == (None, None, "mention")
    assert "report_count" not in place.to_dict()


def test_every_contract_field_has_a_batch_column_and_the_flat_row_keeps_the_place_whole():
    for table in ("events", "places", "quotes", "claims"):
        record = {"events": Event, "places": Place, "quotes": Quote, "claims": Claim}[table]
        assert [name for name, _ in SCHEMAS[table]] == list(contract_names(record))
    assert [t for t in SCHEMAS if t != "documents"] == [
        name for name in contract_names(Result) if name not in ("id", "date", "title", "text")]
    assert {"place_precision", "place_demonym", "place_role"} <= set(COLUMNS)
    assert MODALITIES[0] == "asserted" and len(MODALITIES) == 10
