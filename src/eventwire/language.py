"""Our trained language model: Penn tags, UPOS, lemmas and a UD dependency parse per sentence.

The model is a spaCy pipeline (tok2vec, tagger, morphologizer, parser, trainable lemmatizer)
that we train ourselves on the UD English treebanks (`training/core/`, `make model`) and ship
in `eventwire/models/core/`. It never tokenizes or splits sentences itself: our tokenizer and
news-aware sentence rules (`eventwire.sentences`) have already done both, so each sentence is
handed over as a pre-tokenized Doc whose first token is marked as the only sentence start,
which keeps the parser from splitting a sentence we made.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.errors import EventwireError
from eventwire.knowledge import Knowledge
from eventwire.model import Sentence, Token

BATCH_SIZE = 64
"""Sentences per batch handed to the model: large enough to amortise the network's calls."""

COMPONENTS = ("tok2vec", "tagger", "morphologizer", "parser", "trainable_lemmatizer")


class ModelError(EventwireError):
    """The shipped language model is missing or cannot be loaded."""


MODEL_ENV = "EVENTWIRE_MODEL"
"""Environment variable naming another model folder (a retrained one) to use instead."""


def model_path() -> Path:
    """Where the core model lives: `$EVENTWIRE_MODEL`, else the one shipped in the package."""
    chosen = os.environ.get(MODEL_ENV)
    if chosen:
        return Path(chosen)
    return Path(str(resources.files("eventwire") / "models" / "core"))


def load_model(path: Path | None = None) -> Any:
    """Load the trained pipeline from `path` (the shipped one by default), or explain how to
    rebuild it: a missing or damaged model is the one error every stage would otherwise hit."""
    import spacy

    path = path or model_path()
    if not (path / "config.cfg").is_file() or not (path / "meta.json").is_file():
        raise ModelError(f"the language model is missing from {path}; rebuild it with "
                         "`make model` (needs the UD English treebanks in ../shared/train/ud/)")
    spacy.registry.tokenizers.register(PRETOKENIZED, func=_pretokenized)  # idempotent
    try:
        # our tokenizer has already split the text: building the model's own English
        # tokenizer (its thousands of exceptions) or reading it from disk would only cost
        # start-up time (0.1-0.2 s)
        nlp = spacy.load(path, exclude=["tokenizer"],
                         config={"nlp": {"tokenizer": {"@tokenizers": PRETOKENIZED}}})
    except Exception as exc:  # any failure to deserialize is the same problem for the user
        raise ModelError(f"the language model in {path} is damaged ({type(exc).__name__}: "
                         f"{exc}); rebuild it with `make model`") from exc
    missing = [name for name in COMPONENTS if name not in nlp.pipe_names]
    if missing:
        raise ModelError(f"the language model in {path} lacks {', '.join(missing)}; "
                         "rebuild it with `make model`")
    return nlp


PRETOKENIZED = "eventwire.pretokenized.v1"
"""The tokenizer the core model is loaded with: none, since it only ever sees Docs that our
own tokenizer made (`_doc`)."""


class _Pretokenized:
    """A tokenizer that refuses text (the core model only sees Docs `_doc` made) and saves
    nothing, so that a loaded model can still be written back (`nlp.to_disk`)."""

    def __call__(self, text: str) -> Any:
        raise ModelError("the core model reads pre-tokenized sentences only "
                         "(eventwire.language.annotate)")

    def to_disk(self, path: Any, **_options: Any) -> None:
        """Nothing to save."""

    def from_disk(self, path: Any, **_options: Any) -> _Pretokenized:
        return self

    def to_bytes(self, **_options: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **_options: Any) -> _Pretokenized:
        return self


def _pretokenized() -> Any:
    return lambda _nlp: _Pretokenized()


def _shipped(_knowledge: Knowledge) -> Any:
    return load_model()


def annotate(sentences: Sequence[Sentence], knowledge: Knowledge) -> None:
    """Fill tag, pos, lemma, dep and head on every token of `sentences`, in place."""
    from spacy.tokens import Doc

    nlp = knowledge.load("language.model", _shipped)
    todo = [s for s in sentences if s.tokens]
    docs: Iterator[Any] = (_doc(Doc, nlp.vocab, s.tokens) for s in todo)
    for _name, component in nlp.pipeline:
        docs = component.pipe(docs, batch_size=BATCH_SIZE)
    names = _Names(nlp.vocab.strings)
    for sentence, doc in zip(todo, docs, strict=True):
        _copy(doc, sentence.tokens, names)


def _doc(doc_class: Any, vocab: Any, tokens: Sequence[Token]) -> Any:
    """A pre-tokenized Doc for one sentence, marked as exactly one sentence."""
    words = [t.text for t in tokens]
    spaces = [a.end < b.start for a, b in zip(tokens, tokens[1:], strict=False)] + [False]
    starts = [False] * len(tokens)
    starts[0] = True
    return doc_class(vocab, words=words, spaces=spaces, sent_starts=starts)


_ATTRS = ("TAG", "POS", "LEMMA", "DEP", "HEAD")
"""What `_copy` reads off a parsed Doc, in one `Doc.to_array` call."""


class _Names(dict):
    """Strings of the model's symbol ids (tags, UPOS, relations, lemmas), looked up once each:
    a document repeats the same few hundred, and the StringStore lookup is the slow part of
    copying annotations. (UPOS ids are symbols the store names as `Token.pos_` does; id 0,
    nothing, is the empty string.)"""

    def __init__(self, strings: Any) -> None:
        super().__init__()
        self.strings = strings

    def __missing__(self, key: int) -> str:
        value = self[key] = self.strings[key]
        return value


def _copy(doc: Any, tokens: Sequence[Token], names: _Names) -> None:
    rows = doc.to_array(_ATTRS).tolist()
    for i, (token, (tag, pos, lemma, dep, head)) in enumerate(zip(tokens, rows, strict=True)):
        token.tag = names[tag]
        token.pos = pos_ = names[pos]
        lemma_ = names[lemma] or token.text
        # UD lemmas of common words are lower case; a capital is kept for proper nouns only
        # ("Rebels" opening a sentence -> "rebel", "Houthis" -> "Houthi")
        token.lemma = lemma_ if pos_ == "PROPN" else lemma_.lower()
        if _misread_verb(token):
            token.tag, token.pos = ("VBG" if token.lower.endswith("ing") else "VBD"), "VERB"
        token.dep = names[dep]
        # HEAD is the offset to the head, stored unsigned: a head before the token wraps
        token.head = i + (head - _WRAP if head >= _HALF else head)
    _verbs_by_their_arguments(tokens)


def _verbs_by_their_arguments(tokens: Sequence[Token]) -> None:
    """A common noun the parse gives an object, and no copula, is a verb the tagger misread
    ("After weeks of fighting, the army retook the town": "retook" tagged NN, lemma
    "retook", its subject "army" and its object "town"). A noun takes no object, so the
    parse's reading wins; where the parse made the subject a modifier of the "noun"
    ("Gunmen overran two army posts": "Gunmen" compound), the modifier before it is its
    subject. With the verb's tag, the actors stage reads the subject as an actor."""
    relations: dict[int, set[str]] = {}
    for i, token in enumerate(tokens):
        if token.head != i:
            relations.setdefault(token.head, set()).add(token.dep)
    for i, deps in relations.items():
        token = tokens[i]
        if token.tag not in ("NN", "NNS") or not token.lower.isalpha() or "obj" not in deps \
                or "cop" in deps:
            continue
        subjects = [j for j in range(i) if tokens[j].head == i and tokens[j].dep == "nsubj"]
        modifiers = [j for j in range(i) if tokens[j].head == i and tokens[j].dep == "compound"
                     and tokens[j].tag in ("NNS", "NNPS")]
        if not subjects and not modifiers:
            continue  # no doer before it: a noun the parse misattached, as often as a verb
        token.tag = "VBZ" if token.tag == "NNS" else "VBD"
        token.pos = "VERB"
        for j in modifiers if not subjects else ():
            tokens[j].dep = "nsubj"


def _misread_verb(token: Token) -> bool:
    """A singular noun whose lemma is another word: the tagger read a noun where the
    lemmatizer read a verb form ("The army fought rebels, militias and gangs": "fought" tagged
    NN, lemma "fight"). A singular noun is its own lemma, so the two disagree only over a verb
    (in our training corpus once in 18,000 tokens, a verb each time); the verb's tag lets the
    actors and events stages read its subject and objects as such."""
    return token.tag == "NN" and token.pos != "PROPN" and token.lower.isalpha() and \
        token.lemma.lower() != token.lower


_HALF = 1 << 63
_WRAP = 1 << 64
