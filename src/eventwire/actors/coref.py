"""Later mentions within a document: surnames, "the minister", pronouns, and "the regime".

Reads sentences in order and keeps what the document has said so far:
- a person named once ("Turkish Defence Minister Hulusi Akar", or an unknown name after a
  title) is found again by surname ("Akar");
- a bare title with no country ("the minister", "the spokesman") is the most recent person
  named with that title, else the most recent person;
- "he"/"she"/"him" is the most recent fitting person within the last few sentences;
- an agent with no country ("the troops") takes the country of the latest mention of the same
  sector; words that mean "the government of the country in question" ("the regime",
  "government forces", "state media") take the country the document names most, else the
  knowledge's default;
- "the group", "the movement", "the rebels" are the armed group of that kind the document has
  made most of so far (named most often, as a subject counting twice), the latest on a tie;
- "its foreign ministry", "its fighters" belong to the country or organisation named just before;
- "officers" serve in the force the text has just named ("Police said officers ...");
- a shared adjective ("Congolese", "Korean") means the country the document names most among
  those it may mean.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from eventwire.actors.codes import NON_STATE, describe
from eventwire.actors.found import GROUP_ANAPHOR, Found
from eventwire.actors.kb import ActorKnowledge, _surnames
from eventwire.actors.text import Piece, pieces_of_text

PRONOUNS = {"he": "m", "him": "m", "she": "f"}
PRONOUN_REACH = 3
"""How many sentences back a pronoun may look for its person."""


@dataclass
class SentenceMentions:
    """One sentence's pieces, date and mentions, as the document pass sees them."""

    index: int
    pieces: Sequence[Piece]
    day: dt.date | None
    found: list[Found]


@dataclass
class _Memory:
    people: list[tuple[int, Found]] = field(default_factory=list)
    surnames: dict[str, Found] = field(default_factory=dict)
    by_sector: dict[str, Found] = field(default_factory=dict)
    groups: dict[str, _Salience] = field(default_factory=dict)  # armed groups named, by code
    owners: list[tuple[int, Found]] = field(default_factory=list)  # what "its" may mean
    force: tuple[int, Found] | None = None  # the latest security force named, and where


@dataclass
class _Salience:
    """How much the document has made of one armed group so far."""

    found: Found  # its latest mention
    weight: float = 0.0  # mentions, a subject's counting twice
    seen: tuple[int, int] = (0, 0)  # (sentence, piece) of its latest mention


def resolve_document(sentences: Sequence[SentenceMentions], kb: ActorKnowledge) -> None:
    """Fill in later mentions and context in place, sentence by sentence."""
    memory = _Memory()
    for sentence in sentences:
        _add_surnames(sentence, memory)
        _add_pronouns(sentence, memory)
        sentence.found.sort(key=lambda f: f.first)
        for found in sentence.found:
            if found.kind == "agent" and found.lone:
                _serve_in_named_force(found, memory, sentence.index, kb)
            if found.kind == "agent" and found.lone and not _resolve_its(
                    found, sentence, memory, kb):
                _resolve_lone(found, memory, sentence.day, kb)
            _remember(sentence, found, memory)
        sentence.found = [f for f in sentence.found if f.context != GROUP_ANAPHOR]
    _resolve_adjectives(sentences, kb)
    _resolve_context(sentences, kb)


ARMED = frozenset({"REB", "INS", "UAF", "CRM"})
"""Sectors of the non-state armed groups that "the group", "the militants" may mean."""


FAMILIES = ({"REB", "INS"}, {"UAF"}, {"CRM"})
"""Sectors an anaphor's noun and a group may share: "the rebels" and "the insurgents" may mean
a jihadist insurgency or a rebel movement; "the militia" a militia; "the gangs" a gang."""


def _remember(sentence: SentenceMentions, found: Found, memory: _Memory) -> None:
    index = sentence.index
    if found.kind == "group" and found.sector in ARMED and found.code:
        seen = memory.groups.get(found.code) or _Salience(found)
        seen.found, seen.seen = found, (index, found.first)
        seen.weight += 2.0 if _subject(sentence, found) else 1.0
        memory.groups[found.code] = seen
    if found.code and (found.kind in OWNERS or found.kind in {"agent", "place"}
                       and (found.country and not found.lone or found.context)):
        memory.owners.append((index, found))
    if found.sector in FORCES and found.kind == "agent":
        memory.force = (index, found)
    if found.kind in {"person", "pronoun"} and found.name:
        memory.people.append((index, found))
        _register_surnames(found, memory)
    if found.country and found.sector and (found.code or "")[:3] == found.country \
            and found.country not in NON_STATE:
        memory.by_sector[found.sector] = found


OWNERS = frozenset({"state", "capital", "group", "igo", "dict"})
"""Kinds of mention "its" may refer to: countries, governments and organisations, not people."""
OWNER_REACH = 1
"""How many sentences back "its" may look for what it refers to."""


def _resolve_its(found: Found, sentence: SentenceMentions, memory: _Memory,
                 kb: ActorKnowledge) -> bool:
    """"Its foreign ministry", "its fighters": the agent belongs to the country or organisation
    named last in its sentence ("M23 said its fighters ..." -> M23), else to the first one, the
    subject, of the sentence before ("Ukraine said Russian drones struck Odesa. Its air force
    said ..." -> UKRMIL). True when resolved."""
    if found.first == 0 or sentence.pieces[found.first - 1].key != "its":
        return False
    owner = _owner(memory.owners, sentence.index)
    if owner is None:
        return False
    if owner.kind in {"group", "igo", "dict"}:  # a member speaks for the organisation
        found.code, found.country, found.sector = owner.code, owner.country, owner.sector
        found.name, found.kind = owner.name, owner.kind
    elif owner.lone:  # "The army said its aircraft ...": whoever's army it turns out to be
        found.context = owner.context
        return True
    elif owner.country:
        found.code = f"{owner.country}{(found.code or '---')[3:]}"
        found.country = owner.country
        found.name = kb.actor_name(owner.country, found.sector)
    else:
        return False
    found.lone, found.context, found.guessed_country = False, None, False
    return True


FORCES = frozenset({"MIL", "COP", "SPY"})
"""Security forces a shared word ("officers") may serve in."""


def _serve_in_named_force(found: Found, memory: _Memory, index: int,
                          kb: ActorKnowledge) -> None:
    """"Officers" are soldiers unless the text has just named another force they also serve
    in, in this sentence or the one before: "Police said officers killed two suspects" are
    police officers (COP), of the police's country, "Troops said officers ..." stay military."""
    senses = found.term.also if found.term is not None else ()
    if not senses or memory.force is None or index - memory.force[0] > 1:
        return
    force = memory.force[1]
    if force.sector not in senses or force.sector == found.sector:
        return
    country = force.country if force.country and not force.lone else found.country
    found.code = f"{country or '---'}{force.sector}"
    found.country, found.sector = country, force.sector
    found.name = kb.actor_name(country, force.sector)
    if country:
        found.lone = False
    else:
        found.context = force.context  # "police" alone: whoever's police they turn out to be


def _owner(owners: Sequence[tuple[int, Found]], index: int) -> Found | None:
    """The latest owner in sentence `index`, else the first one of the latest sentence before
    it within reach."""
    if not owners or index - owners[-1][0] > OWNER_REACH:
        return None
    latest, found = owners[-1]
    if latest == index:
        return found
    for seen, earlier in reversed(owners):
        if seen != latest:
            break
        found = earlier
    return found


def _subject(sentence: SentenceMentions, found: Found) -> bool:
    """Whether a mention is (likely) its sentence's subject: no verb comes before it, or, with
    no tagger, it is the sentence's first mention."""
    before = sentence.pieces[:found.first]
    if any(p.tag for p in sentence.pieces):
        return not any(p.tag.startswith(("VB", "MD")) for p in before)
    return all(other.first >= found.first for other in sentence.found)


def _salient_group(memory: _Memory, sector: str | None) -> Found | None:
    """The armed group a bare "the rebels" means: among the groups of the noun's kind (any
    group, if none is of that kind or the noun has none), the one the story has made most of,
    the latest on a tie. A story about M23 that once names a militia keeps its "rebels"."""
    groups = list(memory.groups.values())
    family = next((f for f in FAMILIES if sector in f), None)
    kind = [g for g in groups if family and g.found.sector in family]
    best = max(kind or groups, key=lambda g: (g.weight, g.seen), default=None)
    return best.found if best else None


def _register_surnames(found: Found, memory: _Memory) -> None:
    if found.kind != "person":
        return
    keys = [found.surname] if found.surname else []
    if found.term is not None:
        keys += [pieces_of_text(s)[-1].key for s in _surnames(found.term.name)]
    for key in keys:
        if key:
            memory.surnames[key] = found


def _covered(sentence: SentenceMentions) -> set[int]:
    return {i for f in sentence.found for i in range(f.first, f.last)}


def _add_surnames(sentence: SentenceMentions, memory: _Memory) -> None:
    if not memory.surnames and not any(f.kind == "person" for f in sentence.found):
        return
    covered = _covered(sentence)
    pieces = sentence.pieces
    for i, piece in enumerate(pieces):
        if i in covered or not piece.capitalised:
            continue
        for f in sentence.found:
            if f.last <= i:
                _register_surnames(f, memory)
        known = memory.surnames.get(piece.key)
        if known is None:
            continue
        code = known.term.code_on(sentence.day) if known.term is not None else known.code
        country, sector = describe(code) if known.term is not None else (known.country,
                                                                        known.sector)
        sentence.found.append(Found(i, i + 1, code, country, sector, known.name, "person",
                                    known.term, role=known.role, surname=known.surname))
        covered.add(i)


def _add_pronouns(sentence: SentenceMentions, memory: _Memory) -> None:
    covered = _covered(sentence)
    for i, piece in enumerate(sentence.pieces):
        gender = PRONOUNS.get(piece.key)
        if gender is None or i in covered or (piece.capitalised and i > 0):
            continue
        earlier = [(sentence.index, f) for f in sentence.found
                   if f.last <= i and f.kind in {"person", "pronoun"} and f.name]
        people = [*memory.people, *earlier]
        person = None
        if not earlier and i <= 1:  # a subject pronoun opening its sentence: the last subject
            person = _last_subject(people, sentence.index, gender)
        person = person or _latest_person(people, sentence.index, gender)
        if person is None:
            continue
        sentence.found.append(Found(i, i + 1, person.code, person.country, person.sector,
                                    person.name, "pronoun", person.term, role=person.role))


def _latest_person(people: Sequence[tuple[int, Found]], index: int, gender: str
                   ) -> Found | None:
    for seen, found in reversed(people):
        if index - seen > PRONOUN_REACH:
            return None
        found_gender = (found.term.gender or "m") if found.term is not None else None
        if found_gender is None or found_gender == gender:
            return found
    return None


def _last_subject(people: Sequence[tuple[int, Found]], index: int, gender: str
                  ) -> Found | None:
    """The first person named in the latest earlier sentence that names people, if they fit."""
    if not people:
        return None
    latest = people[-1][0]
    if index - latest > PRONOUN_REACH:
        return None
    first = min((f for seen, f in people if seen == latest), key=lambda f: f.first)
    first_gender = (first.term.gender or "m") if first.term is not None else None
    return first if first_gender in (None, gender) else None


def _resolve_lone(found: Found, memory: _Memory, day: dt.date | None,
                  kb: ActorKnowledge) -> None:
    """A bare title or agent: an earlier person with that title, the armed group the document
    named ("the group", "the militants"), or the same sector's actor."""
    group = _salient_group(memory, found.sector) if memory.groups else None
    if found.definite and found.term is not None and found.term.name in kb.group_anaphors \
            and group is not None and (found.context == GROUP_ANAPHOR or found.sector in ARMED):
        found.code, found.country, found.sector = group.code, group.country, group.sector
        found.name, found.kind, found.lone, found.context = group.name, "group", False, None
        return
    if found.role and found.definite and found.term is not None \
            and not found.term.name.endswith("s"):
        person = _person_with_title(memory, found.term.name)
        if person is not None:
            found.code, found.country, found.sector = person.code, person.country, person.sector
            found.name, found.kind, found.lone = person.name, "person", False
            found.term = person.term
            return
    if found.definite and found.context in (None, "DOM") and found.sector in memory.by_sector:
        earlier = memory.by_sector[found.sector]
        agent_code = (found.code or "---")[3:]
        found.country = earlier.country
        found.code = f"{earlier.country}{agent_code}"
        found.name = earlier.name if earlier.kind == "agent" else found.name
        found.lone = False


def _person_with_title(memory: _Memory, title: str) -> Found | None:
    word = title.split()[-1].lower()
    for _seen, person in reversed(memory.people):
        if person.kind == "person" and person.role and word in person.role.lower():
            return person
    for _seen, person in reversed(memory.people):
        if person.kind == "person":
            return person
    return None


def _weight(found: Found) -> float:
    """How strongly a mention says the story is about its country: places and home-grown
    groups say more than foreign governments acting there; repeats say nothing new."""
    if found.kind == "dateline":
        return 0.0
    if found.kind == "place" or (found.kind == "group" and found.country):
        return 2.0
    if found.kind == "pronoun" or found.term is None and found.kind == "person":
        return 0.0
    if found.kind == "person" and found.last - found.first == 1:
        return 0.0
    return 1.0


def _resolve_context(sentences: Sequence[SentenceMentions], kb: ActorKnowledge) -> None:
    """Give "the regime", "government forces", "the army" a country: the nearest mention in the
    document that names whose government (or army) it is ("the Syrian regime", "Syrian
    government forces"; else "the Syrian army" for a government and the other way round), else
    the country the document is most about, else the knowledge's default. Home-grown
    challengers ("the opposition", "rebels") take the country the document is most about."""
    waiting = [(s.index, f) for s in sentences for f in s.found if f.lone and f.context]
    if not waiting:
        return
    named = [(s.index, f.governs or f.sector, f.country, f.first) for s in sentences
             for f in s.found
             if (f.governs in {"GOV", "MIL"} or f.kind == "person" and f.term is not None
                 and f.sector in {"GOV", "MIL"}) and f.country in kb.country_names]
    counts: defaultdict[str, float] = defaultdict(float)  # country -> weighted mentions
    for sentence in sentences:
        for found in sentence.found:
            if found.country in kb.country_names and not found.lone:
                counts[found.country] += _weight(found)
    about = max(counts, key=counts.__getitem__) if counts else None  # first of the best
    for index, found in waiting:
        if not found.lone:  # resolved by an earlier mention of its sector
            continue
        country = about if found.context == "DOM" else about or kb.context_default
        found.guessed_country = True
        family = [n for n in named if n[1] == found.context]
        if family and found.context != "DOM":
            country = _nearest(family, index, found.first)
            found.guessed_country = False
        elif named and found.context != "DOM" and not about:
            country = _nearest(named, index, found.first)
        if not country:
            continue
        agent_code = (found.code or "---")[3:]
        found.code = f"{country}{agent_code}"
        found.country = country
        found.name = kb.actor_name(country, found.sector)
        found.lone = False


def _nearest(named: Sequence[tuple[int, str | None, str, int]], index: int, first: int) -> str:
    """The country of the latest mention before (sentence `index`, piece `first`), else of the
    nearest one after: "the junta" refers back to the junta the text has named."""
    before = [n for n in named if (n[0], n[3]) < (index, first)]
    if before:
        return max(before, key=lambda n: (n[0], n[3]))[2]
    return min(named, key=lambda n: (abs(n[0] - index), n[3]))[2]


def _resolve_adjectives(sentences: Sequence[SentenceMentions], kb: ActorKnowledge) -> None:
    """A shared name or adjective ("Congo", "Congolese", "Korean") means the country the rest
    of the document names most among those it may mean; with no such evidence, or for refugees
    (named by the country they fled), its first reading."""
    ambiguous = [f for s in sentences for f in s.found if f.alternatives and f.sector != "REF"]
    if not ambiguous:
        return
    counts: defaultdict[str, float] = defaultdict(float)  # country -> weighted mentions
    for sentence in sentences:
        for found in sentence.found:
            if found.country and not found.alternatives:
                counts[found.country] += _weight(found)
    for found in ambiguous:
        best = max(found.alternatives,
                   key=lambda c: (counts.get(c, 0.0), c == found.alternatives[0]))
        if best == found.country or not found.code or not found.code.startswith(
                found.country or "---"):
            continue
        found.code = f"{best}{found.code[3:]}"
        found.country = best
        found.name = kb.actor_name(best, found.sector)
