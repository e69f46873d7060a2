"""Claims as schema.org `ClaimReview` JSON-LD, the form fact-checkers publish and read.

`claim_review(claim, document)` builds one ClaimReview for one claim of a coded document:
the claim as `claimReviewed`, who made it as the reviewed `Claim`'s author, the assessment the
text gives as the rating's `alternateName`, and the report it appears in as `url`. The store's
export command writes these; this module only shapes the record.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventwire.model import Actor, Claim, Document, Result

__all__ = ["claim_review"]

_PEOPLE = frozenset({"person", "pronoun"})


def claim_review(claim: Claim, document: Document | Result) -> dict[str, Any]:
    """One ClaimReview JSON-LD object for `claim`, found in `document`.

    Args:
        claim: a claim from `code(document).claims`.
        document: the `Document` (or its `Result`) the claim was found in; its URL, date
            and title say where and when the claim appeared.

    Returns:
        A dict ready for `json.dumps`, with `@context`, `@type: ClaimReview`,
        `claimReviewed`, `itemReviewed` (a `Claim` with `author`, `datePublished` and
        `appearance`), `reviewRating` (`alternateName` = the assessment, or "unassessed")
        and `url`; `author` is who assessed the claim where the text names them.
    """
    url = getattr(document, "url", None)
    published = _iso(getattr(document, "date", None))
    item: dict[str, Any] = {"@type": "Claim", "datePublished": published}
    author = _party(claim.claimant, claim.claimant_text, claim.claimant_kind)
    if author is not None:
        item["author"] = author
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    if url:
        appearance["url"] = url
    title = getattr(document, "title", None)
    if title:
        appearance["headline"] = title
    if len(appearance) > 1:
        item["appearance"] = appearance
    rating: dict[str, Any] = {"@type": "Rating",
                              "alternateName": claim.assessment or "unassessed"}
    if claim.assessment_text:
        rating["ratingExplanation"] = claim.assessment_text
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim.text,
        "itemReviewed": item,
        "reviewRating": rating,
        "url": url,
        "datePublished": published,
    }
    reviewer = _party(claim.assessed_by, claim.assessed_by_text, None)
    if reviewer is not None:
        review["author"] = reviewer
    return review


def _party(actor: Actor | None, text: str | None, kind: str | None) -> dict[str, Any] | None:
    """A schema.org Person or Organization for an actor (or the words naming one)."""
    name = (actor.name or actor.text) if actor is not None else text
    if not name:
        return None
    party: dict[str, Any] = {"@type": "Person" if kind in _PEOPLE else "Organization",
                             "name": name}
    if actor is not None and actor.code:
        party["identifier"] = actor.code
    if actor is not None and text and text != name:
        party["alternateName"] = text
    return party


def _iso(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value if isinstance(value, str) else None
