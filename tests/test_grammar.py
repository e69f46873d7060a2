"""The tree views in `eventwire.grammar`, on hand-written UD trees (no model involved), so
each rule is checked against the analysis UD prescribes."""

from __future__ import annotations

from eventwire import grammar
from eventwire.model import Token


def tree(spec: str) -> list[Token]:
    """Tokens from lines 'word TAG dep head' (head 1-based as in CoNLL-U, 0 for the root)."""
    tokens: list[Token] = []
    offset = 0
    for index, line in enumerate(spec.strip().splitlines()):
        word, tag, dep, head = line.split()
        position = int(head) - 1 if head != "0" else index
        pos = "VERB" if tag.startswith("VB") else "PROPN" if tag.startswith("NNP") else (
            "NOUN" if tag.startswith("NN") else "X")
        tokens.append(Token(word, offset, offset + len(word), tag, word.lower(), word.lower(),
                            pos, dep, position))
        offset += len(word) + 1
    return tokens


AKAR = tree("""
Akar NNP nsubj 6
, , punct 3
arriving VBG acl 1
in IN case 5
Moscow NNP obl 3
said VBD root 0
the DT det 8
offensive NN nsubj 10
had VBD aux 10
stopped VBN ccomp 6
. . punct 6
""")


def words(tokens: list[Token], indices: list[int]) -> list[str]:
    return [tokens[i].text for i in indices]


def test_participle_modifier_neither_hides_nor_steals_the_subject():
    assert words(AKAR, grammar.subjects(AKAR, 5)) == ["Akar"]  # said
    assert words(AKAR, grammar.subjects(AKAR, 2)) == ["Akar"]  # arriving: the noun it modifies
    assert words(AKAR, grammar.subjects(AKAR, 9)) == ["offensive"]


def test_governing_verb_and_clause_of_a_reported_event():
    assert grammar.governing_verb(AKAR, 9) == 5
    assert grammar.clause_head(AKAR, 7) == 9
    assert grammar.governing_verb(AKAR, 5) is None
    assert grammar.obliques(AKAR, 2) == [("in", 4)]


COORDINATED = tree("""
Iran NNP nsubj 5
and CC cc 4
the DT det 4
Houthis NNPS conj 1
shelled VBD root 0
the DT det 7
port NN obj 5
and CC cc 9
stormed VBD conj 5
the DT det 11
post NN obj 9
""")


def test_coordinated_subjects_distribute_and_a_second_verb_inherits_them():
    assert words(COORDINATED, grammar.subjects(COORDINATED, 4)) == ["Iran", "Houthis"]
    assert words(COORDINATED, grammar.subjects(COORDINATED, 8)) == ["Iran", "Houthis"]
    assert words(COORDINATED, grammar.objects(COORDINATED, 8)) == ["post"]
    assert grammar.conjuncts(COORDINATED, 3) == [0, 3]


PASSIVE = tree("""
The DT det 2
market NN nsubj:pass 4
was VBD aux:pass 4
shelled VBN root 0
by IN case 6
militias NNS obl:agent 4
on IN case 8
Tuesday NNP obl 4
""")


def test_passive_agent_and_obliques():
    assert grammar.is_passive(PASSIVE, 3)
    assert words(PASSIVE, grammar.agents(PASSIVE, 3)) == ["militias"]
    assert grammar.obliques(PASSIVE, 3) == [("by", 5), ("on", 7)]
    assert grammar.phrase_span(PASSIVE, 1) == (0, 1)


CONTROL = tree("""
The DT det 2
army NN nsubj 3
vowed VBD root 0
to TO mark 5
retake VB xcomp 3
the DT det 7
town NN obj 5
but CC cc 10
Washington NNP nsubj 10
urged VBD conj 3
Kyiv NNP obj 10
to TO mark 13
negotiate VB xcomp 10
""")


def test_control_passes_the_subject_or_the_object_down():
    assert words(CONTROL, grammar.subjects(CONTROL, 4)) == ["army"]  # vowed to retake
    assert words(CONTROL, grammar.subjects(CONTROL, 12)) == ["Kyiv"]  # urged Kyiv to talk
    assert words(CONTROL, grammar.subjects(CONTROL, 9)) == ["Washington"]


RELATIVE = tree("""
Troops NNS nsubj 6
who WP nsubj 3
attacked VBD acl:relcl 1
did VBD aux 6
not RB advmod 6
withdraw VB root 0
""")


def test_relative_pronoun_resolves_to_its_noun_and_negation_is_seen():
    assert words(RELATIVE, grammar.subjects(RELATIVE, 2)) == ["Troops"]
    assert grammar.is_negated(RELATIVE, 5)
    assert not grammar.is_negated(RELATIVE, 2)


def test_subtree_survives_a_cycle_and_an_unparsed_sentence():
    broken = tree("""
a NN dep 2
b NN dep 1
""")
    assert grammar.subtree(broken, 0) == [0, 1]
    assert grammar.ancestors(broken, 0) == [1]
    unparsed = [Token("word", 0, 4)]
    assert grammar.head(unparsed, 0) is None
    assert grammar.subjects(unparsed, 0) == []


CALL_ON = tree("""
Turk NNP nsubj 2
condemned VBD root 0
the DT det 4
strikes NNS obj 2
and CC cc 6
called VBD conj 2
on IN case 9
the DT det 9
military NN obl 6
to TO mark 11
stop VB xcomp 6
attacks NNS obj 11
""")

WENT_TO = tree("""
Envoys NNS nsubj 2
went VBD root 0
to IN case 4
Moscow NNP obl 2
to TO mark 6
negotiate VB xcomp 2
""")


def test_an_on_oblique_controls_an_infinitive_as_an_object_would():
    assert words(CALL_ON, grammar.subjects(CALL_ON, 10)) == ["military"]  # called on X to stop
    assert words(WENT_TO, grammar.subjects(WENT_TO, 5)) == ["Envoys"]  # went to Moscow to ...
