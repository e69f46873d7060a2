"""Sentence splitting rules for news text, and tokens with offsets."""

from __future__ import annotations

import pytest

from eventwire import code
from eventwire.knowledge import Knowledge
from eventwire.sentences import MAX_TOKENS, blocks, split


@pytest.fixture(scope="module")
def knowledge():
    return Knowledge()


def sentences(text: str, knowledge: Knowledge) -> list[str]:
    return [text[s.start:s.end] for s in split(text, knowledge)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gen. Smith met Lt. Col. Jones in Sept. 2019. They talked.",
     ["Gen. Smith met Lt. Col. Jones in Sept. 2019.", "They talked."]),
    ("Talks began at 9 a.m. local time. They ended at noon.",
     ["Talks began at 9 a.m. local time.", "They ended at noon."]),
    ("Aid reached the U.S. The convoy left.", ["Aid reached the U.S.", "The convoy left."]),
    ("U.S. officials met U.N. envoys.", ["U.S. officials met U.N. envoys."]),
    ('He said "We won." Then he left.', ['He said "We won."', "Then he left."]),
    ("\u201cWe will respond.\u201d He said it twice.",
     ["\u201cWe will respond.\u201d", "He said it twice."]),
    ('"Why?" he asked. Nobody answered.', ['"Why?" he asked.', "Nobody answered."]),
    ("Troops fired (at least twice.) Residents fled.",
     ["Troops fired (at least twice.)", "Residents fled."]),
    ("George W. Bush spoke.", ["George W. Bush spoke."]),
])
def test_abbreviations_and_quotes(text, expected, knowledge):
    assert sentences(text, knowledge) == expected


def test_headings_without_full_stop_stand_alone(knowledge):
    text = "Syria live: Idlib offensive\nRegime jets struck Khan Shaykhun on Monday."
    assert sentences(text, knowledge) == [
        "Syria live: Idlib offensive", "Regime jets struck Khan Shaykhun on Monday."]


def test_colon_introduced_block_quote_is_its_own_sentence(knowledge):
    text = ("The envoy told the Council:\n\"The militants are preparing a provocation. "
            "We have warned about it.\"\nDiplomats dismissed the claim.")
    assert sentences(text, knowledge) == [
        "The envoy told the Council:",
        "\"The militants are preparing a provocation.",
        "We have warned about it.\"",
        "Diplomats dismissed the claim.",
    ]


def test_hard_wrapped_paragraphs_are_joined(knowledge):
    text = ("Regime helicopters dropped barrel bombs on the town of Kafr Nabudah\n"
            "in northern Hama on Monday, killing at least seven civilians, a monitor\n"
            "said.\n\nRescuers searched the rubble through the night and into the\n"
            "following morning, the civil defence service said.\n")
    assert len(sentences(text, knowledge)) == 2
    assert sentences(text, knowledge)[0].endswith("a monitor\nsaid.")


def test_forced_breaks_split_blocks():
    text = "UPDATE 1330 GMT: Jets struck."
    assert blocks(text, [17]) == [(0, 16), (17, len(text))]


def test_endless_run_is_cut(knowledge):
    text = " ".join(["word"] * (MAX_TOKENS * 2 + 10))
    found = split(text, knowledge)
    assert [len(s.tokens) for s in found] == [MAX_TOKENS, MAX_TOKENS, 10]


def test_empty_and_blank_text(knowledge):
    assert split("", knowledge) == []
    assert split(" \n\n \t", knowledge) == []


def test_tokens_carry_offsets_and_lower_case(knowledge):
    text = "Russian jets didn't strike Idlib."
    tokens = split(text, knowledge)[0].tokens
    assert [t.text for t in tokens] == ["Russian", "jets", "did", "n't", "strike", "Idlib", "."]
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert tokens[0].lower == "russian"


def test_sentence_indexes_are_in_order_and_know_their_segment():
    result = code("Jets struck a market. Rescuers searched the rubble.")
    assert [s.index for s in result.sentences] == [0, 1]
    assert {s.segment for s in result.sentences} == {0}


def test_a_line_break_inside_a_sentence_of_unwrapped_text_does_not_end_it():
    from eventwire import code

    text = ("Regime helicopters dropped barrel bombs near Khan Shaykhun,\nrescuers said.\n"
            "Ankara warned Moscow.\nTalks resume on Monday.")
    spans = [text[s.start:s.end] for s in code(text).sentences]
    assert spans == ["Regime helicopters dropped barrel bombs near Khan Shaykhun,\nrescuers said.",
                     "Ankara warned Moscow.", "Talks resume on Monday."]
