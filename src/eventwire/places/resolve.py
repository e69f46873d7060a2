"""Choose the place each mention names, or none: prior importance plus the document's context.

Score of a candidate = prior + context:

- prior: size (log population), kind of feature (country > admin1 > sea/area > city > admin2),
  being a national capital, the mention spelling the place's own name rather than a variant,
  agreement with a kind word ("Idlib *Province*" wants an admin1);
- context: a qualifier right after the name ("Springfield, Ill.", "Hama, Syria"), the
  document's country focus and admin1 focus (shares of the other mentions' current choices and
  of the actors' countries), and nearness to the other places chosen in the document.

Two passes: the first chooses by prior alone, the second re-scores with the focus the first
produced (leaving each name's own votes out). The best candidate is kept only if its score
clears a threshold: a tiny village that shares a word with the text and nothing else in the
document supports it is a wrong place, and no place beats a wrong place.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from eventwire.places.gazetteer import PRIMARY, Candidate, distance_km
from eventwire.places.normalize import name_key
from eventwire.places.recognize import Mention

FEATURE_PRIOR = {"country": 1.3, "admin1": 0.6, "water": 1.3, "region": 1.3, "admin2": 0.1,
                 "city": 0.0, "other": 0.0}
THRESHOLD = 1.9
"""Minimum score to keep a choice (a 30,000-town with its own name and no support clears it)."""


@dataclass
class Choice:
    """The place chosen for a mention, with its score and margin over the runner-up."""

    mention: Mention
    candidate: Candidate
    score: float
    margin: float


def prior(candidate: Candidate, mention: Mention) -> float:
    """What a candidate is worth before looking at the rest of the document."""
    population = candidate.population
    if candidate.feature == "admin1":
        population //= 5  # summed over its towns; a name says "the area" less than that
    score = 0.35 * math.log10(max(population, 500))
    score += FEATURE_PRIOR.get(candidate.feature, 0.0)
    if candidate.capital:
        score += 0.6
    if candidate.kind == PRIMARY:
        score += 0.4
    if name_key(candidate.name) == mention.key:
        score += 0.3
    if mention.words > 1:
        score += 0.3
    hint = mention.feature_hint
    if candidate.feature == "admin1" and hint != "admin1" \
            and (candidate.country, candidate.admin1) in _capitals_of_namesakes(mention):
        score -= 1.5  # "Aleppo", "Ankara": the city, unless the text says "province"
    if hint:
        if hint == candidate.feature or (hint == "region" and candidate.feature != "city"):
            score += 1.5
        elif hint in ("admin1", "admin2") and candidate.feature == "city":
            score -= 1.0
    return score


def _capitals_of_namesakes(mention: Mention) -> set[tuple[str | None, str | None]]:
    """(country, admin1) of sizeable cities among the candidates: an admin1 of the same name
    is then named after its main city, which is what a bare name usually means."""
    found = mention.extra.get("namesakes")
    if found is None:
        found = {(c.country, c.admin1) for c in mention.candidates
                 if c.feature == "city" and c.population >= 20_000}
        mention.extra["namesakes"] = found
    return found


def _qualified(candidate: Candidate, qualifier: tuple[Candidate, ...]) -> bool:
    for q in qualifier:
        if q.feature == "country" and candidate.country == q.country and q.id != candidate.id:
            return True
        if q.feature == "admin1" and candidate.country == q.country \
                and candidate.admin1 == q.admin1 and q.id != candidate.id:
            return True
    return False


def _focus(choices: dict[int, Choice], skip_key: str,
           extra_countries: Counter[str]) -> tuple[dict[str, float], dict[tuple, float]]:
    countries: Counter[str] = Counter(extra_countries)
    admins: Counter[tuple] = Counter()
    for choice in choices.values():
        if choice.mention.key == skip_key:
            continue
        weight = 1.0 if choice.margin > 0.5 else 0.5
        if choice.candidate.country:
            countries[choice.candidate.country] += weight
        if choice.candidate.admin1 and choice.candidate.feature != "country":
            admins[(choice.candidate.country, choice.candidate.admin1)] += weight
    total = sum(countries.values()) or 1.0
    admin_total = sum(admins.values()) or 1.0
    return ({k: v / total for k, v in countries.items()},
            {k: v / admin_total for k, v in admins.items()})


def _nearness(candidate: Candidate, anchors: list[Candidate]) -> float:
    if candidate.feature == "country" or not anchors:
        return 0.0
    best = min(distance_km(candidate.lat, candidate.lon, a.lat, a.lon) for a in anchors)
    if best < 60:
        return 1.0
    if best < 200:
        return 0.6
    return 0.0


def _shortlist(mention: Mention, size: int = 40) -> tuple[Candidate, ...]:
    """The candidates worth scoring in context (a common name can have hundreds)."""
    if len(mention.candidates) <= size:
        return mention.candidates
    return tuple(sorted(mention.candidates, key=lambda c: -prior(c, mention))[:size])


def resolve(mentions: list[Mention], focus_countries: Counter[str] | None = None,
            threshold: float = THRESHOLD,
            neighbours: dict[str, frozenset[str]] | None = None) -> list[Choice]:
    """Choose a place for each mention that has a good enough candidate (in mention order).

    `neighbours` (country -> bordering countries) lets a story about Israel favour the Gaza
    in Palestine over the province of Mozambique.
    """
    extra = focus_countries or Counter()
    borders = neighbours or {}
    choices: dict[int, Choice] = {}
    for index, mention in enumerate(mentions):
        scored = sorted(((prior(c, mention) + (3.0 if _qualified(c, mention.qualifier) else 0),
                          c) for c in mention.candidates), key=lambda x: -x[0])
        if scored:
            runner_up = scored[1][0] if len(scored) > 1 else scored[0][0] - 2.0
            choices[index] = Choice(mention, scored[0][1], scored[0][0],
                                    scored[0][0] - runner_up)
    for _ in range(2):
        updated: dict[int, Choice] = {}
        for index, mention in enumerate(mentions):
            if not mention.candidates:
                continue
            countries, admins = _focus(choices, mention.key, extra)
            anchors = [c.candidate for c in choices.values()
                       if c.mention.key != mention.key and c.margin > 0.3
                       and c.candidate.feature in ("city", "admin2")]
            scored = []
            for candidate in _shortlist(mention):
                score = prior(candidate, mention)
                if _qualified(candidate, mention.qualifier):
                    score += 3.0
                score += 2.0 * countries.get(candidate.country or "", 0.0)
                score += 0.8 * sum(countries.get(n, 0.0)
                                   for n in borders.get(candidate.country or "", ()))
                if candidate.feature != "country":
                    score += 1.2 * admins.get((candidate.country, candidate.admin1), 0.0)
                score += _nearness(candidate, anchors)
                scored.append((score, candidate))
            scored.sort(key=lambda x: -x[0])
            runner_up = scored[1][0] if len(scored) > 1 else scored[0][0] - 2.0
            updated[index] = Choice(mention, scored[0][1], scored[0][0],
                                    scored[0][0] - runner_up)
        choices = updated
    kept = []
    for index in sorted(choices):
        choice = choices[index]
        if choice.mention.forced or choice.score >= threshold:
            kept.append(choice)
    return kept
