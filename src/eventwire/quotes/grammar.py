"""Just enough shallow grammar over tagged tokens to find speakers and what they said.

Our language model (`eventwire.language`) gives Penn tags on `Token.tag` and the dependency
tree (`eventwire.grammar`), which finds a cue verb's subject first; noun phrases read as runs
of nominal tags are the fallback where the tree gives no subject before the cue.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.grammar import FINITE_TAGS
from eventwire.model import Token

NOMINAL = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "CD"})
"""Tags that can head a speaker's noun phrase."""

NP_INNER = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "DT", "PRP$", "POS",
                      "CD", "HYPH", "PRP", "VBN", "NNP$"})
"""Tags that can sit inside a noun phrase."""

FINITE = FINITE_TAGS
"""Tags of finite verbs: a span with one of these is a clause (`grammar.FINITE_TAGS`)."""

AUXILIARIES = frozenset({"has", "have", "had", "is", "was", "were", "are", "be", "been",
                         "will", "would", "could", "can", "did", "does", "do", "may",
                         "might", "must", "should", "shall", "'s", "’s", "'ve", "’ve", "'d",
                         "’d", "'ll", "’ll", "'re", "’re"})


def glued(tokens: Sequence[Token], j: int) -> bool:
    """Whether token j is a hyphen joining the words on both sides ("al-Saleh")."""
    return (0 < j < len(tokens) - 1 and tokens[j].text in ("-", "–")
            and tokens[j - 1].end == tokens[j].start and tokens[j].end == tokens[j + 1].start)


def tags(tokens: Sequence[Token]) -> list[str]:
    """Penn tags of a token sequence, as our language model gave them (a token made outside
    the pipeline, with no tag, reads as a noun, proper when capitalised)."""
    out = [t.tag or ("NNP" if t.text[:1].isupper() else "NN") for t in tokens]
    for k, token in enumerate(tokens):
        if out[k] == "PRP" and len(token.text) > 1 and token.text.isupper():
            out[k] = "NNP"  # "US Central Command": an abbreviation, not the pronoun "us"
    return out


def is_nominal(tag: str) -> bool:
    return tag in NOMINAL or tag in ("NNP$", "NN$")


def in_np(tag: str) -> bool:
    return tag in NP_INNER or tag == "NN$"


def np_left(tokens: Sequence[Token], tagged: Sequence[str], end: int, stop: int = 0
            ) -> tuple[int, int] | None:
    """The noun phrase ending just before token `end` (skipping adverbs and auxiliaries).

    Returns token indexes `(first, last + 1)` or None. Walks back over nominal tags, joining
    "of"/"for"/"from" phrases ("the head of the UN mission") and "and" lists ("France and
    Britain"), and stops at the determiner that opens the phrase.
    """
    j = end - 1
    while j >= stop and (tagged[j] in ("RB", "MD") or tokens[j].lower in AUXILIARIES):
        j -= 1
    if j < stop or not is_nominal(tagged[j]):
        return None
    last = j
    while j >= stop:
        tag = tagged[j]
        if tag == "PRP":
            if j == last:
                j -= 1
            break
        if glued(tokens, j) and j > stop:
            j -= 1
            continue
        if in_np(tag) and not (tag == "VBN" and j == last):
            j -= 1
            if tag in ("DT", "PRP$"):
                if _joins(tokens, tagged, j, stop):
                    j -= 1
                    continue
                break
            continue
        if tokens[j].lower in _JOINERS and _joins(tokens, tagged, j, stop):
            j -= 1
            continue
        break
    first = j + 1
    while first <= last and (tagged[first] in ("POS", "CC", "HYPH")
                             or tokens[first].lower in _JOINERS):
        first += 1
    if first > last or not any(is_nominal(tagged[k]) for k in range(first, last + 1)):
        return None
    return first, last + 1


def _joins(tokens: Sequence[Token], tagged: Sequence[str], j: int, stop: int) -> bool:
    """Whether token j is "of"/"and"/... with a noun phrase word before it."""
    return (j - 1 >= stop and tokens[j].lower in _JOINERS and in_np(tagged[j - 1])
            and tagged[j - 1] not in ("DT", "PRP$", "PRP"))


def np_right(tokens: Sequence[Token], tagged: Sequence[str], start: int, stop: int
             ) -> tuple[int, int] | None:
    """The noun phrase starting at token `start` (before `stop`), as `(first, last + 1)`."""
    j = start
    seen_noun = False
    while j < stop:
        tag = tagged[j]
        if tag == "PRP":
            if j == start:
                j += 1
                seen_noun = True
            break
        if glued(tokens, j) and seen_noun and j + 1 < stop:
            j += 1
            continue
        if in_np(tag) and not (tag == "VBN" and not seen_noun and not (
                j + 1 < stop and in_np(tagged[j + 1]) and tagged[j + 1] != "VBN")):
            if tag in ("DT", "PRP$") and seen_noun:
                break
            seen_noun = seen_noun or is_nominal(tag)
            j += 1
            continue
        if (seen_noun and tokens[j].lower in _JOINERS and j + 1 < stop
                and in_np(tagged[j + 1]) and tagged[j + 1] != "PRP"):
            j += 1
            continue
        break
    last = j
    while last > start and (tagged[last - 1] in ("DT", "CC", "PRP$")
                            or tokens[last - 1].lower in _JOINERS):
        last -= 1
    if last == start or not seen_noun:
        return None
    return start, last


_JOINERS = frozenset({"of", "for", "from", "and", "at", "to"})


def has_finite_verb(tagged: Sequence[str], first: int, last: int) -> bool:
    """Whether tokens `first..last-1` contain a finite verb, i.e. make a clause."""
    return any(tagged[k] in FINITE for k in range(first, last))
