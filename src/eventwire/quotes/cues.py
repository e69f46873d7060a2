"""The cue lexicon: words that introduce what someone said, and where they stand in a sentence.

The lexicon is data (`data/quote_cues.yaml`), compiled once into a lookup keyed by the
lowercased word form and shared through `Knowledge`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.knowledge import Knowledge, data_yaml
from eventwire.model import Token

NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ"})
_NOUN_MAKERS = frozenset({"DT", "PRP$", "JJ", "CD", "POS", "NNP$", "NN$"})


@dataclass(frozen=True)
class CueEntry:
    """What the lexicon knows about one cue word or phrase."""

    lemma: str
    words: tuple[str, ...]
    object: bool = False
    infinitive: bool = False
    invert: bool = False
    claim: bool = False
    deny: bool = False
    thought: bool = False
    np_object: bool = False
    np_content: bool = False
    evidence: bool = False
    speaker_after: bool = False


@dataclass(frozen=True)
class Cue:
    """A cue found in a sentence: token indexes `first..last-1` and its lexicon entry."""

    first: int
    last: int
    entry: CueEntry


@dataclass(frozen=True)
class CueLexicon:
    """Single-word cues by form, phrases by first word, and the helper word lists."""

    words: dict[str, CueEntry]
    phrases: dict[str, tuple[CueEntry, ...]]
    document_nouns: frozenset[str]
    not_speakers: frozenset[str]
    content_nouns: frozenset[str]


def lexicon(knowledge: Knowledge) -> CueLexicon:
    """The shared compiled cue lexicon."""
    return knowledge.load("quotes.cues", _build)


def _build(knowledge: Knowledge) -> CueLexicon:
    raw = data_yaml("quote_cues.yaml")
    words: dict[str, CueEntry] = {}
    for lemma, spec in raw["verbs"].items():
        flags = {k: bool(v) for k, v in spec.items() if k != "forms"}
        for form in spec["forms"]:
            words[form.lower()] = CueEntry(lemma, (form.lower(),), **flags)
    phrases: dict[str, list[CueEntry]] = {}
    for spec in raw["phrases"]:
        phrase_words = tuple(w.lower() for w in spec["words"])
        flags = {k: bool(v) for k, v in spec.items() if k != "words"}
        entry = CueEntry(" ".join(phrase_words), phrase_words, **flags)
        phrases.setdefault(phrase_words[0], []).append(entry)
    return CueLexicon(
        words=words,
        phrases={k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in phrases.items()},
        document_nouns=frozenset(w.lower() for w in raw["document_nouns"]),
        not_speakers=frozenset(w.lower() for w in raw["not_speakers"]),
        content_nouns=frozenset(w.lower() for w in raw["content_nouns"]),
    )


def find_cues(tokens: Sequence[Token], tagged: Sequence[str], cues: CueLexicon) -> list[Cue]:
    """The cues in one sentence's tokens, left to right, phrases before single words."""
    out: list[Cue] = []
    k = 0
    n = len(tokens)
    while k < n:
        lower = tokens[k].lower
        matched = False
        for entry in cues.phrases.get(lower, ()):
            width = len(entry.words)
            if tuple(t.lower for t in tokens[k:k + width]) == entry.words:
                out.append(Cue(k, k + width, entry))
                k += width
                matched = True
                break
        if matched:
            continue
        entry = cues.words.get(lower)
        if entry is not None and is_verb_here(tokens, tagged, k):
            out.append(Cue(k, k + 1, entry))
        k += 1
    return out


def is_verb_here(tokens: Sequence[Token], tagged: Sequence[str], k: int) -> bool:
    """Whether the cue word at `k` is used as a verb ("claims that", not "the claims")."""
    tag = tokens[k].tag
    if k > 0 and (tokens[k - 1].lower in _DETERMINERS or tagged[k - 1] == "CD"):
        return False  # "a pledged delegate", "the reported attack", "400 pledged delegates"
    if k > 0 and tokens[k].text[:1].isupper() and tokens[k - 1].text[:1].isalpha() \
            and not _title_case(tokens):
        return False  # a name in mid-sentence: "the United States"
    if tag.startswith("VB"):
        return True
    if tag and tag not in NOUN_TAGS:
        return False
    # Untagged, or tagged as a noun as lexicon taggers do with "claims" and "reports":
    # the word before decides.
    if k > 0 and tagged[k - 1] in _NOUN_MAKERS and tokens[k - 1].text[:1].isalnum():
        return False
    if not tag:
        return True
    if k == 0:
        return False
    before = tokens[k - 1].lower
    return before in _VERB_MAKERS or tagged[k - 1] in ("NNP", "NNPS", "NNS", "NN", "PRP", "RB")


_DETERMINERS = frozenset({"a", "an", "the", "this", "these", "those", "its", "his", "her",
                          "their", "our", "my", "your"})
_VERB_MAKERS = frozenset({"to", "will", "would", "could", "did", "does", "not", "has", "have",
                          "had", "also", "later", "who", ",", "—", "–"})


def _title_case(tokens: Sequence[Token]) -> bool:
    """Whether a sentence is a headline in title case ("Akar Says Turkey Will Stay")."""
    words = [t.text for t in tokens if t.text[:1].isalpha() and len(t.text) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
