"""The events stage on a parsed sentence: roles and modality read from the tree (issue 16).

The parses are written by hand in Universal Dependencies (what our model produces), so these
tests pin the mechanism, not the model's accuracy.
"""

from __future__ import annotations

from events_helpers import mentions
from eventwire import events, sentences
from eventwire.knowledge import default_knowledge
from eventwire.model import Document, Result


def _coded(text: str, parse: list[tuple[str, int]]) -> Result:
    """Sentences, the given parse ((relation, head) per token), hand-made actors, events."""
    knowledge = default_knowledge()
    document = Document(text=text, id="t")
    result = Result(id="t", date=None, title=None, text=text)
    sentences.run(document, result, knowledge)
    tokens = result.sentences[0].tokens
    assert len(tokens) == len(parse)
    for token, (dep, head) in zip(tokens, parse, strict=True):
        token.dep, token.head = dep, head
    result.actors = mentions(text)
    events.run(document, result, knowledge)
    return result


def test_a_relative_clause_in_the_subject_never_supplies_the_main_verbs_subject():
    # positionally Turkey is nearest to "attacked"; the tree says the rebels attacked
    result = _coded("The rebels that Turkey backs attacked Damascus.", [
        ("det", 1), ("nsubj", 5), ("obj", 4), ("nsubj", 4), ("acl:relcl", 1), ("root", 5),
        ("obj", 5), ("punct", 5)])
    attack = next(e for e in result.events if e.text.endswith("attacked"))
    assert (attack.source.code, attack.target.code) == ("SYRREB", "SYRGOV")


def test_an_event_noun_under_a_negated_verb_is_negated():
    result = _coded("Idlib has not seen heavy fighting since June.", [
        ("nsubj", 3), ("aux", 3), ("advmod", 3), ("root", 3), ("amod", 5), ("obj", 3),
        ("case", 7), ("obl", 3), ("punct", 3)])
    fighting = [e for e in result.events if "fighting" in e.text]
    assert fighting and all(e.modality == "negated" for e in fighting)


def test_a_hedge_in_another_clause_does_not_govern_the_event():
    # "reportedly" attributes the shelling to reports, not the strike that follows it
    result = _coded("After rebels reportedly shelled Hama, Russian jets struck Idlib.", [
        ("mark", 3), ("nsubj", 3), ("advmod", 3), ("advcl", 8), ("obj", 3), ("punct", 8),
        ("amod", 7), ("nsubj", 8), ("root", 8), ("obj", 8), ("punct", 8)])
    modality = {e.text.split()[-1]: e.modality for e in result.events}
    assert modality == {"shelled": "reported", "struck": "asserted"}


def test_a_speaker_that_is_no_actor_is_the_source_of_what_it_said():
    # positionally the rebels stand nearest to "said"; the tree says witnesses spoke, and
    # witnesses are nobody we code
    result = _coded("The rebels attacked Damascus, witnesses said.", [
        ("det", 1), ("nsubj", 2), ("root", 2), ("obj", 2), ("punct", 6), ("nsubj", 6),
        ("parataxis", 2), ("punct", 2)])
    said = next(e for e in result.events if e.text.endswith("said"))
    attack = next(e for e in result.events if e.text.endswith("attacked"))
    assert said.source is None
    assert (attack.source.code, attack.target.code) == ("SYRREB", "SYRGOV")


def test_a_weapon_fired_is_never_the_target():
    from eventwire import code

    fired = [e for e in code("Militia fighters fired artillery at a displacement camp near "
                             "Kadugli on Monday.", date="2025-03-03").events
             if e.text.startswith("fired")]
    assert [(e.cameo, e.source.code if e.source else None, e.target) for e in fired] == [
        ("194", "---UAF", None)]
