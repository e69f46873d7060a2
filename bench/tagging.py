"""Speed of tokens + sentences + POS tags (the `sentences` stage) on a generated corpus.

Run: PYTHONPATH=src python bench/tagging.py [--sentences N]

The corpus is made here from templates and word lists (no data files), so the figure can be
rerun anywhere. It prints sentences/s for splitting+tokenizing, for tagging alone, and for both,
plus microseconds per sentence. The pipeline target is >= 1,000 sentences/s in all, so this
stage should stay well above that.
"""

from __future__ import annotations

import argparse
import random
import time

from eventwire.knowledge import Knowledge
from eventwire.sentences import split
from eventwire.tagging import tagger

ACTORS = ["Syrian government forces", "Russian jets", "Turkish-backed rebels", "The U.S. envoy",
          "Lt. Col. Ahmed Hassan", "Hezbollah fighters", "The Kurdish-led SDF",
          "Israeli aircraft", "Gen. Valery Gerasimov", "Iraqi police"]
VERBS = ["struck", "shelled", "attacked", "met", "accused", "warned", "did n't reach",
         "will meet", "may have bombed", "denied attacking", "condemned", "captured"]
TARGETS = ["a market in Maarat al-Numan", "positions near Khan Shaykhun", "the U.N. mission",
           "opposition-held towns in northern Hama", "a convoy on the M5 highway",
           "officials in Ankara", "the Kafr Nabudah front", "civilians fleeing Idlib"]
TAILS = ["on Monday", "at 9 a.m. local time", "late on Sept. 5", "killing at least 12 people",
         "a monitor said", "according to state media", "for the third day running", ""]
QUOTES = ["\u201cWe will respond,\u201d he said.", '"This is a war crime." The minister left.',
          "The envoy told the Council: \u201cThe militants are a cancer.\u201d"]


def corpus(sentences: int, seed: int = 7) -> str:
    """Paragraphs of news-like sentences, a quote now and then."""
    rng = random.Random(seed)
    paragraphs, current = [], []
    for _ in range(sentences):
        if rng.random() < 0.1:
            current.append(rng.choice(QUOTES))
        else:
            tail = rng.choice(TAILS)
            current.append(f"{rng.choice(ACTORS)} {rng.choice(VERBS)} "
                           f"{rng.choice(TARGETS)}{' ' + tail if tail else ''}.")
        if len(current) >= rng.randint(2, 5):
            paragraphs.append(" ".join(current))
            current = []
    paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=20_000)
    args = parser.parse_args()
    knowledge = Knowledge()
    text = corpus(args.sentences)
    started = time.perf_counter()
    split(text[:2000], knowledge)  # build the tokenizer and the tagger first
    brill = tagger(knowledge)
    print(f"load (tokenizer + tagger): {time.perf_counter() - started:.2f} s")

    started = time.perf_counter()
    found = split(text, knowledge)
    splitting = time.perf_counter() - started
    tokens = sum(len(s.tokens) for s in found)
    started = time.perf_counter()
    for sentence in found:
        brill.tag_tokens(sentence.tokens)
    tagging_time = time.perf_counter() - started
    total = splitting + tagging_time
    n = len(found)
    print(f"{n} sentences, {tokens} tokens ({tokens / n:.1f} per sentence)")
    for name, seconds in (("split+tokenize", splitting), ("tag", tagging_time),
                          ("both", total)):
        print(f"{name:>15}: {n / seconds:9.0f} sentences/s  {seconds / n * 1e6:7.1f} us/sentence"
              f"  {seconds / tokens * 1e6:5.2f} us/token")


if __name__ == "__main__":
    main()
