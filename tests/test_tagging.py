"""POS tags from Brill's lexicon and rules, on our own tokens."""

from __future__ import annotations

import pytest

from eventwire import code
from eventwire.knowledge import Knowledge
from eventwire.tagging import build_tagger, tagger


@pytest.fixture(scope="module")
def brill():
    return build_tagger()


def tags(brill, sentence: str) -> list[tuple[str, str]]:
    words = sentence.split()
    return list(zip(words, brill.tag(words), strict=True))


def test_known_words_take_their_lexicon_tags(brill):
    assert tags(brill, "Syrian helicopters dropped barrel bombs on the town .") == [
        ("Syrian", "JJ"), ("helicopters", "NNS"), ("dropped", "VBD"), ("barrel", "NN"),
        ("bombs", "NNS"), ("on", "IN"), ("the", "DT"), ("town", "NN"), (".", "."),
    ]


def test_unknown_words_by_capital_number_and_suffix(brill):
    tagged = dict(tags(brill, "In Nabudah residents counted 1,250 unexploded shells ."))
    assert tagged["Nabudah"] == "NNP"
    assert tagged["1,250"] == "CD"
    assert tagged["unexploded"] in {"JJ", "VBN"}


def test_context_rules_turn_a_noun_into_a_verb_after_a_modal(brill):
    tagged = tags(brill, "The army will strike the base .")
    assert ("strike", "VB") in tagged


def test_context_rules_never_move_a_known_word_outside_its_ambiguity(brill):
    # "about" is a preposition or adverb, never a wh-determiner whatever the rules say
    tagged = tags(brill, "The report was about the attack that killed nine .")
    assert dict(tagged)["about"] in {"IN", "RB", "RP"}


def test_quotes_and_dashes_get_penn_tags(brill):
    words = ["He", "said", ":", "\u201c", "We", "won", ".", "\u201d", "\u2013", "then"]
    assert brill.tag(words)[3] == "``"
    assert brill.tag(words)[7] == "''"
    assert brill.tag(words)[8] == ":"


def test_curly_apostrophe_contractions_are_looked_up_as_straight(brill):
    assert brill.tag(["They", "did", "n\u2019t", "strike", "."])[2] == "RB"


def test_sentence_initial_capital_uses_the_lower_case_entry(brill):
    assert brill.tag(["Rebels", "shelled", "the", "city", "."])[0] == "NNS"


def test_multiword_entity_becomes_proper_noun(brill):
    tagged = brill.tag(["in", "New", "York", "yesterday"])
    assert tagged[1:3] == ["NNP", "NNP"]


def test_every_token_in_coded_text_has_a_tag_aligned_with_its_offsets():
    text = "Russian jets didn\u2019t strike Kafr Nabudah. \u201cWe will respond,\u201d he said."
    result = code(text, date="2019-05-06")
    tokens = [t for s in result.sentences for t in s.tokens]
    assert all(t.tag for t in tokens)
    assert [text[t.start:t.end] for t in tokens] == [t.text for t in tokens]
    assert [t.tag for t in tokens if t.text in {"\u201c", "\u201d"}] == ["``", "''"]


def test_tagger_is_built_once_per_knowledge():
    knowledge = Knowledge()
    assert tagger(knowledge) is tagger(knowledge)
