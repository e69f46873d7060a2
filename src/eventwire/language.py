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

BATCH_SIZE = 256
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
    try:
        # our tokenizer has already split the text: reading the model's own tokenizer
        # exceptions would only cost start-up time
        nlp = spacy.load(path, exclude=["tokenizer"])
    except Exception as exc:  # any failure to deserialize is the same problem for the user
        raise ModelError(f"the language model in {path} is damaged ({type(exc).__name__}: "
                         f"{exc}); rebuild it with `make model`") from exc
    missing = [name for name in COMPONENTS if name not in nlp.pipe_names]
    if missing:
        raise ModelError(f"the language model in {path} lacks {', '.join(missing)}; "
                         "rebuild it with `make model`")
    return nlp


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
    for sentence, doc in zip(todo, docs, strict=True):
        _copy(doc, sentence.tokens)


def _doc(doc_class: Any, vocab: Any, tokens: Sequence[Token]) -> Any:
    """A pre-tokenized Doc for one sentence, marked as exactly one sentence."""
    words = [t.text for t in tokens]
    spaces = [a.end < b.start for a, b in zip(tokens, tokens[1:], strict=False)] + [False]
    starts = [True] + [False] * (len(tokens) - 1)
    return doc_class(vocab, words=words, spaces=spaces, sent_starts=starts)


def _copy(doc: Any, tokens: Sequence[Token]) -> None:
    for token, parsed in zip(tokens, doc, strict=True):
        token.tag = parsed.tag_
        token.pos = parsed.pos_
        lemma = parsed.lemma_ or token.text
        # UD lemmas of common words are lower case; a capital is kept for proper nouns only
        # ("Rebels" opening a sentence -> "rebel", "Houthis" -> "Houthi")
        token.lemma = lemma if parsed.pos_ == "PROPN" else lemma.lower()
        token.dep = parsed.dep_
        token.head = parsed.head.i
