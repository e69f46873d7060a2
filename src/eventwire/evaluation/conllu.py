"""Read CoNLL-U treebanks (Universal Dependencies) into plain sentences.

Used by `eventwire eval parse` and by the model's training recipe (`training/core/`), so the
two see a treebank the same way. Words are UD's syntactic words, which is how our tokenizer
splits too (spaCy's English tokenizer splits "don't" into "do" + "n't" as UD's multi-word
tokens do); the space after a multi-word token belongs to its last word. Empty nodes of the
enhanced graphs ("8.1") are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class UDSentence:
    """One sentence: per-word annotation, 0-based heads (the root is its own head)."""

    genre: str
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    upos: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    morphs: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)
    deps: list[str] = field(default_factory=list)
    entities: list[tuple[int, int, str]] = field(default_factory=list)
    """GUM's `Entity=` brackets as (first word, last word inclusive, type)."""


def read_conllu(path: Path) -> Iterator[UDSentence]:
    """Sentences of a CoNLL-U file, each knowing its document's genre (GUM) or "ewt"."""
    genre = ""
    rows: list[list[str]] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("# newdoc id"):
                doc_id = line.split("=", 1)[1].strip()
                genre = doc_id.split("_")[1] if doc_id.startswith("GUM_") else "ewt"
            elif line.startswith("#"):
                continue
            elif not line.strip():
                if rows:
                    yield _sentence(rows, genre)
                rows = []
            else:
                rows.append(line.split("\t"))
    if rows:
        yield _sentence(rows, genre)


def _sentence(rows: list[list[str]], genre: str) -> UDSentence:
    sentence = UDSentence(genre=genre)
    no_space_after: set[int] = set()
    inside_multiword: set[int] = set()
    for row in rows:
        if "-" in row[0]:
            first, last = (int(x) for x in row[0].split("-"))
            inside_multiword.update(range(first, last))
            if "SpaceAfter=No" in row[9]:
                no_space_after.add(last)
    open_entities: dict[str, list[tuple[int, str]]] = {}
    for row in rows:
        if not row[0].isdigit():
            continue
        word_id = int(row[0])
        index = word_id - 1
        glued = word_id in inside_multiword or word_id in no_space_after
        sentence.words.append(row[1])
        sentence.spaces.append(not glued and "SpaceAfter=No" not in row[9])
        sentence.lemmas.append(row[2])
        sentence.upos.append(row[3])
        sentence.tags.append(row[4])
        sentence.morphs.append("" if row[5] == "_" else row[5])
        head = int(row[6])
        sentence.heads.append(index if head == 0 else head - 1)
        sentence.deps.append("ROOT" if row[7] == "root" else row[7])
        _entities(row[9], index, open_entities, sentence.entities)
    return sentence


def _entities(misc: str, index: int, open_entities: dict[str, list[tuple[int, str]]],
              out: list[tuple[int, int, str]]) -> None:
    """Follow GUM's `Entity=` brackets over one word's MISC column: "(12-person-..." opens
    entity 12, "12)" closes its latest opening, "(12-person-...)" is a one-word mention."""
    for part in misc.split("|"):
        if not part.startswith("Entity="):
            continue
        for match in _ENTITY_ITEM.finditer(part[len("Entity="):]):
            opened, kind, closes_at_once, closed = match.groups()
            if opened:
                if closes_at_once:
                    out.append((index, index, kind))
                else:
                    open_entities.setdefault(opened, []).append((index, kind))
            elif closed and open_entities.get(closed):
                first, kind = open_entities[closed].pop()
                out.append((first, index, kind))


_ENTITY_ITEM = re.compile(r"\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)")
