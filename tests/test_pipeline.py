"""The contract shape of `code()` on a plain paragraph."""

from __future__ import annotations

from eventwire import code

CONTRACT_KEYS = {"id", "date", "title", "text", "segments", "sentences", "actors", "places",
                 "times", "events", "quotes", "claims", "links"}


def test_result_has_every_contract_key():
    result = code("Syrian helicopters dropped barrel bombs on Kafr Nabudah.", date="2019-05-06")
    data = result.to_dict()
    assert set(data) >= CONTRACT_KEYS
    assert data["date"] == "2019-05-06"
    assert data["segments"] == [{"start": 0, "end": len(data["text"]), "time": None,
                                 "label": None, "author": None}]


def test_sentence_offsets_point_into_the_text():
    text = "Jets struck a market. Rescuers searched the rubble."
    data = code(text).to_dict()
    spans = [text[s["start"]:s["end"]] for s in data["sentences"]]
    assert spans == ["Jets struck a market.", "Rescuers searched the rubble."]
