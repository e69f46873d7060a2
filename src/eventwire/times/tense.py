"""Which way a relative expression points: the tense of the verb in its clause.

"will meet on Thursday" points forward, "met on Thursday" back. We look for the nearest verb
group to the left of the expression inside its clause, then to the right ("On Tuesday, jets
struck…"). Penn tags from the tagger are used when tokens carry them (MD, VBD, VBN, VBZ…);
without tags, word forms decide (will/'ll/going to, irregular pasts, -ed endings).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from eventwire.model import Token
from eventwire.times.lexicon import (
    CLAUSE_BREAKS,
    FUTURE_AUX,
    FUTURE_GOVERNORS,
    IRREGULAR_PAST,
    NOT_PAST_ED,
    PAST_AUX,
    PRESENT_FORMS,
)

PAST, PRESENT, FUTURE = "past", "present", "future"

_TOKEN = re.compile(r"\w+(?:[-']\w+)*|'\w+|[^\w\s]")
_MODALS = frozenset({"can", "could", "may", "might", "must", "should", "ought"})
_FORWARD_ADJ = frozenset({"due", "set", "scheduled", "expected", "poised", "slated", "going"})
_EARLIEST = frozenset({"as soon as", "as early as", "no later than", "no sooner than"})
_PLANNED = frozenset({"scheduled", "slated", "planned", "upcoming", "effective", "payable"})
_HARD_BREAKS = frozenset({";", ":", "(", ")", "\u2014", "\"", "\u201c", "\u201d"})


def tokens_for(text: str, start: int, end: int) -> list[Token]:
    """Untagged tokens of `text[start:end]`, for sentences that came without tokens."""
    return [Token(m.group(), m.start(), m.end(), "", m.group().lower())
            for m in _TOKEN.finditer(text, start, end)]


def direction(tokens: Sequence[Token], start: int, end: int,
              starts: Sequence[int] | None = None) -> str | None:
    """Tense of the clause around the span `start:end`: past, present, future, or None.

    `starts` (the tokens' start offsets) may be passed in when several expressions share a
    sentence.
    """
    if not tokens:
        return None
    first = bisect_left(starts if starts is not None else [t.start for t in tokens], start)
    last = first
    while last < len(tokens) and tokens[last].start < end:
        last += 1
    possessive = first < len(tokens) and tokens[first].lower.endswith("'s") or \
        last < len(tokens) and tokens[last].lower in ("'s", "'") and last == first + 1
    if possessive:
        return PAST
    if first >= 3 and " ".join(t.lower for t in tokens[first - 3:first]) in _EARLIEST:
        return FUTURE  # "as soon as Tuesday": a time not yet come
    infinitive = False
    for i in range(first - 1, -1, -1):
        word = tokens[i].lower
        if infinitive and (word in FUTURE_GOVERNORS or word in _FORWARD_ADJ):
            return FUTURE
        if word == "to" and i + 1 < first:
            infinitive = True  # "agreed to meet on Thursday": the governing verb decides
            continue
        found = _classify(tokens, i)
        if found:
            return found
        if _is_break(tokens[i]):
            break
    for i in range(last, len(tokens)):
        word = tokens[i].lower
        if _is_break(tokens[i]) and word not in ("said", "says", "told") and (
                word in _HARD_BREAKS or i > last):
            break
        found = _classify(tokens, i)
        if found:
            return found
    return None


def _is_break(token: Token) -> bool:
    return token.lower in CLAUSE_BREAKS


def _classify(tokens: Sequence[Token], i: int) -> str | None:
    """The tense a verb group ending at token `i` expresses, or None if `i` is no verb."""
    token = tokens[i]
    word, tag = token.lower, token.tag
    following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if word in FUTURE_AUX or word.endswith("'ll") or tag == "MD" and word not in _MODALS:
        return FUTURE
    if word in _MODALS:
        if word in ("could", "might"):
            # "could come on Tuesday" looks ahead; "could be located Wednesday" need not
            return None if following in ("be", "have", "'ve", "not", "n't") else FUTURE
        return FUTURE
    if word in _FORWARD_ADJ and following == "to" or word in _PLANNED:
        return FUTURE
    if word in ("is", "are", "am", "'s", "'re") and following == "to":
        return FUTURE
    if word in PAST_AUX:
        if word in ("has", "have", "'ve") and not _participle(following):
            return PRESENT
        return PAST
    if word in IRREGULAR_PAST or tag in ("VBD", "VBN") or _looks_past(tokens, i):
        aux = _auxiliary(tokens, i)
        if aux in ("could", "might"):
            return None
        if aux in FUTURE_AUX or aux in _MODALS:
            return FUTURE
        if aux in ("is", "are", "am", "be", "being"):
            return PRESENT
        return PAST
    if word in PRESENT_FORMS or tag in ("VBZ", "VBP"):
        return PRESENT
    return None


def _participle(word: str) -> bool:
    return word.endswith("ed") or word in IRREGULAR_PAST or word == "been"


def _looks_past(tokens: Sequence[Token], i: int) -> bool:
    """A verb in -ed, not an adjective: "a still unspecified date" has no past verb."""
    token = tokens[i]
    text = token.text
    if not (len(text) > 4 and text.endswith("ed") and text[0].islower()
            and token.lower not in NOT_PAST_ED and not token.tag.startswith(("JJ", "NN"))):
        return False
    for j in range(i - 1, max(-1, i - 3), -1):
        word = tokens[j].lower
        if word in _DETERMINERS:
            return False
        if not (word.endswith("ly") or word in ("still", "very", "more", "most", "newly",
                                                 "not", "un", "well", "long")):
            return True
    return True


_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "their",
                          "his", "her", "our", "your", "my", "some", "any", "no", "each",
                          "every", "all"})


def _auxiliary(tokens: Sequence[Token], i: int) -> str:
    """The auxiliary before a participle, skipping adverbs ("will be held", "was not seen")."""
    for j in range(i - 1, max(-1, i - 4), -1):
        word = tokens[j].lower
        if word in ("be", "been"):
            continue
        if word in FUTURE_AUX or word in _MODALS or word in PAST_AUX or word in (
                "is", "are", "am", "being"):
            return word
        if not word.endswith("ly") and word not in ("not", "n't", "also", "already", "still"):
            return ""
    return ""
