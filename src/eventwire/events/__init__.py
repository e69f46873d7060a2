"""The events stage: who did what to whom, coded in CAMEO, PLOVER and ACLED, with modality.

For each sentence the stage reads the tagged tokens and the actor mentions that earlier stages
found, finds verb events (our verb patterns, or PETRARCH dictionaries given with
``--dictionaries``) and nominal events ("air strikes on X"), gives each its source and target
actors (one event per source-target pair), decides its modality, and adds contract `Event`s to
`result.events`. Dates and places are added by later stages.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, replace

from eventwire import grammar
from eventwire.events import reference, tree
from eventwire.events.casualties import find_figures
from eventwire.events.chunks import prepare
from eventwire.events.civilians import CivilianWords
from eventwire.events.classify import (
    PROTESTERS,
    EventClassifier,
    Judgement,
    Lookahead,
    load_classifier,
    refine_sentence,
)
from eventwire.events.clauses import Group, SentenceView
from eventwire.events.codes import acled_type, describe, is_armed, quad_class
from eventwire.events.consequences import Carried, Pending, attach, casualties_of
from eventwire.events.extract import Finding, noun_findings, verb_findings
from eventwire.events.lexicon import VerbLexicon, load_yaml_lexicon
from eventwire.events.modality import decide
from eventwire.events.nouns import NounLexicon, load_nouns
from eventwire.events.patterns import COMPOUND, SOURCE, TARGET
from eventwire.knowledge import Knowledge, data_path, yaml_load
from eventwire.model import (
    Actor,
    ActorMention,
    Document,
    Event,
    Result,
    Sentence,
    TimeExpression,
    Token,
)

__all__ = ["run", "EventKnowledge", "load_event_knowledge"]


@dataclass(frozen=True)
class EventKnowledge:
    """Everything the stage needs, compiled once per `Knowledge`."""

    verbs: VerbLexicon
    nouns: NounLexicon
    civilians: CivilianWords
    petrarch: bool = False
    classifier: EventClassifier | None = None
    instruments: frozenset[str] = frozenset()
    """Head words of weapons ("drone", "shells"): a weapon as subject is no actor."""


INSTRUMENT_SYNSETS = ("DRONES", "GUIDED", "AIRMUNITION", "HEAVY", "SMALLARMS", "WEAPONS",
                      "EXPLOSIVES")
"""Synsets of our verb lexicon that name weapons (aircraft are left out: "jets" stand for the
air force that flies them)."""


def load_event_knowledge(knowledge: Knowledge) -> EventKnowledge:
    """Our lexicons, or the user's PETRARCH verb dictionaries in place of our verbs.

    A ``--dictionaries`` directory with PETRARCH verb files (``*verbs*.txt``, ``CAMEO*.txt``)
    replaces our verb patterns and nominal events with them (and applies its
    ``*discards*.txt``); our own YAML verb files there (``*.verbs.yaml``) are added beside ours.
    """
    # The wider lexicon (every PLOVER type, every ACLED sub-type) is tried after ours.
    ours = load_yaml_lexicon(data_path("events/verbs.yaml"))
    verbs = load_yaml_lexicon(data_path("events/verbs_plover.yaml")).merge(ours)
    instruments = frozenset(phrase.split()[-1].lower() for name in INSTRUMENT_SYNSETS
                            for phrase in ours.synsets.get(name, ()))
    nouns = load_nouns(data_path("events/nouns.yaml"), data_path("events/nouns_plover.yaml"))
    petrarch = False
    folder = knowledge.dictionaries
    if folder is not None:
        from eventwire.petrarch.verbs import find_verb_files, load_discards, load_verbs

        files = find_verb_files(folder)
        if files:
            user = VerbLexicon()
            for path in files:
                user = user.merge(load_verbs(path))
            for path in sorted(folder.glob("*discards*.txt")):
                user.discards.extend(load_discards(path))
            verbs, nouns, petrarch = user, NounLexicon(), True
        for path in sorted(folder.glob("*.verbs.yaml")):
            verbs = verbs.merge(load_yaml_lexicon(path))
    civ = yaml_load(data_path("events/civilians.yaml").read_text(encoding="utf-8"))
    # The classifier learnt our codebook: where the user's PETRARCH verb dictionaries replace
    # our patterns, their coding stands and it neither vetoes nor retypes.
    classifier = load_classifier() if knowledge.event_classifier and not petrarch else None
    return EventKnowledge(verbs, nouns, CivilianWords.from_data(civ), petrarch, classifier,
                          instruments)


def run(document: Document, result: Result, knowledge: Knowledge) -> None:
    """Add the events of every sentence to `result.events`."""
    kb = knowledge.load("events", load_event_knowledge)
    by_sentence: dict[int, list[ActorMention]] = {}
    for mention in result.actors:
        index = mention.sentence if mention.sentence >= 0 else _sentence_of(result.sentences,
                                                                             mention.start)
        by_sentence.setdefault(index, []).append(mention)
    quotes = _disjoint(sorted((q.start, q.end) for q in result.quotes))
    lowered = [t.lower or t.text.lower() for s in result.sentences for t in s.tokens]
    if _discarded(lowered, kb.verbs.discards, story=True):
        return
    prefix = document.id or "doc"
    headlines = _headlines(result)
    demonyms = _demonyms(result, knowledge)
    previous: tuple[int, int, list[Carried]] | None = None  # (sentence, segment, events)
    judgements = Lookahead(kb.classifier, result.sentences, result.text, (kb.verbs, kb.nouns))
    places: dict[int, list[tuple[int, int]]] = {}
    for place in result.places:
        if not place.demonym:
            places.setdefault(place.sentence, []).append((place.start, place.end))
    times: dict[int, list[TimeExpression]] = {}
    for expression in result.times:
        times.setdefault(expression.sentence, []).append(expression)
    told: set[str] = set()  # CAMEO roots of the events coded so far in the story
    for sentence in result.sentences:
        mentions = _after_dateline(sentence, by_sentence.get(sentence.index, []))
        carried, pending = _code_sentence(sentence, mentions, kb, quotes, result.text,
                                          told=told, headline=sentence.index in headlines,
                                          demonyms=demonyms.get(sentence.index, ()),
                                          judgement=judgements.get(sentence),
                                          places=places.get(sentence.index, ()))
        reference.drop_background(carried, sentence.tokens, times.get(sentence.index, ()),
                                  result.date)
        _give_claimed(result.events, pending.claimants)
        if pending.figures and previous is not None and previous[0] == sentence.index - 1 \
                and previous[1] == sentence.segment:
            _carry_over(pending, previous[2])
        for c in carried:
            if c.dropped:
                continue
            c.events = _between_the_pair(c.events, result.events, result.text)
            _give_casualties(c)
            for event in c.events:
                event.id = f"{prefix}-e{len(result.events) + 1}"
                result.events.append(event)
                told.add(event.cameo[:2])
        previous = (sentence.index, sentence.segment, [c for c in carried if not c.dropped])


PAIR = re.compile(r"\b(?:both|the two|the warring) (?:sides|parties|leaders|countries|"
                  r"governments|nations|men|presidents|delegations|armies)\s+$", re.I)
"""A subject that names the two parties the story has just set against or beside each other,
right before the event's words."""


TALKING = frozenset({"03", "04", "05", "06"})
"""Roots whose target may be a topic ("discussed the Somalia mission"): between the pair, the
other one of the pair is the target."""


def _between_the_pair(events: list[Event], told: Sequence[Event], text: str) -> list[Event]:
    """Events done by "both sides", "the two leaders" and the like (no target, or a topic of
    talks; no source, or the bare noun): the two actors of the latest event told with a
    named source and target of its own ("Burhan met Sisi in Cairo. The two leaders
    discussed the war": SDNGOV <-> EGYGOV), each way. With no such event before, the event
    stays as coded."""
    out: list[Event] = []
    for event in events:
        dyad = None
        if (event.target is None or event.cameo[:2] in TALKING) and \
                (event.source is None or event.source_span is not None) \
                and PAIR.search(text[max(0, event.start - 40):event.start]):
            dyad = _latest_dyad(told)
        if dyad is None:
            out.append(event)
            continue
        out += [_recast(event, dyad.source, dyad.target, dyad.source_span, dyad.target_span),
                _recast(event, dyad.target, dyad.source, dyad.target_span, dyad.source_span)]
    return out


def _latest_dyad(told: Sequence[Event]) -> Event | None:
    for event in reversed(told):
        if event.source is not None and event.target is not None and \
                event.source.code != event.target.code and \
                not (event.source.code or "---").startswith("---") and \
                not (event.target.code or "---").startswith("---"):
            return event
    return None


def _recast(event: Event, source: Actor | None, target: Actor | None,
            source_span: tuple[int, int] | None, target_span: tuple[int, int] | None) -> Event:
    """The event with other roles, named where they are named, and the ACLED type those roles
    give (`acled_type` reads them: a state force against civilians is another sub-type)."""
    return replace(event, source=source, target=target, source_span=source_span,
                   target_span=target_span, acled=acled_type(event.cameo, source, target))


def _give_claimed(events: list[Event], claimants: list[Actor]) -> None:
    """The attack a claim names again ("A car bomb killed 12 soldiers ... Al-Shabaab claimed
    responsibility for the attack") takes its claimant as source: the latest violent event
    told, when it has no source or only an unnamed one ("a suicide bomber": Somali rebels)
    and the claimant is named. An attack whose doer the story named keeps them."""
    if not claimants:
        return
    attack = next((e for e in reversed(events) if e.cameo[:2] in reference.VIOLENT_ROOTS),
                  None)
    claimant = claimants[0]
    if attack is not None and (attack.source is None or (
            _unnamed(attack.source) and not _unnamed(claimant))):
        # in place: the sentence before may still carry its casualty figures over to it
        attack.source, attack.source_span = _actor(claimant), _span(claimant)
        attack.acled = acled_type(attack.cameo, attack.source, attack.target)


def _unnamed(actor: Actor) -> bool:
    """An actor coded by country and sector alone ("SOMREB", "---UAF"), no group of its own."""
    return len(actor.code or "") <= 6


def _give_casualties(carried: Carried) -> None:
    """Set the casualties of a finding's events; an event with no target takes the named
    actors among its victims as target ("killing two members of the SDF")."""
    casualties = casualties_of(carried.figures)
    named = [v for v in (casualties.victims if casualties else []) if v.code
             and v.code not in ("CVL", "---CVL")]
    for event in carried.events:
        event.casualties = casualties
        if event.target is None and named and event.quad_class == 4 and (
                event.source is None or event.source.code != named[0].code):
            event.target = named[0]
            event.acled = acled_type(event.cameo, event.source, event.target)


def _demonyms(result: Result, knowledge: Knowledge) -> dict[int, list[ActorMention]]:
    """Country adjectives ("Israeli", "Russian") the places stage found and no actor mention
    covers, as state mentions by sentence."""
    from eventwire.actors import alpha3_table

    alpha3_of = knowledge.load("actors.alpha3", alpha3_table)
    taken = sorted((a.start, a.end) for a in result.actors)
    out: dict[int, list[ActorMention]] = {}
    for place in result.places:
        if not place.demonym or not place.country or _inside(place.start, taken):
            continue
        alpha3 = alpha3_of.get(place.country)
        if alpha3:
            out.setdefault(place.sentence, []).append(ActorMention(
                place.text, alpha3, alpha3, None, place.name, start=place.start, end=place.end,
                sentence=place.sentence, kind="state"))
    return out


def _carry_over(pending: Pending, before: list[Carried]) -> None:
    """Figures a sentence could not place join the violent event the sentence before leads
    with ("Missiles hit Kharkiv. At least 12 people were killed."): in "gunmen stormed the
    hotel, and troops battled them for hours. Nine were killed" the dead are the storming's,
    the happening the story reports, not the response told after it."""
    host = next((c for c in before if quad_class(c.code) == 4), None)
    if host is None:
        return
    host.figures.extend(pending.figures)
    _give_casualties(host)
    for c in pending.carriers:
        c.dropped = True
        c.figures.clear()


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans merged where they overlap (a partial quote inside an indirect one)."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _inside(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether `position` lies in one of the sorted, disjoint `spans` (binary search: a long
    document has thousands of quotes and tens of thousands of event words)."""
    index = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _after_dateline(sentence: Sentence, mentions: list[ActorMention]) -> list[ActorMention]:
    """Drop mentions in a wire dateline ("IDLIB, Syria, May 8 (Levant Desk) - ..."): the
    place the story was filed from and the outlet are no actors of its events."""
    toks = sentence.tokens
    if not toks or not mentions or not (toks[0].text.isupper() and len(toks[0].text) > 2):
        return mentions
    for k, t in enumerate(toks[:16]):
        if t.text in _DASHES:
            if k and all(not w.text[:1].isalpha() or w.text[:1].isupper()
                         or w.lower in _NAME_JOINERS or _in_brackets(toks, j)
                         for j, w in enumerate(toks[:k])):
                return [m for m in mentions if m.start >= t.end]
            return mentions
    return mentions


def _in_brackets(toks: Sequence[Token], j: int) -> bool:
    """Whether token `j` of a dateline is the outlet in brackets ("(eventwire)")."""
    return 0 < j < len(toks) - 1 and toks[j - 1].text == "(" and toks[j + 1].text == ")"


_NAME_JOINERS = frozenset({"of", "the", "and", "de", "du", "des", "la", "el", "al"})
"""Lower-case words inside the names of a dateline ("GOMA, Democratic Republic of Congo")."""


def _headlines(result: Result) -> set[int]:
    """Indexes of headline sentences: the title, or an opening line without final stop.

    A headline names the story's event in a few words ("Air strikes on X"); the body codes the
    same event with its actors, so the headline's actorless nominal events would repeat it.
    """
    out: set[int] = set()
    text = result.text
    title = (result.title or "").strip()
    for s in result.sentences[:2]:
        line = text[s.start:s.end].strip()
        after = text[s.end:s.end + 2]
        if (title and line == title) or (s.index == 0 and "\n" in after
                                          and line[-1:] not in ".!?\"\u201d"):
            out.add(s.index)
    return out


def _sentence_of(sentences: Sequence[Sentence], offset: int) -> int:
    for s in sentences:
        if s.start <= offset < s.end:
            return s.index
    return -1


def _discarded(words: Sequence[str], discards: Iterable[tuple[tuple[str, ...], bool]],
               *, story: bool) -> bool:
    for phrase, is_story in discards:
        if is_story != story:
            continue
        n = len(phrase)
        if any(tuple(words[i:i + n]) == phrase for i in range(len(words) - n + 1)):
            return True
    return False


def code_sentence(sentence: Sentence, mentions: Sequence[ActorMention], kb: EventKnowledge,
                  quotes: Sequence[tuple[int, int]], text: str, *, headline: bool = False
                  ) -> list[Event]:
    """The events of one sentence (ids left empty for the caller to number), each with the
    casualties the sentence gives it.

    In a headline, nominal events without any actor are left out (the body codes them).
    """
    carried, _pending = _code_sentence(sentence, mentions, kb, quotes, text, headline=headline)
    out = []
    for c in carried:
        if not c.dropped:
            _give_casualties(c)
            out.extend(c.events)
    return out


def _code_sentence(sentence: Sentence, mentions: Sequence[ActorMention], kb: EventKnowledge,
                   quotes: Sequence[tuple[int, int]], text: str, *,
                   told: Container[str] = (), headline: bool = False,
                   demonyms: Sequence[ActorMention] = (), judgement: Judgement | None = None,
                   places: Sequence[tuple[int, int]] = ()) -> tuple[list[Carried], Pending]:
    """The events of one sentence grouped by the finding that carries them, with casualty
    figures attached to their hosts (and what the sentence could not place)."""
    if not sentence.tokens:
        return [], Pending([], [])
    toks = prepare(sentence.tokens)
    view = SentenceView(toks, mentions, kb.nouns.placed, demonyms, kb.instruments,
                        tree=sentence.tokens)
    view.repair_verbs(kb.verbs.by_head)
    if _discarded(view.words, kb.verbs.discards, story=False) or _cross_reference(view.words):
        return [], Pending([], [])
    verbal = verb_findings(view, kb.verbs, kb.civilians)
    taken = [(f.start, f.end) for f in verbal]
    nominal = noun_findings(view, kb.nouns, kb.verbs, taken, kb.civilians)
    findings = _restated(_merge(verbal, nominal, toks, sentence.tokens, view), view)
    recalled = False  # the sentence names events it does not report as new (`reference`)
    claimants: list[Actor] = []  # who claims an attack told before
    parsed = tree.parsed(sentence.tokens)
    if parsed:
        for finding in findings:
            _read_tree(view, sentence.tokens, finding)
            _not_a_place(view, sentence.tokens, finding, places)
            _seized_ground(sentence.tokens, finding, places)
        _own_forces(findings, sentence.tokens)
        findings = _one_per_happening(findings, sentence.tokens, quotes, toks)
        claims = reference.claims_of_told(findings, sentence.tokens, told)
        claimants = [a for f in claims for a in f.sources if a is not None]
        findings = [f for f in findings if f not in claims]
        referred = reference.refers_back(findings, sentence.tokens, told)
        # a reaction to an event names it without reporting it anew; a participle that only
        # describes a noun ("armed men") says nothing of what else the sentence reports
        recalled = len(referred) < len(findings) or bool(claims)
        findings = reference.about_oneself(reference.descriptive(referred, sentence.tokens),
                                           sentence.tokens)
        # a habit or a long past ("often attacks", "has long accused") is background:
        # neither its findings nor a guess of the classifier's in their place are news
        current = reference.habitual(findings, sentence.tokens)
        recalled = recalled or len(current) < len(findings)
        findings = current
    if headline:
        findings = [f for f in findings if not f.nominal or any(f.sources)
                    or any(t is not None and t.code != "CVL" for t in f.targets)]
    carried: list[Carried] = []
    seen: list[tuple[tuple, int, int]] = []
    asked = reference.asked_for(findings, sentence.tokens)
    for finding in findings:
        kept: list[Event] = []
        lemma = sentence.tokens[tree.predicate(sentence.tokens, *finding.anchor)].lemma
        for event in _events(finding, sentence, toks, quotes, text):
            if reference.silent(event, lemma) or (
                    id(finding) in asked and event.modality == "hypothetical"):
                recalled = True
                continue
            key = (_key(event.source), _key(event.target), event.cameo)
            # "plans to meet": the intent (036) and the meeting it names are one event.
            if any(k == key and s < event.end and event.start < e for k, s, e in seen):
                continue
            seen.append((key, event.start, event.end))
            kept.append(event)
        if kept:
            carried.append(Carried(finding.anchor, finding.code.split(":")[0], kept,
                                   any(finding.sources)))
    # nothing for the classifier to add where the sentence's findings were recognised as
    # no new happening, where a verb was known to make none, nor in a headline
    _refine(carried, sentence, toks, text, kb, judgement,
            add=not (headline or recalled or view.declined), mentions=mentions)
    figures = find_figures(view, kb.civilians, text, sentence.tokens if parsed else ())
    pending = attach(carried, figures, sentence.tokens if parsed else (),
                     lambda i: kb.nouns.covers(view.words, i)) if figures else Pending([], [])
    pending.claimants = claimants
    return carried, pending


def _read_tree(view: SentenceView, tokens: Sequence[Token], f: Finding) -> None:
    """What the parse corrects in a finding (`eventwire.events.tree`): an actor the positional
    reading took from a relative clause is replaced by the tree's own subject or object (or
    dropped); cues in modifier and adverbial clauses do not set the modality; a negated
    governing verb negates an event noun; attached time and place phrases."""
    head = tree.predicate(tokens, *f.anchor)
    foreign = tree.elsewhere(tokens, head)
    relative = tree.elsewhere(tokens, head, tree.RELATIVE_CLAUSES)
    slots = f.extra.get("slots", set())
    if not f.nominal and not f.reciprocal:
        source, target = tree.verb_roles(view, tokens, head, speech=f.speech,
                                         reciprocal=f.reciprocal)
        # The tree's roles stand where it names them; where it names none, the positional
        # reading stands unless it read the actor from a relative clause, or the subject is a
        # bare weapon. (A place phrase, "struck a depot in Port Sudan", keeps its actor as
        # the target: PETRARCH codes the place's country so, and vetoing it cost 8 of its
        # records.)
        # A verb of saying whose subject is a noun naming no actor ("witnesses said") has
        # that unknown speaker as its source, never another actor of the sentence; so has an
        # infinitive controlled by such an object ("called on both sides to return to talks").
        unknown_subject = source is None and (
            f.speech or tree.object_controlled(tokens, head))
        if SOURCE not in slots and COMPOUND not in slots and (
                isinstance(source, Group) or source is tree.NOBODY or unknown_subject
                or _from(view, f.sources, relative)):
            f.sources = list(source.members) if isinstance(source, Group) else [None]
        if TARGET not in slots and (
                isinstance(target, Group) or target is tree.NOBODY
                or _from(view, f.targets, relative | tree.companions(tokens, head))):
            f.targets = list(target.members) if isinstance(target, Group) else [None]
        elif TARGET not in slots:
            # one by one: a partner ("fought alongside the M23") is never the target (the
            # speaker of a governing verb, "..., UN experts said", was tried as well: it cost
            # ConfliBERT target F 0.003)
            partners = tree.companions(tokens, head)
            kept = [a for a in f.targets if a is None or not _from(view, [a], partners)]
            f.targets = kept or [None]
        if isinstance(target, Group) and not isinstance(source, Group) and \
                grammar.is_passive(tokens, head) and any(
                a in target.members for a in f.sources if a is not None):
            f.sources = [None]  # "the Arakan Army is armed by foreign powers": no source
    elif not f.nominal and TARGET not in slots and COMPOUND not in slots:
        # "met Egyptian and Qatari mediators": a reciprocal verb whose object the tree names
        # meets that object, not its own subjects with each other
        source, target = tree.verb_roles(view, tokens, head, speech=f.speech, reciprocal=True)
        if isinstance(target, Group) and not set(map(id, target.members)) & set(
                map(id, f.sources)):
            f.targets, f.reciprocal = list(target.members), False
        elif SOURCE not in slots and isinstance(source, Group) and len(source.members) > len(
                [a for a in f.sources if a is not None]):
            # "Egyptian and Qatari mediators met": the parties are all of the subject's
            f.sources = list(source.members)
    if not f.nominal and SOURCE not in slots and all(
            a is None or (a.code or "---").startswith("---") for a in f.sources):
        sent = tree.sender(view, tokens, head)
        if sent is not None:
            f.sources = list(sent.members)
    if f.nominal and not any(f.sources):
        party = tree.party_of_clause(view, tokens, head)
        if party is not None and not set(map(id, party.members)) & set(map(id, f.targets)):
            f.sources = list(party.members)
    if f.nominal and not any(f.targets):
        attacked = tree.defender(view, tokens, head)
        if attacked is not None and not set(map(id, attacked.members)) & set(map(id, f.sources)):
            f.targets = list(attacked.members)
    f.extra["scope"] = set(range(len(tokens))) - foreign - tree.sister_verbs(tokens, head)
    f.extra["negated"] = f.nominal and tree.negated(tokens, head)
    f.extra["cues"] = tree.governor_cues(tokens, head)
    f.extra["attached"] = tree.attachments(tokens, head)


SECURITY = frozenset({"MIL", "COP"})
"""Sectors of a state's forces: its armed forces and its police."""


def _own_forces(findings: list[Finding], tokens: Sequence[Token]) -> None:
    """What a security force reports of unnamed forces it reports of its own ("Police said
    officers killed two suspects", "Mexico's army said soldiers killed three gunmen"): a
    source of no country that is a force of the speaker's kind, or a rank or job either force
    has ("officers"), is the speaking force, with its country. The positional reading codes
    a bare "officers" as military whoever speaks."""
    speakers = {tree.predicate(tokens, *f.anchor): f for f in findings
                if f.speech and not f.nominal}
    for f in findings:
        if f.speech or not speakers:
            continue
        head = tree.predicate(tokens, *f.anchor)
        up = grammar.governing_verb(tokens, head)
        speaker = (speakers.get(up) if up is not None else None) or next(
            (s for k, s in speakers.items() if grammar.head(tokens, k) == head), None)
        named = [a for a in speaker.sources if a is not None] if speaker else []
        if len(named) == 1 and isinstance(named[0], ActorMention) and \
                named[0].sector in SECURITY:
            f.sources = [_as_speaker(a, named[0]) for a in f.sources]


def _as_speaker(actor: Actor | None, speaker: ActorMention) -> Actor | None:
    """The actor as one of the speaking force's own, where it can be."""
    if not isinstance(actor, ActorMention) or not (actor.code or "---").startswith("---") or \
            actor.sector not in SECURITY or (actor.sector != speaker.sector and not actor.rank):
        return actor
    return replace(actor, code=speaker.code, country=speaker.country, sector=speaker.sector,
                   name=speaker.name)


def _not_a_place(view: SentenceView, tokens: Sequence[Token], f: Finding,
                 places: Sequence[tuple[int, int]]) -> None:
    """A source the positional reading took from inside a longer place name (the country
    in "Port Sudan", "Gaza City") is that place, not an actor of the event: a "to" purpose
    clause takes its governor's subject ("The US envoy is expected in Port Sudan to meet
    Burhan"), else the event has no source. (Dropping every such actor cost targets: a
    strike on "Gaza City" is coded with the place's country as its target.)"""
    inside = [a for a in f.sources if isinstance(a, ActorMention) and any(
        s <= a.start and a.end <= e and (s, e) != (a.start, a.end) for s, e in places)]
    if f.nominal or not inside or len(inside) < len([a for a in f.sources if a is not None]):
        return
    head = tree.predicate(tokens, *f.anchor)
    subjects = tree.purpose_subjects(tokens, head)
    groups = [g for k in subjects if (g := view.token_group[k]) is not None]
    f.sources = [m for g in groups for m in g.members] or [None]


SEIZING = frozenset({"171"})
"""Seizure of property: a place seized instead is territory taken (192)."""


def _seized_ground(tokens: Sequence[Token], f: Finding,
                   places: Sequence[tuple[int, int]]) -> None:
    """A place named as what was seized ("M23 rebels seized Rubaya") is ground taken, 192,
    not property seized; its taking has no civilian target."""
    if f.nominal or f.code not in SEIZING:
        return
    head = tree.predicate(tokens, *f.anchor)
    if any(s <= tokens[o].start < e for o in grammar.objects(tokens, head) for s, e in places):
        f.code = "192"
        f.targets = [a for a in f.targets if a is None or a.code not in ("CVL", "---CVL")] \
            or [None]


def _one_per_happening(findings: list[Finding], tokens: Sequence[Token],
                       quotes: Sequence[tuple[int, int]], toks) -> list[Finding]:
    """Findings the tree shows to add no happening of their own:

    - a purpose clause restating its governor ("met Erdogan in Istanbul to discuss the
      exchange": one meeting, whose purpose is the discussion), an infinitive under a
      predicate of another finding of the same CAMEO root;
    - a protest's manner restating it: a participle under a protest, itself a protest
      ("marched through Tbilisi, chanting slogans against the government"), is how the
      crowd protested, and whom it protested against is the protest's target;
    - a bare statement ("the ministry said.", "X said on Sunday"): a verb of saying with no
      clause, object or quotation of what was said reports nothing.
    """
    heads = {tree.predicate(tokens, *f.anchor): f for f in findings if not f.nominal}
    out: list[Finding] = []
    for f in findings:
        head = tree.predicate(tokens, *f.anchor)
        up = grammar.head(tokens, head)
        governor = heads.get(up) if up is not None else None
        if not f.nominal and governor is not None and governor is not f and \
                tokens[head].dep in ("advcl", "xcomp") and \
                governor.code[:2] == f.code[:2] and (_infinitive(tokens, head) or (
                    f.code[:2] == "14" and tokens[head].tag == "VBG")):
            if not any(governor.targets) and any(f.targets):
                governor.targets = f.targets  # whom the slogans were against
            continue
        if f.speech and not f.nominal and f.code[:2] == "01" and not _says_something(
                tokens, head, quotes, toks):
            continue
        out.append(f)
    return out


def _infinitive(tokens: Sequence[Token], head: int) -> bool:
    """A "to" infinitive ("to discuss")."""
    return tokens[head].tag == "VB" and any(
        tokens[c].lower == "to" for c in grammar.children(tokens, head, ("mark", "aux")))


_CONTENT = frozenset({"ccomp", "parataxis", "obj", "iobj", "xcomp", "csubj", "advcl"})


def _says_something(tokens: Sequence[Token], head: int, quotes: Sequence[tuple[int, int]],
                    toks) -> bool:
    """Whether a verb of saying has what was said: a clause or object below it, a clause it
    is attached to ("Troops attacked, officials said"), a "that", or a quotation in the
    sentence."""
    if grammar.children(tokens, head, _CONTENT) or tokens[head].dep in (
            "parataxis", "ccomp", "advcl", "conj", "acl", "acl:relcl", "xcomp"):
        return True
    if any(_inside(t.start, quotes) for t in toks):
        return True
    return len(tokens) > 0 and any(t.tag.startswith("VB") and k != head and
                                   grammar.head(tokens, k) is None for k, t in
                                   enumerate(tokens))


def _from(view: SentenceView, actors: Sequence[Actor | None], tokens: set[int]) -> bool:
    """Whether the named actors were read from the given tokens."""
    starts = [a.start for a in actors if isinstance(a, ActorMention)]
    if not starts:
        return False
    index = {t.start: k for k, t in enumerate(view.toks)}
    return all(index.get(s, -1) in tokens for s in starts)


def _civilian(actors: Sequence[Actor | None]) -> bool:
    """Civilian victims read from a context word ("struck a market"): the tree's object is
    that word, no actor, and they stay."""
    return any(a is not None and a.code == "CVL" for a in actors)


def _refine(carried: list[Carried], sentence: Sentence, toks: Sequence, text: str,
            kb: EventKnowledge, judgement: Judgement | None = None, *,
            add: bool = True, mentions: Sequence[ActorMention] = ()) -> None:
    """Let the event classifier veto and retype the sentence's events (`classify`), keeping
    each finding's group of events and dropping the groups it emptied; an event only the
    classifier found becomes a group of its own unless `add` is False (a headline: it has
    no actors, and the body codes the headline's event with them) or its verb's subject is
    civilians ("residents fled"), unless a protest by protesters: protesting is what civilians
    do as political actors ("Demonstrators in Basra set fire to the council building")."""
    events = [e for c in carried for e in c.events]
    refined = [e for e in refine_sentence(events, sentence, toks, text, kb, judgement, add=add)
               if not reference.silent(e, next((t.lemma for t in sentence.tokens
                                                if t.start == e.start), ""))]
    kept = {id(e) for e in refined}
    for c in carried:
        c.events = [e for e in c.events if id(e) in kept]
        if c.events:
            c.code = c.events[0].cameo  # a retyped event hosts casualties by its new type
    carried[:] = [c for c in carried if c.events]
    known = {id(e) for e in events}
    for event in refined:
        if id(event) not in known:
            at = next((k for k, t in enumerate(toks) if t.start == event.start), 0)
            if (not (event.plover.event == "PROTEST" and _protesters_acting(sentence, at))
                    and reference.civilians_acting(sentence.tokens, at, mentions)) or \
                    event.modality == "negated":
                # a guess at what was not done ("It did not give details" read as aid) is no
                # record: the patterns keep the negated events they know (what a denial
                # denies is an allegation, and stays)
                continue
            carried.append(Carried((at, at + 1), event.cameo, [event], False))


def _protesters_acting(sentence: Sentence, at: int) -> bool:
    """Whether the subject of the verb at `at` is a crowd of protesters ("Demonstrators in
    Basra"), by its head word."""
    tokens = sentence.tokens
    return tree.parsed(tokens) and any(
        tokens[s].text.lower() in PROTESTERS for s in grammar.subjects(tokens, at))


def _cross_reference(words: Sequence[str]) -> bool:
    """"(See our report of 6 May: "Air strikes kill nine ...")": a pointer to another story,
    whose quoted headline reports nothing new here."""
    k = 0
    while k < len(words) and words[k] in ("(", "[", "-", "\u2014"):
        k += 1
    return k < len(words) - 1 and words[k] == "see" and words[k + 1] in (
        "our", "the", "also", "earlier", "yesterday", "yesterday's", "previous", "related")


def _key(actor: Actor | None) -> tuple:
    return (actor.code, actor.text) if actor is not None else ()


def _merge(verbal: list[Finding], nominal: list[Finding], toks,
           tokens: Sequence[Token] = (), view: SentenceView | None = None) -> list[Finding]:
    """Drop a violent verb whose subject is a violent event noun ("air strikes on Gaza killed
    12 civilians"): the noun carries the event, and takes the verb's target if it has none.
    Where the sentence is parsed, the tree's subject decides however long the noun's phrase
    ("An Israeli strike on a building in Beirut's southern suburbs killed a commander"), and
    a verb whose tree subject is an actor is never folded into a noun before it ("The army,
    backed by air strikes, retook the town")."""
    keep: list[Finding] = []
    parsed = tree.parsed(tokens)
    for v in verbal:
        carrier = None
        if parsed and describe(v.code).quad_class == 4:
            verb = tree.predicate(tokens, *v.anchor)
            carrier = next((n for n in nominal if describe(n.code).quad_class == 4 and
                            tree.predicate(tokens, *n.anchor) in grammar.subjects(tokens, verb)
                            and tokens[verb].dep not in ("acl", "acl:relcl")), None)
        own = parsed and view is not None and any(
            view.token_group[k] is not None for k in grammar.subjects(
                tokens, tree.predicate(tokens, *v.anchor)))
        if carrier is None and not own and describe(v.code).quad_class == 4:
            # ... unless the verb has a subject of its own ("After Russian strikes on Odesa,
            # Ukraine retaliated")
            carrier = next((n for n in nominal if describe(n.code).quad_class == 4
                            and 0 <= v.local_from - n.end <= 6
                            and (not any(v.sources) or v.sources == n.sources
                                 or _agent_phrase(v, n, toks))), None)
        if carrier is None:
            keep.append(v)
            continue
        if carrier.targets == [None]:
            carrier.targets = v.targets
        if not any(carrier.sources) and _agent_phrase(v, carrier, toks):
            carrier.sources = v.sources  # "a drone attack by Iran-backed militants killed"
        carrier.end = max(carrier.end, v.end)
    return sorted(keep + nominal, key=lambda f: f.start)


_RESTATING = frozenset({"in", "during", "with"})
_NOUN_MODIFIERS = frozenset({"DT", "JJ", "JJR", "JJS", "CD", "PRP$", "NN", "NNS", "VBN", "HYPH"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "and", "but", "which", "who", "while", "as", "after",
                            "before", "when", "since"})


def _restated(findings: list[Finding], view: SentenceView) -> list[Finding]:
    """A violent event noun that restates the violent verb of its clause is that verb's event:
    its object ("fought fierce battles") or the "in" phrase it happened in ("killed 40
    villagers in a night attack"). The noun goes; the verb keeps its own actors."""
    verbs = [f for f in findings if not f.nominal and describe(f.code).quad_class == 4]
    out: list[Finding] = []
    for f in findings:
        if f.nominal and not any(f.sources) and describe(f.code).quad_class == 4 and \
                any(_restates(view, v, f) for v in verbs):
            continue
        out.append(f)
    return out


def _restates(view: SentenceView, verb: Finding, noun: Finding) -> bool:
    start, end = verb.anchor[1], noun.anchor[0]
    if not 0 <= end - start <= 10:
        return False
    if any(view.words[k] in _CLAUSE_BREAKS or view.toks[k].tag in ("VBD", "VBZ", "VBP", "MD")
           for k in range(start, end)):
        return False
    k = end - 1
    while k >= start and view.toks[k].tag in _NOUN_MODIFIERS and view.token_group[k] is None:
        k -= 1
    return k < start or view.words[k] in _RESTATING


def _agent_phrase(verb: Finding, noun: Finding, toks) -> bool:
    """Whether the verb's subject sits between the event noun and the verb: the noun's own
    "by" phrase, which the positional reading gave to the verb."""
    starts = [getattr(a, "start", -1) for a in verb.sources if a is not None]
    low, high = toks[noun.end - 1].end, toks[verb.local_from].start
    if not starts or not all(low <= s < high for s in starts):
        return False
    gap = [t.lower for t in toks[noun.end:verb.local_from] if t.end <= min(starts)]
    return "by" in gap and "," not in gap


OBSTRUCT, RESTRICT = "144", "191"
"""Blocking passage is a protest by civilians (CAMEO 144) and a blockade, a restriction of
movement, by armed forces (191)."""


def _pairs(f: Finding) -> list[tuple[Actor | None, Actor | None, str]]:
    codes = f.code.split(":")
    sources = [s for s in f.sources]
    out: list[tuple[Actor | None, Actor | None, str]] = []
    if f.reciprocal and f.targets == [None] and len([s for s in sources if s]) > 1:
        for a in sources:
            for b in sources:
                if a is not b:
                    out.append((a, b, codes[0]))
        return out
    for s in sources:
        for t in f.targets:
            if s is not None and t is not None and (s is t or (s.code and s.code == t.code)):
                continue  # an actor does not act on itself
            out.append((s, t, codes[0]))
            if len(codes) > 1 and codes[1]:
                out.append((t, s, codes[1]))
    return out


def _media(actor: Actor | None) -> bool:
    return actor is not None and (actor.sector == "MED" or (actor.code or "").endswith("MED"))


def _actor(a: Actor | None) -> Actor | None:
    if isinstance(a, ActorMention):
        return a.as_actor()
    return a


def _span(a: Actor | None) -> tuple[int, int] | None:
    return (a.start, a.end) if isinstance(a, ActorMention) else None


def _events(f: Finding, sentence: Sentence, toks, quotes: Sequence[tuple[int, int]],
            text: str) -> list[Event]:
    start_char = toks[f.start].start
    end_char = toks[f.end - 1].end
    anchor_char = toks[f.anchor[0]].start
    quoted = _inside(anchor_char, quotes)
    out: list[Event] = []
    for source, target, code in _pairs(f):
        if code[:2] == "04" and _media(target):
            code = "010"  # "speaking to reporters": a statement, not a consultation
        if code == OBSTRUCT and is_armed(source):
            code = RESTRICT  # "soldiers blocked the road to Goma": no protest but a blockade
        info = describe(code)
        modality = decide(toks, f.anchor[0], f.anchor[1], local_from=f.local_from,
                          quoted=quoted, violent=info.quad_class == 4,
                          attributed_speech=f.speech, scope=f.extra.get("scope"),
                          negated=f.extra.get("negated", False), governing=f.extra.get("cues", ()))
        if modality in ("planned", "intended") and code[:2] == "04":
            code, info = "036", describe("036")
        confidence = 0.45 + (0.2 if f.patterned else 0.1) + (0.15 if source else 0.0) + \
            (0.1 if target else 0.0)
        src, tgt = _actor(source), _actor(target)
        out.append(Event(
            source_span=_span(source), target_span=_span(target),
            id="", sentence=sentence.index, text=text[start_char:end_char],
            start=start_char, end=end_char, source=src, target=tgt, cameo=code,
            plover=info.plover, acled=acled_type(code, src, tgt), quad_class=info.quad_class,
            goldstein=info.goldstein, modality=modality, confidence=round(min(confidence,
                                                                                0.95), 2),
            attached=f.extra.get("attached", [])))
    return out

