"""A shallow parse of one sentence: tags (with a fallback), verb groups and clause cues.

The tokens carry Penn tags from the lexicon tagger. Where a tag is missing (a tokenizer-only
pipeline) a small closed-class word list and the verb lexicon supply one, so the events stage
still runs. The chunker groups auxiliaries, adverbs and the main verb into verb groups
("would not have struck") and tells whether a group is passive ("was shelled").
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.model import Token

BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re"})
HAVE = frozenset({"have", "has", "had", "having", "'ve"})
MODALS = frozenset({"will", "would", "shall", "should", "may", "might", "can", "could", "must",
                    "wo", "ca", "'ll", "'d", "ought"})
NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
SUBORDINATORS = frozenset({"after", "before", "when", "while", "because", "although", "though",
                           "if", "unless", "since", "until", "whereas", "as", "once"})
RELATIVES = frozenset({"which", "who", "whom", "whose", "that"})
PREPOSITIONS = frozenset({"of", "in", "on", "at", "by", "for", "with", "from", "to", "into",
                          "against", "near", "outside", "inside", "over", "under", "between",
                          "among", "across", "toward", "towards", "through", "during", "about",
                          "around", "amid", "along", "behind", "beyond", "within", "without",
                          "onto", "upon", "via", "despite", "like", "off"})
_CLOSED = {
    **dict.fromkeys(["the", "a", "an", "this", "these", "those", "some", "any", "each",
                     "every", "all", "both", "another"], "DT"),
    **dict.fromkeys(PREPOSITIONS | SUBORDINATORS - {"to"}, "IN"),
    **dict.fromkeys(["and", "or", "but", "nor"], "CC"),
    **dict.fromkeys(["it", "he", "she", "they", "we", "i", "you", "them", "him", "us"], "PRP"),
    **dict.fromkeys(["its", "his", "her", "their", "our", "my", "your"], "PRP$"),
    **dict.fromkeys(["which", "who", "whom", "that"], "WDT"),
    **dict.fromkeys(["not", "n't", "never", "also", "already", "reportedly", "allegedly",
                     "again", "now", "still", "just", "yesterday", "today", "later"], "RB"),
    **dict.fromkeys(MODALS, "MD"),
    **dict.fromkeys(["is", "are", "'re", "am"], "VBZ"),
    **dict.fromkeys(["was", "were", "had", "did"], "VBD"),
    **dict.fromkeys(["be", "have", "do"], "VB"),
    **dict.fromkeys(["been"], "VBN"),
    **dict.fromkeys(["being", "having"], "VBG"),
    **dict.fromkeys(["has", "does"], "VBZ"),
    "to": "TO",
}


@dataclass
class Tok:
    """A token as the events stage sees it: lower-cased text, tag, offsets."""

    text: str
    lower: str
    tag: str
    start: int
    end: int

    @property
    def is_verb(self) -> bool:
        return self.tag.startswith("VB") or self.tag == "MD"


def prepare(tokens: list[Token], verb_words: set[str] | dict) -> list[Tok]:
    """Tokens with a tag each: the tagger's, or a guess from closed classes and verb forms."""
    out: list[Tok] = []
    for i, t in enumerate(tokens):
        lower = t.lower or t.text.lower()
        tag = t.tag or _guess(t.text, lower, i, verb_words)
        out.append(Tok(t.text, lower, tag, t.start, t.end))
    if any(not t.tag for t in tokens):
        _fix_guesses(out)
    return out


def _guess(text: str, lower: str, i: int, verb_words: set[str] | dict) -> str:
    if lower in _CLOSED:
        return _CLOSED[lower]
    if not text[:1].isalnum():
        return "," if text == "," else "."
    if text[:1].isdigit():
        return "CD"
    if lower in verb_words:
        if i == 0 and lower.endswith("s"):
            return "NNS"  # "Clashes erupted": a sentence rarely opens with a finite verb
        if lower.endswith("ing"):
            return "VBG"
        if lower.endswith("ed") or lower in {"struck", "hit", "shot", "fought", "met", "said",
                                              "told", "sent", "gave", "given", "broke"}:
            return "VBD"
        return "VBZ" if lower.endswith("s") else "VBP"
    if text[:1].isupper() and i > 0:
        return "NNP"
    if lower.endswith("ly"):
        return "RB"
    return "NNS" if lower.endswith("s") and not lower.endswith("ss") else "NN"


def _fix_guesses(toks: list[Tok]) -> None:
    """Correct guessed verb tags by context: after a determiner or adjective a verb form is a
    noun ("the attack"), after be/have a past form is a participle ("was shelled")."""
    for i, t in enumerate(toks):
        if not t.tag.startswith("VB") or t.lower in BE | HAVE:
            continue
        prev = toks[i - 1] if i > 0 else None
        compound = prev is not None and prev.tag in ("NN", "NNS") and t.lower.endswith("s")
        after_verb = prev is not None and prev.tag in ("VBD", "VBZ", "VBP") and \
            prev.lower not in BE | HAVE and t.lower.endswith("s")
        if compound or after_verb:
            t.tag = "NNS"
        elif prev is not None and (prev.tag in ("DT", "PRP$", "JJ", "CD", "POS")
                                 or prev.lower in ("'s", "of")):
            t.tag = "NNS" if t.lower.endswith("s") else "NN"
        elif prev is not None and prev.tag in ("TO", "MD"):
            t.tag = "VB"
        elif t.tag == "VBD" and _aux_before(toks, i):
            t.tag = "VBN"


def _aux_before(toks: list[Tok], i: int) -> bool:
    j = i - 1
    while j >= 0 and toks[j].tag in ("RB",):
        j -= 1
    return j >= 0 and toks[j].lower in BE | HAVE


@dataclass(frozen=True)
class VerbGroup:
    """Auxiliaries, adverbs and the main verb: ``[start, end)`` tokens, head index."""

    start: int
    end: int
    head: int
    passive: bool
    negated: bool
    modals: tuple[str, ...]
    infinitive: bool


def verb_group(toks: list[Tok], head: int, head_end: int) -> VerbGroup:
    """The verb group around the main verb at `head` (its form may run to `head_end`)."""
    start = head
    j = head - 1
    while j >= 0 and (toks[j].tag in ("MD", "RB", "TO") or toks[j].lower in BE | HAVE
                      or toks[j].lower in NEGATIONS or toks[j].lower in ("do", "does", "did")):
        if toks[j].lower == "no":
            break
        start = j
        j -= 1
    aux = [t.lower for t in toks[start:head]]
    passive = any(a in BE for a in aux) and (toks[head].tag == "VBN"
                                            or (toks[head].tag == "VBD" and bool(aux)))
    negated = any(a in NEGATIONS for a in aux)
    modals = tuple(a for a in aux if a in MODALS)
    infinitive = "to" in aux
    return VerbGroup(start, head_end, head, passive, negated, modals, infinitive)
