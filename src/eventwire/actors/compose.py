"""From dictionary matches to actor mentions within one sentence.

Matches that touch (or are joined by a possessive "'s") form a chain, read as a noun phrase
whose last match is the head:

- country/group/person + agent words: "Syrian government forces" -> SYRMIL, "Erdogan's
  spokesman" -> TURGOV, "Hezbollah fighters" -> LBNUAFHEZ; a PETRARCH actor + agent composes
  PETRARCH's way ("Gondor soldiers" -> GONMIL).
- title + person: "Russian Defence Minister Sergei Shoigu" -> the person's code on the day.
- title + an unknown capitalised name: "Egyptian Foreign Minister Sameh Shoukry" -> EGYGOV
  with that name.
- coordinated adjectives share the head: "Russian and Syrian jets" -> RUSMIL, SYRMIL.
- a country backing another actor is not an actor ("Turkish-backed ..."), a country or capital
  after a locative preposition is a place ("in Syria"), and a bare adjective before a common
  noun is no actor ("the Syrian border").
- a person noun + an unknown name is that person, coded as the words say ("Somali journalist
  Halima Ahmed" -> SOMMED); a known person's surname alone yields to the description when a
  first name, a country or a job disagrees; an apposition gives a name its job ("Yusuf Ali, a
  commander of the Ras Kamboni militia").
- an unknown capitalised name ending in an organisation word is a group ("Darfur Salvation
  Brigade"); "the group" waits for the document's armed group (see coref.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from eventwire.actors.codes import NON_STATE, describe
from eventwire.actors.found import (
    GROUP_ANAPHOR,
    LOCATIVE,
    NAME_CONNECTORS,
    NOT_NAMES,
    Found,
    name_word,
    span_text,
)
from eventwire.actors.kb import ActorKnowledge, Term
from eventwire.actors.match import Match
from eventwire.actors.text import Piece
from eventwire.actors.unknown import (
    appositions,
    surname_key,
    surname_only,
    this_person,
    unknown_organisations,
)

KIND_PRIORITY = {"person": 0, "group": 1, "igo": 2, "dict": 3, "state": 4, "capital": 5,
                 "agent": 6}
BACKING = frozenset({"backed", "led", "allied", "supported", "sponsored", "aligned", "funded",
                     "affiliated", "linked", "controlled", "held", "run", "made", "built",
                     "based", "born", "trained", "armed", "brokered", "owned"})
COORDINATORS = frozenset({"and", ",", "&"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})
FILLERS = frozenset({"first", "deputy", "acting", "top", "senior", "new", "interim",
                     "caretaker", "then", "outgoing", "incoming", "chief", "former"})
"""Words that may sit inside a title without breaking it ("Dagolath's first Deputy Prime
Minister")."""
LINKS = frozenset({"of", "from", "in"})
"""Words joining an agent to the country after it: "ambassadors of Arnor", "soldiers from
Gondor"."""


def compose(pieces: Sequence[Piece], matches: Sequence[Match], kb: ActorKnowledge,
            day: dt.date | None) -> list[Found]:
    """Mentions of one sentence, in text order."""
    out: list[Found] = []
    pending: list[Found] = []  # bare adjectives waiting for a coordinated head
    chains = _chains(pieces, matches)
    claimed = 0  # pieces before this belong to a name already captured
    for position, chain in enumerate(chains):
        terms = [_best(m, day) for m in chain]
        first, last = chain[0].first, chain[-1].last
        if first < claimed:
            continue
        if terms[-1].kind == "person" and surname_only(chain[-1]) \
                and not this_person(pieces, chain, terms):
            found = _described_person(pieces, chain, terms, matches, kb, day)
            if found is not None:
                claimed = found.last
                out.append(found)
            pending = []
            continue
        if _backs_another(pieces, last):
            pending = []
            continue
        head = terms[-1]
        if any(t.kind == "dict" for t in terms) and any(t.kind == "agent" for t in terms):
            found = _petrarch_phrase(chain, terms, day)
        elif head.kind == "agent":
            found = _agent_phrase(pieces, chain, terms, kb, day)
            anaphor = found is not None and found.lone and first > 0 \
                and pieces[first - 1].key == "the" and terms[-1].name in kb.group_anaphors \
                and not _qualifies_next(pieces, last)
            if found is not None and found.lone and not anaphor \
                    and _not_an_actor(pieces, last, terms):
                found = None
            elif found is not None and anaphor and not terms[-1].alone:
                found.context = GROUP_ANAPHOR  # "the group": only an earlier group will do
            if found is not None and found.kind == "agent" and (
                    found.role or found.term is not None
                    and found.term.name in kb.person_nouns):
                found = _capture_name(pieces, chain, found, matches, kb) or found
                if found.kind == "person":
                    claimed = found.last
        elif head.kind == "person":
            if _names_a_place(pieces, last, kb):
                pending = []
                continue  # "Hamid Karzai International Airport"
            code = _person_code(head, terms, day)
            if _former(pieces, first, last) and code and code[:3] not in NON_STATE and (
                    day is None or not any(c.holds_on(day) for c in head.codes)):
                code = f"{code[:3]}ELI"  # "former vice president Riek Machar"
            country, sector = describe(code)
            sector = sector or kb.code_sectors.get(code or "")
            titles = [t for t in terms[:-1] if t.kind == "agent" and t.role]
            found = Found(first, last, code, country, sector, head.name, "person", head,
                          role=titles[-1].name if titles else head.role_on(day))
        else:
            found = _named(head, first, last, day)
            if _dateline(pieces, first, last):
                found.kind = "dateline"  # "ANKARA, May 5 (Wire) -": where the story was filed
            elif head.locative and first > 0 and pieces[first - 1].key in LOCATIVE:
                found.kind = "place"  # kept only as a hint of where the story is
            elif head.kind == "capital" and len(chain) == 1 and last < len(pieces) \
                    and pieces[last].tag in {"NN", "NNS"} and first > 0 \
                    and pieces[first - 1].key in DETERMINERS:
                found.kind = "place"  # "the Astana talks", "the Damascus countryside"
            elif head.kind == "state" and head.form == "adjective":
                if len(chain) == 1 and _coordinated(pieces, chains, position):
                    pending.append(found)
                    found = None
                else:
                    found.kind = "place"  # "the Syrian border": a hint, not an actor
        if found is None:
            continue
        found.alternatives = _alternatives(chain)
        if found.kind == "agent" and found.country and found.code \
                and _former(pieces, first, last):
            found.code, found.sector = f"{found.code[:3]}ELI", "ELI"  # "former officials"
            found.name = kb.actor_name(found.country, "ELI") or found.name
        found.definite = first > 0 and pieces[first - 1].key == "the"
        if pending and found.kind == "agent" and found.country and found.sector:
            agent_code = found.code[3:] if found.code else ""
            for waiting in pending:
                waiting.code = f"{waiting.country}{agent_code}"
                waiting.sector = found.sector
                waiting.kind = "agent"
                waiting.name = kb.actor_name(waiting.country, found.sector)
                out.append(waiting)
        pending = []
        out.append(found)
    out.extend(unknown_organisations(pieces, out, kb))
    return attach_links(pieces, out, kb)


def _person_code(person: Term, terms: Sequence[Term], day: dt.date | None) -> str | None:
    """A known person's code: the office held on `day`. The title the text gives decides
    when the date does not: out of office that day, the title says what the person is now
    ("Lebanese MP Gebran Bassil" -> LBNLEG); in an undated text, it picks which of the
    person's offices is meant ("rebel leader Riek Machar" -> his rebel movement's code)."""
    code = person.code_on(day)
    words = [t for t in terms[:-1] if t.kind == "agent" and t.code]
    if not words:
        return code
    title = _title_code(words)
    if day is None:
        fitting = [c for c in person.codes if c.code[3:6] == title[-3:]]
        if fitting and describe(code)[1] != title[-3:]:
            return max(fitting, key=lambda c: c.start or dt.date.min).code
    elif not any(c.holds_on(day) for c in person.codes):
        states = [t for t in terms[:-1] if t.kind == "state"]
        home = states[-1].country if states else (code or "---")[:3]
        return f"{home}{title}"
    return code


def _title_code(words: Sequence[Term]) -> str:
    """The sector code a title's words give: a job takes its body's ("rebel leader" -> REB)."""
    head = words[-1]
    bodies = [w for w in words[:-1] if not w.role and not w.weak]
    return (bodies[-1].code if head.role and bodies else head.code) or ""


def _names_a_place(pieces: Sequence[Piece], last: int, kb: ActorKnowledge) -> bool:
    """A person's name that begins a longer name of a place or building: "Hamid Karzai
    International Airport", "King Fahd Road"."""
    j = last
    while j < len(pieces) and name_word(pieces[j]):
        if pieces[j].key in kb.facility_words:
            return True
        j += 1
    # the kind word is often lower case: "Kani township", "the Karzai district"
    return j < len(pieces) and pieces[j].key in kb.facility_words


def _former(pieces: Sequence[Piece], first: int, last: int) -> bool:
    """"former" just before or inside the phrase: people who no longer hold the job (ELI)."""
    return (first > 0 and pieces[first - 1].key == "former") or any(
        p.key == "former" for p in pieces[first:last])


def _petrarch_phrase(chain: Sequence[Match], terms: Sequence[Term], day: dt.date | None
                     ) -> Found:
    """PETRARCH's composition: the actor's code with its agents' codes, "NGO~" agents in
    front ("MSF Arnor diplomat" -> NGOARNGOV; "Bree Prime Minister Romendacil" -> BREGOV)."""
    actors = [t for t in terms if t.kind != "agent"]
    actor = actors[-1]
    base = actor.code_on(day) or "---"
    before = "".join(t.code or "" for t in terms if t.kind == "agent" and t.prefix)
    after = ""
    for term in terms:
        if term.kind == "agent" and not term.prefix and term.code and \
                not (base + after).endswith(term.code):
            after += term.code
    code = f"{before}{base}{after}"
    head = [t for t in terms if t.kind == "agent"][-1]
    country, sector = describe(code)
    return Found(chain[0].first, chain[-1].last, code, country, sector, actor.name, "agent",
                 head, role=head.name if head.role else None)


def attach_links(pieces: Sequence[Piece], found: list[Found], kb: ActorKnowledge) -> list[Found]:
    """Join a lone agent to the country after it: "ambassadors of Arnor, Osgiliath and Gondor"
    -> ARNGOV, OSGGOV, GONGOV; "soldiers from Gondor" -> GONMIL."""
    found = sorted(found, key=lambda f: f.first)
    out: list[Found] = []
    i = 0
    while i < len(found):
        agent = found[i]
        out.append(agent)
        i += 1
        if not (agent.kind == "agent" and agent.lone and i < len(found)):
            continue
        j = agent.last
        if j >= len(pieces) or pieces[j].key not in LINKS:
            continue
        j += 1
        if j < len(pieces) and pieces[j].key == "the":
            j += 1
        suffix = (agent.code or "---")[3:]
        merged = False
        if i < len(found) and found[i].first == j and found[i].kind in {"group", "igo"} \
                and found[i].code:
            _member_of(agent, found[i], pieces)  # "a commander of the Ras Kamboni militia"
            i += 1
            continue
        while i < len(found) and found[i].first == j and found[i].kind in {"state", "place"} \
                and found[i].code:
            country_code = found[i].country or found[i].code  # a capital's GOV stays out
            target = found[i] if merged else agent
            merged = True
            target.code = f"{country_code}{suffix}"
            target.country, _ = describe(target.code)
            target.name = kb.actor_name(target.country, agent.sector) \
                if target.country in kb.country_names else found[i].name
            target.kind, target.lone = "agent", False
            if target is agent:
                agent.last = found[i].last
            else:
                out.append(target)
            j = found[i].last
            i += 1
            while j < len(pieces) and pieces[j].key in COORDINATORS | {"the"}:
                j += 1
    return appositions(pieces, out)


def _member_of(agent: Found, group: Found, pieces: Sequence[Piece]) -> None:
    """A lone agent "of" a named group is that group's member: "fighters of Hezbollah",
    "a commander of the Ras Kamboni militia" take the group's code."""
    agent.code, agent.country, agent.sector = group.code, group.country, group.sector
    agent.name, agent.kind, agent.lone, agent.last = group.name, "group", False, group.last
    agent.term = group.term


def _not_an_actor(pieces: Sequence[Piece], last: int, terms: Sequence[Term]) -> bool:
    """A lone agent that is no actor: a generic word alone ("members"), or a word qualifying the
    noun after it ("military observation posts", "police station")."""
    agents = [t for t in terms if t.kind == "agent"]
    if not any(t.alone for t in agents):
        return True
    return _qualifies_next(pieces, last) or _inside_name(pieces, last)


def _qualifies_next(pieces: Sequence[Piece], last: int) -> bool:
    """The words qualify the noun after them: "police station", "the group's holdout"."""
    following = pieces[last] if last < len(pieces) else None
    return following is not None and (following.tag in {"NN", "NNS"} or following.key == "'s")


def _inside_name(pieces: Sequence[Piece], last: int) -> bool:
    """"North Star Press", "Example Wire": a capitalised agent word ending a longer name."""
    end = pieces[last - 1]
    if not end.capitalised:
        return False
    i = last - 2
    while i >= 0 and pieces[i].capitalised and pieces[i].text[:1].isalpha():
        if i > 0:  # a capital that does not just open the sentence
            return True
        i -= 1
    return False


def _dateline(pieces: Sequence[Piece], first: int, last: int) -> bool:
    return (first == 0 and last < len(pieces) and pieces[last].key in {",", "-", "("}
            and all(p.upper for p in pieces[first:last] if p.text[:1].isalpha()))


def _chains(pieces: Sequence[Piece], matches: Sequence[Match]) -> list[list[Match]]:
    chains: list[list[Match]] = []
    for match in matches:
        if chains:
            previous = chains[-1][-1]
            gap = pieces[previous.last:match.first]
            if not gap or all(p.key in FILLERS or p.key == "'s" for p in gap):
                chains[-1].append(match)
                continue
        chains.append([match])
    return chains


def _best(match: Match, day: dt.date | None) -> Term:
    """The entry a match most likely means: people before groups before countries before agents;
    among people sharing a name, one in office on the day."""
    terms = sorted((e.term for e in match.entries),
                   key=lambda t: (KIND_PRIORITY.get(t.kind, 9), t.alternative))
    if len(terms) > 1 and terms[0].kind == "person" and day is not None:
        for term in terms:
            if term.kind == "person" and any(c.holds_on(day) for c in term.codes):
                return term
    return terms[0]


def _alternatives(chain: Sequence[Match]) -> tuple[str, ...]:
    """The countries a shared name or adjective in the chain may mean ("Congo", "Congolese"),
    when there are several: its first reading first."""
    countries = tuple(dict.fromkeys(
        e.term.country for m in chain
        for e in sorted(m.entries, key=lambda e: e.term.alternative)
        if e.term.kind == "state" and e.term.form in ("adjective", "name") and e.term.country))
    return countries if len(countries) > 1 else ()


def _backs_another(pieces: Sequence[Piece], last: int) -> bool:
    """"Turkish-backed", "US-led": the country qualifies the actor that follows."""
    return (last + 1 < len(pieces) and pieces[last].key == "-"
            and pieces[last + 1].key in BACKING)


def _coordinated(pieces: Sequence[Piece], chains: Sequence[Sequence[Match]], position: int
                 ) -> bool:
    """Whether chain `position` is followed by "and"/"," and then the next chain."""
    if position + 1 >= len(chains):
        return False
    between = pieces[chains[position][-1].last:chains[position + 1][0].first]
    return bool(between) and all(p.key in COORDINATORS for p in between)


def _named(term: Term, first: int, last: int, day: dt.date | None) -> Found:
    code = term.code_on(day)
    country, sector = term.describe(code)
    kind = {"dict": "state", "group": "group", "igo": "igo", "capital": "capital"}.get(
        term.kind, term.kind)
    if term.kind == "dict" and code and len(code) > 3:
        kind = "group"
    return Found(first, last, code, country, sector, term.name, kind, term)


def _agent_phrase(pieces: Sequence[Piece], chain: Sequence[Match], terms: Sequence[Term],
                  kb: ActorKnowledge, day: dt.date | None) -> Found | None:
    """Modifier(s) + agent words: the modifier gives the country, the agents the sector."""
    k = len(terms)
    while k > 0 and terms[k - 1].kind == "agent":
        k -= 1
    agents = terms[k:]
    head = agents[-1]
    agent_code = head.code or ""
    if head.weak:
        specific = [a for a in agents[:-1] if not a.weak and (a.code or "")[:3] != "GOV"]
        if specific:
            agent_code = specific[-1].code or agent_code
    elif head.role:  # a job takes its organisation's sector: "rebel commander" -> REB
        bodies = [a for a in agents[:-1] if not a.role and not a.weak]
        if bodies:
            agent_code = bodies[-1].code or agent_code
    sector = agent_code[-3:] if agent_code else None
    first, last = chain[0].first, chain[-1].last
    role = head.name if head.role else None
    if k == 0:
        return Found(first, last, f"---{agent_code}", None, sector, kb.actor_name(None, sector),
                     "agent", head, lone=True, role=role, context=_family(agents))
    modifier = terms[k - 1]
    if modifier.kind == "person":
        base = modifier.code_on(day) or "---"
        country = base[:3]
        if country in NON_STATE:
            return Found(first, last, base, *describe(base), modifier.name, "group", head,
                         role=role)
        return Found(first, last, f"{country}{agent_code}", country, sector,
                     kb.actor_name(country, sector), "agent", head, role=role,
                     governs=_family(agents))
    if modifier.kind in {"group", "igo"}:
        code = modifier.code_on(day)
        country, own_sector = modifier.describe(code)
        return Found(first, last, code, country, own_sector or sector, modifier.name,
                     modifier.kind, head, role=role)
    if modifier.kind == "dict":
        base = modifier.code_on(day) or "---"
        if head.prefix:
            code = f"{agent_code}{base}"
        elif base.endswith(agent_code):
            code = base
        else:
            code = f"{base}{agent_code}"
        country, _ = describe(code)
        return Found(first, last, code, country, sector, modifier.name, "agent", head, role=role)
    country = modifier.country or (modifier.code or "---")[:3]
    return Found(first, last, f"{country}{agent_code}", country, sector,
                 kb.actor_name(country, sector), "agent", head, role=role,
                 governs=_family(agents))


def _family(agents: Sequence[Term]) -> str | None:
    """GOV or MIL when the agent words include a context word ("regime", "army")."""
    for agent in agents:
        if agent.context:
            return agent.context
    return None


def _capture_name(pieces: Sequence[Piece], chain: Sequence[Match], found: Found,
                  matches: Sequence[Match], kb: ActorKnowledge) -> Found | None:
    """A title followed by a capitalised name we do not know: a person of the title's actor."""
    start = chain[-1].last
    taken = {i for m in matches if not surname_only(m) for i in range(m.first, m.last)}
    j = start
    words: list[Piece] = []
    while j < len(pieces) and j not in taken and len(words) < 6:
        piece = pieces[j]
        joins = (piece.key in NAME_CONNECTORS and bool(words) and j + 1 < len(pieces)
                 and pieces[j + 1].capitalised)
        named = piece.capitalised and piece.text[:1].isalpha() and piece.key not in NOT_NAMES
        if not (joins or named):
            break
        words.append(piece)
        j += 1
    while words and words[-1].key in NAME_CONNECTORS:
        words.pop()
    if not words or not any(len(w.text) > 1 for w in words):
        return None
    name = span_text(words)
    surname = words[-1].key
    return Found(found.first, start + len(words), found.code, found.country, found.sector, name,
                 "person", None, role=found.role, surname=surname)


def _described_person(pieces: Sequence[Piece], chain: Sequence[Match], terms: Sequence[Term],
                      matches: Sequence[Match], kb: ActorKnowledge, day: dt.date | None
                      ) -> Found | None:
    """An unknown person whose family name a known person shares, coded from the words
    before the name ("Somali journalist Halima Ahmed" -> SOMMED), or nothing."""
    surname = chain[-1]
    start = surname.first
    while start > 0 and pieces[start - 1].capitalised and pieces[start - 1].text[:1].isalpha() \
            and pieces[start - 1].key not in NOT_NAMES \
            and (len(chain) == 1 or chain[-2].last < start):
        start -= 1
    name = span_text(pieces[start:surname.last])
    described = list(chain[:-1])
    head: Found | None = None
    if described and terms[-2].kind == "agent":
        head = _agent_phrase(pieces, described, list(terms[:-1]), kb, day)
    elif described and terms[-2].kind == "state":
        country = terms[-2].country
        head = Found(described[0].first, described[-1].last, country, country, None,
                     kb.state_name(country), "state", terms[-2])
    first = described[0].first if head is not None else start
    if head is None or not head.code:
        return Found(first, surname.last, None, None, None, name, "person", None,
                     surname=surname_key(pieces, surname))
    return Found(first, surname.last, head.code, head.country, head.sector, name, "person",
                 None, role=head.role, surname=surname_key(pieces, surname))
