"""Speed of our language model (tags, lemmas, dependency parse) and of the sentence stage.

Run: PYTHONPATH=src python bench/language.py [--sentences N]

The corpus is made here from templates and word lists (no data files), so the figure can be
rerun anywhere: wire-length sentences of about 25 words (two clauses, attributions, dates).
It prints, in CPU time of this process (other load on the machine does not distort it):
model load time; words and sentences per CPU-second for split+tokenize, for the model alone
(`eventwire.language.annotate`), and for both; and the process's peak RSS.
"""

from __future__ import annotations

import argparse
import random
import resource
import time

from eventwire import language
from eventwire.knowledge import Knowledge
from eventwire.sentences import split

ACTORS = ["Sudanese army troops", "Russian jets", "Fighters of the Rapid Support Forces",
          "The U.N. envoy", "Lt. Col. Ahmed Hassan", "Hezbollah fighters", "Myanmar's junta",
          "Israeli aircraft", "Gen. Valery Gerasimov", "Haitian police", "M23 rebels",
          "Al-Shabaab militants", "Mexican marines", "Ukrainian drones"]
VERBS = ["struck", "shelled", "attacked", "met", "accused", "warned", "did n't reach",
         "will meet", "may have bombed", "denied attacking", "condemned", "captured",
         "withdrew from", "fired rockets at", "were ambushed near"]
TARGETS = ["a crowded market in El Fasher", "positions near Bakhmut", "the U.N. mission",
           "opposition-held towns in northern Shan state", "a convoy on the road to Goma",
           "officials in Port-au-Prince", "the Kafr Nabudah front", "civilians fleeing Rafah",
           "a police station outside Culiacan", "army bases around Mopti"]
TAILS = ["on Monday", "at 9 a.m. local time", "late on Sept. 5", "for the third day running",
         "despite a ceasefire agreed last week", "after talks in Jeddah collapsed"]
CLAUSES = ["killing at least 12 people, a monitor said", "according to state media",
           "witnesses told reporters by telephone", "the ministry said in a statement",
           "in an escalation that aid groups fear will displace thousands more",
           "local officials said, adding that the toll could rise"]
QUOTES = ["\u201cWe will respond with force to any provocation,\u201d the spokesman said.",
          '"This is a war crime and the world must act now." The minister left the room.',
          "The envoy told the Council: \u201cThe killing of civilians has to stop today.\u201d"]


def corpus(sentences: int, seed: int = 7) -> str:
    """Paragraphs of wire-style sentences, a quote now and then."""
    rng = random.Random(seed)
    paragraphs, current = [], []
    for _ in range(sentences):
        if rng.random() < 0.1:
            current.append(rng.choice(QUOTES))
        else:
            current.append(f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(TARGETS)} "
                           f"{rng.choice(TAILS)}, {rng.choice(CLAUSES)}.")
        if len(current) >= rng.randint(2, 5):
            paragraphs.append(" ".join(current))
            current = []
    paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=5_000)
    args = parser.parse_args()
    knowledge = Knowledge()
    text = corpus(args.sentences)
    started = time.process_time()
    warm = split(text[:2000], knowledge)
    language.annotate(warm, knowledge)
    print(f"load (tokenizer + model): {time.process_time() - started:.2f} s CPU")

    started = time.process_time()
    found = split(text, knowledge)
    splitting = time.process_time() - started
    words = sum(1 for s in found for t in s.tokens if t.text[:1].isalnum())
    started = time.process_time()
    language.annotate(found, knowledge)
    parsing = time.process_time() - started
    n = len(found)
    print(f"{n} sentences, {words} words ({words / n:.1f} per sentence)")
    for name, seconds in (("split+tokenize", splitting), ("model", parsing),
                          ("both", splitting + parsing)):
        print(f"{name:>15}: {words / seconds:9.0f} words/s  {n / seconds:7.0f} sentences/s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
