"""The claims stage: who claims what, what it is about, and how the text assesses it."""

from __future__ import annotations

import pytest

from eventwire import code
from eventwire.claims import ASSESSMENTS
from eventwire.claims import run as run_claims
from eventwire.knowledge import default_knowledge
from eventwire.model import ActorMention, Document, Result
from eventwire.pipeline import STAGES


def claims_of(text: str):
    result = code(text, date="2019-05-07")
    for claim in result.claims:
        assert result.text[claim.start:claim.end] == claim.text
        assert claim.assessment in (*ASSESSMENTS, None)
    return result.claims


def only_claim(text: str):
    claims = claims_of(text)
    assert len(claims) == 1, [(c.text, c.assessment) for c in claims]
    return claims[0]


def test_claim_noun_with_a_dismissal_in_the_next_sentence():
    claim = only_claim("Moscow and Damascus have been spreading allegations that the White "
                       "Helmets are staging a chemical provocation in Idlib. The White Helmets "
                       "called the claims disinformation.")
    assert claim.text == "the White Helmets are staging a chemical provocation in Idlib"
    assert claim.claimant_text == "Moscow and Damascus"
    assert claim.assessment == "disputed"
    assert claim.assessment_text == "disinformation"
    assert claim.assessed_by_text == "The White Helmets"


def test_claimed_that_and_unverified():
    claim = only_claim("The Russian Defence Ministry claimed that rebels had attacked the "
                       "Hmeimim air base with drones. The claim could not be independently "
                       "verified.")
    assert claim.text == "rebels had attacked the Hmeimim air base with drones"
    assert claim.claimant_text == "The Russian Defence Ministry"
    assert claim.assessment == "unverified"
    assert claim.assessment_text == "could not be independently verified"
    assert claim.assessed_by_text is None


def test_insisted_without_evidence():
    claim = only_claim("Nebenzia insisted, without evidence, that the hospital was a militant "
                       "headquarters.")
    assert claim.text == "the hospital was a militant headquarters"
    assert claim.claimant_text == "Nebenzia"
    assert (claim.assessment, claim.assessment_text) == ("unverified", "without evidence")


def test_denial_is_a_denied_claim_assessed_by_the_denier():
    claim = only_claim("The ministry denied that its jets had struck the market in Ariha.")
    assert claim.text == "its jets had struck the market in Ariha"
    assert claim.claimant is None
    assert claim.assessment == "denied"
    assert claim.assessed_by_text == "The ministry"


def test_gerund_denial_is_about_the_denier():
    claim = only_claim("Russia and the Syrian government deny using chemical weapons.")
    assert claim.text == "using chemical weapons"
    assert claim.assessment == "denied"
    assert claim.assessed_by_text == "Russia and the Syrian government"


def test_accusation_without_an_assessment():
    claim = only_claim("Zakharova accused the rebels of preparing an attack on the "
                       "Hmeimim air base.")
    assert claim.text == "preparing an attack on the Hmeimim air base"
    assert claim.claimant_text == "Zakharova"
    assert claim.assessment is None
    assert claim.assessment_text is None


def test_assessment_words_in_the_same_sentence():
    claim = only_claim("Damascus repeated baseless allegations that Turkey had armed the "
                       "militants in Jisr al-Shughur.")
    assert claim.text == "Turkey had armed the militants in Jisr al-Shughur"
    assert (claim.assessment, claim.assessment_text) == ("false", "baseless")


def test_alleged_thing_is_a_claim():
    claim = only_claim("Inspectors will visit the site of the alleged chlorine attack near "
                       "Kabani next week.")
    assert claim.text.startswith("chlorine attack")
    assert claim.claimant is None


def test_an_unrelated_sentence_does_not_assess_a_claim():
    claims = claims_of("Russian officials claimed that militants were preparing a provocation "
                       "in Saraqib. Turkish troops reinforced three observation posts. "
                       "Fighting continued near Kafr Nabudah.")
    assert len(claims) == 1
    assert claims[0].assessment is None


@pytest.mark.parametrize("text", [
    "Akar said Turkey would not withdraw from its observation posts.",
    "The claims commission met in Geneva on Monday.",
    "",
])
def test_no_claims(text):
    assert claims_of(text) == []


def test_about_lists_the_actors_inside_the_claim():
    text = "Moscow claimed that Turkey had armed the rebels in Idlib."
    result = Result(id="t", date=None, title=None, text=text)
    document = Document(text=text)
    knowledge = default_knowledge()
    for name, stage in STAGES:
        if name == "claims":
            break
        stage(document, result, knowledge)
    mentions = [("Moscow", "RUS", "state"), ("Turkey", "TUR", "state"),
                ("rebels", "SYRREB", "group")]
    result.actors = [ActorMention(word, code, None, None, None, start=text.index(word),
                                  end=text.index(word) + len(word), kind=kind)
                     for word, code, kind in mentions]
    run_claims(document, result, knowledge)
    (claim,) = result.claims
    assert claim.claimant is not None and claim.claimant.code == "RUS"
    assert [actor.code for actor in claim.about] == ["TUR", "SYRREB"]


def test_claim_prints_the_contract():
    data = code("Damascus claimed that the rebels shelled Suqaylabiyah.").to_dict()
    (claim,) = data["claims"]
    assert {"claimant", "text", "start", "end", "about", "assessment",
            "assessment_text"} <= set(claim)
    assert "sentence" not in claim
