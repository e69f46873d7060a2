"""Penn Treebank POS tags for our own tokens from Brill's lexicon and rules, offline.

The lexicon (~94k words), the morphological rules for unknown words, the contextual rules and
the multi-word names are the ones shipped inside the `textblob` package (`textblob/en/en-*.txt`,
from Brill's tagger v1.14). We read those files ourselves and compile them once instead of
calling textblob's `PatternTagger`: textblob re-tokenizes, and our tags must align with the
spaCy tokens whose offsets every later stage uses; and textblob's tagger uses only the lexicon
and suffix guesses, leaving Brill's contextual rules out.

How a sentence is tagged:

1. A known word takes its lexicon tag; the first word of a sentence (or after an opening quote
   or bracket) and long all-capital words ("UPDATE") may be looked up in lower case.
2. An unknown word is NNP when capitalised, CD when it looks like a number, else Brill's
   morphological rules decide (as textblob does).
3. Brill's contextual rules run in file order, each over the whole sentence left to right, as
   in Brill's own tagger. Brill only lets a rule give a known word a tag that word was seen
   with; textblob's lexicon keeps one tag per word, so `possible_tags` infers the others from
   the word's inflections in the lexicon. On PETRARCH's hand-made validation parses this
   scores 95.1% against 92.0% for textblob's `PatternTagger` (see `bench/tagging.py`).
4. Known multi-word names become NNP; quote marks get `` and '', dashes `:`.

Only rules whose old tag occurs at a word that may still change, and whose words and tags all
occur in the sentence, are tried, which keeps tagging to a few microseconds per token.
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

_WORD_MOVES = {"that": frozenset({"IN", "WDT", "DT", "RB"}), "was": frozenset({"VBD"}),
               "were": frozenset({"VBD"}), "did": frozenset({"VBD"})}
"""Words whose possible tags the rules below would get wrong."""

_PAST = frozenset({"VBD", "VBN"})


def possible_tags(word: str, tag: str, lexicon: dict[str, str]) -> frozenset[str]:
    """The tags a contextual rule may give a known word.

    Brill restricts his contextual rules to tags a word was seen with; textblob's lexicon
    keeps only the most frequent one, so we infer the usual ambiguities from the word's
    inflections in the lexicon: a noun may be a verb when "-ed" or "-s" forms of it are verbs
    ("attack"/"attacked"), a plural may be a third-person verb when its stem is a verb
    ("strikes"), a verb may be a noun when its plural is a noun ("deal"/"deals"), "-ing" words
    may be nouns or adjectives, participles adjectives, past forms participles.
    """
    if word.lower() in _WORD_MOVES:
        return _WORD_MOVES[word.lower()]
    low = word.lower()
    tags = {tag}
    if tag in {"NN", "VB", "VBP"}:
        if _verb(low, lexicon):
            tags |= {"VB", "VBP"}
        if _noun(low, lexicon):
            tags.add("NN")
        if tag == "NN":
            tags.add("JJ")
    elif tag in {"NNS", "VBZ"}:
        stem = _stem(low)
        if stem and (lexicon.get(stem) in {"VB", "VBP"} or _verb(stem, lexicon)):
            tags.add("VBZ")
        if stem and (lexicon.get(stem) == "NN" or _noun(stem, lexicon)):
            tags.add("NNS")
    elif tag in {"VBD", "VBN"}:
        tags |= {"VBD", "VBN", "JJ"}
    elif tag == "JJ":
        tags.add("NN")
        if low.endswith(("ed", "en")):
            tags |= {"VBN", "VBD"}
    elif tag in {"IN", "RP", "RB"}:
        tags |= {"IN", "RP", "RB"}
    elif tag in {"WDT", "DT"}:
        tags |= {"WDT", "DT"}
    elif tag in {"NNP", "NNPS"}:
        tags |= {"NNP", "NNPS"}
    if low.endswith("ing") and tag in {"VBG", "NN", "JJ"}:
        tags |= {"VBG", "NN", "JJ"}
    return frozenset(tags)


def _verb(word: str, lexicon: dict[str, str]) -> bool:
    """Whether the lexicon has past, "-s" or "-ing" forms of `word` (so it can be a verb)."""
    forms = [word + "ed", word + "d", word + word[-1:] + "ed"]
    if word.endswith("y"):
        forms.append(word[:-1] + "ied")
    if any(lexicon.get(f) in _PAST for f in forms):
        return True
    if lexicon.get(word + "s") == "VBZ" or lexicon.get(word + "es") == "VBZ":
        return True
    # an "-ing" form of any tag ("striking" JJ, "shelling" NN) means the base is a verb
    stems = (word, word[:-1] if word.endswith("e") else word, word + word[-1:])
    return any(stem + "ing" in lexicon for stem in stems)


def _noun(word: str, lexicon: dict[str, str]) -> bool:
    """Whether the lexicon has a plural noun form of `word`."""
    forms = [word + "s", word + "es"]
    if word.endswith("y"):
        forms.append(word[:-1] + "ies")
    return any(lexicon.get(f) == "NNS" for f in forms)


def _stem(word: str) -> str | None:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return None


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
    possible: dict[str, frozenset[str]]  # memo: tags the contextual rules may give a word
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
        entries: list[str | None] = []
        tags = self._first_pass(keys, entries)
        tags = self._apply_context(keys, tags, entries)
        self._apply_entities(keys, tags)
        _fix_punctuation(words, tags, spaced)
        return tags

    def tag_tokens(self, tokens: Sequence[Token]) -> None:
        """Set `tag` on each token of one sentence (tokens are not re-split)."""
        spaced = [i == 0 or tokens[i - 1].end < t.start for i, t in enumerate(tokens)]
        tags = self.tag([t.text for t in tokens], spaced)
        for token, tag in zip(tokens, tags, strict=True):
            token.tag = tag

    def _first_pass(self, keys: list[str], entries: list[str | None]) -> list[str]:
        """Lexicon tags, else guesses for unknown words; `entries` gets the lexicon keys used."""
        lexicon = self.lexicon
        tags: list[str | None] = []
        initial = True
        for key in keys:
            entry = key
            tag = lexicon.get(key)
            if tag is None and (initial or (key.isupper() and len(key) > 4)):
                entry = key.lower()
                tag = lexicon.get(entry)
            tags.append(tag)
            entries.append(entry if tag is not None else None)
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

    def _apply_context(self, keys: list[str], tags: list[str], entries: list[str | None]
                       ) -> list[str]:
        """Brill's contextual rules in file order, each applied left to right over the sentence.

        Only rules whose old tag is held by a word that may still change are tried (a heap of
        rule numbers, topped up when a rule makes a new tag appear), so a sentence costs tens
        of rule tests rather than ~290 times its length.
        """
        pad = [_PAD] * 3
        words = pad + keys + pad
        padded = pad + tags + pad
        allowed: list[frozenset[str] | None] = [None] * len(padded)  # None: any tag
        where: dict[str, list[int]] = {}
        possible = self.possible
        for i in range(3, len(padded) - 3):
            entry = entries[i - 3]
            if entry is not None:
                choices = possible.get(entry)
                if choices is None:  # worked out on first sight of the word, then remembered
                    choices = possible[entry] = possible_tags(entry, self.lexicon[entry],
                                                              self.lexicon)
                if entry == words[i] and entry[:1].isupper() and i > 3:
                    choices = choices | {"NNP"}  # capitalised inside a sentence: may be a name
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
        possible={},
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
