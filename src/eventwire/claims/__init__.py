"""The claims stage: propositions an actor asserts that the text treats as contestable.

A claim comes from one of four shapes:

- a quote whose cue presents it as contestable ("claimed that", "alleged", "insisted that");
- a denial ("the ministry denied that its jets struck the market"): the claim is what is
  denied, and the denier assesses it;
- a claim noun with a "that"-clause ("spreading allegations that the volunteers are staging a
  provocation"), the claimant being the one who spreads, makes or repeats it;
- an accusation ("accused the rebels of staging the attack") or a claimed thing ("the alleged
  chemical attack").

Each claim's assessment is read from the words around it: in its own sentence outside the
claim ("baseless allegations", "without evidence"), or in one of the next two sentences when
that sentence refers back to it ("The White Helmets called the claim disinformation.").
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from eventwire import grammar
from eventwire.claims.lexicon import (
    ASSESSMENTS,
    ClaimLexicon,
    PhraseHit,
    is_assessment,
    lexicon,
)
from eventwire.knowledge import Knowledge
from eventwire.lines import quiet_sentences
from eventwire.model import (
    Actor,
    ActorMention,
    Assessment,
    Claim,
    Document,
    Result,
    Sentence,
    Token,
)
from eventwire.quotes.cues import is_verb_here
from eventwire.quotes.cues import lexicon as cue_lexicon
from eventwire.quotes.grammar import AUXILIARIES, FINITE, np_left, np_right, tags
from eventwire.quotes.speakers import mention_for, speaker_actor

__all__ = ["ASSESSMENTS", "find_claims", "run"]

_DENY_VERBS = frozenset({"deny", "denies", "denied", "denying"})
_FOLLOWING = 2
"""How many sentences after a claim may assess it."""

_CLAUSE_BREAKS = frozenset({";", "—", "–"})
_AFTER_COMMA_BREAKS = frozenset({"which", "saying", "adding", "a", "an", "something", "but",
                                 "according", "while", "although", "though", "as", "without"})
_CLOSING_MARKS = frozenset({"\"", "”", "''", "’", "'"})
_PASSIVE = frozenset({"is", "was", "were", "are", "be", "been", "being"})
_EXTENDING_PREPOSITIONS = frozenset({"in", "on", "at", "near", "against", "by", "of"})


@dataclass
class _Found:
    """A claim before its actors are resolved: character spans into the text."""

    start: int
    end: int
    sentence: int
    claimant: tuple[int, int] | None = None
    cue: str | None = None
    assessment: Assessment | None = None
    assessment_text: str | None = None
    assessor: tuple[int, int] | None = None
    about_spans: list[tuple[int, int]] = field(default_factory=list)


def run(document: Document, result: Result, knowledge: Knowledge) -> None:
    """Fill `result.claims`, in text order (reads `result.quotes`)."""
    result.claims = find_claims(result, knowledge, date=document.date)


def find_claims(result: Result, knowledge: Knowledge, date: dt.date | None = None
                ) -> list[Claim]:
    """The claims of a result whose sentences and quotes are filled."""
    lex = lexicon(knowledge)
    found = _from_quotes(result, knowledge)
    tagged_sentences = [(s, tags(s.tokens)) for s in result.sentences]
    quiet = quiet_sentences(result)
    for sentence, tagged in tagged_sentences:
        if sentence.index in quiet:
            continue  # another report's headline: no claim is made here
        found.extend(_claim_nouns(sentence, tagged, lex))
        found.extend(_accusations(sentence, tagged))
        found.extend(_modified(sentence, tagged, lex))
        found.extend(_denials(sentence, tagged, lex))
    found = _without_overlaps(found)
    for item in found:
        if item.assessment is None:
            _assess(item, result.text, tagged_sentences, lex)
    mentions = sorted(result.actors, key=lambda m: m.start)
    return [_claim(item, result, mentions, knowledge, date) for item in found]


def _from_quotes(result: Result, knowledge: Knowledge) -> list[_Found]:
    """Quotes whose cue makes them claims, and denials (a claim assessed as denied)."""
    cues = cue_lexicon(knowledge)
    out: list[_Found] = []
    for quote in result.quotes:
        if quote.kind == "partial" or not quote.cue:
            continue
        entry = cues.words.get(quote.cue.split()[0].lower())
        if entry is None:
            continue
        if entry.deny:
            out.append(_Found(quote.start, quote.end, quote.sentence, cue=quote.cue,
                              assessment="denied", assessment_text=quote.cue,
                              assessor=quote.speaker_span))
        elif entry.claim:
            out.append(_Found(quote.start, quote.end, quote.sentence,
                              claimant=quote.speaker_span, cue=quote.cue))
    return out


def _claim_nouns(sentence: Sentence, tagged: Sequence[str], lex: ClaimLexicon
                 ) -> list[_Found]:
    """ "allegations that ...", "Russia's claim that ...", "accusations by X that ..."."""
    tokens = sentence.tokens
    out = []
    n = len(tokens)
    for k in range(n - 2):
        if tokens[k].lower not in lex.claim_nouns or not tagged[k].startswith("NN"):
            continue
        j = k + 1
        claimant: tuple[int, int] | None = None
        if tokens[j].lower in ("by", "from"):
            source = np_right(tokens, tagged, j + 1, n)
            if source is None:
                continue
            claimant, j = source, source[1]
            if j < n and tokens[j].text == ",":
                j += 1
        if j + 1 >= n or tokens[j].lower != "that" or tagged[j + 1] in FINITE \
                or tokens[j + 1].lower in AUXILIARIES:
            continue
        first, last = j + 1, _clause_end(tokens, j + 1)
        if last <= first:
            continue
        if claimant is None:
            claimant = _noun_claimant(tokens, tagged, k)
        out.append(_Found(tokens[first].start, tokens[last - 1].end, sentence.index,
                          claimant=_chars(tokens, claimant), cue=tokens[k].text))
    return out


def _noun_claimant(tokens: Sequence[Token], tagged: Sequence[str], k: int
                   ) -> tuple[int, int] | None:
    """Who makes the claim named by the noun at `k`: a possessor, a nationality, or the
    subject of the verb that governs the noun ("Moscow and Damascus spread allegations",
    "Iran and the Houthis have been spreading disinformation such as claims that ...")."""
    j = k - 1
    while j >= 0 and tagged[j] in ("JJ", "DT", "PRP$", "POS", "NNP$", "NN$", "RB", "VBN",
                                   "NNP", "CD"):
        tag = tagged[j]
        if tag in ("POS", "NNP$", "NN$"):
            return np_left(tokens, tagged, j if tag == "POS" else j + 1)
        if tag == "PRP$" or (tag in ("JJ", "NNP") and tokens[j].text[:1].isupper()
                             and j > 0 and tagged[j - 1] not in ("NNP",)):
            return j, j + 1
        j -= 1
    j = _over_framing(tokens, tagged, j)
    if j >= 0 and (tagged[j].startswith("VB") or j > 0 and tokens[j - 1].lower in (
            "have", "has", "had", "been")):  # "have spread", whatever a tagger says
        return clause_subject(tokens, tagged, j)
    return None


_LINKERS = frozenset({"such", "as", "including", "like", "of", ","})
"""Words between a framing noun and the claim noun it frames: "disinformation such as
claims", "lies, including claims", "a campaign of allegations"."""


def _over_framing(tokens: Sequence[Token], tagged: Sequence[str], j: int) -> int:
    """Step left over a framing noun phrase ("disinformation such as", "a wave of") to the
    word before it; `j` itself if there is none."""
    k = j
    linked = False
    while k >= 0 and tokens[k].lower in _LINKERS:
        k -= 1
        linked = True
    if not linked:
        return j
    while k >= 0 and tagged[k] in ("NN", "NNS", "JJ", "DT", "PRP$", "RB"):
        k -= 1
    return k


def clause_subject(tokens: Sequence[Token], tagged: Sequence[str], verb: int
                   ) -> tuple[int, int] | None:
    """The subject of the verb at `verb`, over auxiliaries and a parenthesis set off by
    commas ("The ministry, meanwhile, accused ..."); coordinated subjects stay whole.

    With a parsed sentence the tree decides (its subjects, coordination distributed);
    without one, the noun phrase before the verb.
    """
    if tokens[verb].dep:
        found = grammar.subjects(tokens, verb)
        if found:
            spans = [grammar.phrase_span(tokens, k) for k in found]
            return min(a for a, _ in spans), max(b for _, b in spans) + 1
    span = np_left(tokens, tagged, verb)
    if span is not None:
        return span
    k = verb - 1
    while k >= 0 and (tokens[k].lower in AUXILIARIES or tagged[k] == "RB"):
        k -= 1
    if k <= 0 or tokens[k].text != ",":
        return None
    opening = next((i for i in range(k - 1, max(k - 8, 0) - 1, -1) if tokens[i].text == ","),
                   None)
    return np_left(tokens, tagged, opening) if opening else None


def _accusations(sentence: Sentence, tagged: Sequence[str]) -> list[_Found]:
    """ "X accused Y of Z" (claim Z about Y by X) and "Y was accused of Z" (by nobody named)."""
    tokens = sentence.tokens
    n = len(tokens)
    out = []
    for k in range(n - 2):
        if not tokens[k].lower.startswith("accus") or not is_verb_here(tokens, tagged, k):
            continue
        if k > 0 and tokens[k - 1].lower in _PASSIVE:
            accused, of, claimant = np_left(tokens, tagged, k), k + 1, None
        else:
            accused = np_right(tokens, tagged, k + 1, n)
            of = accused[1] if accused else k + 1
            claimant = clause_subject(tokens, tagged, k)
        if of >= n - 1 or tokens[of].lower != "of":
            continue
        last = _clause_end(tokens, of + 1)
        if last <= of + 1:
            continue
        found = _Found(tokens[of + 1].start, tokens[last - 1].end, sentence.index,
                       claimant=_chars(tokens, claimant), cue=tokens[k].text)
        if accused is not None:
            found.about_spans.append(_span_chars(tokens, accused))
        out.append(found)
    return out


def _denials(sentence: Sentence, tagged: Sequence[str], lex: ClaimLexicon) -> list[_Found]:
    """ "Russia denies using chemical weapons": the denied act is a claim about the denier.

    Denials with a clause ("denied that ...") come from the quotes stage; here the object is
    a gerund or a plain noun phrase that is not itself a claim ("denied the allegations"
    refers back to a claim, and the assessment step handles it).
    """
    tokens = sentence.tokens
    n = len(tokens)
    out = []
    for k in range(n - 1):
        if tokens[k].lower not in _DENY_VERBS or not is_verb_here(tokens, tagged, k):
            continue
        first = k + 1
        if tokens[first].lower not in ("any", "all") and not (
                tagged[first] == "VBG" or tokens[first].lower in ("involvement",
                                                                  "responsibility")):
            continue
        if lex.references.find(tokens, first, min(n, first + 3)):
            continue
        last = _clause_end(tokens, first)
        if last <= first:
            continue
        denier = np_left(tokens, tagged, k)
        found = _Found(tokens[first].start, tokens[last - 1].end, sentence.index,
                       cue=tokens[k].text, assessment="denied",
                       assessment_text=tokens[k].text, assessor=_chars(tokens, denier))
        if denier is not None:
            found.about_spans.append(_span_chars(tokens, denier))
        out.append(found)
    return out


def _modified(sentence: Sentence, tagged: Sequence[str], lex: ClaimLexicon) -> list[_Found]:
    """ "the alleged chemical attack in Kafr Nabudah": a thing the text only reports."""
    tokens = sentence.tokens
    n = len(tokens)
    out = []
    for k in range(n - 1):
        if tokens[k].lower not in lex.claim_modifiers:
            continue
        if k > 0 and tagged[k - 1] not in ("DT", "PRP$", "POS", "NNP$", "NN$", "IN", ",",
                                           "CC"):
            continue
        phrase = np_right(tokens, tagged, k + 1, n)
        if phrase is None:
            continue
        last = phrase[1]
        if last + 1 < n and tokens[last].lower in _EXTENDING_PREPOSITIONS:
            more = np_right(tokens, tagged, last + 1, n)
            if more is not None:
                last = more[1]
        out.append(_Found(tokens[k + 1].start, tokens[last - 1].end, sentence.index,
                          cue=tokens[k].text))
    return out


def _clause_end(tokens: Sequence[Token], first: int) -> int:
    """Token index where a claim's clause ends: the sentence's end or a clause break."""
    n = len(tokens)
    k = first
    while k < n:
        text = tokens[k].text
        if text in _CLAUSE_BREAKS:
            break
        if text == "," and k + 1 < n and tokens[k + 1].lower in _AFTER_COMMA_BREAKS:
            break
        if text in _CLOSING_MARKS and k > first and tokens[k - 1].text in ",.!?":
            break  # the end of a quotation the claim sits in
        k += 1
    while k > first and tokens[k - 1].text in ".!?,:;…\"”’'":
        k -= 1
    return k


def _without_overlaps(found: list[_Found]) -> list[_Found]:
    """One claim per stretch of text: the first found (quotes before patterns) wins."""
    kept: list[_Found] = []
    for item in found:
        if any(item.start < other.end and other.start < item.end for other in kept):
            continue
        kept.append(item)
    kept.sort(key=lambda f: f.start)
    return kept


def _assess(item: _Found, text: str, sentences: list[tuple[Sentence, list[str]]],
            lex: ClaimLexicon) -> None:
    """Find the claim's assessment in its sentence or in a following sentence about it."""
    if not 0 <= item.sentence < len(sentences):
        return
    sentence, tagged = sentences[item.sentence]
    hits = [h for h in lex.assessments.find(sentence.tokens)
            if not (item.start <= sentence.tokens[h.first].start < item.end)]
    if hits:
        hit = min(hits, key=lambda h: _distance(sentence.tokens, h, item))
        _apply(item, sentence.tokens, tagged, hit, text, lex, same_sentence=True)
        return
    for index in range(item.sentence + 1, min(item.sentence + 1 + _FOLLOWING,
                                               len(sentences))):
        following, tagged = sentences[index]
        hits = lex.assessments.find(following.tokens)
        if hits and lex.references.find(following.tokens):
            _apply(item, following.tokens, tagged, hits[0], text, lex, same_sentence=False)
            return


def _distance(tokens: Sequence[Token], hit: PhraseHit, item: _Found) -> int:
    start, end = tokens[hit.first].start, tokens[hit.last - 1].end
    return item.start - end if end <= item.start else start - item.end


def _apply(item: _Found, tokens: Sequence[Token], tagged: Sequence[str], hit: PhraseHit,
           text: str, lex: ClaimLexicon, same_sentence: bool) -> None:
    """Set the assessment from `hit`, and who assesses: the subject of an assessing verb
    ("the ministry denied"), or of the sentence that calls the claim names ("The White
    Helmets called the claims disinformation"); nobody where the reporter's words assess it."""
    if is_assessment(hit.label):
        item.assessment = hit.label
    item.assessment_text = text[tokens[hit.first].start:tokens[hit.last - 1].end]
    if tokens[hit.first].lower in lex.assessing_verbs and tagged[hit.first] != "JJ":
        k = hit.first
        while k > 0 and (tokens[k - 1].lower in AUXILIARIES or tagged[k - 1] == "RB"):
            k -= 1
        if k > 0 and tokens[k - 1].lower in _PASSIVE:
            return
        subject = np_left(tokens, tagged, k)
    elif same_sentence:
        return
    else:
        verb = next((k for k in range(len(tokens)) if tagged[k] in FINITE), None)
        subject = np_left(tokens, tagged, verb) if verb else None
    if subject is None or lex.references.find(tokens, subject[0], subject[1]):
        return
    item.assessor = _chars(tokens, subject)


def _chars(tokens: Sequence[Token], span: tuple[int, int] | None) -> tuple[int, int] | None:
    return None if span is None else _span_chars(tokens, span)


def _span_chars(tokens: Sequence[Token], span: tuple[int, int]) -> tuple[int, int]:
    """Character offsets of a (first, last + 1) token span."""
    return tokens[span[0]].start, tokens[span[1] - 1].end


def _claim(item: _Found, result: Result, mentions: Sequence[ActorMention],
           knowledge: Knowledge, date: dt.date | None) -> Claim:
    text = result.text
    claimants = _claimants(item.claimant, text, mentions, knowledge, date)
    assessor = speaker_actor(item.assessor, text, mentions, date, knowledge)
    return Claim(
        claimant=claimants[0] if claimants else None,
        text=text[item.start:item.end],
        start=item.start,
        end=item.end,
        about=_about(item, mentions),
        assessment=item.assessment,
        assessment_text=item.assessment_text,
        claimant_text=text[item.claimant[0]:item.claimant[1]] if item.claimant else None,
        claimants=claimants,
        assessed_by=assessor,
        assessed_by_text=text[item.assessor[0]:item.assessor[1]] if item.assessor else None,
        sentence=item.sentence,
        cue=item.cue,
        claimant_kind=_kind(item.claimant, mentions),
    )


def _claimants(span: tuple[int, int] | None, text: str, mentions: Sequence[ActorMention],
               knowledge: Knowledge, date: dt.date | None) -> list[Actor]:
    """The actors a claimant span names: each coded mention inside it ("Iran and the
    Houthis" are two claimants), else the span resolved as one speaker."""
    if span is None:
        return []
    out: list[Actor] = []
    first = bisect.bisect_left(mentions, span[0], key=lambda m: m.start)
    for mention in mentions[first:]:
        if mention.start >= span[1]:
            break
        if mention.end <= span[1] and mention.code is not None and all(
                a.code != mention.code for a in out):
            out.append(mention.as_actor())
    if len(out) > 1:
        return out
    single = speaker_actor(span, text, mentions, date, knowledge)
    return [single] if single is not None else out


def _kind(span: tuple[int, int] | None, mentions: Sequence[ActorMention]) -> str | None:
    mention = mention_for(span, mentions) if span else None
    return mention.kind if mention is not None else None


def _about(item: _Found, mentions: Sequence[ActorMention]) -> list[Actor]:
    """The actors the claim is about: mentions inside it, and the accused of an accusation."""
    out: list[Actor] = []
    seen: set[tuple[str | None, str | None, str]] = set()
    lowest = min([item.start, *(start for start, _ in item.about_spans)])
    highest = max([item.end, *(end for _, end in item.about_spans)])
    # mentions are sorted by start: look only at those that can touch the claim
    first = bisect.bisect_left(mentions, lowest - 200, key=lambda m: m.start)
    last = bisect.bisect_right(mentions, highest, key=lambda m: m.start)
    for mention in mentions[first:last]:
        inside = item.start <= mention.start and mention.end <= item.end
        accused = any(mention.start < end and start < mention.end
                      for start, end in item.about_spans)
        if not (inside or accused) or (mention.code is None and mention.name is None):
            continue
        key = (mention.code, mention.name, mention.text)
        if key not in seen:
            seen.add(key)
            out.append(mention.as_actor())
    return out
