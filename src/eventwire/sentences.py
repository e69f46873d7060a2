"""Sentences and tokens annotated by our language model, with offsets into the document text.

Tokens come from spaCy's English tokenizer (`spacy.blank("en")`, built once and shared), so
"didn't", "U.S." and "$1.5bn" split the way every later stage expects; sentence boundaries come
from rules that know news text:

- paragraphs first: a line break ends a sentence, unless the text is hard-wrapped (then only
  blank lines, short lines, bullets and lines ending in a colon do), so headings and datelines
  without a full stop stand alone and a colon-introduced block quote starts its own sentence;
- live-blog update markers ("UPDATE 1330 GMT:") are sentences of their own, and no sentence
  crosses a segment;
- a full stop, "?" or "!" ends a sentence, taking closing quotes and brackets with it
  (`." He said`), unless a lower-case word follows ('"Why?" he asked');
- titles and months ("Gen.", "Lt. Col.", "Sept.") never end a sentence; other abbreviations
  ("U.S.", "a.m.") do only when a word that starts sentences follows ("... the U.S. The ...");
- a run of more than `MAX_TOKENS` tokens or `sentence_chars` characters (`eventwire.limits`)
  without a boundary is cut, and so is a word of over `MAX_WORD_CHARS`, so one endless line
  cannot make later stages slow.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import Any

from eventwire import language
from eventwire.knowledge import Knowledge
from eventwire.limits import limit
from eventwire.model import Document, Result, Sentence, Token

MAX_TOKENS = 200
"""Longest sentence we make; longer runs without a boundary are cut."""

CHUNK_CHARS = 20_000
"""Longest stretch handed to the tokenizer at once (cut at white space): bounds memory."""

MAX_WORD_CHARS = 100
"""Longest token: a longer run without white space (no word, URL or number is) is cut."""
_LONG_RUN = re.compile(r"\S{" + str(MAX_WORD_CHARS + 1) + ",}")

TITLES = frozenset({
    "mr.", "mrs.", "ms.", "messrs.", "dr.", "prof.", "rev.", "st.", "mt.", "ft.", "sen.", "sens.",
    "rep.", "reps.", "gov.", "govs.", "pres.", "amb.", "gen.", "gens.", "lt.", "col.", "maj.",
    "capt.", "cmdr.", "cdr.", "adm.", "brig.", "sgt.", "cpl.", "pvt.", "spc.", "lt.col.",
    "lt.gen.", "maj.gen.", "brig.gen.", "sec.", "dept.", "no.", "nos.", "vs.", "v.", "jan.",
    "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
    "approx.", "est.", "fig.",
})
"""Abbreviations that are never the last word of a sentence (lower case)."""

EXTRA_ABBREVIATIONS = ("Lt.", "Col.", "Maj.", "Capt.", "Cmdr.", "Cdr.", "Brig.", "Sgt.",
                       "Cpl.", "Pvt.", "Spc.", "Gens.", "Sens.", "Reps.", "Govs.", "Amb.",
                       "Ft.", "Sec.", "Dept.", "Nos.", "etc.", "approx.", "Lt.Col.",
                       "Lt.Gen.", "Maj.Gen.", "Brig.Gen.", "Pres.")
"""Abbreviations spaCy's English tokenizer would split off their full stop."""

STARTER_WORDS = frozenset(str.split("""
a an the this that these those some any each every no another either neither all both half such
i you he she it we they me him her us them my your his its our their one
in on at by for from with without within into onto of off over under above below after before
since until till during through throughout across along around among between behind beyond
despite against toward towards near beside besides upon about amid amidst via per unlike like
as if unless because although though while whereas whether once than so yet and but or nor
what which who whom whose where when why how whatever whoever wherever whenever however
can could may might must shall should will would there to
"""))
"""Closed-class words (determiners, pronouns, prepositions, conjunctions, wh-words, modals)
that, capitalised after an abbreviation, start a sentence ("... the U.S. The ...")."""

_TERMINALS = frozenset({".", "!", "?", "?!", "!?", "!!", "??", "...", "\u2026", "!.."})
_CLOSERS = frozenset({")", "]", "}", "\u201d", "\u2019", "\u00bb", "''"})
_STRAIGHT = frozenset({'"', "'"})
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_BULLET = re.compile(r"\s*(?:[-*\u2022\u25cf\u25aa]\s|\d{1,2}[.)]\s|[\u201c\"\u2018])")
_END_PUNCT = tuple(".!?:;\"'\u201d\u2019)]")


def run(document: Document, result: Result, knowledge: Knowledge) -> None:
    """Fill `result.sentences` (tokens tagged, each knowing its segment)."""
    find(document, result, knowledge)
    language.annotate(result.sentences, knowledge)


def find(document: Document, result: Result, knowledge: Knowledge) -> None:
    """Fill `result.sentences` with untagged tokens, each sentence knowing its segment: `run`
    without the language model, for a caller that annotates several documents at once."""
    breaks = set()
    for segment in result.segments:
        breaks.add(segment.start)
        if segment.body is not None:
            breaks.add(segment.body)
    result.sentences = split(document.text, knowledge, breaks=sorted(breaks))
    starts = [segment.start for segment in result.segments]
    for sentence in result.sentences:
        sentence.segment = max(0, bisect.bisect_right(starts, sentence.start) - 1)


def split(text: str, knowledge: Knowledge, *, breaks: Sequence[int] = ()) -> list[Sentence]:
    """Split `text` into sentences with (untagged) tokens; `breaks` are forced boundaries."""
    tokenizer = knowledge.load("sentences.tokenizer", _build_tokenizer)
    out: list[Sentence] = []
    strings: dict[str, tuple[str, str]] = {}
    for start, end in blocks(text, breaks):
        tokens = list(_tokens(text, start, end, tokenizer, strings))
        for first, last in _sentence_spans(tokens):
            span = tokens[first:last]
            out.append(Sentence(len(out), span[0].start, span[-1].end, span))
    return out


def blocks(text: str, breaks: Sequence[int] = ()) -> list[tuple[int, int]]:
    """Spans of text that no sentence crosses: paragraphs, cut at each offset in `breaks`."""
    lines = _lines(text)
    wrapped = _hard_wrapped(text, lines)
    width = max((e - s for s, e in lines), default=0)
    spans: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        if not line.strip():
            if current:
                spans.append(current)
            current = None
            continue
        current = (start, end) if current is None else (current[0], end)
        following = lines[index + 1] if index + 1 < len(lines) else None
        next_line = text[following[0]:following[1]] if following else ""
        if following is None or (not wrapped and not _continues(line, next_line)) or (
                wrapped and _ends_paragraph(line, next_line, width)):
            spans.append(current)
            current = None
    if current:
        spans.append(current)
    return _cut(text, spans, sorted(set(breaks)))


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, without its line break."""
    spans = []
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            spans.append((start, len(text)))
            return spans
        spans.append((start, end))
        start = end + 1


def _hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """True for text wrapped at a fixed width (many long lines ending mid-sentence)."""
    if not _BLANK_LINE.search(text):
        return False
    long_open = total = 0
    for start, end in lines:
        line = text[start:end].rstrip()
        if not line:
            continue
        total += 1
        if len(line) >= 50 and not line.endswith(_END_PUNCT):
            long_open += 1
    return total > 2 and long_open / total >= 0.3


def _continues(line: str, following: str) -> bool:
    """Whether a single line break falls inside a sentence even in text that is not wrapped
    throughout: the line stops on a comma or a word and the next goes on in lower case
    ("...near Khan Shaykhun,\nrescuers said.")."""
    stripped, next_text = line.rstrip(), following.lstrip()
    return bool(stripped and next_text) and next_text[0].islower() and (
        stripped[-1] in ",;" or stripped[-1].isalnum())


def _ends_paragraph(line: str, following: str, width: int) -> bool:
    """In hard-wrapped text, whether a single line break still ends a paragraph."""
    stripped = line.rstrip()
    return (not following.strip() or len(stripped) < 0.6 * width or stripped.endswith(":")
            or _BULLET.match(following) is not None)


def _cut(text: str, spans: list[tuple[int, int]], breaks: list[int]) -> list[tuple[int, int]]:
    """Cut spans at forced breaks, trim white space, drop empty spans."""
    out = []
    for start, end in spans:
        cuts = [b for b in breaks[bisect.bisect_right(breaks, start):] if b < end]
        edges = [start, *cuts, end]
        for a, b in zip(edges, edges[1:], strict=False):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                out.append((a, b))
    return out


def _tokens(text: str, start: int, end: int, tokenizer: Any,
            strings: dict[str, tuple[str, str]]) -> Iterator[Token]:
    """spaCy tokens of text[start:end] as our Tokens, fed to spaCy in bounded chunks."""
    for a, b in _chunks(text, start, end):
        for tok in tokenizer(text[a:b]):
            if tok.is_space:
                continue
            word = tok.text
            shared = strings.get(word)
            if shared is None:  # one string object per distinct word: big texts stay small
                shared = strings[word] = (word, word.lower())
            offset = a + tok.idx
            yield Token(shared[0], offset, offset + len(word), "", shared[1])


def _chunks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while end - start > CHUNK_CHARS:
        cut = text.rfind(" ", start + CHUNK_CHARS // 2, start + CHUNK_CHARS)
        if cut <= start:
            cut = start + CHUNK_CHARS
        yield from _word_pieces(text, start, cut)
        start = cut
    yield from _word_pieces(text, start, end)


def _word_pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """text[start:end] in stretches, with every run of over `MAX_WORD_CHARS` non-space
    characters in a stretch of its own, cut every `MAX_WORD_CHARS`.

    spaCy peels prefixes and suffixes off a word one at a time, rescanning the word each time:
    quadratic in a word's length, so 50 KB of brackets and quotes without a space took minutes.
    """
    pos = start
    for run in _LONG_RUN.finditer(text, start, end):
        if run.start() > pos:
            yield pos, run.start()
        for piece in range(run.start(), run.end(), MAX_WORD_CHARS):
            yield piece, min(piece + MAX_WORD_CHARS, run.end())
        pos = run.end()
    if pos < end:
        yield pos, end


def _sentence_spans(tokens: list[Token]) -> Iterator[tuple[int, int]]:
    """(first, last) token index pairs (last exclusive) of the sentences in one block."""
    first = 0
    i = 0
    count = len(tokens)
    max_chars = limit("sentence_chars")
    while i < count:
        if _may_end(tokens, i):
            end = _take_closers(tokens, i + 1, first)
            following = tokens[end] if end < count else None
            if following is None or _starts_sentence(tokens, i, following):
                yield first, end
                first = i = end
                continue
        i += 1
        if i - first >= MAX_TOKENS or (
                i < count and tokens[i].end - tokens[first].start > max_chars):
            yield first, i
            first = i
    if first < count:
        yield first, count


def _may_end(tokens: list[Token], i: int) -> bool:
    word = tokens[i].text
    if word in _TERMINALS:
        return True
    if len(word) > 1 and word.endswith(".") and any(c.isalpha() for c in word):
        # "Gen. Smith", "George W. Bush": titles and initials never end a sentence
        return not (tokens[i].lower in TITLES or (len(word) == 2 and word[0].isupper()))
    return False


def _take_closers(tokens: list[Token], j: int, first: int) -> int:
    """Index after the closing quotes and brackets that belong to the sentence ending at j-1."""
    straight = sum(1 for t in tokens[first:j] if t.text in _STRAIGHT)
    while j < len(tokens):
        word = tokens[j].text
        attached = tokens[j].start == tokens[j - 1].end
        if word in _CLOSERS or (word in _STRAIGHT and (attached or straight % 2 == 1)):
            straight += word in _STRAIGHT
            j += 1
        else:
            break
    return j


def _starts_sentence(tokens: list[Token], i: int, following: Token) -> bool:
    """Whether `following` opens a new sentence after the possible end at token i."""
    word = tokens[i].text
    head = following.text[:1]
    if head.islower() or following.text in {",", ";", ":", ")", "]", "%"}:
        return False
    if word in _TERMINALS:
        return word not in {"...", "\u2026"} or head.isupper() or head in {'"', "\u201c"}
    # an abbreviation such as "U.S." or "a.m.": a sentence starts only with a starter word
    if head in {'"', "\u201c", "\u2018", "("}:
        return True
    return head.isupper() and following.lower in STARTER_WORDS


def _build_tokenizer(_knowledge: Knowledge) -> Any:
    """spaCy's English tokenizer with news abbreviations kept whole."""
    import spacy
    from spacy.symbols import ORTH

    nlp = spacy.blank("en")
    tokenizer: Any = nlp.tokenizer  # typed as any callable; a blank pipeline's is a Tokenizer
    for abbreviation in EXTRA_ABBREVIATIONS:
        tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    return tokenizer
