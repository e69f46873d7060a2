"""Who does what to whom in one sentence: actor groups, clause limits, subjects and objects.

A shallow, rule-based reading over tagged tokens: actor mentions joined by commas and "and"
form one group ("France, Britain and the United States"); a verb's subject is the nearest
group of its clause that is not inside a prepositional phrase (or the group before "who/which"
for a relative clause, or the previous verb's subject for "attacked ... and shelled"); its
object is the first group after it in its clause. Passive groups swap roles ("was shelled by").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Container, Sequence
from dataclasses import dataclass, field, replace

from eventwire import grammar
from eventwire.events.chunks import BE, HAVE, PREPOSITIONS, SUBORDINATORS, Tok, VerbGroup
from eventwire.model import ActorMention, Token

_JOINERS = frozenset({",", "and", "&", "the", "or", "as", "well", "both"})
_QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``"})
_STOPS = frozenset({";", ":", "--", "\u2014", "\u2013"}) | _QUOTES
_RELATIVE = frozenset({"which", "who", "whom", "whose"})
_COORD = frozenset({"and", "or", "but", "then", ","})
_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_OPENING = frozenset({"DT", "JJ", "JJS", "PRP$"})
"""Tags of the words that open a noun phrase before its head ("a local"); a number opens a
count, which the casualties stage reads mention by mention ("two soldiers and three
civilians")."""
_NOT_STATES = frozenset({"IGO", "NGO", "MNC", "CVL", "UAF", "REB"})
BE_HAVE = BE | HAVE


@dataclass
class Group:
    """Coordinated actor mentions covering tokens [start, end)."""

    start: int
    end: int
    members: list[ActorMention] = field(default_factory=list)


def _heads(tree: Sequence[Token], earlier: tuple[int, int], later: tuple[int, int]
           ) -> tuple[int, int] | None:
    """The parse's heads of two mentions' token spans, or None where there is no parse."""
    if not any(t.dep for t in tree):
        return None
    first, second = (grammar.span_head(tree, a, b - 1) for a, b in (earlier, later))
    return None if first is None or second is None else (first, second)


def _new_subject(tree: Sequence[Token], earlier: tuple[int, int], later: tuple[int, int]
                 ) -> bool:
    """True when the parse makes the later of two mentions joined by ", and" the subject of
    a clause of its own while the earlier one is no subject: "Rebels attacked civilians, and
    the African Union called for a ceasefire" coordinates two clauses, not two actors.
    (A coordinated subject, "Iran, Iraq and Syria signed", hangs from the first by `conj`.)"""
    heads = _heads(tree, earlier, later)
    return heads is not None and tree[heads[1]].dep in grammar.SUBJECT_DEPS and \
        tree[heads[0]].dep not in grammar.SUBJECT_DEPS


def _apposition(tree: Sequence[Token], earlier: tuple[int, int], later: tuple[int, int]
                ) -> bool:
    """True when the parse makes the later mention an apposition of the earlier one."""
    heads = _heads(tree, earlier, later)
    return heads is not None and tree[heads[1]].dep == "appos" and \
        tree[heads[1]].head == heads[0]


def _generic(mention: ActorMention) -> bool:
    """A mention with no country or group of its own ("the civilian administration")."""
    return (mention.code or "---").startswith("---")


class SentenceView:
    """Tokens of one sentence with its actor groups indexed by token."""

    def __init__(self, toks: list[Tok], mentions: Sequence[ActorMention],
                 placed: Container[str] = frozenset(),
                 demonyms: Sequence[ActorMention] = (),
                 instruments: Container[str] = frozenset(),
                 tree: Sequence[Token] = ()) -> None:
        self.toks = toks
        self.tree = tree
        """The parsed tokens (index for index with `toks`), or () without a parse."""
        self.declined = False
        """Set by `verb_findings` when a verb's sense or subject made it no event ("fight
        corruption", "lightning struck"): the classifier then adds none in its place."""
        self.placed = placed
        self.instruments = instruments
        self.words = [t.lower for t in toks]
        starts = [t.start for t in toks]
        ends = [t.end for t in toks]
        spans: list[tuple[int, int, ActorMention]] = []
        for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
            a = bisect_right(ends, m.start)
            b = bisect_left(starts, m.end)
            if a < b:
                spans.append((a, b, m))
        spans = self._owned_agents(spans)
        self.groups: list[Group] = []
        for a, b, m in spans:
            last = self.groups[-1] if self.groups else None
            if last and a < last.end:  # nested or overlapping mention: keep the longer one
                if b - a > last.end - last.start and len(last.members) == 1:
                    self.groups[-1] = Group(a, b, [m])
                continue
            between = self.words[last.end:a] if last else []
            if last and between[:1] == [","] and self._joined(last.end, a) and \
                    _apposition(tree, (last.start, last.end), (a, b)):
                # "The National Unity Government, the civilian administration in exile,": one
                # actor named twice; the name that says more stands for it
                if _generic(last.members[-1]) and not _generic(m):
                    last.members[-1] = m
                last.end = b
            elif last and between and self._joined(last.end, a) and \
                    not self._speaker_after_comma(between, b) and \
                    not ("," in between and _new_subject(tree, (last.start, last.end), (a, b))):
                last.members.append(m)
                last.end = b
            else:
                self.groups.append(Group(a, b, [m]))
        self.group_at: dict[int, Group] = {g.start: g for g in self.groups}
        # Country adjectives the actors stage left alone ("Israeli air strikes"): sources of
        # the event nouns they modify, and nothing else.
        self.demonyms: dict[int, ActorMention] = {}
        for m in demonyms:
            k = bisect_left(starts, m.start)
            if k < len(toks) and toks[k].start == m.start:
                self.demonyms[k] = m
        self.token_group: list[Group | None] = [None] * len(toks)
        for g in self.groups:
            for k in range(g.start, g.end):
                self.token_group[k] = g

    def _joined(self, end: int, start: int) -> bool:
        """Whether the words between two mentions join them as one list: commas and "and",
        then only determiners and adjectives opening the next mention's phrase ("residents
        and a local rights group said")."""
        k = end
        while k < start and self.words[k] in _JOINERS:
            k += 1
        joiner = any(w in (",", "and", "&") for w in self.words[end:k])
        return joiner and all(self.toks[m].tag in _OPENING for m in range(k, start))

    def _owned_agents(self, spans: list[tuple[int, int, ActorMention]]
                      ) -> list[tuple[int, int, ActorMention]]:
        """"forces of the Syrian government", "troops from Turkey": an agent the actors stage
        left without a country ("---MIL") takes the country of the state that owns it, or the
        code of the group it belongs to ("fighters of the NFL"); the two mentions become one."""
        out: list[tuple[int, int, ActorMention]] = []
        skip = -1
        for n, (a, b, m) in enumerate(spans):
            if n == skip:
                continue
            nxt = spans[n + 1] if n + 1 < len(spans) else None
            if nxt is not None and (m.code or "").startswith("---") and nxt[2].country and \
                    len(nxt[2].country) == 3 and nxt[2].country not in _NOT_STATES and \
                    self.words[b:nxt[0]] in (
                        ["of"], ["of", "the"], ["from"], ["from", "the"]):
                owner = nxt[2]
                # "forces of the Syrian government": SYR + MIL; "fighters of the NFL": the NFL.
                code = f"{owner.country}{(m.code or '')[3:]}" if owner.sector in (None, "", "GOV") \
                    else owner.code
                out.append((a, nxt[1], replace(m, code=code, country=owner.country,
                                               end=owner.end)))
                skip = n + 1
                continue
            out.append((a, b, m))
        return out

    def _speaker_after_comma(self, between: Sequence[str], b: int) -> bool:
        """"... to blame government forces, the ministry said": a mention after a bare comma
        that its own finite verb follows opens a new clause; it is no list member."""
        if any(w in ("and", "&", "or") for w in between):
            return False
        k = b
        if k < len(self.toks) and self.words[k] in ("'s", "\u2019s"):  # "the ministry's centre"
            k += 1
            while k < len(self.toks) and self.toks[k].tag in ("NN", "NNS", "NNP", "JJ"):
                k += 1
        while k < len(self.toks) and self.toks[k].tag == "RB":
            k += 1
        return k < len(self.toks) and (self.toks[k].tag in FINITE or self.toks[k].tag == "VBN")

    def repair_verbs(self, verb_heads: Container[str]) -> None:
        """Retag a verb the tagger read as a noun right after a clause-initial subject.

        "Moscow and Damascus spread allegations", "as the army masses troops": a known verb
        form tagged NN/NNS directly after an actor group that opens its clause, with no finite
        verb of its own clause after it, is the clause's verb ("the Syria talks resumed" keeps
        its noun: "resumed" is the verb there).
        """
        toks = self.toks
        for g in self.groups:
            i = g.end
            if i >= len(toks) - 1 or toks[i].tag not in ("NN", "NNS") or \
                    self.words[i] not in verb_heads or not self._opens_clause(g.start):
                continue
            if toks[i + 1].tag in ("IN", "TO") or self._finite_ahead(i + 1):
                continue  # "Russian strikes on Idlib": a noun before its preposition
            w = self.words[i]
            toks[i].tag = "VBZ" if w.endswith("s") and not w.endswith("ss") else "VBD"

    def _opens_clause(self, start: int) -> bool:
        k = start - 1
        while k >= 0 and self.toks[k].tag in ("DT", "PRP$", "JJ"):
            k -= 1
        if k < 0:
            return True
        w = self.words[k]
        return w in _STOPS or w in (",", "and", "but", "that", "as", "while", "when", "after") \
            or w in SUBORDINATORS

    def _finite_ahead(self, i: int) -> bool:
        for k in range(i, len(self.toks)):
            w, tag = self.words[k], self.toks[k].tag
            if w in _STOPS or w in _RELATIVE or w in (",", "that", ".") or \
                    (w in SUBORDINATORS and tag == "IN"):
                return False
            if tag in FINITE:
                return True
        return False

    def actor_end(self, i: int) -> int | None:
        """End of the group starting at token `i` (or at `i` after a determiner)."""
        g = self.group_at.get(i)
        if g is None and i < len(self.toks) and self.toks[i].tag in ("DT", "PRP$"):
            g = self.group_at.get(i + 1)
        return g.end if g else None

    def group_from(self, i: int) -> Group | None:
        g = self.group_at.get(i)
        if g is None and i < len(self.toks) and self.toks[i].tag in ("DT", "PRP$"):
            g = self.group_at.get(i + 1)
        return g

    # -- clause limits -------------------------------------------------------------------

    def clause_end(self, i: int, *, through_that: bool = False) -> int:
        """First token at or after `i` that starts another clause.

        `through_that` keeps a "that" complement in the clause ("believes that X can cope"
        makes X the target), as PETRARCH codes non-speech verbs.
        """
        toks = self.toks
        passed_that = False
        for k in range(i, len(toks)):
            w, tag = toks[k].lower, toks[k].tag
            passed_that = passed_that or w == "that"
            if w in _STOPS or w in _RELATIVE:
                return k
            if w in SUBORDINATORS and tag == "IN" and w != "as":
                return k
            if w == "that" and tag != "DT" and not through_that:
                return k
            if tag in FINITE and k > i and not (through_that and passed_that
                                                and self.token_group[k - 1] is not None):
                # "... as the army masses troops": the finite verb's subject is no object.
                g = self.token_group[k - 1]
                return g.start if g is not None and g.start > i else k
            if w == "," and self.token_group[k] is None:
                return k
        return len(toks)

    def subject(self, group: VerbGroup, *, through_verbs: bool) -> tuple[Group | None, str]:
        """The subject group of the verb group, and how it was found.

        Returns (group, how) with how one of "clause", "relative", "coordinated", "none".
        `through_verbs` lets the search pass a governing verb (infinitives, gerunds: "vowed to
        attack", "denied targeting") to reach its subject.
        """
        toks = self.toks
        j = group.start - 1
        if j >= 0 and toks[j].lower in _COORD and self.token_group[j] is None:
            return None, "coordinated"
        candidates: list[Group] = []
        while j >= 0:
            w, tag = toks[j].lower, toks[j].tag
            g = self.token_group[j]
            if g is None and tag == "PRP" and w in _PRONOUNS and not candidates:
                return None, "pronoun"
            if g is not None:
                if not candidates or candidates[-1] is not g:
                    candidates.append(g)
                j = g.start - 1
                continue
            if w in _RELATIVE or (w == "that" and tag in ("WDT",)):
                if not candidates:
                    k = j - 1
                    while k >= 0 and toks[k].lower == ",":
                        k -= 1
                    if k >= 0 and self.token_group[k] is not None:
                        return self.token_group[k], "relative"
                break
            if w in _STOPS or (w in SUBORDINATORS and tag == "IN" and w != "as") or \
                    (w == "that" and tag == "IN"):
                break
            verb = tag in FINITE or (tag.startswith("VB") and w not in ("been", "being"))
            if verb and tag in ("VBN", "VBD") and j + 1 < group.start and \
                    toks[j + 1].lower == "by" and (j == 0 or toks[j - 1].lower not in BE_HAVE):
                verb = False  # "forces backed by Russian jets launched": a modifier, not a verb
            if verb and (candidates or not through_verbs):
                break
            # Passing a governing verb ("vowed to attack") reaches its subject, but not across
            # its object into another clause ("X signed ..., weapons were to be withdrawn").
            # Passing governing verbs ("vowed to attack", "struck X, killing") stops at a noun
            # that is the subject of a finite verb passed ("X signed in May, guns were to be
            # withdrawn": guns, not X, are the subject).
            if through_verbs and tag in ("NN", "NNS") and j + 1 < len(toks) and \
                    toks[j + 1].tag in FINITE and not self._owned_noun(j):
                break
            j -= 1
        if not candidates:
            return None, "none"
        for g in candidates:  # nearest first, passing over prepositional objects
            before = toks[g.start - 1].lower if g.start > 0 else ""
            if self._possessor(g, group.start):
                return None, "none"  # "Syria's war has killed": the war is the subject
            if before not in PREPOSITIONS:
                return g, "clause"
        return candidates[0], "clause"

    def _owned_noun(self, j: int) -> bool:
        """The noun at `j` ends a phrase headed or owned by an actor ("the KU basketball
        team", "Militants in Syria's Idlib zone"): the actor is the subject after all."""
        k = j
        while k >= 0 and self.token_group[k] is None and (
                self.toks[k].tag in ("NN", "NNS", "NNP", "JJ", "HYPH", "POS", "FW", ":")
                or self.words[k] in ("'s", "\u2019s", "-")):
            k -= 1
        return k >= 0 and self.token_group[k] is not None

    def _possessor(self, g: Group, verb_start: int) -> bool:
        """The group owns a noun that heads the subject and happens in it ("Syria's war
        has killed"): a possessive marker, then one of the `placed` nouns."""
        k = g.end
        if k >= verb_start or self.words[k] not in ("'s", "\u2019s", "'"):
            return False
        return any(self.token_group[j] is None and self.words[j] in self.placed
                   for j in range(k + 1, verb_start))

    def object(self, start: int, end: int, *, speech: bool, skip: Group | None = None
               ) -> Group | None:
        """The first group after the verb in [start, end): a direct object or a PP actor."""
        toks = self.toks
        if speech:
            g = self.group_from(start)
            if g is None and start < len(toks) and toks[start].lower == "to":
                g = self.group_from(start + 1)
            return g if g is not None and not self._is_subject(g) else None
        k = start
        while k < end:
            g = self.token_group[k]
            if g is not None and g is not skip:
                return g
            if g is not None:
                k = g.end
                continue
            k += 1
        return None

    def _is_subject(self, g: Group) -> bool:
        """A group directly followed by a finite verb is the subject of another clause."""
        k = g.end
        while k < len(self.toks) and (self.toks[k].tag == "RB" or self.words[k] in _QUOTES):
            k += 1
        return k < len(self.toks) and self.toks[k].tag in FINITE

    def by_agent(self, start: int, end: int) -> Group | None:
        """The group after "by" in [start, end) (passive agent, "attack by Y")."""
        for k in range(start, min(end, len(self.toks)) - 1):
            if self.toks[k].lower == "by":
                return self.group_from(k + 1)
        return None
