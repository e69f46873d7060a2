"""An optional fifth stage for the core model: fine-tune with beam updates to the parser.

    python training/core/beam_tune.py build/core-3/model-best build/ud build/core-4 --steps 1500
    python -m spacy train training/core/lemmatizer.cfg --paths.source build/core-4 ... \
        -o build/core-5

Not part of `make model`, and not what ships: measured in docs/benchmarks.md (issue 15). The
first stages train the parser greedily: each transition is learned as if the ones before it
were right, and the parser decodes one best transition at a time. Beam updates train it on
whole sequences (a global objective: the gold parse must stay in a beam of `--width`
candidate analyses), and the parser then decodes with a beam (`--decode-width`). On UD this
moved UAS by half a point and LAS by a point where more greedy steps, a wider encoder or a
wider parser had flattened; but the event coder read the new trees no better (actor roles
and PETRARCH a little worse) at about a quarter less speed, so the greedy model stays.
Every component keeps learning at the fine-tuning rate, since they share the encoder; the
lemmatizer must then be retrained on the encoder that moved (the old one reads it at 0.85
lemma accuracy instead of 0.97), which the second command does. The model with the best dev
LAS (averaged weights) is written.

A loop of our own rather than `spacy train`: the trained pipeline is sourced as it is, with
only the parser's beam settings changed, which a training config cannot say of a sourced
component.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path
from typing import Any

import spacy
from spacy.scorer import Scorer
from spacy.tokens import Doc, DocBin
from spacy.training import Example
from spacy.util import minibatch
from thinc.api import Adam

from eventwire.language import COMPONENTS


def examples(nlp: Any, path: Path) -> list[Example]:
    """Gold documents of a DocBin paired with unannotated copies (our tokens, gold sentence
    starts: the model is always run on sentences our own segmenter made)."""
    return [Example(_blank(nlp, ref), ref) for ref in DocBin().from_disk(path).get_docs(nlp.vocab)]


def _blank(nlp: Any, ref: Doc) -> Doc:
    return Doc(nlp.vocab, words=[t.text for t in ref], spaces=[bool(t.whitespace_) for t in ref],
               sent_starts=[bool(t.is_sent_start) for t in ref])


def evaluate(nlp: Any, dev: list[Example]) -> dict[str, float]:
    """spaCy's scores (UAS/LAS without punctuation, tag accuracy) on `dev`."""
    docs: Any = (_blank(nlp, eg.reference) for eg in dev)
    for _name, component in nlp.pipeline:
        docs = component.pipe(docs, batch_size=256)
    return Scorer(nlp).score([Example(d, eg.reference) for d, eg in zip(docs, dev, strict=True)])


def tune(source: Path, data: Path, output: Path, steps: int, width: int, decode_width: int,
         every: int, seed: int = 0) -> None:
    nlp = spacy.load(source)  # with its own tokenizer, so that the output loads anywhere
    assert all(name in nlp.pipe_names for name in COMPONENTS), nlp.pipe_names
    parser = nlp.get_pipe("parser")
    parser.cfg.update(beam_width=width, beam_density=0.0001, beam_update_prob=1.0)
    train, dev = examples(nlp, data / "train.spacy"), examples(nlp, data / "dev.spacy")
    optimizer = Adam(learn_rate=0.0002, L2=0.01, L2_is_weight_decay=True, grad_clip=1.0,
                     use_averages=True)
    random.seed(seed)
    best, step, started = -1.0, 0, time.process_time()
    while step < steps:
        random.shuffle(train)
        for batch in minibatch(train, size=8):
            nlp.update(batch, sgd=optimizer, drop=0.1)
            step += 1
            if step % every == 0 or step == steps:
                with nlp.use_params(optimizer.averages):
                    scores = evaluate(nlp, dev)
                    las = scores["dep_las"]
                    cpu = time.process_time() - started
                    print(f"step {step}: UAS {scores['dep_uas']:.4f} LAS {las:.4f} "
                          f"tag {scores['tag_acc']:.4f} ({cpu:.0f} s CPU)", flush=True)
                    if las > best:
                        best = las
                        parser.cfg["beam_width"] = decode_width
                        nlp.to_disk(output)
                        parser.cfg["beam_width"] = width
            if step >= steps:
                break


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="the trained pipeline (stage 3)")
    parser.add_argument("data", type=Path, help="folder with train.spacy and dev.spacy")
    parser.add_argument("output", type=Path)
    parser.add_argument("--steps", type=int, default=1500)
    parser.add_argument("--width", type=int, default=4, help="beam width in training")
    parser.add_argument("--decode-width", type=int, default=3,
                        help="beam width the shipped parser decodes with (3 keeps nearly all "
                             "of 4's accuracy at less cost: docs/benchmarks.md)")
    parser.add_argument("--every", type=int, default=150, help="evaluate every N steps")
    args = parser.parse_args()
    tune(args.source, args.data, args.output, args.steps, args.width, args.decode_width,
         args.every)


if __name__ == "__main__":
    main()
