"""Casualty figures of one sentence: how many were killed or injured, and who they were.

News counts the dead and hurt in a few shapes, each read here over the sentence's tokens:

- a count before a casualty word, with the victims between ("at least six civilians were
  killed", "12 dead", "three soldiers and two children wounded", "20 people died");
- a count after an active casualty verb ("killing 9 villagers", "wounded dozens");
- "leaving/left N dead" (the adjective says killed or injured);
- a toll ("the death toll rose to 40");
- none ("no one was hurt", "there were no casualties").

Each `Figure` keeps its form: a participle, "leaving", a passive count or a toll is a
consequence of the event it follows and never an event of its own; an active finite verb with
its subject ("gunmen killed 12") is the event itself. Who the victims were comes from the actor
mentions in the victims' phrase, else from its civilian words. Counts follow
`eventwire.events.numbers`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from eventwire import grammar
from eventwire.events.chunks import BE, HAVE
from eventwire.events.civilians import CivilianWords
from eventwire.events.clauses import SentenceView
from eventwire.events.numbers import read_between, read_count
from eventwire.grammar import FINITE_TAGS
from eventwire.model import Actor, Count, Token

KILLED_WORDS = frozenset({"killed", "dead", "died", "slain", "perished", "massacred",
                          "deaths", "fatalities", "dies", "die", "executed", "beheaded",
                          "murdered", "slaughtered"})
INJURED_WORDS = frozenset({"wounded", "injured", "hurt", "injuries", "wounds"})
def _forms(verb: str) -> tuple[str, ...]:
    """A regular verb's forms: "kill" -> kills, killed, killing; "behead" -> beheaded."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return verb, verb + "s", stem + "ed", stem + "ing"


_KILL_VERBS = ("kill", "behead", "massacre", "slaughter", "murder", "execute")
"""Verbs whose object is the dead ("beheaded ten villagers", "massacred 30 people")."""
_ACTIVE = {**{form: "killed" for verb in _KILL_VERBS for form in _forms(verb)},
           **dict.fromkeys(("wound", "wounds", "wounded", "wounding", "injure", "injures",
                            "injured", "injuring"), "injured")}
_LEAVING = frozenset({"leaving", "left", "leave", "leaves"})
_STATES = {"dead": "killed", "killed": "killed", "wounded": "injured", "injured": "injured",
           "hurt": "injured"}
_NOBODY = frozenset({"nobody", "no-one", "none"})
_NONE_NOUNS = {"casualties": ("killed", "injured"), "deaths": ("killed",),
               "fatalities": ("killed",), "injuries": ("injured",), "dead": ("killed",)}
_AUX = BE | HAVE | frozenset({"reportedly", "also", "all", "later", "now", "confirmed",
                              "feared", "reported", "believed", "thought", "to", "so", "far",
                              "since", "allegedly", "seriously", "critically", "badly",
                              "fatally", "shot", "were", "mostly", "both"})
_VICTIM_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "VBN", "HYPH",
                          "POS", "PRP$", "DT"})
_INSERTION_OPENERS = frozenset({"including", "mostly", "mainly", "most", "among", "many",
                                "all", "some", "both", "incl"})
_NOT_PEOPLE = frozenset({"days", "weeks", "months", "years", "hours", "minutes", "km",
                         "kilometres", "kilometers", "miles", "metres", "meters", "percent",
                         "%", "am", "pm", "gmt", "times", "rockets", "missiles", "drones",
                         "shells", "bombs", "tonnes", "tons", "dollars", "million", "billion",
                         "houses", "homes", "buildings", "vehicles", "villages", "towns",
                         "cattle", "livestock", "camels", "goats"})


@dataclass
class Figure:
    """One casualty figure found in a sentence (token offsets into the sentence)."""

    kind: str  # killed | injured
    low: int
    high: int | None
    start: int  # first token of the count
    end: int  # token after the count
    cue: int  # the casualty word ("killed", "dead", "wounding", "toll")
    form: str  # participle | active | passive | leaving | toll | none
    victims: list[Actor] = field(default_factory=list)
    counted: Count | None = None  # the contract record, set once the figure is complete

    @property
    def consequence(self) -> bool:
        """Whether the figure reports what an event caused rather than being one itself."""
        return self.form != "active"


def find_figures(view: SentenceView, civilians: CivilianWords, text: str,
                 tree: Sequence[Token] = ()) -> list[Figure]:
    """Every casualty figure of the sentence, in text order, each with its `Count`.

    A cumulative toll ("the war has killed more than 6,000 since 2023") counts the dead of a
    whole conflict, not of any event the story reports, so it is left out (`_cumulative`)."""
    words = view.words
    out: list[Figure] = []
    i = 0
    while i < len(words):
        found = (_nobody(words, i) or _toll(words, i) or _active(view, i, civilians)
                 or _count_first(view, i, civilians))
        if not found:
            i += 1
            continue
        out.extend(found)
        i = max(max(f.end, f.cue + 1) for f in found)
    toks = view.toks
    for f in out:
        start, end = toks[f.start].start, toks[f.end - 1].end
        f.counted = Count(f.low, f.high, text[start:end], start, end)
    return [f for f in out if not _cumulative(words, f, tree)]


_PERFECT = frozenset({"has", "have", "'ve", "\u2019ve"})
_SPANS = (("since",), ("so", "far"), ("to", "date"), ("in", "total"), ("in", "all"),
          ("this", "year"), ("overall",))
"""Words that give a count a span of time longer than one happening."""
CONFLICTS = frozenset({"war", "conflict", "insurgency", "violence", "crisis", "unrest",
                       "rebellion", "uprising", "insurrection", "campaign", "feud"})
"""Subjects that kill over a span of time: "the conflict has killed", "a war that has left"."""


def _cumulative(words: Sequence[str], f: Figure, tree: Sequence[Token]) -> bool:
    """Whether a figure totals a conflict's dead rather than one event's: its verb is in the
    present perfect ("has killed", "have been killed", "has left ... dead", "has risen to") and
    the sentence gives a span ("since 2015", "so far", "this year") or the verb's subject is a
    conflict ("the insurgency has killed")."""
    verb = _verb_of(words, f)
    if verb is None or not _perfect(words, f, verb):
        return False
    if any(words[k:k + len(span)] == list(span) for span in _SPANS for k in range(len(words))):
        return True
    return _conflict_subject(tree, verb)


def _verb_of(words: Sequence[str], f: Figure) -> int | None:
    """The token of the figure's verb ("killed", "left"; for a toll or passive, its cue)."""
    if f.form == "leaving":
        return next((k for k in range(f.start - 1, max(-1, f.start - 16), -1)
                     if words[k] in _LEAVING), None)
    return f.cue


def _perfect(words: Sequence[str], f: Figure, verb: int) -> bool:
    """ "has killed", "have been killed", "has now left", "toll has risen to"."""
    if f.form == "passive":
        between = words[f.end:f.cue]
    elif f.form == "toll":
        between = words[f.cue:f.start]
    else:
        between = words[max(0, verb - 3):verb]
    return any(w in _PERFECT for w in between)


def _conflict_subject(tree: Sequence[Token], verb: int) -> bool:
    """Whether the parse makes a conflict the subject of the verb, directly or through the
    relative pronoun of a clause on it ("a war that has left 1,200 dead")."""
    if not tree or verb >= len(tree) or not tree[verb].dep:
        return False
    for k in grammar.children(tree, verb, grammar.SUBJECT_DEPS):
        noun = k
        if tree[verb].dep == "acl:relcl" and tree[k].tag in ("WDT", "WP"):
            up = grammar.head(tree, verb)
            noun = up if up is not None else k
        if tree[noun].lemma.lower() in CONFLICTS:
            return True
    return False


def _nobody(words: Sequence[str], i: int) -> list[Figure]:
    """ "no one was hurt", "nobody was killed or injured", "there were no casualties"."""
    w = words[i]
    k = i + 1
    if w == "no" and k < len(words) and words[k] == "one":
        k += 1
    elif w == "no":
        j = k + (1 if k < len(words) and words[k] in ("immediate", "further", "other") else 0)
        kinds = _NONE_NOUNS.get(words[j]) if j < len(words) else None
        if kinds is None:
            return []
        if j + 1 < len(words) and words[j + 1] == "or" and j + 2 < len(words) and \
                words[j + 2] in _NONE_NOUNS:
            kinds = tuple(dict.fromkeys((*kinds, *_NONE_NOUNS[words[j + 2]])))
        return [Figure(kind, 0, 0, i, j + 1, j, "none") for kind in kinds]
    elif w not in _NOBODY:
        return []
    words_end = k
    while k < len(words) and words[k] in _AUX:
        k += 1
    if k >= len(words):
        return []
    kinds = [_kind(words[k])] if _kind(words[k]) else []
    if kinds and words[k + 1:k + 2] == ["or"] and k + 2 < len(words) and _kind(words[k + 2]):
        kinds.append(_kind(words[k + 2]))
    return [Figure(kind, 0, 0, i, words_end, k, "none") for kind in dict.fromkeys(kinds) if kind]


def _kind(word: str) -> str | None:
    if word in KILLED_WORDS:
        return "killed"
    if word in INJURED_WORDS:
        return "injured"
    return None


def _toll(words: Sequence[str], i: int) -> list[Figure]:
    """ "the death toll rose to 40", "a death toll of 12", "the toll is now 31"."""
    if words[i] != "toll" or i == 0 or words[i - 1] not in ("death", "casualty"):
        return []
    for k in range(i + 1, min(len(words), i + 10)):
        if words[k] in (".", ";", "and", "but", "while", "as", ","):
            return []
        if words[k - 1] not in _TOLL_LINKS:
            continue
        count = read_count(words, k)
        if count is not None and not _after_count_not_people(words, count[2]):
            low, high, end = count
            return [Figure("killed", low, high, k, end, i, "toll")]
    return []


_TOLL_LINKS = frozenset({"to", "at", "of", "is", "was", "reached", "hit", "passed", "topped",
                         "exceeded", ":", "now", "stands", "stood"})


def _after_count_not_people(words: Sequence[str], end: int) -> bool:
    return end < len(words) and words[end] in _NOT_PEOPLE


def _count_at(view: SentenceView, k: int) -> tuple[int, int | None, int] | None:
    """A count of people at `k`: a number or vague quantity, "between N and M", or an
    article before a single victim ("a soldier", "an aid worker")."""
    words = view.words
    if k >= len(words):
        return None
    count = read_between(words, k) or read_count(words, k)
    if count is not None:
        return None if _after_count_not_people(words, count[2]) else count
    if words[k] in ("a", "an") and _one_person(view, k + 1):
        return 1, 1, k + 1
    return None


PERSONS = frozenset({"person", "man", "woman", "child", "boy", "girl", "baby", "soldier",
                     "officer", "policeman", "policewoman", "civilian", "worker", "journalist",
                     "fighter", "militant", "member", "resident", "farmer", "student",
                     "teacher", "doctor", "nurse", "guard", "villager", "commander", "driver",
                     "passenger", "teenager", "volunteer", "paramedic", "medic", "rebel",
                     "protester", "trader", "shepherd", "herder", "pilot", "peacekeeper"})
"""Nouns of one person: "a soldier was killed" counts one, "a roadside bomb killed" none."""


def _one_person(view: SentenceView, k: int) -> bool:
    """Whether the noun phrase at `k` (after "a"/"an") names one person."""
    while k < len(view.words) and view.toks[k].tag in ("JJ", "NNP", "HYPH", "VBN") and \
            view.token_group[k] is None:
        k += 1
    if k >= len(view.words):
        return False
    group = view.token_group[k]
    if group is not None:
        return not view.words[group.end - 1].endswith("s")
    return view.words[k] in PERSONS


def _active(view: SentenceView, i: int, civilians: CivilianWords) -> list[Figure]:
    """ "killing 9 villagers", "wounded dozens", "leaving 20 dead and dozens wounded"."""
    words, toks = view.words, view.toks
    w = words[i]
    leaving = w in _LEAVING
    phrasal = _phrasal_killing(words, i)
    if not leaving and not phrasal and (w not in _ACTIVE or not toks[i].is_verb):
        return []
    count = _count_at(view, i + 1 + phrasal)
    if count is None:
        return []
    low, high, end = count
    if leaving:
        out = []
        k = i + 1
        while count is not None:
            low, high, end = count
            vend = _victim_end(view, end)
            state = _STATES.get(words[vend]) if vend < len(words) else None
            if state is None:
                break
            out.append(Figure(state, low, high, k, end, vend, "leaving",
                              victims(view, end, vend, civilians)))
            if words[vend + 1:vend + 2] != ["and"]:
                break
            k = vend + 2
            count = _count_at(view, k)
        return out
    vend = _victim_end(view, end)
    if vend < len(words) and words[vend] in BE | HAVE | KILLED_WORDS | INJURED_WORDS:
        return []  # "killing 12 people were ...": the count opens its own clause
    figure = Figure(_ACTIVE.get(w, "killed"), low, high, i + 1 + phrasal, end, i,
                    "participle" if toks[i].tag == "VBG" else "active",
                    victims(view, end, vend, civilians))
    _add_coordinated(view, figure, vend, civilians)
    return [figure]


_PHRASAL = {("shot", "dead"), ("shooting", "dead"), ("shoot", "dead"), ("gunned", "down"),
            ("gunning", "down"), ("gun", "down")}
"""Two-word verbs of killing whose object is the dead ("shot dead seven passengers")."""


def _phrasal_killing(words: Sequence[str], i: int) -> int:
    """1 where a two-word verb of killing starts at `i` (its particle is skipped), else 0."""
    return int(tuple(words[i:i + 2]) in _PHRASAL)


def _add_coordinated(view: SentenceView, figure: Figure, vend: int,
                     civilians: CivilianWords) -> int:
    """ "killed two soldiers and three civilians": one figure, the counts summed."""
    words = view.words
    while vend < len(words) - 1 and words[vend] in ("and", ",") and words[vend + 1] != "and":
        count = _count_at(view, vend + 1)
        if count is None or count[0] == 1 and words[vend + 1] in ("a", "an"):
            break
        low, high, end = count
        nxt = _victim_end(view, end)
        if nxt == end:
            break  # "killing 5 and injuring 3" is another figure, not more victims
        if words[vend] == "," and nxt < len(words) and view.toks[nxt].tag in FINITE_TAGS \
                and words[nxt] not in BE | HAVE:
            break  # "killing 11 soldiers, two security sources said": the next clause's subject
        figure.low += low
        figure.high = None if figure.high is None or high is None else figure.high + high
        figure.end = nxt
        figure.victims.extend(v for v in victims(view, end, nxt, civilians)
                              if v not in figure.victims)
        vend = nxt
    return vend


def _count_first(view: SentenceView, i: int, civilians: CivilianWords) -> list[Figure]:
    """ "at least six civilians were killed", "12 dead", "20 people died", "3 deaths"."""
    words = view.words
    if i > 0 and words[i - 1] in ("of", "to", "on", "at", "since", "from", "by", "until") \
            and not (words[i - 1] == "of" and i > 1 and words[i - 2] in ("total", "number")):
        return []  # "the anniversary of 12 killed" / dates "on 12 ..."
    count = _count_at(view, i)
    if count is None:
        return []
    low, high, end = count
    first = Figure("killed", low, high, i, end, end, "passive")
    vend = _victim_end(view, end)
    first.victims = victims(view, end, vend, civilians)
    vend = _add_coordinated(view, first, vend, civilians)
    k = vend
    while k < len(words) and words[k] in _AUX and not (words[k] == "shot" and k + 1 < len(
            words) and words[k + 1] != "dead"):
        k += 1
    if k < len(words) and words[k:k + 3] == ["lost", "their", "lives"]:
        kind = "killed"
    else:
        kind = _kind(words[k]) if k < len(words) else None
    if kind is None or k == vend and _has_object(view, k):
        return []  # "Three gunmen killed 12 villagers": the count is the killers, not the dead
    if k == end and low == 1 and high == 1 and words[i] in ("a", "an"):
        return []  # "a dead end", "an injured man": no count of victims
    first.kind, first.cue = kind, k
    out = [first]
    # "12 killed and 30 wounded", "were killed or wounded"
    j = k + 1
    if words[j:j + 1] == ["and"] and j + 1 < len(words):
        more = _count_first(view, j + 1, civilians)
        out.extend(f for f in more if f.kind != kind)
    return out


_OBJECT_TAGS = frozenset({"CD", "DT", "NN", "NNS", "NNP", "NNPS", "JJ", "PRP", "PRP$"})


def _has_object(view: SentenceView, k: int) -> bool:
    """Whether a casualty word is an active past verb with an object after it ("killed 12
    villagers", "wounded a soldier"), which makes the count before it its subject."""
    toks = view.toks
    return view.words[k] in _ACTIVE and toks[k].tag == "VBD" and k + 1 < len(toks) and \
        toks[k + 1].tag in _OBJECT_TAGS


def _victim_end(view: SentenceView, k: int) -> int:
    """End of the victims' phrase after a count: nouns, adjectives, actor mentions, "of
    them", and an inserted ", including 3 children," or ", mostly women,"."""
    words, toks = view.words, view.toks
    start = k
    while k < len(words) and k - start < 12:
        group = view.token_group[k]
        if group is not None:
            k = group.end
            continue
        w, tag = words[k], toks[k].tag
        if w in KILLED_WORDS | INJURED_WORDS or w in ("and", "or"):
            break
        named = _name_given(view, k)
        if named > k:
            k = named
            continue
        if w in ("of", "'s", "\u2019s", "-") or tag in _VICTIM_TAGS and w not in _AUX:
            k += 1
            continue
        if w in ("them", "whom", "others", "more", "other", "people", "persons"):
            k += 1
            continue
        if w in (",", "(") and k + 1 < len(words) and words[k + 1] in _INSERTION_OPENERS:
            close = next((j for j in range(k + 1, min(len(words), k + 14))
                          if words[j] in (",", ")")), None)
            if close is not None:
                k = close + 1  # the insertion closes the phrase
            break
        break
    return k


_NAMING = frozenset({"known", "nicknamed", "called", "named", "dubbed", "alias", "aka"})
_QUOTES = frozenset({"'", '"', "`", "``", "''", "\u2018", "\u2019", "\u201c", "\u201d"})


def _name_given(view: SentenceView, k: int) -> int:
    """End of a name given to a victim at `k` ("known as 'Ti Bazil'", "nicknamed Grom"), so
    that the victims coordinated after it still count ("a gang leader known as X and two of his
    bodyguards"); `k` itself where no name is given there."""
    words, toks = view.words, view.toks
    if k >= len(words) or words[k] not in _NAMING:
        return k
    j = k + 1 + (words[k] == "known" and words[k + 1:k + 2] == ["as"])
    if j < len(words) and words[j] in _QUOTES:
        close = next((m for m in range(j + 1, min(len(words), j + 8)) if words[m] in _QUOTES),
                     None)
        return k if close is None else close + 1
    end = j
    while end < len(words) and toks[end].tag in ("NNP", "NNPS"):
        end += 1
    return end if end > j else k


def victims(view: SentenceView, start: int, end: int, civilians: CivilianWords
            ) -> list[Actor]:
    """Who the victims in tokens [start, end) were: the actors named there, else civilians
    when a civilian word names them ("villagers", "children")."""
    out: list[Actor] = []
    seen: set[int] = set()
    for k in range(start, min(end, len(view.toks))):
        group = view.token_group[k]
        if group is None or id(group) in seen:
            continue
        seen.add(id(group))
        for member in group.members:
            actor = member.as_actor() if hasattr(member, "as_actor") else member
            if actor not in out:
                out.append(actor)
    if out:
        return out
    for k in range(start, min(end, len(view.toks))):
        if civilians.at(view.words, k):
            return [Actor(view.toks[k].text, "CVL", None, "CVL", "civilians")]
    return out
