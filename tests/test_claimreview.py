"""ClaimReview JSON-LD for claims."""

from __future__ import annotations

import datetime as dt
import json

from eventwire import code
from eventwire.claimreview import claim_review
from eventwire.model import Actor, Claim, Document

TEXT = ("Moscow and Damascus have been spreading allegations that the White Helmets are staging "
        "a chemical provocation in Idlib. The White Helmets called the claims lies.")


def test_claim_review_of_a_coded_claim():
    document = Document(text=TEXT, id="r1", date=dt.date(2019, 5, 7),
                        url="https://example.org/2019/05/07/provocation-claim",
                        title="Russia repeats chemical provocation claim")
    (claim,) = code(document).claims
    review = claim_review(claim, document)
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == ("the White Helmets are staging a chemical provocation "
                                       "in Idlib")
    assert review["url"] == "https://example.org/2019/05/07/provocation-claim"
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["datePublished"] == "2019-05-07"
    author = item["author"]
    assert author["@type"] == "Organization"
    assert author.get("alternateName", author["name"]) == "Moscow and Damascus"
    assert item["appearance"]["headline"] == "Russia repeats chemical provocation claim"
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "false",
                                      "ratingExplanation": "lies"}
    reviewer = review["author"]
    assert reviewer.get("alternateName", reviewer["name"]) == "The White Helmets"
    json.dumps(review)


def test_claim_review_uses_the_actor_and_says_unassessed():
    claim = Claim(Actor("Zakharova", "RUSGOV", "RUS", "GOV", "Maria Zakharova"),
                  "preparing an attack on the air base", 0, 10, claimant_text="Zakharova",
                  claimant_kind="person")
    review = claim_review(claim, Document(text="", date=None))
    author = review["itemReviewed"]["author"]
    assert author == {"@type": "Person", "name": "Maria Zakharova", "identifier": "RUSGOV",
                      "alternateName": "Zakharova"}
    assert review["reviewRating"]["alternateName"] == "unassessed"
    assert review["url"] is None
    assert "author" not in review
    assert "appearance" not in review["itemReviewed"]
