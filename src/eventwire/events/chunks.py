"""A shallow view of one sentence: verb groups and clause cues over the model's Penn tags.

The tokens carry Penn tags from our language model (`eventwire.language`). The chunker groups
auxiliaries, adverbs and the main verb into verb groups ("would not have struck") and tells
whether a group is passive ("was shelled").
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


def prepare(tokens: list[Token]) -> list[Tok]:
    """The events stage's view of tokens tagged by our language model."""
    return [Tok(t.text, t.lower or t.text.lower(), _tag(t), t.start, t.end) for t in tokens]


NOMINAL_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "nmod:poss",
                          "appos", "compound"})
"""Relations of a noun phrase's head: a token tagged as a verb there is a noun."""


def _tag(t: Token) -> str:
    """The Penn tag, unless the parse makes the word head a noun phrase ("Clashes between X
    and Y continued": the tagger's VBZ, the parser's subject)."""
    tag = t.tag or "NN"
    if tag.startswith("VB") and tag != "VBG" and t.dep in NOMINAL_DEPS:
        lower = t.lower or t.text.lower()
        return "NNS" if lower.endswith("s") and not lower.endswith("ss") else "NN"
    return tag


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
