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
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from eventwire.places.gazetteer import PRIMARY, Candidate
from eventwire.places.normalize import name_key
from eventwire.places.recognize import Mention

FEATURE_PRIOR = {"country": 1.3, "admin1": 0.6, "water": 1.3, "region": 1.3, "admin2": 0.1,
                 "city": 0.0, "other": 0.0}
ABROAD = 0.6
"""How much a story's main country (times its share of the other mentions) counts against a
town in a country that nothing else in the story names and that borders none it names."""
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
    if candidate.feature in ("admin1", "admin2") and hint not in ("admin1", "admin2") \
            and _names_water(mention):
        score -= 1.5  # "the Red Sea": the sea, unless the text says "Red Sea state"
    if hint:
        if hint == candidate.feature or (hint == "region" and candidate.feature != "city"):
            score += 1.5
        elif hint in ("admin1", "admin2") and candidate.feature == "city":
            score -= 1.0  # "Idlib Province": the province, not the town
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


def _names_water(mention: Mention) -> bool:
    """True when one of the candidates is a sea, lake or river: provinces are named after
    the water (Sudan's Red Sea state, Chad's Lac), and the bare name means the water."""
    found = mention.extra.get("water")
    if found is None:
        found = mention.extra["water"] = any(c.feature == "water" for c in mention.candidates)
    return bool(found)


def _qualified(candidate: Candidate, qualifier: tuple[Candidate, ...]) -> bool:
    for q in qualifier:
        if q.feature == "country" and candidate.country == q.country and q.id != candidate.id:
            return True
        if q.feature == "admin1" and candidate.country == q.country \
                and candidate.admin1 == q.admin1 and q.id != candidate.id:
            return True
    return False


_NONE: dict[Any, float] = {}


class _Focus:
    """The document's country and admin1 votes, with each name's own votes removable.

    Built once per pass; `shares(key)` gives the focus as seen by the mentions of one name
    (leaving their own votes out, so that a name does not vote for itself).
    """

    def __init__(self, choices: dict[int, Choice], extra: dict[str, float]) -> None:
        # Weighted votes: a confident choice counts 1, a close one 0.5.
        self.countries: defaultdict[str, float] = defaultdict(float, extra)
        self.admins: defaultdict[tuple, float] = defaultdict(float)
        self.own_countries: dict[str, defaultdict[str, float]] = {}
        self.own_admins: dict[str, defaultdict[tuple, float]] = {}
        anchors: set[tuple[str, float, float]] = set()
        for choice in choices.values():
            candidate, key = choice.candidate, choice.mention.key
            weight = 1.0 if choice.margin > 0.5 else 0.5
            if candidate.country:
                self.countries[candidate.country] += weight
                self.own_countries.setdefault(key, defaultdict(float))[candidate.country] += weight
            if candidate.admin1 and candidate.feature != "country":
                admin = (candidate.country, candidate.admin1)
                self.admins[admin] += weight
                self.own_admins.setdefault(key, defaultdict(float))[admin] += weight
            if choice.margin > 0.3 and candidate.feature in ("city", "admin2"):
                anchors.add((key, candidate.lat, candidate.lon))
        # One anchor per distinct place, and one answer per (candidate, name): a long document
        # names the same towns again and again, and nearness must not grow with its square.
        self.anchors = sorted(anchors)
        self._nearness: dict[tuple[int, str], float] = {}
        self.country_total = sum(self.countries.values())
        self.admin_total = sum(self.admins.values())

    def shares(self, key: str) -> tuple[dict[str, float], dict[tuple, float]]:
        own_c = self.own_countries.get(key, _NONE)
        own_a = self.own_admins.get(key, _NONE)
        total = (self.country_total - sum(own_c.values())) or 1.0
        admin_total = (self.admin_total - sum(own_a.values())) or 1.0
        countries = {k: (v - own_c.get(k, 0.0)) / total for k, v in self.countries.items()}
        admins = {k: (v - own_a.get(k, 0.0)) / admin_total for k, v in self.admins.items()}
        return countries, admins

    def nearness(self, candidate: Candidate, key: str) -> float:
        """1.0 within 60 km of another chosen town, 0.6 within 200 km, else 0."""
        if candidate.feature == "country":
            return 0.0
        memo = (id(candidate), key)
        if memo not in self._nearness:
            self._nearness[memo] = self._nearness_of(candidate, key)
        return self._nearness[memo]

    def _nearness_of(self, candidate: Candidate, key: str) -> float:
        lat, lon = candidate.lat, candidate.lon
        scale = math.cos(math.radians(lat))
        best = float("inf")
        for anchor_key, a_lat, a_lon in self.anchors:
            if anchor_key != key:
                d = 111.2 * math.hypot(lat - a_lat, (lon - a_lon) * scale)
                best = min(best, d)
        if best < 60:
            return 1.0
        if best < 200:
            return 0.6
        return 0.0


def _shortlist(mention: Mention, size: int = 40) -> list[tuple[float, Candidate]]:
    """(prior, candidate) of the candidates worth scoring in context (a common name can have
    hundreds), best first; a qualifier ("Paris, Texas") counts as prior."""
    scored = [(prior(c, mention) + (3.0 if _qualified(c, mention.qualifier) else 0.0), c)
              for c in mention.candidates]
    scored.sort(key=lambda x: -x[0])
    return scored[:size]


def _choose(mention: Mention, scored: list[tuple[float, Candidate]]) -> Choice:
    scored.sort(key=lambda x: -x[0])
    runner_up = scored[1][0] if len(scored) > 1 else scored[0][0] - 2.0
    return Choice(mention, scored[0][1], scored[0][0], scored[0][0] - runner_up)


def resolve(mentions: list[Mention], focus_countries: dict[str, float] | None = None,
            threshold: float = THRESHOLD,
            neighbours: dict[str, frozenset[str]] | None = None) -> list[Choice]:
    """Choose a place for each mention that has a good enough candidate (in mention order).

    `neighbours` (country -> bordering countries) lets a story about Israel favour the Gaza
    in Palestine over the province of Mozambique.
    """
    extra = focus_countries or {}
    borders = neighbours or {}
    shortlists = {i: _shortlist(m) for i, m in enumerate(mentions) if m.candidates}
    choices = {i: _choose(mentions[i], list(scored)) for i, scored in shortlists.items()}
    for _ in range(2):
        focus = _Focus(choices, extra)
        updated: dict[int, Choice] = {}
        for index, scored_priors in shortlists.items():
            mention = mentions[index]
            countries, admins = focus.shares(mention.key)
            elsewhere = ABROAD * max(countries.values(), default=0.0)
            scored = []
            for base, candidate in scored_priors:
                country = candidate.country or ""
                score = base + 2.0 * countries.get(country, 0.0)
                if candidate.feature != "country" and not countries.get(country) and not any(
                        countries.get(n) for n in borders.get(country, ())):
                    score -= elsewhere  # a town where the story is not: "Boni" in Mali
                    # news is no Nigerian "Bonny" by a variant spelling; its neighbours are
                    # still the story's ground ("near Arbinda ... toward the Malian border")
                for neighbour in borders.get(country, ()):
                    score += 0.8 * countries.get(neighbour, 0.0)
                if candidate.feature != "country":
                    score += 1.2 * admins.get((candidate.country, candidate.admin1), 0.0)
                score += focus.nearness(candidate, mention.key)
                scored.append((score, candidate))
            updated[index] = _choose(mention, scored)
        choices = updated
    return [choices[i] for i in sorted(choices)
            if choices[i].mention.forced or choices[i].score >= threshold]
