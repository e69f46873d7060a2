"""Find the events of one sentence: verb events from patterns, and nominal events.

Each finding is a `Finding`: a code, source and target actors, the token span that carries it,
and what modality needs to know (anchor, verb group start, whether it is speech). `run()` in
`eventwire.events` turns findings into contract `Event`s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from eventwire.events.chunks import Tok, VerbGroup, verb_group
from eventwire.events.civilians import CivilianWords
from eventwire.events.clauses import Group, SentenceView
from eventwire.events.codes import quad_class
from eventwire.events.lexicon import VerbLexicon
from eventwire.events.nouns import NounLexicon
from eventwire.events.patterns import COMPOUND, SOURCE, TARGET, Match, match_pattern
from eventwire.model import Actor, ActorMention

_NOUNISH = frozenset({"NN", "NNS", "NNP", "NNPS", "DT", "PRP", "PRP$", "IN", "CD", "POS"})
_NOUN_TARGET_PREPS = frozenset({"on", "against", "targeting", "at", "in", "near", "into",
                                "upon", "over"})
_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "VBN", "CD", "HYPH"})
# Speech verbs whose direct object is what is said, never an addressee ("said the army may
# be preparing": the army is the subject of what was said). "told X", "warned X" keep theirs.
_NO_ADDRESSEE = frozenset({"say", "state", "add", "note", "stress", "insist", "reiterate",
                           "comment", "remark", "write", "tweet"})
_ARTICLES = frozenset({"a", "an", "the"})
# Taking ground ("captured the village") names a place, never civilian victims.
_TERRITORIAL = frozenset({"192"})
# Particles that follow a verb ("fired back", "pulled back", "set up"): never a verb there.
_PARTICLES = frozenset({"back", "up", "down", "off", "out", "away", "over"})


@dataclass
class Finding:
    """One event found in a sentence, before it becomes a contract `Event`."""

    code: str
    sources: list[Actor | None]
    targets: list[Actor | None]
    start: int
    end: int
    anchor: tuple[int, int]
    local_from: int
    speech: bool = False
    patterned: bool = False
    reciprocal: bool = False
    nominal: bool = False
    extra: dict = field(default_factory=dict)


def _members(group: Group | None) -> list[Actor | None]:
    if group is None:
        return [None]
    return [m for m in group.members]


def verb_findings(view: SentenceView, lexicon: VerbLexicon, civilians: CivilianWords
                  ) -> list[Finding]:
    """Events carried by verbs, in text order."""
    toks = view.toks
    words = view.words
    out: list[Finding] = []
    last_subject: Group | None = None
    speaker: Group | None = None  # the subject of the last speech verb ("Kyiv said ...")
    vocabulary = frozenset(words)
    i = 0
    while i < len(toks):
        found = _verb_at(words, toks, i, lexicon) if view.token_group[i] is None and \
            not _after_article(view, i) and not _scene_setting(view, i) else None
        if found is None:
            i += 1
            continue
        vs, ve, verbs = found
        group = verb_group(toks, vs, ve)
        speech = any(v.frame == "speech" for v in verbs)
        high = view.clause_end(ve, through_that=not speech)
        best: Match | None = None
        for verb in verbs:
            for pattern in verb.patterns:
                if best is not None and pattern.weight <= (best.pattern.weight
                                                           if best.pattern else -1):
                    break
                if not pattern.possible(vocabulary):
                    continue
                m = match_pattern(pattern, words, vs, ve, 0, _pattern_high(view, ve),
                                  view.actor_end)
                if m is not None and (m.code or pattern.blocks):
                    best = m
                    break
        code = (best.code or None) if best else next((v.code for v in verbs if v.code), None)
        blame = all(v.frame == "blame" for v in verbs)
        if blame and (code is None or speaker is None):
            # "be" naming no wrong, or said by no one ("Los Zetas has been responsible for mass
            # killings" reports the killings), is no verb of ours: the subject carried to the
            # verbs after it stays the one before ("Sheinbaum said cooperation with Washington
            # was good but rejected any U.S. military action": Sheinbaum rejects)
            i = ve
            continue
        through = group.infinitive or toks[vs].tag == "VBG"
        subject, how = view.subject(group, through_verbs=through)
        reduced = _reduced_passive(view, vs, ve, group.start)
        before = group.start - 2
        if reduced and how == "coordinated" and before >= 0 and words[before + 1] == "," and \
                view.token_group[before] is not None:
            # "The army, backed by Russian jets, launched ...": the participle modifies the
            # group before the comma, which stays the subject of the verbs after it.
            subject, how = view.token_group[before], "clause"
        if how in ("coordinated", "pronoun"):
            subject = last_subject
            if subject is None and how == "pronoun":
                # "Ethiopia indicated it would act": the pronoun's antecedent opens the sentence.
                subject = next((g for g in view.groups if g.end <= vs), None)
        elif subject is not None:
            last_subject = subject
        elif how == "none":
            subject = _demonym_subject(view, group.start)
        if (best is not None and best.pattern is not None and best.pattern.blocks) or \
                (code is not None and subject is None and _natural_subject(view, vs, ve)):
            # a sense or a subject we know makes no event; as the sentence's main verb, the
            # sentence reports none ("set up a task force to fight drug trafficking" may)
            view.declined = view.declined or any(
                t.dep == "ROOT" for t in view.tree[vs:ve] if len(view.tree) == len(toks))
            code = None
        if code is None:
            i = ve
            continue
        source, target = subject, None
        if blame:
            source, target = _blamer(speaker, subject), subject
        elif group.passive or reduced:
            source = view.by_agent(ve, high)
            target = subject
        else:
            target = view.object(ve, high, speech=speech)
            if speech and target is not None and words[ve:ve + 1] != ["to"] and \
                    all(v.lemma in _NO_ADDRESSEE for v in verbs):
                target = None
        reciprocal = False
        if best is not None:
            for kind, pos in best.slots:
                g = view.group_from(pos)
                if kind == SOURCE and g is not None:
                    source = g
                elif kind == TARGET and g is not None:
                    target = g
                elif kind == COMPOUND and g is not None:
                    reciprocal = True
                    if source is None:
                        source = g
        if any(v.frame == "reciprocal" for v in verbs) and target is None:
            reciprocal = True
        start = min(group.start if group.start >= vs - 3 else vs, best.start if best else vs)
        end = max(ve, best.end if best else ve)
        targets: list[Actor | None] = _members(target)
        if target is None and quad_class(code) == 4 and code not in _TERRITORIAL:
            civ = civilian_in(view, ve, high, civilians)
            if civ is not None:
                targets = [civ]
        out.append(Finding(code, _members(source), targets, start, end, (vs, ve),
                           group.start, speech=speech, patterned=best is not None,
                           reciprocal=reciprocal,
                           extra={"subject_found": subject is not None,
                                  "slots": {kind for kind, _pos in best.slots} if best
                                  else set()}))
        if speech:
            speaker = subject
        i = ve
    return out


def _blamer(speaker: Group | None, subject: Group | None) -> Group | None:
    """Who lays the blame in "Kyiv said Moscow was responsible for the disappearances" (a
    `blame` verb, "be" with a wrong): the subject of the speech verb before (the speaker), not
    the subject of "be", which is the one blamed (the event's target). Only a speaker's words
    blame: "Los Zetas has been responsible for mass killings" reports the killings."""
    return speaker if speaker is not subject else None


def _after_article(view: SentenceView, i: int) -> bool:
    """Token `i` ends a noun phrase, so it is no verb ("a telephone call on Friday" is no
    "call on"): right after an article, or a base form after a singular noun or adjective of
    no actor that follows one."""
    words, toks = view.words, view.toks
    j = i - 1
    if j < 0:
        return False
    if words[j] in _ARTICLES or toks[j].tag == "PRP$":
        return True
    if toks[i].tag not in ("VB", "VBP") or (i + 1 < len(toks) and (
            toks[i + 1].tag in ("PRP", "DT", "PRP$") or view.token_group[i + 1] is not None)):
        return False  # "commanders in the area tell us": an object follows, so a verb
    while j >= 0 and i - j <= 2 and toks[j].tag in ("NN", "JJ") and view.token_group[j] is None:
        j -= 1
    return j >= 0 and j < i - 1 and (words[j] in _ARTICLES or toks[j].tag == "PRP$")


def _reduced_passive(view: SentenceView, vs: int, ve: int, group_start: int) -> bool:
    """"factions backed by Turkey": a bare past participle with a "by" agent is passive."""
    toks = view.toks
    return (toks[vs].tag == "VBN" and group_start == vs and ve < len(toks) - 1
            and toks[ve].lower == "by" and view.group_from(ve + 1) is not None)


def _pattern_high(view: SentenceView, ve: int) -> int:
    """Patterns may look past the verb's own clause up to the next strong break."""
    for k in range(ve, len(view.toks)):
        if view.words[k] in (";", ".", ":") or view.words[k] in ('"', "\u201d"):
            return k
    return len(view.toks)


def _verb_at(words: Sequence[str], toks: Sequence[Tok], i: int, lexicon: VerbLexicon
             ) -> tuple[int, int, list] | None:
    """The longest verb form whose head is token `i`: (start, end, verbs)."""
    forms = lexicon.candidates(words[i])
    base = _repeated(words[i], lexicon)
    if not forms and base:
        forms = lexicon.candidates(base)
        words = [*words[:i], base, *words[i + 1:]]
    if not forms:
        return None
    tag = toks[i].tag
    if tag in _NOUNISH:
        return None
    if words[i] in _PARTICLES and i > 0 and toks[i - 1].is_verb:
        return None
    best: tuple[int, int] | None = None
    verbs: list = []
    for form in forms:
        s = i - form.head
        e = s + len(form.tokens)
        if s < 0 or e > len(words) or tuple(words[s:e]) != form.tokens:
            continue
        if best is None or (e - s) > (best[1] - best[0]):
            best, verbs = (s, e), [form.verb]
        elif (s, e) == best and form.verb not in verbs:
            verbs.append(form.verb)
    if best is None:
        return None
    return best[0], best[1], verbs


def _repeated(word: str, lexicon: VerbLexicon) -> str | None:
    """The verb a "re-" form repeats ("reimposed" -> "imposed", "reopened", "reoccupied"),
    when the lexicon knows that verb but not this form: doing again codes as doing. Only
    before a vowel, where "re" is the prefix ("resigned" is not "signed" again)."""
    if len(word) < 6 or not word.startswith("re") or word[2] not in "aeiou":
        return None
    base = word[2:]
    return base if lexicon.candidates(base) else None


def civilian_in(view: SentenceView, start: int, end: int, words: CivilianWords
                ) -> Actor | None:
    """A civilian victim named by a context word in [start, end) ("a market", "civilians")."""
    for k in range(start, min(end, len(view.toks))):
        if words.at(view.words, k):
            tok = view.toks[k]
            return ActorMention(tok.text, "CVL", None, "CVL", "civilians", start=tok.start,
                                end=tok.end)
    return None


def noun_findings(view: SentenceView, nouns: NounLexicon, lexicon: VerbLexicon,
                  taken: list[tuple[int, int]], civilians: CivilianWords) -> list[Finding]:
    """Events named by nouns: "air strikes on X", "the bombing of X by Y", "talks with X"."""
    toks, words = view.toks, view.words
    out: list[Finding] = []
    i = 0
    while i < len(toks):
        hit = nouns.match(words, i)
        if hit is None:
            i += 1
            continue
        entry, n = hit
        ns, ne = i, i + n
        if toks[ne - 1].tag.startswith("VB") or toks[ne - 1].tag == "MD" or \
                any(a <= ns < b for a, b in taken):
            i = ne
            continue
        high = view.clause_end(ne)
        violent = quad_class(entry.code) == 4
        # Source: "by Y", an actor modifier ("Russian air strikes"), or a light verb's subject.
        # "the bombing of X by Y", but not "the meeting was requested by Y" (a verb's agent).
        verb_at = next((k for k in range(ne, len(toks)) if toks[k].is_verb), len(toks))
        source = view.by_agent(ne, min(high + 6, verb_at, len(toks)))
        left = ns - 1
        while left >= 0 and toks[left].tag in _MODIFIER_TAGS and view.token_group[left] is None \
                and left not in view.demonyms:
            left -= 1
        if left >= 0 and toks[left].lower in ("'s", "\u2019s") and left > 0:
            left -= 1
        modifier = view.token_group[left] if left >= 0 else None
        if modifier is None and left in view.demonyms and words[ne - 1] not in view.placed:
            # "Israeli air strikes", "Russian shelling": the state behind the event noun
            modifier = Group(left, left + 1, [view.demonyms[left]])
        light = _light_verb(view, ns, ne, nouns)
        if source is None and modifier is not None:
            source = modifier
        if source is None:
            source = _agent_of_gerund(view, ns)
        if source is None and light is not None:
            source, how = view.subject(light, through_verbs=light.infinitive)
            if how == "pronoun":
                # "the US military said it conducted an air strike": the reporter's subject
                source = next((g for g in view.groups if g.end <= light.start), None)
        # Target: "on/against X", "of X" for nouns whose "of" names the victim, "with X".
        target = None
        reciprocal = False
        k = ne
        while k < min(high, ne + 8):
            w = words[k]
            g = view.group_from(k + 1)
            if g is not None and g is not source:
                if w in _NOUN_TARGET_PREPS or (w == "of" and entry.target_of) or \
                        (w == "with" and entry.reciprocal) or w == "to":
                    target = g
                    break
                if w == "between" and entry.reciprocal and len(g.members) > 1:
                    source, target, reciprocal = g, None, True
                    break
            if w == "by":
                break
            k += 1
        if entry.needs == "light" and light is None or _disarmed(view, ne - 1) or \
                _background(view, ns, modifier if modifier is source else None,
                            source is not None or target is not None or _toll(view, ne)):
            i = ne
            continue
        if source is None and target is None and not violent and not reciprocal:
            i = ne
            continue
        targets: list[Actor | None] = _members(target)
        if target is None and violent and not reciprocal:
            civ = civilian_in(view, ne, high, civilians)
            if civ is not None:
                targets = [civ]
        local_from = max(0, ns - 2)
        if light is not None:
            local_from = light.start
        start = light.start if light is not None else (modifier.start if modifier is not None
                                                       and modifier is source else ns)
        out.append(Finding(entry.code, _members(source), targets, start, ne, (ns, ne),
                           local_from, reciprocal=reciprocal or (
                               entry.reciprocal and target is None and source is not None
                               and len(source.members) > 1),
                           nominal=True, extra={"target_of": entry.target_of,
                                                "claimed": _claiming(view, light)}))
        i = ne
    return out


HAZARDS = frozenset({"lightning", "wildfire", "fire", "blaze", "flood", "flooding",
                     "storm", "cyclone", "hurricane", "typhoon", "tornado", "earthquake", "quake",
                     "tremor", "landslide", "mudslide", "avalanche", "drought", "rain",
                     "downpour", "hail", "heatwave", "tsunami", "eruption", "locust"})
"""Natural hazards (lemmas): as the subject of a verb they make no political event
("lightning struck a school", "wildfires destroyed thousands of hectares", "floods
forced 10,000 people from their homes")."""


def _natural_subject(view: SentenceView, start: int, end: int) -> bool:
    """Whether the parse gives the verb group `start`..`end` a natural hazard as subject."""
    tree = view.tree
    if len(tree) != len(view.toks):
        return False
    return any(t.dep in ("nsubj", "nsubj:pass", "csubj") and start <= t.head < end
               and t.lemma.lower() in HAZARDS for t in tree)


DISARMING = frozenset({"find", "discover", "uncover", "unearth", "detect", "defuse",
                       "clear", "remove", "seize", "confiscate", "recover", "dismantle",
                       "disarm", "dispose", "deactivate", "intercept"})
"""Verbs whose object weapon was not used: "soldiers found three landmines and defused them",
"deminers cleared 200 landmines", "police seized two IEDs" report no explosion."""


def _disarmed(view: SentenceView, head: int) -> bool:
    """Whether the event noun whose last word is `head` is the object of a `DISARMING`
    verb in the parse: a weapon found or made safe is no attack with it."""
    tree = view.tree
    if len(tree) != len(view.toks) or tree[head].dep != "obj":
        return False
    governor = tree[head].head
    return 0 <= governor < len(tree) and tree[governor].lemma in DISARMING


_BACKGROUND = frozenset({"given", "despite", "amid", "amidst", "considering"})
"""Prepositions whose event noun is the setting of another clause, never news in itself
("Given the unrelenting assault on X, aid groups warned")."""
_BEFORE = frozenset({"following", "after", "since", "during", "before"})
"""Prepositions of earlier or ongoing events: background unless the noun names its actors."""


HALTS = frozenset({"end", "halt", "pause", "cessation", "suspension", "lull", "stop",
                   "moratorium", "respite", "break"})
"""Nouns of stopping: the event noun they govern ("an end to attacks on army positions", "a
pause in its air strikes", "a cessation of hostilities") is what stops, not news of it."""

HALTING = frozenset({"stop", "stopped", "stopping", "stops", "cease", "ceased", "ceasing",
                     "ceases", "halt", "halted", "halting", "halts", "suspend", "suspended",
                     "suspending", "suspends", "quit", "quitting", "quits"})
"""Verb forms of stopping: their gerund or object ("the rebels ceased fighting", "agreed to
suspend attacks") is what stops. Not "end": "forces ended the siege" reports the siege and
its end (our review set counts the siege)."""


def _background(view: SentenceView, ns: int, modifier: Group | None, actors: bool) -> bool:
    """Whether the event noun at `ns` only sets the scene: the object of a background
    preposition, read past its determiners, adjectives and actor modifier; or what a noun of
    stopping says stops (`HALTS`)."""
    k = ns - 1
    if modifier is not None:
        k = modifier.start - 1
    while k >= 0 and (view.toks[k].tag in ("DT", "JJ", "JJR", "JJS", "PRP$", "RB", "CD", "NN",
                                           "NNS", "HYPH") or view.words[k] == "of"):
        k -= 1  # "after weeks of fighting", "after a three-day offensive"
    if k < 0:
        return False
    word = view.words[k]
    return word in _BACKGROUND or (word in _BEFORE and not actors) or _halted(view, ns, k)


_TOLL_VERBS = frozenset({"left", "killed", "wounded", "injured", "claimed"})


def _toll(view: SentenceView, ne: int) -> bool:
    """Whether the event noun ending at `ne` heads a clause that counts its dead or wounded
    ("after a shootout that left two soldiers wounded"): a happening the story reports, not
    the scene of another."""
    words = view.words
    return ne + 1 < len(words) and words[ne] in ("that", "which") and \
        words[ne + 1] in _TOLL_VERBS


def _halted(view: SentenceView, ns: int, k: int) -> bool:
    """Whether the event noun at `ns` is the object of a verb of stopping (`HALTING`: "agreed
    to suspend attacks") or follows a noun of stopping and its preposition ("an end to", "a
    pause in", "a halt to", "the suspension of"), read back from `k` (where `_background`
    stopped, or on the "of" it skipped)."""
    words = view.words
    if words[k] in HALTING:  # "agreed to suspend attacks on the ELN": the object of a stop
        return True
    for j in range(max(0, k - 1), ns):
        if words[j] in HALTS and j + 1 < ns and words[j + 1] in ("to", "in", "of", "on"):
            return True
    return False


def _demonym_subject(view: SentenceView, verb_start: int) -> Group | None:
    """ "Russian missiles struck Odesa": a country adjective opening the noun phrase right
    before the verb (no actor itself) is the state behind it."""
    k = verb_start - 1
    while k >= 0 and view.toks[k].tag in ("NN", "NNS", "JJ", "HYPH") and \
            view.token_group[k] is None and k not in view.demonyms:
        k -= 1
    if k < 0 or k == verb_start - 1 or k not in view.demonyms:
        return None
    if k > 0 and view.toks[k - 1].tag not in ("DT", ",", "CC", "IN", "``") and \
            view.words[k - 1] not in (",", "and"):
        return None
    return Group(k, k + 1, [view.demonyms[k]])


def _scene_setting(view: SentenceView, i: int) -> bool:
    """A verb form used as a preposition ("Given the assault on X, ...") or a gerund after a
    background preposition ("Amid fighting in Khartoum, ...") or after a verb of stopping
    ("ceased fighting"): the setting, not an event; and a participle in a compound modifier
    ("Iran-backed militants"): a description."""
    words, toks = view.words, view.toks
    if i > 0 and words[i - 1] in ("-", "\u2013") and toks[i].tag in ("VBN", "VBD", "JJ"):
        return True
    if words[i] in _BACKGROUND and i + 1 < len(toks) and toks[i + 1].tag in ("DT", "PRP$"):
        return True
    if toks[i].tag != "VBG" or i == 0:
        return False
    if words[i - 1] in HALTING:  # "the rebels ceased fighting": the fighting stops
        return True
    if words[i - 1] == "of":  # "after weeks of fighting": a gerund named as a stretch of time
        k = i - 2
        while k >= 0 and toks[k].tag in ("NN", "NNS", "CD", "DT", "JJ"):
            k -= 1
        return k >= 0 and k < i - 2 and words[k] in _BACKGROUND | _BEFORE
    return words[i - 1] in _BACKGROUND


def _agent_of_gerund(view: SentenceView, ns: int) -> Group | None:
    """"accused Russia of bombing", "blamed X for the attack": X is the agent."""
    k = ns - 1
    while k >= 0 and view.toks[k].tag in ("DT", "PRP$", "JJ"):
        k -= 1
    if k >= 1 and view.words[k] in ("of", "for") and view.token_group[k - 1] is not None:
        return view.token_group[k - 1]
    return None


_CLAIMING = frozenset({"claim", "take", "admit", "assume", "accept"})
"""Light verbs whose subject is the doer only by their own claim ("claimed the attack")."""


def _light_verb(view: SentenceView, ns: int, ne: int, nouns: NounLexicon):
    """The verb group of a light verb governing the noun at [ns, ne) ("carried out strikes").
    A claim is none when a finite verb follows the noun: the noun is that verb's subject, in
    a clause the claim reports ("the army claimed the attack killed 30 militants"), and the
    claimant need not be its doer."""
    toks = view.toks
    found = _light_verb_before(view, ns, nouns)
    if _claiming(view, found) and ne < len(toks) and toks[ne].tag in ("VBD", "VBZ", "VBP", "MD"):
        return None
    return found


def _claiming(view: SentenceView, light: VerbGroup | None) -> bool:
    """Whether the light verb of an event noun claims it ("claimed the attack")."""
    return light is not None and len(view.tree) == len(view.toks) and \
        view.tree[light.start].lemma in _CLAIMING


def _light_verb_before(view: SentenceView, ns: int, nouns: NounLexicon):
    toks = view.toks
    k = ns - 1
    while k >= 0 and (toks[k].tag in ("DT", "JJ", "JJR", "CD", "PRP$", "NN", "NNS", "RB",
                                      "HYPH") or toks[k].lower in ("of", "series", "wave",
                                                                   "number")) and \
            view.token_group[k] is None and ns - k < 6:
        k -= 1
    if k < 0:
        return None
    for length in (3, 2, 1):
        s = k - length + 1
        if s < 0:
            continue
        phrase = tuple(view.words[s:k + 1])
        if nouns.is_light(phrase):
            return verb_group(toks, s, k + 1)
    return None
