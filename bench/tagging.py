"""Speed of tokens + sentences + POS tags (the `sentences` stage) on a generated corpus.

Run: PYTHONPATH=src python bench/tagging.py [--sentences N] [--gold PETR.UnitTest.records.xml]

The corpus is made here from templates and word lists (no data files), so the figure can be
rerun anywhere. It prints sentences/s for splitting+tokenizing, for tagging alone, and for both,
plus microseconds per sentence (CPU time of this process, so other load on the machine does
not distort it). The pipeline target is >= 1,000 sentences/s in all, so this
stage should stay well above that.

With `--gold FILE` (PETRARCH validation records, whose `<Parse>` trees carry Penn tags) it
also prints tagging accuracy on those words, for our tagger and for textblob's own.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from pathlib import Path

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


def accuracy(gold: Path) -> None:
    """Share of words tagged as in the parse trees of PETRARCH validation records."""
    from eventwire.tagging import build_tagger

    text = gold.read_text(encoding="utf-8")
    sentences = []
    for parse in re.findall(r"<Parse>(.*?)</Parse>", text, re.S):
        pairs = re.findall(r"\(([^\s()]+) ([^\s()]+)\)", parse)
        if pairs:
            sentences.append([(word, tag) for tag, word in pairs])
    ours = build_tagger()

    def textblob_tags(words: list[str]) -> list[str]:
        from textblob.en import parser

        return [tag for _, tag in parser.find_tags(words)]

    for name, tag in (("eventwire", ours.tag), ("textblob PatternTagger", textblob_tags)):
        right = total = 0
        for sentence in sentences:
            predicted = tag([word for word, _ in sentence])
            for (_, gold_tag), guess in zip(sentence, predicted, strict=True):
                if gold_tag in {"-LRB-", "-RRB-"}:
                    continue
                total += 1
                right += gold_tag == guess
        print(f"{name:>24}: {right / total:.1%} of {total} words")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=20_000)
    parser.add_argument("--gold", type=Path, help="PETRARCH validation records to score tags")
    args = parser.parse_args()
    if args.gold:
        accuracy(args.gold)
    knowledge = Knowledge()
    text = corpus(args.sentences)
    started = time.process_time()
    split(text[:2000], knowledge)  # build the tokenizer and the tagger first
    brill = tagger(knowledge)
    print(f"load (tokenizer + tagger): {time.process_time() - started:.2f} s")

    started = time.process_time()
    found = split(text, knowledge)
    splitting = time.process_time() - started
    tokens = sum(len(s.tokens) for s in found)
    started = time.process_time()
    for sentence in found:
        brill.tag_tokens(sentence.tokens)
    tagging_time = time.process_time() - started
    total = splitting + tagging_time
    n = len(found)
    print(f"{n} sentences, {tokens} tokens ({tokens / n:.1f} per sentence)")
    for name, seconds in (("split+tokenize", splitting), ("tag", tagging_time),
                          ("both", total)):
        print(f"{name:>15}: {n / seconds:9.0f} sentences/s  {seconds / n * 1e6:7.1f} us/sentence"
              f"  {seconds / tokens * 1e6:5.2f} us/token")


if __name__ == "__main__":
    main()
