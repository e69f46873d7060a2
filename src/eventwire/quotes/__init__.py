"""The quotes stage: every quotation, what was said, and who said it.

Quotation marks give direct and partial quotes (`marks`); cue words with their subjects give
speakers and indirect speech (`cues`, `attribution`); a colon ending a paragraph introduces a
block quote; a quote with no cue of its own continues the quote before it when it follows
within a sentence or a paragraph. Speakers become actors through the actors stage
(`speakers`). The events stage reads `result.quotes` to code statements.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace

from eventwire.knowledge import Knowledge
from eventwire.lines import headline_sentences, quiet_sentences
from eventwire.model import (
    QUOTE_KINDS,
    Document,
    Quote,
    QuoteHint,
    QuoteKind,
    Result,
    Sentence,
    Token,
)
from eventwire.quotes.attribution import Attribution, analyse
from eventwire.quotes.cues import Cue, CueLexicon, find_cues, lexicon
from eventwire.quotes.grammar import has_finite_verb, tags
from eventwire.quotes.marks import Quoted, find_quoted
from eventwire.quotes.speakers import speaker_actor

__all__ = ["KINDS", "find_quotes", "run"]

KINDS = QUOTE_KINDS
"""Every quote kind, as CONTRACT.md lists them."""

_CARRY_SENTENCES = 2
"""How many sentences back a quote with no cue looks for the speaker of the quote before."""


def run(document: Document, result: Result, knowledge: Knowledge) -> None:
    """Fill `result.quotes`, in text order."""
    result.quotes = find_quotes(result, knowledge, date=document.date, posts=document.quotes)


def find_quotes(result: Result, knowledge: Knowledge, date=None,
                posts: Sequence[QuoteHint] = ()) -> list[Quote]:
    """The quotes of a result whose sentences (and, if coded, actors) are filled.

    `posts` are block quotes the page's markup marks (HTML `blockquote`): each is one block
    quote, whatever the text patterns made of its words, spoken by whoever introduced it or
    else by the post's author.
    """
    text = result.text
    cues = lexicon(knowledge)
    quoted = find_quoted(text)
    builder = _Builder(text, result.sentences, quoted)
    silent = headline_sentences(result) | quiet_sentences(result)
    for sentence in result.sentences:
        if sentence.index in silent:
            continue  # a headline or a cross-reference line is nobody's quote
        for attribution in _attributions(sentence, cues):
            if not builder.inside_quote(attribution.cue[0]):
                builder.add_attribution(attribution)
    builder.add_unattributed()
    quotes = _with_posts(builder.quotes(), posts, text)
    mentions = sorted(result.actors, key=lambda m: m.start)
    issuer = None
    for quote in quotes:
        span = quote.speaker_span
        quote.speaker = speaker_actor(span, text, mentions, date, knowledge)
        words = (quote.speaker_text or "").lower().split()
        if quote.speaker is None and words and words[-1] in cues.document_nouns:
            # "the statement said": the statement is the last named speaker's.
            quote.speaker = issuer
        if quote.speaker is None and span is None and quote.speaker_text:
            # an embedded post's author, named only by the markup
            quote.speaker = speaker_actor((0, len(quote.speaker_text)), quote.speaker_text,
                                          [], date, knowledge)
        if quote.speaker is not None:
            issuer = quote.speaker
    return quotes


def _with_posts(quotes: list[Quote], posts: Sequence[QuoteHint], text: str) -> list[Quote]:
    """Replace what the patterns made of a marked-up block quote by one block quote; a quote
    nested inside it (a cue within the post) is part of what was said, not a quote of its
    own."""
    for post in posts:
        inside = [q for q in quotes if q.start < post.end and post.start < q.end]
        intro = next((q for q in inside if q.speaker_span is not None
                      and not post.start <= q.speaker_span[0] < post.end), None)
        block = Quote(None, intro.speaker_text if intro else post.author,
                      text[post.start:post.end], post.start, post.end, "block",
                      intro.cue if intro else None, time=post.time,
                      sentence=intro.sentence if intro else -1)
        if intro is not None:
            block.speaker_span, block.cue_span = intro.speaker_span, intro.cue_span
        quotes = [q for q in quotes if q not in inside] + [block]
    return sorted(quotes, key=lambda q: (q.start, -q.end))


def _attributions(sentence: Sentence, cues: CueLexicon) -> list[Attribution]:
    tokens = sentence.tokens
    if not tokens:
        return []
    tagged = tags(tokens)
    out: list[Attribution] = []
    previous: Attribution | None = None
    found = [(cue, analyse(sentence.index, tokens, tagged, cue, cues, previous))
             for cue in find_cues(tokens, tagged, cues)]
    for cue, attribution in found:
        if attribution is None:
            continue
        if attribution.speaker is None and previous is not None and _coordinated(tokens, cue):
            # "Akar said A and warned that B": the first cue's speaker says B too.
            attribution = replace(attribution, speaker=previous.speaker)
        out.append(attribution)
        if attribution.speaker is not None:
            previous = attribution
    return _drop_nested_cues(_end_at_coordinated_cues(out, found, tokens))


def _coordinated(tokens: Sequence[Token], cue: Cue) -> bool:
    """Whether the cue opens a coordinated clause: "..., and proposed", ", adding that"."""
    k = cue.first - 1
    while k >= 0 and tokens[k].lower in ("also", "then", "later", "has", "have", "had"):
        k -= 1
    return k >= 0 and (tokens[k].lower in ("and", "but") or (
        tokens[k].text == "," and tokens[cue.first].lower.endswith("ing")))


def _end_at_coordinated_cues(attributions: list[Attribution],
                             found: list[tuple[Cue, Attribution | None]],
                             tokens: Sequence[Token]) -> list[Attribution]:
    """Content to the right of a cue stops where a coordinated cue takes over."""
    starts = []
    for cue, _attribution in found:
        if _coordinated(tokens, cue):
            k = cue.first - 1
            while k > 0 and (tokens[k].lower in ("and", "but", "also", "then", "later", "has",
                                                 "have", "had") or tokens[k].text == ","):
                k -= 1
            starts.append((tokens[cue.first].start, tokens[k].end))
    if not starts:
        return attributions
    out = []
    for a in attributions:
        if a.region is not None and a.side == "right":
            for cue_start, clause_end in starts:
                if a.region[0] < cue_start < a.region[1] and clause_end > a.region[0]:
                    a = replace(a, region=(a.region[0], clause_end))
                    break
        out.append(a)
    return out


def _drop_nested_cues(attributions: list[Attribution]) -> list[Attribution]:
    """A cue inside another cue's content ("said that X claimed ...") is reported speech of
    its own only if it has a speaker; the outer attribution keeps the whole content."""
    return [a for a in attributions if a.speaker is not None or a.opens_block
            or not any(b is not a and b.region and b.region[0] <= a.cue[0] < b.region[1]
                       for b in attributions)]


@dataclass
class _Pending:
    """A quote being assembled, before its speaker is resolved to an actor."""

    start: int
    end: int
    kind: QuoteKind
    speaker: tuple[int, int] | None
    cue: str | None
    sentence: int
    carried: bool = False
    cue_span: tuple[int, int] | None = None


class _Builder:
    """Maps attributions onto quotation marks and collects the quotes."""

    def __init__(self, text: str, sentences: Sequence[Sentence], quoted: list[Quoted]):
        self.text = text
        self.sentences = sentences
        self.sentence_starts = [s.start for s in sentences]
        self.quoted = quoted
        self.quoted_starts = [q.start for q in quoted]
        self.used: set[int] = set()
        self.pending: list[_Pending] = []
        self.blocks: list[tuple[Attribution, int]] = []

    def sentence_at(self, offset: int) -> int:
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        return max(index, 0)

    def inside_quote(self, offset: int) -> bool:
        """Whether `offset` lies inside quoted words: a cue there is part of what was said."""
        index = bisect.bisect_right(self.quoted_starts, offset) - 1
        return index >= 0 and offset < self.quoted[index].end

    def add_attribution(self, a: Attribution) -> None:
        before = len(self.pending)
        self._attribute(a)
        for pending in self.pending[before:]:
            pending.cue_span = a.cue

    def _attribute(self, a: Attribution) -> None:
        cue_text = self.text[a.cue[0]:a.cue[1]]
        if a.region is None:
            if a.opens_block:
                self._block(a, cue_text)
            else:
                self._quote_before(a, cue_text)
            return
        start, end = a.region
        if a.side == "both" and a.gap is not None:
            left = self._whole_quote(start, a.gap[0], "left")
            right = self._whole_quote(a.gap[1], end, "right")
            if left is not None and right is not None:
                for index in (left, right):
                    q = self.quoted[index]
                    self.used.add(index)
                    self.pending.append(_Pending(q.start, q.end, "direct", a.speaker,
                                                 cue_text, self.sentence_at(q.start)))
                return
        direct = self._whole_quote(start, end, a.side)
        if direct is not None:
            q = self.quoted[direct]
            self.used.add(direct)
            self.pending.append(_Pending(q.start, q.end, "direct", a.speaker, cue_text,
                                         self.sentence_at(q.start)))
            return
        start, end = self._widen_to_quotes(start, end)
        self.pending.append(_Pending(start, end, "indirect", a.speaker, cue_text, a.sentence))
        for index in self._quotes_inside(start, end):
            q = self.quoted[index]
            self.used.add(index)
            self.pending.append(_Pending(q.start, q.end, "partial", a.speaker, cue_text,
                                         self.sentence_at(q.start)))

    def _whole_quote(self, start: int, end: int, side: str) -> int | None:
        """The quoted span that the content region is (allowing its marks and punctuation)."""
        text = self.text
        for index in self._near(start, end):
            if index in self.used:
                continue
            q = self.quoted[index]
            close = q.close_mark if q.close_mark is not None else q.end
            if side == "left":
                # The quote closes where the region ends; it may have opened sentences before.
                if start - 3 <= close <= end and _only_marks(text, close, end) and (
                        q.open_mark < start or _only_marks(text, start, q.open_mark)):
                    return index
            elif _only_marks(text, start, q.open_mark) and q.open_mark >= start - 1 and (
                    q.end >= end or _only_marks(text, close, end)):
                return index
        return None

    def _near(self, start: int, end: int) -> list[int]:
        """Indexes of quoted spans that could touch `start..end`."""
        hi = bisect.bisect_right(self.quoted_starts, end + 1)
        lo = hi - 1
        out = []
        while lo >= 0:
            q = self.quoted[lo]
            close = q.close_mark if q.close_mark is not None else q.end
            if close < start - 3:
                break
            out.append(lo)
            lo -= 1
        out.reverse()
        return out

    def _widen_to_quotes(self, start: int, end: int) -> tuple[int, int]:
        """Let an indirect content include a quote it cuts ("were “a cancer”" keeps its mark)."""
        for index in self._near(start, end):
            q = self.quoted[index]
            close = (q.close_mark + 1) if q.close_mark is not None else q.end
            if start <= q.open_mark < end < close:
                end = close
        return start, end

    def _quotes_inside(self, start: int, end: int) -> list[int]:
        return [i for i in self._near(start, end)
                if i not in self.used and start <= self.quoted[i].open_mark
                and self.quoted[i].end <= end]

    def _block(self, a: Attribution, cue_text: str) -> None:
        """ "X said:" closing its paragraph: the next paragraph is what X said."""
        colon = self.text.find(":", a.cue[1])
        newline = self.text.find("\n", a.cue[1])
        if newline < 0 or colon < 0 or self.text[colon + 1:newline].strip():
            # The colon opens a quote on the same line.
            index = self._first_quote_after(a.cue[1], limit=newline if newline >= 0 else None)
            if index is not None:
                q = self.quoted[index]
                self.used.add(index)
                self.pending.append(_Pending(q.start, q.end, "direct", a.speaker, cue_text,
                                             self.sentence_at(q.start)))
            return
        p_start = newline
        while p_start < len(self.text) and self.text[p_start].isspace():
            p_start += 1
        if p_start >= len(self.text):
            return
        index = self._first_quote_after(p_start, limit=p_start + 2)
        if index is not None:
            q = self.quoted[index]
            self.used.add(index)
            self.pending.append(_Pending(q.start, q.end, "block", a.speaker, cue_text,
                                         self.sentence_at(q.start)))
            return
        p_end = self.text.find("\n", p_start)
        p_end = len(self.text) if p_end < 0 else p_end
        while p_end > p_start and self.text[p_end - 1].isspace():
            p_end -= 1
        self.pending.append(_Pending(p_start, p_end, "block", a.speaker, cue_text,
                                     self.sentence_at(p_start)))
        for index in range(len(self.quoted)):
            q = self.quoted[index]
            if p_start <= q.open_mark and q.end <= p_end:
                self.used.add(index)

    def _quote_before(self, a: Attribution, cue_text: str) -> None:
        """ "“...”\\nAkar said." split apart by the sentence splitter: the quote just before."""
        sentence = self.sentences[a.sentence]
        for index in self._near(sentence.start - 4, sentence.start):
            q = self.quoted[index]
            if index in self.used or q.close_mark is None:
                continue
            if _only_marks(self.text, q.close_mark, a.speaker[0] if a.speaker else a.cue[0]):
                self.used.add(index)
                self.pending.append(_Pending(q.start, q.end, "direct", a.speaker, cue_text,
                                             self.sentence_at(q.start)))
                return

    def _first_quote_after(self, offset: int, limit: int | None) -> int | None:
        index = bisect.bisect_left(self.quoted_starts, offset)
        if index < len(self.quoted) and index not in self.used:
            q = self.quoted[index]
            if limit is None or q.open_mark <= limit:
                return index
        return None

    def add_unattributed(self) -> None:
        """Quotes no cue claimed: continue the quote before, or stand with no speaker."""
        for index, q in enumerate(self.quoted):
            if index in self.used:
                continue
            content = self.text[q.start:q.end]
            words = content.split()
            clause = len(words) >= 4 or content.rstrip()[-1:] in ".!?"
            sentence = self.sentence_at(q.start)
            before = self._previous_pending(q.start)
            if before is not None and before.speaker is not None \
                    and sentence - self.sentence_at(before.end) <= _CARRY_SENTENCES \
                    and clause:
                self.pending.append(_Pending(q.start, q.end, "direct", before.speaker,
                                             None, sentence, carried=True))
            elif clause and not q.single and len(words) >= 4 and self._has_clause(q):
                # A quotation on its own, not a title ("Operation Dawn of Idlib").
                self.pending.append(_Pending(q.start, q.end, "direct", None, None, sentence))

    def _has_clause(self, q: Quoted) -> bool:
        """Whether the quoted words hold a finite verb."""
        first = self.sentence_at(q.start)
        for sentence in self.sentences[first:]:
            if sentence.start >= q.end:
                break
            inside = [t for t in sentence.tokens if q.start <= t.start and t.end <= q.end]
            if has_finite_verb(tags(inside), 0, len(inside)):
                return True
        return False

    def _previous_pending(self, offset: int) -> _Pending | None:
        best: _Pending | None = None
        for p in self.pending:
            if p.start < offset and (best is None or p.start > best.start):
                best = p
        return best

    def quotes(self) -> list[Quote]:
        out: list[Quote] = []
        seen: set[tuple[int, int, str]] = set()
        for p in sorted(self.pending, key=lambda p: (p.start, -p.end)):
            key = (p.start, p.end, p.kind)
            if key in seen or p.end <= p.start:
                continue
            seen.add(key)
            speaker_text = self.text[p.speaker[0]:p.speaker[1]] if p.speaker else None
            quote = Quote(None, speaker_text, self.text[p.start:p.end], p.start, p.end, p.kind,
                          p.cue, sentence=p.sentence)
            quote.speaker_span = p.speaker
            quote.cue_span = p.cue_span
            quote.carried = p.carried
            out.append(quote)
        return out


def _only_marks(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` holds only quote marks, punctuation and space."""
    if end <= start:
        return True
    return all(c.isspace() or c in ",.;:!?—–-\"“”„«»‘’'" for c in text[start:end])
