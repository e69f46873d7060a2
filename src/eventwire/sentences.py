"""Sentences and tokens, with offsets into the document text."""

from __future__ import annotations

import re

from eventwire.knowledge import Knowledge
from eventwire.model import Document, Result, Sentence, Token

_SENTENCE = re.compile(r"[^\n.!?]+(?:[.!?]+|$)", re.M)
_TOKEN = re.compile(r"\w+(?:[-']\w+)*|[^\w\s]")


def run(document: Document, result: Result, knowledge: Knowledge) -> None:
    """Fill `result.sentences` (with tokens) over the whole text."""
    text = document.text
    out: list[Sentence] = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        tokens = [Token(m.group(), m.start(), m.end(), "", m.group().lower())
                  for m in _TOKEN.finditer(text, start, end)]
        out.append(Sentence(len(out), start, end, tokens))
    result.sentences = out
