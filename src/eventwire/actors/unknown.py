"""Names nobody knows, coded from the words around them.

- A family name alone is a known person only when nothing disagrees: an unknown first name
  before it ("Halima Ahmed" is not Abiy Ahmed), a longer name it is part of ("Khan Shaykhun"),
  another country or a job the person never had ("Iranian activist ... Mohammadi").
- An apposition gives a name its job: "Yusuf Ali, a commander of the Ras Kamboni militia".
- A capitalised name ending in an organisation word is a group ("Darfur Salvation Brigade",
  "Liberation Front of Kivu"): the word gives the sector, a country named in it the country
  (else a place named in it, else the document: see `actors.run` and coref.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.actors.found import (
    LOCATIVE,
    NAME_CONNECTORS,
    NOT_NAMES,
    UNKNOWN_ORGANISATION,
    Found,
    name_word,
    span_text,
)
from eventwire.actors.kb import ActorKnowledge, Term
from eventwire.actors.match import Match
from eventwire.actors.text import Piece

ORG_JOINERS = frozenset({"of", "for", "the", "and", "-", "de", "du", "al"})
"""Small words inside an organisation's name ("Liberation Front of Kivu")."""


def unknown_organisations(pieces: Sequence[Piece], found: Sequence[Found], kb: ActorKnowledge
                          ) -> list[Found]:
    """Capitalised names we do not know that end in an organisation word ("Darfur Salvation
    Brigade", "Liberation Front of Kivu"): a group whose sector the word gives and whose country
    a country named in it gives (else a place in it, else the document: see actors.run)."""
    covering = {}
    for f in found:
        single_agent = f.kind == "agent" and f.lone and f.last - f.first == 1
        for i in range(f.first, f.last):
            covering[i] = None if single_agent else f
    out = []
    i, n = 0, len(pieces)
    while i < n:
        if not name_word(pieces[i]):
            i += 1
            continue
        j = i + 1
        while j < n and (name_word(pieces[j]) or (
                pieces[j].key in ORG_JOINERS and j + 1 < n and name_word(pieces[j + 1]))):
            j += 1
        run = range(i, j)
        named = _organisation(pieces, run, covering, kb)
        if named is not None:
            out.append(named)
        i = j
    return out


def _organisation(pieces: Sequence[Piece], run: range, covering: dict[int, Found | None],
                  kb: ActorKnowledge) -> Found | None:
    words = [k for k in run if name_word(pieces[k])]
    if len(words) < 2 or any((c := covering.get(k)) is not None and c.kind not in
                             {"state", "place"} for k in run):
        return None
    org = [k for k in words if pieces[k].key in kb.organisation_words
           and (k == words[-1] or k + 1 < len(pieces) and pieces[k + 1].key == "of"
                or k + 1 in words and pieces[k + 1].key in kb.organisation_words)]
    if not org or all(pieces[k].key in kb.organisation_words for k in words) or any(
            e.term.kind == "agent" for e in kb.lookup(tuple(pieces[k].key for k in run))):
        return None
    sector = kb.organisation_words[pieces[org[-1]].key]
    states = [c for k in run if (c := covering.get(k)) is not None]
    country = states[-1].country if states else None
    first, last = run[0], run[-1] + 1
    name = span_text(pieces[first:last])
    return Found(first, last, f"{country or '---'}{sector}", country, sector, name, "group",
                 None, lone=country is None, context="DOM" if country is None else None,
                 role=UNKNOWN_ORGANISATION)


def appositions(pieces: Sequence[Piece], found: list[Found]) -> list[Found]:
    """"Yusuf Ali, a commander of the Ras Kamboni militia": an unknown capitalised name before
    a comma and a described job is that person, with the job's code."""
    covered = {i for f in found for i in range(f.first, f.last)}
    people = []
    for agent in found:
        if not (agent.role and agent.code and not agent.lone and agent.kind in
                {"agent", "group", "igo"}):
            continue
        i = agent.first - 1
        if i < 2 or pieces[i].key not in {"a", "an", "the"} or pieces[i - 1].key != ",":
            continue
        end = i - 1
        start = end
        while start > 0 and start - 1 not in covered and name_word(pieces[start - 1]):
            start -= 1
        if start == end or (start == 0 and end - start == 1) \
                or start > 0 and pieces[start - 1].key in LOCATIVE:
            continue  # no name, a lone capital opening the sentence, or "in Saraqib, a town"
        people.append(Found(start, end, agent.code, agent.country, agent.sector,
                            span_text(pieces[start:end]), "person", None, role=agent.role,
                            surname=pieces[end - 1].key))
    return sorted(found + people, key=lambda f: f.first) if people else found


def surname_only(match: Match) -> bool:
    """A match that is a known person's family name alone ("Ahmed", "Mohammadi")."""
    return all(e.surname for e in match.entries)


def this_person(pieces: Sequence[Piece], chain: Sequence[Match], terms: Sequence[Term]
                ) -> bool:
    """Whether a surname alone means the known person: not when an unknown first name stands
    before it ("Halima Ahmed" is not Abiy Ahmed), nor when the words before it give another
    country ("Iranian activist ... Mohammadi") or a job the person never had ("journalist")."""
    person = terms[-1]
    surname = chain[-1].first
    after = pieces[chain[-1].last] if chain[-1].last < len(pieces) else None
    if after is not None and after.capitalised and after.text[:1].isalpha() \
            and after.key not in NOT_NAMES:
        return False  # part of a longer name: "Khan Shaykhun", "Dar es Salaam"
    before = pieces[surname - 1] if surname > 0 else None
    if before is not None and before.capitalised and before.text[:1].isalpha() \
            and (len(chain) == 1 or chain[-2].last < surname) \
            and before.key not in NOT_NAMES and before.key not in NAME_CONNECTORS \
            and before.key not in person.name.lower().split():
        return False
    homes = {c.code[:3] for c in person.codes}
    for term in terms[:-1]:
        if term.kind == "state" and term.country not in homes:
            return False
        if term.kind == "agent" and term.code and not any(
                c.code[3:6] == term.code[-3:] for c in person.codes):
            return False
    return True


def surname_key(pieces: Sequence[Piece], match: Match) -> str:
    """The key later mentions find the person by: the last piece of the name."""
    return pieces[match.last - 1].key
