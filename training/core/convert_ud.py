"""Convert the UD English treebanks (CoNLL-U) into spaCy DocBins for training the core model.

Sentences are read by `eventwire.evaluation.conllu` (the same reader `eventwire eval parse`
uses), grouped a few to a Doc so that the parser sees sentence boundaries too, and GUM's
news-like genres (news, interview, biography) are seen twice in training: they are closest to
what we code. The treebanks never enter the project: point this at `../shared/train/ud/`.

    python training/core/convert_ud.py ../shared/train/ud build/ud
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from eventwire.evaluation.conllu import UDSentence, read_conllu

SENTENCES_PER_DOC = 8
NEWS_GENRES = {"news", "interview", "bio"}


def to_docs(vocab: Vocab, sentences: list[UDSentence]) -> Iterator[Doc]:
    """Group consecutive sentences into Docs with gold sentence starts."""
    for start in range(0, len(sentences), SENTENCES_PER_DOC):
        group = sentences[start:start + SENTENCES_PER_DOC]
        words, spaces, lemmas, pos, tags, morphs, heads, deps, starts = ([] for _ in range(9))
        for sentence in group:
            offset = len(words)
            words += sentence.words
            spaces += sentence.spaces[:-1] + [True]
            lemmas += sentence.lemmas
            pos += sentence.upos
            tags += sentence.tags
            morphs += sentence.morphs
            heads += [h + offset for h in sentence.heads]
            deps += sentence.deps
            starts += [True] + [False] * (len(sentence.words) - 1)
        yield Doc(vocab, words=words, spaces=spaces, lemmas=lemmas, pos=pos, tags=tags,
                  morphs=morphs, heads=heads, deps=deps, sent_starts=starts)


def convert(source: Path, out: Path, seed: int = 0) -> None:
    """Write train.spacy (EWT + GUM, news genres twice, shuffled) and dev.spacy."""
    vocab = spacy.blank("en").vocab
    out.mkdir(parents=True, exist_ok=True)
    for split in ("train", "dev"):
        ewt = list(read_conllu(source / f"en_ewt-{split}.conllu"))
        gum = list(read_conllu(source / f"en_gum-{split}.conllu"))
        chunks = [ewt, gum]
        if split == "train":
            chunks.append([s for s in gum if s.genre in NEWS_GENRES])
        docs = [d for chunk in chunks for d in to_docs(vocab, chunk)]
        random.Random(seed).shuffle(docs)
        DocBin(docs=docs, store_user_data=False).to_disk(out / f"{split}.spacy")
        print(f"{split}: {len(ewt)} EWT + {len(gum)} GUM sentences", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description="Convert UD English treebanks to DocBins.")
    parser.add_argument("source", type=Path, help="folder with en_ewt-*.conllu, en_gum-*.conllu")
    parser.add_argument("out", type=Path, help="folder for train.spacy and dev.spacy")
    args = parser.parse_args()
    convert(args.source, args.out)


if __name__ == "__main__":
    main()
