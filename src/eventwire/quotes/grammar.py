"""Just enough shallow grammar over tagged tokens to find speakers and what they said.

The tagger (ingestion's lexicon tagger) gives Penn tags on `Token.tag`; where a token has no
tag (older input, a test that builds tokens by hand) `tag_of` guesses one from a small closed
class list and the word's shape, so the stage never depends on the tagger being perfect.
Noun phrases are read as runs of nominal tags, which is what attribution needs: the speaker is
the noun phrase next to the cue verb.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.model import Token

_CLOSED: dict[str, str] = {
    **dict.fromkeys(("the", "a", "an", "this", "these", "those", "another", "each",
                     "every", "some", "no", "both", "all", "any"), "DT"),
    **dict.fromkeys(("he", "she", "they", "it", "we", "i", "you", "them", "him", "us"), "PRP"),
    **dict.fromkeys(("his", "her", "their", "its", "our", "my", "your"), "PRP$"),
    **dict.fromkeys(("of", "in", "on", "at", "by", "for", "from", "with", "during", "after",
                     "before", "since", "via", "through", "over", "under", "about", "against",
                     "into", "near", "without", "despite", "because", "while", "although",
                     "if", "as", "than", "following", "amid", "within", "across"), "IN"),
    **dict.fromkeys(("and", "or", "but", "nor", "yet"), "CC"),
    **dict.fromkeys(("is", "are", "am"), "VBZ"),
    **dict.fromkeys(("was", "were", "did", "had", "could", "would", "should"), "VBD"),
    **dict.fromkeys(("has", "does"), "VBZ"),
    **dict.fromkeys(("have", "do"), "VBP"),
    **dict.fromkeys(("will", "can", "may", "might", "must", "shall", "cannot", "won't",
                     "can't"), "MD"),
    **dict.fromkeys(("be", "go"), "VB"),
    **dict.fromkeys(("been",), "VBN"),
    **dict.fromkeys(("not", "n't", "also", "later", "then", "again", "already", "still",
                     "never", "previously", "repeatedly", "once", "now", "earlier",
                     "yesterday", "today", "tonight", "recently", "only", "just", "even",
                     "very", "too", "so", "here", "there"), "RB"),
    **dict.fromkeys(("who", "which", "what", "whom"), "WP"),
    **dict.fromkeys(("whose",), "WP$"),
    **dict.fromkeys(("when", "where", "why", "how"), "WRB"),
    **dict.fromkeys(("that",), "IN"),
    **dict.fromkeys(("to",), "TO"),
    **dict.fromkeys(("'s", "’s"), "POS"),
    **dict.fromkeys(("'", "’", "”", '"', "''", "»"), "''"),
    **dict.fromkeys(("“", "‘", "``", "«", "„"), "``"),
}

NOMINAL = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "CD"})
"""Tags that can head a speaker's noun phrase."""

NP_INNER = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "DT", "PRP$", "POS",
                      "CD", "HYPH", "PRP", "VBN", "NNP$"})
"""Tags that can sit inside a noun phrase."""

FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
"""Tags of finite verbs: a span with one of these is a clause."""

AUXILIARIES = frozenset({"has", "have", "had", "is", "was", "were", "are", "be", "been",
                         "will", "would", "could", "can", "did", "does", "do", "may",
                         "might", "must", "should", "shall", "'s", "’s", "'ve", "’ve", "'d",
                         "’d", "'ll", "’ll", "'re", "’re"})


def glued(tokens: Sequence[Token], j: int) -> bool:
    """Whether token j is a hyphen joining the words on both sides ("al-Saleh")."""
    return (0 < j < len(tokens) - 1 and tokens[j].text in ("-", "–")
            and tokens[j - 1].end == tokens[j].start and tokens[j].end == tokens[j + 1].start)


def tag_of(token: Token) -> str:
    """The token's Penn tag, or a guess from closed-class words and shape if it has none."""
    if token.tag:
        return token.tag
    lower = token.lower or token.text.lower()
    tag = _CLOSED.get(lower)
    if tag:
        return tag
    text = token.text
    first = text[:1]
    if not first:
        return "SYM"
    if not first.isalnum():
        if first in "-–—":
            return ":"
        return first if first in ",.:;" else "SYM"
    if first.isdigit():
        return "CD"
    if first.isupper():
        if lower.endswith(("'s", "’s")):
            return "NNP$"
        return "NNP"
    if lower.endswith(("'s", "’s")):
        return "NN$"
    if lower.endswith("ly"):
        return "RB"
    if lower.endswith("ed"):
        return "VBD"
    if lower.endswith("ing"):
        return "VBG"
    if lower.endswith("s") and not lower.endswith("ss"):
        return "NNS"
    return "NN"


def tags(tokens: Sequence[Token]) -> list[str]:
    """Tags of a token sequence (see `tag_of`), guessed ones mended by their neighbours.

    A guessed noun right after a subject pronoun is a verb ("she encourages", "they want");
    a guessed verb right after a determiner is a noun or an adjective ("his warning").
    """
    out = [tag_of(t) for t in tokens]
    for k, token in enumerate(tokens):
        if out[k] == "PRP" and len(token.text) > 1 and token.text.isupper():
            out[k] = "NNP"  # "US Central Command": an abbreviation, not the pronoun "us"
    for k in range(1, len(out)):
        if tokens[k].tag:
            continue
        if out[k] in ("NN", "NNS") and tokens[k - 1].lower in _SUBJECT_PRONOUNS:
            out[k] = "VBZ" if out[k] == "NNS" else "VBP"
        elif out[k] in ("VBG", "VBD") and out[k - 1] in ("DT", "PRP$", "JJ"):
            out[k] = "NN" if out[k] == "VBG" else "JJ"  # "his warning", "the embattled"
    return out


_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "who"})


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
