"""Find place names in sentences: longest gazetteer match over the tokens, then filters.

A mention starts at a capitalised token and may run over further capitalised tokens, the
lower-case connectors of names ("Bay *of* Bengal", "Maarat *al*-Numan") and the punctuation of
abbreviations ("U.S.", "W.Va."); the longest run whose folded key is in the gazetteer wins. A
following kind word ("Idlib *Province*", "Homs *countryside*", "Hall *County*") joins the span
and tells ranking which kind of place is meant.

Refused: names right after a person's title ("President Assad", "Mr. Jordan"); a single name
right after another capitalised word that is not a direction or sentence start (the surname in
"Michael Jordan"); words of the stop list; ordinary English words capitalised only because
they start a sentence or sit in a headline; state abbreviations ("Ga.", "Miss.") except after
"Town," or with inner full stops ("W.Va.", "D.C.").

Demonyms ("Syrian", "Americans") are recognised as mentions of their country, flagged
`demonym`: they tell which country a story is about and LGL-style corpora annotate them, but
"Syrian troops" does not say where anything happened, so they are never event locations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from eventwire.model import Sentence, Token
from eventwire.places.cues import Cues
from eventwire.places.gazetteer import ABBREVIATION, DEMONYM, Candidate, Gazetteer
from eventwire.places.normalize import name_key

MAX_TOKENS = 10
_INNER_PUNCT = frozenset({"-", ".", "'", "’", "`", "‘", "‐", "–"})
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|ash|az|an|at|ath|ed|en|es|et|ez)[-‐‑'’](?=[A-Z])")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")
_NON_NAME_TAGS = ("VB", "DT", "PR", "IN", "MD", "RB", "CC", "WP", "WD", "CD", "TO", "UH")


@dataclass
class Mention:
    """A span of text that names (or may name) a place, with its gazetteer candidates."""

    start: int
    end: int
    sentence: int
    first: int
    last: int
    text: str
    key: str
    candidates: tuple[Candidate, ...]
    feature_hint: str | None = None
    initial: bool = False
    qualifier: tuple[Candidate, ...] = ()
    words: int = 1
    forced: bool = False
    context_only: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def demonym(self) -> bool:
        return bool(self.candidates) and all(c.kind == DEMONYM for c in self.candidates)

    @property
    def abbreviation(self) -> bool:
        return bool(self.candidates) and all(c.kind == ABBREVIATION for c in self.candidates)


def _capitalised(token: Token) -> bool:
    """Starts with a capital, or is an Arabic-article name written "al-Bab", "ash-Shaddadi"."""
    return token.text[:1].isupper() or bool(_ARTICLE_NAME.match(token.text))


def is_headline(tokens: list[Token], cues: Cues) -> bool:
    """Title-case text ("Police Arrest Man In Fire"): capitals say nothing about names there."""
    words = [t for t in tokens if t.text[:1].isalpha()]
    if len(words) < 4:
        return False
    capitals = sum(1 for t in words if t.text[:1].isupper())
    small = sum(1 for t in words if t.lower in cues.connectors or t.lower in ("a", "in", "for"))
    return capitals >= 0.75 * (len(words) - small) and capitals >= 4


def find_mentions(text: str, sentence: Sentence, gazetteer: Gazetteer, cues: Cues
                  ) -> list[Mention]:
    """Every place mention of one sentence, left to right, non-overlapping."""
    tokens = sentence.tokens
    count = len(tokens)
    headline = is_headline(tokens, cues)
    keys = gazetteer.keys
    mentions: list[Mention] = []
    i = 0
    while i < count:
        token = tokens[i]
        if not _capitalised(token):
            i += 1
            continue
        match = _longest_match(text, tokens, i, keys, cues)
        if match is None:
            i += 1
            continue
        last, key = match
        mention = Mention(token.start, tokens[last].end, sentence.index, i, last,
                          text[token.start:tokens[last].end], key, gazetteer.candidates(key),
                          initial=i == 0 or headline or _after_opening(tokens, i))
        mention.words = sum(1 for t in tokens[i:last + 1] if t.text[:1].isalnum())
        if mention.text.endswith(".") and not _dotted(mention.text) and not any(
                c.kind == ABBREVIATION for c in mention.candidates):
            mention.last -= 1  # "Turkey." ends a sentence; "Calif." keeps its stop
            mention.end = tokens[mention.last].end
            mention.text = text[mention.start:mention.end]
        _attach_suffix(text, mention, tokens, cues)
        if _acceptable(mention, tokens, mentions, cues, text):
            mentions.append(mention)
            i = mention.last + 1
        else:
            i += 1
    _attach_qualifiers(text, mentions)
    return [m for m in mentions if not (m.abbreviation and not m.extra.get("qualifies"))
            or _dotted(m.text)]


def _after_opening(tokens: list[Token], i: int) -> bool:
    """A token right after an opening quote, dash or colon starts a sentence of sorts."""
    return tokens[i - 1].text in {'"', "“", "'", "‘", ":", "—", "(", "-", "–"}


def _longest_match(text: str, tokens: list[Token], i: int, keys: set[str], cues: Cues
                   ) -> tuple[int, str] | None:
    """The last token index and key of the longest gazetteer name starting at token i."""
    ends: list[int] = []
    limit = min(len(tokens), i + MAX_TOKENS)
    j = i
    while j < limit:
        token = tokens[j]
        word = token.text
        if j > i:
            if word in _INNER_PUNCT:
                if word == "." and tokens[j - 1].end == token.start:
                    ends.append(j)
                j += 1
                continue
            if not word[:1].isupper() and token.lower not in cues.connectors \
                    and not word[:1].isdigit() and not _ARTICLE_NAME.match(word):
                break
        if word[:1].isupper() or word[:1].isdigit() or _ARTICLE_NAME.match(word):
            ends.append(j)
        j += 1
    start = tokens[i].start
    for last in reversed(ends):
        key = name_key(text[start:tokens[last].end])
        if key in keys:
            return last, key
    return None


def _attach_suffix(text: str, mention: Mention, tokens: list[Token], cues: Cues) -> None:
    """Join a following kind word ("Province", "countryside") to the mention."""
    nxt = mention.last + 1
    if nxt < len(tokens):
        feature = cues.suffix_feature.get(tokens[nxt].lower)
        if feature:
            mention.feature_hint = feature
            mention.last = nxt
            mention.end = tokens[nxt].end
            mention.text = text[mention.start:mention.end]


def _dotted(surface: str) -> bool:
    return surface.count(".") >= 2


def _acceptable(mention: Mention, tokens: list[Token], earlier: list[Mention], cues: Cues,
                text: str) -> bool:
    """Whether a gazetteer match is a place name here, not a word or part of another name."""
    first = mention.first
    previous = tokens[first - 1] if first > 0 else None
    before = _WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if before and before.group(1).lower() in cues.person_titles:
        return False
    single = mention.words == 1
    lower = tokens[first].lower
    followed_by_comma = mention.last + 1 < len(tokens) and tokens[mention.last + 1].text == ","
    if single and lower in cues.refuse and not followed_by_comma:
        return False
    tag = tokens[first].tag
    if single and tag and tag.startswith(_NON_NAME_TAGS):
        return False
    if single and not mention.initial and previous is not None and _capitalised(previous) \
            and previous.lower not in cues.directions and previous.lower not in cues.connectors \
            and not (earlier and earlier[-1].last == first - 1) and first - 1 > 0:
        return False
    if single and mention.initial and lower in cues.common_words and not mention.demonym:
        return _major(mention.candidates)
    short_capitals = tokens[first].text.isupper() and len(tokens[first].text) <= 3
    return not (single and short_capitals
                and not any(c.feature == "country" for c in mention.candidates))


def _major(candidates: tuple[Candidate, ...]) -> bool:
    return any(c.feature in ("country", "admin1", "water") or c.population >= 100_000
               for c in candidates)


def _attach_qualifiers(text: str, mentions: list[Mention]) -> None:
    """"Springfield, Ill." / "Hama, Syria": the second name narrows the first."""
    for before, after in zip(mentions, mentions[1:], strict=False):
        between = text[before.end:after.start]
        if between.strip() == "," and any(c.feature in ("admin1", "country")
                                          for c in after.candidates):
            before.qualifier = after.candidates
            after.extra["qualifies"] = True
