"""Penn Treebank POS tags for our own tokens from Brill's lexicon and rules, offline.

The lexicon (~94k words), the morphological rules for unknown words, the contextual rules and
the multi-word named entities are the ones shipped inside the `textblob` package
(`textblob/en/en-*.txt`, from Brill's tagger v1.14). We read those files ourselves and compile
them once, instead of calling textblob's `PatternTagger`, for two reasons: textblob
re-tokenizes, and our tags must align with the spaCy tokens whose offsets every later stage
uses; and textblob tries each of its ~290 contextual rules on every token, which costs about a
millisecond per sentence, while indexing the rules by the tag they rewrite makes tagging a few
microseconds per token.

The decisions are textblob's (`textblob._text.find_tags`): a known word takes its lexicon tag
(the first word of a sentence may be looked up in lower case); an unknown word is NNP when
capitalised, CD when it looks like a number, else the morphological rules decide; then the
contextual rules run left to right (each token sees the final tags of the tokens before it and
the first-pass tags of the tokens after it; the last rule that fires wins); then known
multi-word names become NNP. On top of that, for news text: curly quotes and apostrophes are
looked up as their straight forms, quote marks get the Penn tags `` and '', dashes are `:`,
the first word after an opening quote or bracket counts as sentence-initial, and an unknown
all-capital word is looked up in lower case ("UPDATE") unless it is a short acronym ("GMT").
"""

from __future__ import annotations

import heapq
import importlib.util
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import EventwireError
from eventwire.knowledge import Knowledge
from eventwire.model import Token

_NUMBER = re.compile(r"^[0-9\-,.:/%$]+$")
"""textblob's test for an unknown word that is a number (digits and -,.:/%$ only)."""

_PAD = "STAART"
"""The word and tag of the three padding tokens at each end, as the rules name them."""

_NORMAL = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                         "\u2032": "'", "\u00b4": "'"})
"""Typographic characters mapped to the ASCII forms the lexicon knows ("n’t" -> "n't")."""

_OPENING_QUOTES = {"\u201c", "\u2018", "``", "\u00ab"}
_CLOSING_QUOTES = {"\u201d", "\u2019", "''", "\u00bb"}
_DASHES = {"\u2013", "\u2014", "\u2015", "--", "---", "\u2012"}
_OPENERS = {"(", "[", "{"} | _OPENING_QUOTES | {'"', "'"}

_MOVES = (
    frozenset({"VBD", "VBN"}),
    frozenset({"NN", "VB", "VBP"}),
    frozenset({"NNS", "VBZ"}),
    frozenset({"IN", "RP", "RB"}),
    frozenset({"WDT", "DT"}),
    frozenset({"VBG", "NN", "JJ"}),
    frozenset({"VBN", "JJ"}),
    frozenset({"JJ", "NN"}),
    frozenset({"NNP", "NNPS"}),
)
"""Tag changes a contextual rule may make to a known word.

textblob's lexicon keeps one tag per word, not the list of tags a word was seen with that
Brill's tagger uses to restrict its contextual rules; these classes stand in for that list
(the usual ambiguities of English: past tense/participle, noun/verb base form, plural/third
person, preposition/particle/adverb, 'that'). Unknown words may take any tag.
"""

_WORD_MOVES = {"that": frozenset({"IN", "WDT", "DT", "RB"}), "was": frozenset({"VBD"}),
               "were": frozenset({"VBD"}), "did": frozenset({"VBD"})}
"""Words whose possible tags are not their tag's class."""

_ALLOWED: dict[str, frozenset[str]] = {}
for _class in _MOVES:
    for _tag in _class:
        _ALLOWED[_tag] = _ALLOWED.get(_tag, frozenset()) | _class

ContextTest = Callable[[list[str], list[str], int], bool]
"""A compiled contextual condition over padded words, padded tags and a padded index."""


@dataclass(frozen=True)
class _MorphologyRule:
    needs_tag: str | None  # the rule applies only to a word currently tagged this (f-rules)
    command: str
    affix: str
    tag: str


@dataclass(frozen=True)
class Tagger:
    """Brill's lexicon, morphology, context rules and entities, compiled for fast lookup."""

    lexicon: dict[str, str]
    morphology: tuple[_MorphologyRule, ...]
    context: tuple[tuple[str, ContextTest, str], ...]
    context_by_tag: dict[str, tuple[int, ...]]
    context_words: tuple[frozenset[str] | None, ...]  # words a rule needs in the sentence
    context_tags: tuple[frozenset[str] | None, ...]  # tags a rule needs in the sentence
    entities: dict[str, tuple[tuple[str, ...], ...]]

    def tag(self, words: Sequence[str], spaced: Sequence[bool] | None = None) -> list[str]:
        """Return one Penn tag per word of one sentence, in order.

        `spaced[i]` says whether white space precedes word i; it tells an opening straight
        quote from a closing one (without it, straight quotes alternate).
        """
        if not words:
            return []
        keys = [w.translate(_NORMAL) for w in words]
        tags = self._first_pass(keys)
        tags = self._apply_context(keys, tags)
        self._apply_entities(keys, tags)
        _fix_punctuation(words, tags, spaced)
        return tags

    def tag_tokens(self, tokens: Sequence[Token]) -> None:
        """Set `tag` on each token of one sentence (tokens are not re-split)."""
        spaced = [i == 0 or tokens[i - 1].end < t.start for i, t in enumerate(tokens)]
        tags = self.tag([t.text for t in tokens], spaced)
        for token, tag in zip(tokens, tags, strict=True):
            token.tag = tag

    def _first_pass(self, keys: list[str]) -> list[str]:
        lexicon = self.lexicon
        tags: list[str | None] = []
        initial = True
        for key in keys:
            tag = lexicon.get(key)
            if tag is None and (initial or (key.isupper() and len(key) > 4)):
                tag = lexicon.get(key.lower())
            tags.append(tag)
            initial = key in _OPENERS or (initial and not any(c.isalnum() for c in key))
        out: list[str] = []
        last = len(keys) - 1
        for i, (key, tag) in enumerate(zip(keys, tags, strict=True)):
            if tag is None:
                if key.istitle() or (key.isupper() and key.isalpha()):
                    tag = "NNP"
                elif _NUMBER.match(key):
                    tag = "CD"
                else:
                    previous = keys[i - 1] if i > 0 else None
                    following = keys[i + 1] if i < last else None
                    tag = self._morphology(key, previous, following)
            out.append(tag)
        return out

    def _morphology(self, word: str, previous: str | None, following: str | None) -> str:
        """textblob's `Morphology.apply`: rules in file order, each seeing the current tag."""
        tag = "NN"
        lexicon = self.lexicon
        for rule in self.morphology:
            if rule.needs_tag is not None and tag != rule.needs_tag:
                continue
            command, affix = rule.command, rule.affix
            if (
                (command == "char" and affix in word)
                or (command == "haspref" and word.startswith(affix))
                or (command == "hassuf" and word.endswith(affix))
                or (command == "addpref" and affix + word in lexicon)
                or (command == "addsuf" and word + affix in lexicon)
                or (command == "deletepref" and word.startswith(affix)
                    and word[len(affix):] in lexicon)
                or (command == "deletesuf" and word.endswith(affix)
                    and word[:-len(affix)] in lexicon)
                # textblob's own reading: goodleft looks right, goodright looks left.
                or (command == "goodleft" and affix == following)
                or (command == "goodright" and affix == previous)
            ):
                tag = rule.tag
        return tag

    def _apply_context(self, keys: list[str], tags: list[str]) -> list[str]:
        """Brill's contextual rules in file order, each applied left to right over the sentence.

        Only rules whose old tag is held by a word that may still change are tried (a heap of
        rule numbers, topped up when a rule makes a new tag appear), so a sentence costs tens
        of rule tests rather than ~290 times its length.
        """
        pad = [_PAD] * 3
        words = pad + keys + pad
        padded = pad + tags + pad
        lexicon = self.lexicon
        allowed: list[frozenset[str] | None] = [None] * len(padded)  # None: any tag
        where: dict[str, list[int]] = {}
        for i in range(3, len(padded) - 3):
            key = words[i]
            if key in lexicon:
                choices = _WORD_MOVES.get(key.lower()) or _ALLOWED.get(padded[i])
                if choices is None or len(choices) < 2:
                    continue  # a known word with one possible tag never moves
                allowed[i] = choices
            where.setdefault(padded[i], []).append(i)
        if not where:
            return tags
        rules, by_tag, needs = self.context, self.context_by_tag, self.context_words
        tag_needs = self.context_tags
        tagset = set(padded)
        vocabulary = set(keys)
        heap = [n for tag in (*where, "*") for n in by_tag.get(tag, ())
                if needs[n] is None or needs[n] <= vocabulary]
        heapq.heapify(heap)
        present = set(where)
        last = -1
        while heap:
            number = heapq.heappop(heap)
            if number == last:
                continue
            last = number
            if tag_needs[number] is not None and not tag_needs[number] <= tagset:
                continue
            old, test, new = rules[number]
            positions = where.get(old) if old != "*" else sorted(
                i for held in where.values() for i in held)
            if not positions:
                continue
            changed = []
            for i in positions:  # a change is seen by the positions to its right at once
                choices = allowed[i]
                if padded[i] == new or (choices is not None and new not in choices):
                    continue
                if test(words, padded, i):
                    changed.append((i, padded[i]))
                    padded[i] = new
            if not changed:
                continue
            tagset = set(padded)
            for i, was in changed:
                where[was].remove(i)
                where.setdefault(new, []).append(i)
            where[new].sort()
            if new not in present:
                present.add(new)
                for later in by_tag.get(new, ()):
                    if later > number and (needs[later] is None or needs[later] <= vocabulary):
                        heapq.heappush(heap, later)
        return padded[3:-3]

    def _apply_entities(self, keys: list[str], tags: list[str]) -> None:
        i = 0
        lowered = [k.lower() for k in keys]
        while i < len(keys):
            for name in self.entities.get(lowered[i], ()):
                if tuple(lowered[i:i + len(name)]) == name:
                    for j in range(i, i + len(name)):
                        tags[j] = "NNPS" if tags[j] == "NNPS" else "NNP"
                    i += len(name) - 1
                    break
            i += 1


def _fix_punctuation(words: Sequence[str], tags: list[str],
                     spaced: Sequence[bool] | None) -> None:
    """Penn tags for quote marks and dashes, which the lexicon gets wrong or lacks."""
    straight = 0
    last = len(words) - 1
    for i, word in enumerate(words):
        if word in _DASHES:
            tags[i] = ":"
        elif word in _OPENING_QUOTES:
            tags[i] = "``"
        elif word in _CLOSING_QUOTES:
            tags[i] = "''"
        elif word == '"':
            if spaced is None:
                opening = straight % 2 == 0
            else:
                opening = spaced[i] and (i == last or not spaced[i + 1])
            straight += 1
            tags[i] = "``" if opening else "''"
        elif word == "\u2026":
            tags[i] = ":"


def _context_test(command: str, x: str, y: str) -> ContextTest | None:
    """Compile one contextual condition of Brill's rule file into a closure."""
    tests: dict[str, ContextTest] = {
        "prevtag": lambda w, t, i: t[i - 1] == x,
        "nexttag": lambda w, t, i: t[i + 1] == x,
        "prev2tag": lambda w, t, i: t[i - 2] == x,
        "next2tag": lambda w, t, i: t[i + 2] == x,
        "prev1or2tag": lambda w, t, i: x in (t[i - 1], t[i - 2]),
        "next1or2tag": lambda w, t, i: x in (t[i + 1], t[i + 2]),
        "prev1or2or3tag": lambda w, t, i: x in (t[i - 1], t[i - 2], t[i - 3]),
        "next1or2or3tag": lambda w, t, i: x in (t[i + 1], t[i + 2], t[i + 3]),
        "surroundtag": lambda w, t, i: t[i - 1] == x and t[i + 1] == y,
        "curwd": lambda w, t, i: w[i] == x,
        "prevwd": lambda w, t, i: w[i - 1] == x,
        "nextwd": lambda w, t, i: w[i + 1] == x,
        "prev1or2wd": lambda w, t, i: x in (w[i - 1], w[i - 2]),
        "next1or2wd": lambda w, t, i: x in (w[i + 1], w[i + 2]),
        "prevwdtag": lambda w, t, i: w[i - 1] == x and t[i - 1] == y,
        "nextwdtag": lambda w, t, i: w[i + 1] == x and t[i + 1] == y,
        "wdprevtag": lambda w, t, i: t[i - 1] == x and w[i] == y,
        "wdnexttag": lambda w, t, i: w[i] == x and t[i + 1] == y,
        "wdand2aft": lambda w, t, i: w[i] == x and w[i + 2] == y,
        "wdand2tagbfr": lambda w, t, i: t[i - 2] == x and w[i] == y,
        "wdand2tagaft": lambda w, t, i: w[i] == x and t[i + 2] == y,
        "lbigram": lambda w, t, i: w[i - 1] == x and w[i] == y,
        "rbigram": lambda w, t, i: w[i] == x and w[i + 1] == y,
        "prevbigram": lambda w, t, i: t[i - 2] == x and t[i - 1] == y,
        "nextbigram": lambda w, t, i: t[i + 1] == x and t[i + 2] == y,
    }
    return tests.get(command)


def _lines(path: Path) -> list[str]:
    """The non-comment lines of one of Brill's files."""
    with path.open(encoding="utf-8") as handle:
        return [line.strip() for line in handle
                if line.strip() and not line.startswith(";;;")]


def _parse_lexicon(path: Path) -> dict[str, str]:
    lexicon: dict[str, str] = {}
    for line in _lines(path):
        parts = line.split(" ")
        if len(parts) >= 2:
            lexicon[parts[0]] = parts[1]
    return lexicon


def _parse_morphology(path: Path) -> tuple[_MorphologyRule, ...]:
    commands = {"char", "haspref", "hassuf", "addpref", "addsuf", "deletepref", "deletesuf",
                "goodleft", "goodright"}
    rules = []
    for line in _lines(path):
        r = line.split()
        if len(r) > 2 and r[2].lower().lstrip("f") in commands and r[2].lower().startswith("f"):
            rules.append(_MorphologyRule(r[0], r[2].lower()[1:], r[1], r[-2]))
        elif len(r) > 1 and r[1].lower() in commands:
            rules.append(_MorphologyRule(None, r[1].lower(), r[0], r[-2]))
    return tuple(rules)


_WORD_X = {"curwd", "prevwd", "nextwd", "prev1or2wd", "next1or2wd", "prevwdtag", "nextwdtag",
           "wdnexttag", "wdand2tagaft"}
_WORD_Y = {"wdprevtag", "wdand2tagbfr"}
_WORD_XY = {"wdand2aft", "lbigram", "rbigram"}


def _rule_words(rule: list[str]) -> frozenset[str] | None:
    """Words that must be in a sentence for a contextual rule to fire there (None: no need)."""
    command, x, y = rule[2].lower(), rule[3], rule[4] if len(rule) > 4 else ""
    if command in _WORD_XY:
        return frozenset({x, y})
    if command in _WORD_X:
        return frozenset({x}) if command not in {"prev1or2wd", "next1or2wd"} else None
    if command in _WORD_Y:
        return frozenset({y})
    return None


_TAG_X = {"prevtag", "nexttag", "prev2tag", "next2tag", "wdprevtag", "wdand2tagbfr"}
_TAG_Y = {"prevwdtag", "nextwdtag", "wdnexttag", "wdand2tagaft"}
_TAG_XY = {"surroundtag", "prevbigram", "nextbigram"}


def _rule_tags(rule: list[str]) -> frozenset[str] | None:
    """Tags that must be in a sentence for a contextual rule to fire there (None: no need)."""
    command, x, y = rule[2].lower(), rule[3], rule[4] if len(rule) > 4 else ""
    if command in _TAG_XY:
        return frozenset({x, y})
    if command in _TAG_X:
        return frozenset({x})
    if command in _TAG_Y:
        return frozenset({y})
    return None


def _rule_lines(directory: Path) -> list[list[str]]:
    """The contextual rules that `_parse_context` keeps, split into fields."""
    return [r for r in (line.split() for line in _lines(directory / "en-context.txt"))
            if len(r) >= 4 and _context_test(r[2].lower(), r[3], "") is not None]


def _parse_context(path: Path) -> tuple[tuple[str, ContextTest, str], ...]:
    """(old tag, condition, new tag) for each rule, in file order."""
    rules = []
    for line in _lines(path):
        r = line.split()
        if len(r) < 4:
            continue
        test = _context_test(r[2].lower(), r[3], r[4] if len(r) > 4 else "")
        if test is not None:
            rules.append((r[0], test, r[1]))
    return tuple(rules)


def _parse_entities(path: Path) -> dict[str, tuple[tuple[str, ...], ...]]:
    labels = {"pers", "loc", "org"}
    entities: dict[str, list[tuple[str, ...]]] = {}
    for line in _lines(path):
        words = [w.lower() for w in line.split()]
        if words[-1] in labels:
            words = words[:-1]
        if words:
            entities.setdefault(words[0], []).append(tuple(words))
    return {first: tuple(names) for first, names in entities.items()}


def brill_directory() -> Path:
    """Where textblob keeps Brill's English files, found without importing textblob (slow)."""
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise EventwireError("the textblob package (Brill's lexicon) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "en"


def build_tagger(directory: Path | None = None) -> Tagger:
    """Read and compile Brill's four files; call once and share the result."""
    directory = directory or brill_directory()
    context = _parse_context(directory / "en-context.txt")
    by_tag: dict[str, list[int]] = {}
    for number, (old, _test, _new) in enumerate(context):
        by_tag.setdefault(old, []).append(number)
    return Tagger(
        lexicon=_parse_lexicon(directory / "en-lexicon.txt"),
        morphology=_parse_morphology(directory / "en-morphology.txt"),
        context=context,
        context_by_tag={tag: tuple(numbers) for tag, numbers in by_tag.items()},
        context_words=tuple(_rule_words(line) for line in _rule_lines(directory)),
        context_tags=tuple(_rule_tags(line) for line in _rule_lines(directory)),
        entities=_parse_entities(directory / "en-entities.txt"),
    )


def tagger(knowledge: Knowledge) -> Tagger:
    """The shared tagger, built on first use."""
    return knowledge.load("tagging.brill", lambda _k: build_tagger())
