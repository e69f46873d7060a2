"""From one cue in one sentence to who spoke and where what they said lies.

News attributes speech in a handful of shapes, and each fixes where speaker and content sit:

    Akar said (on Tuesday) (that) CONTENT.        speaker left, content right
    Nebenzia told the Council CONTENT.            ... after the hearer
    CONTENT, Akar said. / CONTENT, said Akar.     content left, speaker before or after the cue
    CONTENT, the minister said, CONTENT.          content on both sides
    According to X, CONTENT. / CONTENT, according to X.
    ..., saying/adding that CONTENT.              speaker is the clause's subject
    X said: (next paragraph)                      a block quote follows

`analyse` returns character spans; mapping them onto quotation marks is the caller's job.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from eventwire import grammar
from eventwire.model import Token
from eventwire.quotes.cues import Cue, CueEntry, CueLexicon
from eventwire.quotes.grammar import (
    AUXILIARIES,
    FINITE,
    has_finite_verb,
    is_nominal,
    np_left,
    np_right,
)

QUOTE_TOKENS = frozenset({*"\"“”„«»‘’'", "''", "``"})
CLOSING_TOKENS = frozenset({*"\"”»’'", "''"})
_PARENTHESES = frozenset({",", "—", "–", "--", "-"})
_TERMINAL = frozenset(".!?…;")
_PASSIVE = frozenset({"is", "was", "were", "are", "be", "been", "being"})
_NOT_CONTENT = frozenset({"responsibility", "credit", "up", "off", "down", "itself", "himself",
                          "herself", "themselves"})
_ADJUNCT_PREPOSITIONS = frozenset({"on", "in", "at", "during", "after", "before", "via",
                                   "through", "over", "following", "late", "early", "from",
                                   "with", "while", "when", "last", "this", "earlier",
                                   "without",
                                   "later", "again", "also", "yesterday", "today", "tonight",
                                   "recently", "repeatedly", "publicly", "privately", "once",
                                   "separately", "previously", "then", "now"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday", "morning", "evening", "night", "afternoon", "week", "month",
                       "year", "day", "weekend"})


@dataclass(frozen=True)
class Attribution:
    """One cue's reading: character spans of cue, speaker and content region.

    `side` is where the content lies relative to the cue: "right", "left" or "both";
    `opens_block` is set when the content region is empty and the cue ends with a colon,
    so that the next paragraph is what was said.
    """

    sentence: int
    cue: tuple[int, int]
    entry: CueEntry
    speaker: tuple[int, int] | None
    region: tuple[int, int] | None
    side: str
    opens_block: bool = False
    gap: tuple[int, int] | None = None


def analyse(sentence_index: int, tokens: Sequence[Token], tagged: Sequence[str], cue: Cue,
            cues: CueLexicon, previous: Attribution | None) -> Attribution | None:
    """Read one cue: its speaker and its content region, or None if it is no attribution."""
    n = len(tokens)
    f, last = cue.first, cue.last
    entry = cue.entry
    after = tokens[last].lower if last < n else ""
    if not entry.speaker_after:
        if after in _NOT_CONTENT or (after == "to" and not entry.infinitive):
            return None
        if (entry.thought or entry.evidence or entry.np_content) and tokens[f].tag == "VBN" \
                and f > 0 and tagged[f - 1].startswith("NN"):
            return None  # a participle describing a noun: "disinformation intended to ..."
        if f > 0 and tokens[f - 1].lower in _PASSIVE and tokens[f].lower.endswith(("ed", "d")):
            return None
    if f > 0 and tokens[f - 1].text in ("-", "–") and tokens[f - 1].start == tokens[f].start - 1:
        return None  # part of a compound: "so-called"
    if after == "than":
        return None  # "easier said than done"
    if f > 0 and tokens[f - 1].lower == "to" and not entry.speaker_after:
        return None  # governed by another verb: "fair to say", "declined to say"
    if f == 0 and tokens[0].lower.endswith(("ed", "ing")) and not entry.speaker_after:
        return None  # "Asked about ...," "Speaking in ...,": the main clause attributes
    cue_span = (tokens[f].start, tokens[last - 1].end)
    if entry.speaker_after:
        return _according_to(sentence_index, tokens, tagged, cue, cue_span, cues)

    end = _content_end(tokens, tagged)
    speaker: tuple[int, int] | None = None
    clause_first = f  # first token of the speaker-and-cue clause
    clause_last = last  # token after it
    before = _skip_back(tokens, tagged, f)
    participle = tokens[f].lower.endswith("ing") and before >= 0 and tokens[before].text == ","
    inverted = not participle and entry.invert and (before < 0 or tokens[before].text in (",", ":")
                                 or tokens[before].text in CLOSING_TOKENS)
    if inverted:
        right = np_right(tokens, tagged, last, end)
        if right is not None and _clause_ends(tokens, tagged, right[1], end):
            speaker = right
            clause_last = right[1]
        else:
            inverted = False
    if speaker is None:
        speaker = _tree_subject(tokens, f, cues) or _subject(tokens, tagged, f, cues)
        if speaker is not None:
            clause_first = speaker[0]
        elif before > 0 and tokens[before].lower in ("and", "but"):
            # "Trump called on her to resign and said ...": the sentence's subject speaks.
            subject = np_right(tokens, tagged, 0, before)
            if subject is not None and subject[1] < before \
                    and _starts_predicate(tokens, tagged, subject[1]):
                speaker = subject
    if speaker is None and tokens[f].lower.endswith("ing") and before >= 0 \
            and tokens[before].text == "," and previous is not None:
        # "..., saying that ...": the subject of the main clause speaks.
        speaker_chars = previous.speaker
    else:
        speaker_chars = _chars(tokens, _document_speaker(tokens, tagged, speaker, cues))
    if speaker_chars is None and previous is None and tokens[f].lower.endswith("ing"):
        subject = np_right(tokens, tagged, 0, f)
        speaker_chars = _chars(tokens, subject) if subject and subject[0] == 0 else None

    # Content to the right of the clause: skip the hearer, adjuncts, "that" and colons.
    k = clause_last
    if entry.object and k < end and not inverted:
        hearer = np_right(tokens, tagged, k, end)
        if hearer is not None and tokens[hearer[0]].lower != "that":
            k = hearer[1]
    k = _skip_adjuncts(tokens, tagged, k, end)
    if k < end and tokens[k].lower == "to" and not inverted:
        hearer = np_right(tokens, tagged, k + 1, end)
        if hearer is not None and hearer[1] < end and tokens[hearer[1]].lower == "that":
            k = hearer[1]  # "joked to the Fed chair that ...", "said to reporters that ..."
    said = np_right(tokens, tagged, k, end) if k < end else None
    if said is not None and said[1] < end and tokens[said[1]].lower == "that" \
            and tokens[said[1] - 1].lower in cues.content_nouns:
        k = said[1]  # "reiterated his warning that ...": the clause is what was said
    colon = False
    while k < end and tokens[k].text in (",", ":", "—", "–", "-") or (
            k < end and tokens[k].lower == "that" and not _that_is_subject(tagged, k, end)):
        colon = colon or tokens[k].text == ":"
        k += 1
    right_region = (k, end) if k < end else None
    if inverted and right_region and tokens[k].text not in QUOTE_TOKENS:
        right_region = None  # "..., said X, a private company that ..." describes X

    # Content to the left: the sentence before the clause, if a comma or a quote sets it off.
    b = _skip_back_punct(tokens, clause_first)
    set_off = clause_first > 0 and (tokens[clause_first - 1].text in (",", ":", "—")
                                    or tokens[clause_first - 1].text in CLOSING_TOKENS)
    opening = _after_dateline(tokens, b)
    left_region = (opening, b) if b > opening and set_off else None
    if participle:
        left_region = None  # "X denounced Y, saying Z": the main clause is not what was said

    if left_region and right_region and not _right_is_tail(tokens, tagged, right_region):
        region, side = (left_region[0], end), "both"
    elif left_region and (right_region is None or _right_is_tail(tokens, tagged, right_region)
                          ) and (entry.invert or _has_quote(tokens, left_region)):
        # Only verbs of saying report what precedes them ("..., he added"); "..., he
        # decided" does not.
        region, side = left_region, "left"
    elif right_region:
        region, side = right_region, "right"
    else:
        opens = colon or (last < n and tokens[last].text == ":") or (
            n > 0 and tokens[n - 1].text == ":")
        if not opens and not _quote_before(tokens, clause_first):
            return None
        return Attribution(sentence_index, cue_span, entry, speaker_chars, None,
                           "right" if opens else "left", opens_block=opens)
    first_token, stop = region
    if side == "right" and not _content_ok(tokens, tagged, first_token, stop, entry):
        if tokens[n - 1].text == ":" and not has_finite_verb(tagged, first_token, stop):
            # "Zelensky wrote on X after visiting the scene:": circumstance, then a block.
            return Attribution(sentence_index, cue_span, entry, speaker_chars, None, "right",
                               opens_block=True)
        return None
    if side == "left" and not _left_ok(tokens, tagged, first_token, stop):
        return None
    gap = None
    if side == "both" and left_region and right_region:
        gap = (tokens[left_region[1] - 1].end, tokens[right_region[0]].start)
    return Attribution(sentence_index, cue_span, entry, speaker_chars,
                       (tokens[first_token].start, tokens[stop - 1].end), side, gap=gap)


def _according_to(sentence_index: int, tokens: Sequence[Token], tagged: Sequence[str],
                  cue: Cue, cue_span: tuple[int, int], cues: CueLexicon) -> Attribution | None:
    end = _content_end(tokens, tagged)
    source = np_right(tokens, tagged, cue.last, end)
    if source is None or (source[1] < end and tokens[source[1]].text not in (",", "—")):
        # A tagger may misread the source ("to state television" as a verb): take the words
        # up to the comma, or the sentence end, that closes the phrase instead.
        comma = next((k for k in range(cue.last, min(end, cue.last + 9))
                      if tokens[k].text in (",", "—")), None)
        if comma is None and end - cue.last <= 8:
            comma = end
        if comma is not None and comma > cue.last:
            source = (cue.last, comma)
    if source is None:
        return None
    speaker = _chars(tokens, _document_speaker(tokens, tagged, source, cues))
    b = _skip_back_punct(tokens, cue.first)
    if b > 0:
        region = (0, b)
        side = "left"
        if source[1] < end and tokens[source[1]].text == "," and source[1] + 1 < end:
            region, side = (0, end), "both"
    else:
        k = source[1]
        while k < end and tokens[k].text in (",", ":", "—"):
            k += 1
        if k >= end:
            return None
        region, side = (k, end), "right"
    return Attribution(sentence_index, cue_span, cue.entry, speaker,
                       (tokens[region[0]].start, tokens[region[1] - 1].end), side)


def _tree_subject(tokens: Sequence[Token], f: int, cues: CueLexicon) -> tuple[int, int] | None:
    """The speaker as the parse has it: the subject of the cue verb before it, coordinated
    subjects together ("Iran and the Houthis said"), with an apposition that follows the name
    ("Jan Kubis, the UN envoy, said"); a participial or relative clause between them ("Akar,
    arriving in Moscow for talks, said") is no part of the speaker. Token span, end exclusive."""
    found = [s for s in grammar.subjects(tokens, f) if s < f]
    if not found or any(tokens[s].lower in cues.not_speakers for s in found):
        return None
    spans = [grammar.phrase_span(tokens, s) for s in found]
    first, last = min(a for a, _ in spans), max(b for _, b in spans)
    for apposition in grammar.appositions(tokens, found[-1]):
        end = grammar.phrase_span(tokens, apposition)[1]
        if last < apposition and end < f and tokens[end + 1].text in _PARENTHESES:
            last = end
    return first, last + 1


def _subject(tokens: Sequence[Token], tagged: Sequence[str], f: int, cues: CueLexicon
             ) -> tuple[int, int] | None:
    """The speaker before the cue: "Akar said", "Akar, the minister, said", "Akar, who ..."."""
    span = np_left(tokens, tagged, f)
    if span is not None:
        if tokens[span[1] - 1].lower in cues.not_speakers:
            return None
        return _before_parenthesis(tokens, tagged, span)
    j = _skip_back(tokens, tagged, f)
    if j >= 0 and tokens[j].lower in ("who", "which", "that"):
        j -= 1
        if j >= 0 and tokens[j].text in _PARENTHESES:
            head = np_left(tokens, tagged, j)  # "Donald Trump, who has threatened"
        else:
            head = np_left(tokens, tagged, j + 1)  # "superdelegates who have announced"
        if head is None or tokens[head[1] - 1].lower in cues.not_speakers:
            return None
        return _before_parenthesis(tokens, tagged, head)
    if j < 0 or tokens[j].text not in _PARENTHESES:
        return None
    # A parenthetical between subject and verb: find the mark that opens it.
    k = j - 1
    while k >= 0 and tokens[k].text != tokens[j].text and not (
            tokens[j].text == "," and tokens[k].text in _PARENTHESES):
        k -= 1
    if k <= 0:
        return None
    head = np_left(tokens, tagged, k)
    if head is None or tokens[head[1] - 1].lower in cues.not_speakers:
        return None
    head = _before_parenthesis(tokens, tagged, head)
    apposition = np_right(tokens, tagged, k + 1, j)
    if apposition is not None and apposition[1] == j and tokens[j].text == ",":
        # "Jan Kubis, the UN envoy, said": the name and its apposition name the speaker.
        return head[0], j
    return head


def _before_parenthesis(tokens: Sequence[Token], tagged: Sequence[str],
                        span: tuple[int, int]) -> tuple[int, int]:
    """Let "Rep. Bobby Scott (D-Va.)" keep the name before its bracket."""
    first, last = span
    if first > 0 and tokens[first - 1].text == ")":
        k = first - 1
        while k > 0 and tokens[k].text != "(":
            k -= 1
        if tokens[k].text == "(":
            head = np_left(tokens, tagged, k)
            if head is not None:
                return head[0], last
    return span


def _document_speaker(tokens: Sequence[Token], tagged: Sequence[str],
                      span: tuple[int, int] | None, cues: CueLexicon
                      ) -> tuple[int, int] | None:
    """In "a statement from the ministry said", the ministry speaks, not the statement."""
    if span is None:
        return None
    first, last = span
    for k in range(first, last - 1):
        if tokens[k].lower in cues.document_nouns and tokens[k + 1].lower in ("from", "by",
                                                                             "of"):
            inner = np_right(tokens, tagged, k + 2, last)
            if inner is not None:
                return inner
    return span


def _chars(tokens: Sequence[Token], span: tuple[int, int] | None) -> tuple[int, int] | None:
    if span is None:
        return None
    return tokens[span[0]].start, tokens[span[1] - 1].end


def _after_dateline(tokens: Sequence[Token], stop: int) -> int:
    """Index of the first token after a wire dateline ("MOSCOW, May 7 (Agency) - ")."""
    if stop < 3 or not tokens[0].text.isupper() or len(tokens[0].text) < 3:
        return 0
    for k in range(1, min(stop, 16)):
        dash = tokens[k].text
        # a hyphen glued inside a name ("PORT-AU-PRINCE") is no separator; a dash is
        if dash in ("–", "—") or dash in ("-", "--") and tokens[k].start > tokens[k - 1].end:
            return k + 1
    return 0


def _content_end(tokens: Sequence[Token], tagged: Sequence[str]) -> int:
    """Token index after the last content token (dropping final full stops and the like)."""
    end = len(tokens)
    while end > 0 and (tokens[end - 1].text in _TERMINAL or tokens[end - 1].text == ":"):
        end -= 1
    return end


def _skip_back(tokens: Sequence[Token], tagged: Sequence[str], f: int) -> int:
    """Index of the first token before `f` that is not an adverb or auxiliary."""
    j = f - 1
    while j >= 0 and (tagged[j] in ("RB", "MD") or tokens[j].lower in AUXILIARIES):
        j -= 1
    return j


def _skip_back_punct(tokens: Sequence[Token], first: int) -> int:
    """Token index after the last content token before `first` (dropping commas, dashes)."""
    b = first
    while b > 0 and tokens[b - 1].text in (",", ":", "—", "–", "-", "("):
        b -= 1
    return b


def _skip_adjuncts(tokens: Sequence[Token], tagged: Sequence[str], k: int, end: int) -> int:
    """Skip "on Tuesday", "in a statement", "at a news conference in Ankara", "late Sunday"."""
    while k < end:
        lower = tokens[k].lower
        if lower in _WEEKDAYS or (tagged[k] == "RB" and lower not in ("not", "n't")):
            k += 1
            continue
        if lower in _ADJUNCT_PREPOSITIONS:
            phrase = np_right(tokens, tagged, k + 1, end)
            if phrase is None:
                if lower in ("on", "in", "at", "with", "from", "through", "via", "over",
                             "during", "after", "before", "following", "while", "when",
                             "without"):
                    return k
                k += 1
                continue
            # An adjunct ends where a clause begins: stop if its noun phrase is a subject.
            if phrase[1] < end and _starts_predicate(tokens, tagged, phrase[1]):
                return k
            k = phrase[1]
            continue
        if tokens[k].text == "," and k + 1 < end and tokens[k + 1].lower in (
                _ADJUNCT_PREPOSITIONS | {"adding", "citing"}):
            if tokens[k + 1].lower in ("adding", "citing"):
                return k
            k += 1
            continue
        return k
    return k


def _starts_predicate(tokens: Sequence[Token], tagged: Sequence[str], k: int) -> bool:
    return tagged[k] in ("VBD", "VBZ", "VBP", "MD") or tokens[k].lower in _PASSIVE


def _that_is_subject(tagged: Sequence[str], k: int, end: int) -> bool:
    """ "that" followed directly by a verb is a pronoun subject, not a complementiser."""
    return k + 1 < end and tagged[k + 1] in ("VBD", "VBZ", "MD")


def _clause_ends(tokens: Sequence[Token], tagged: Sequence[str], k: int, end: int) -> bool:
    """Whether the inverted speaker's clause ends at `k`: end, comma, or only adjuncts left."""
    if k >= end:
        return True
    if tokens[k].text in (",", ";", "—", "–", ":", "("):
        return True
    return _skip_adjuncts(tokens, tagged, k, end) >= end


def _right_is_tail(tokens: Sequence[Token], tagged: Sequence[str], region: tuple[int, int]
                   ) -> bool:
    """Whether what follows the cue is only a tail ("on Tuesday") rather than content."""
    first, stop = region
    return _skip_adjuncts(tokens, tagged, first, stop) >= stop or (
        tokens[first].lower in ("adding", "saying", "citing", "noting")
        or not has_finite_verb(tagged, first, stop) and stop - first <= 4
        and not any(t.text in QUOTE_TOKENS for t in tokens[first:stop]))


def _content_ok(tokens: Sequence[Token], tagged: Sequence[str], first: int, stop: int,
                entry: CueEntry) -> bool:
    """Content right of a cue must be a clause, a quotation, or an infinitive where allowed."""
    if tokens[first].text in QUOTE_TOKENS:
        return True
    if any(t.text in QUOTE_TOKENS for t in tokens[first:min(stop, first + 3)]):
        return True
    if tagged[first] in FINITE:
        return False  # "the question nobody asked was ...": a verb, not a clause, follows
    if tokens[first].lower == "to":
        return entry.infinitive
    if entry.np_content:
        return True
    if entry.infinitive and first + 1 < stop and is_nominal(tagged[first]):
        # "urged the rebels to withdraw"
        for k in range(first + 1, min(stop, first + 6)):
            if tokens[k].lower == "to":
                return True
    if not entry.np_object and stop - first >= 3:
        return True
    return has_finite_verb(tagged, first, stop)


def _left_ok(tokens: Sequence[Token], tagged: Sequence[str], first: int, stop: int) -> bool:
    """Content set off before a cue is a quotation or a clause (a guessed tag may miss it)."""
    if any(t.text in QUOTE_TOKENS for t in tokens[first:stop]):
        return True
    return has_finite_verb(tagged, first, stop) or stop - first >= 4


def _has_quote(tokens: Sequence[Token], region: tuple[int, int]) -> bool:
    return any(t.text in QUOTE_TOKENS for t in tokens[region[0]:region[1]])


def _quote_before(tokens: Sequence[Token], first: int) -> bool:
    """Whether the clause opens its sentence right after a quote ended the previous one."""
    return first == 0 or all(t.text in QUOTE_TOKENS or t.text in ",—" for t in tokens[:first])
