"""The role of a line in a live blog: headline-like lines and cross-reference lines.

A live blog mixes prose with lines that are not the reporter's sentences: the title, update
headlines and kickers, bylines ("By Amina Osman"), desk names, and pointers to other reports
("See Yemen Brief, March 3: Houthis Vow More Attacks on Shipping"). A headline codes only
with its own verbs and actors and is never anyone's quote; a cross-reference codes nothing
at all (its headline belongs to another report, and its date dates nothing here). The quotes,
claims and attribution stages ask this module which sentences are which.
"""

from __future__ import annotations

import bisect

from eventwire.model import Result, Sentence

_TERMINAL = frozenset(".!?:;…\"”’')]")
_HEADLINE_WORDS = 25
"""A line longer than this is prose that lost its full stop, not a headline."""


def whole_line(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a line of its own, give or take brackets and stops."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip(" \t([") and not text[end:line_end].strip(
        " \t.)]")


def reference_spans(result: Result) -> list[tuple[int, int]]:
    """Spans of the links that fill their line: cross-reference lines, which code nothing."""
    return [(link.start, link.end) for link in result.links
            if whole_line(result.text, link.start, link.end)]


def headline_sentences(result: Result) -> set[int]:
    """Indexes of sentences that are headline-like lines: a title, kicker, update headline,
    byline or desk line stands alone on its line and ends without a stop."""
    text = result.text
    title = " ".join((result.title or "").split())
    labels = {" ".join((s.label or "").split()) for s in result.segments if s.label}
    out: set[int] = set()
    for sentence in result.sentences:
        words = " ".join(text[sentence.start:sentence.end].split())
        if not words:
            continue
        if words == title or words in labels or _bare_line(text, sentence):
            out.add(sentence.index)
    return out


def _bare_line(text: str, sentence: Sentence) -> bool:
    stripped = text[sentence.start:sentence.end].rstrip()
    return (bool(stripped) and stripped[-1] not in _TERMINAL
            and len(stripped.split()) <= _HEADLINE_WORDS
            and whole_line(text, sentence.start, sentence.start + len(stripped)))


def quiet_sentences(result: Result) -> set[int]:
    """Indexes of sentences inside cross-reference lines (a final stop may trail the link)."""
    spans = sorted(reference_spans(result))
    if not spans:
        return set()
    starts = [s.start for s in result.sentences]
    out: set[int] = set()
    for first, last in spans:
        k = bisect.bisect_left(starts, first)
        while k < len(starts) and result.sentences[k].end <= last + 1:
            out.add(result.sentences[k].index)
            k += 1
    return out
