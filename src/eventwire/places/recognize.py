"""Find place names in sentences: longest gazetteer match over the tokens, then filters.

A mention starts at a capitalised token and may run over further capitalised tokens, the
lower-case connectors of names ("Bay *of* Bengal", "Maarat *al*-Numan") and the punctuation of
abbreviations ("U.S.", "W.Va."); the longest run whose folded key is in the gazetteer wins. A
following kind word ("Idlib *Province*", "Homs *countryside*", "Hall *County*") joins the span
and tells ranking which kind of place is meant.

Refused: names right after a person's title ("President Assad", "Mr. Jordan"); a single name
right after another capitalised word that is not a direction or sentence start (the surname in
"Michael Jordan"); words of the stop list; ordinary English words capitalised only because
they start a sentence or sit in a headline; state abbreviations ("Ga.", "Miss.") except after
"Town," or with inner full stops ("W.Va.", "D.C.").

Demonyms ("Syrian", "Americans") are recognised as mentions of their country, flagged
`demonym`: they tell which country a story is about and LGL-style corpora annotate them, but
"Syrian troops" does not say where anything happened, so they are never event locations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from eventwire.model import Sentence, Token
from eventwire.places.cues import Cues
from eventwire.places.gazetteer import ABBREVIATION, DEMONYM, PRIMARY, Candidate, Gazetteer
from eventwire.places.normalize import ascii_fold, name_key

MAX_TOKENS = 10
_INNER_PUNCT = frozenset({"-", ".", "'", "’", "`", "‘", "‐", "–"})
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|ash|az|an|at|ath|ed|en|es|et|ez)[-‐‑'’](?=[A-Z])")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")
_NON_NAME_TAGS = ("VB", "DT", "PR", "IN", "MD", "RB", "CC", "WP", "WD", "CD", "TO", "UH")


@dataclass
class Mention:
    """A span of text that names (or may name) a place, with its gazetteer candidates."""

    start: int
    end: int
    sentence: int
    first: int
    last: int
    text: str
    key: str
    candidates: tuple[Candidate, ...]
    feature_hint: str | None = None
    initial: bool = False
    qualifier: tuple[Candidate, ...] = ()
    words: int = 1
    forced: bool = False
    context_only: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def demonym(self) -> bool:
        return bool(self.candidates) and all(c.kind == DEMONYM for c in self.candidates)

    @property
    def abbreviation(self) -> bool:
        return bool(self.candidates) and all(c.kind == ABBREVIATION for c in self.candidates)


def _capitalised(token: Token) -> bool:
    """Starts with a capital, or is an Arabic-article name written "al-Bab", "ash-Shaddadi"."""
    return token.text[:1].isupper() or bool(_ARTICLE_NAME.match(token.text))


def is_headline(tokens: list[Token], cues: Cues) -> bool:
    """Title-case text ("Police Arrest Man In Fire"): capitals say nothing about names there."""
    words = [t for t in tokens if t.text[:1].isalpha()]
    if len(words) < 4:
        return False
    capitals = sum(1 for t in words if t.text[:1].isupper())
    small = sum(1 for t in words if t.lower in cues.connectors or t.lower in ("a", "in", "for"))
    # Capitalised ordinary words ("Arrest", "Fire") tell a headline from a list of names.
    ordinary = sum(1 for t in words[1:] if t.text[:1].isupper() and t.lower in cues.common_words)
    return capitals >= 0.75 * (len(words) - small) and capitals >= 4 and ordinary >= 2


def flatten(sentences: list[Sentence]) -> tuple[list[Token], list[int], set[int]]:
    """All tokens of the document in order, each one's sentence, and sentence-first indices.

    Names are matched over the whole token stream so that a sentence splitter that cut
    "U.S." or "W.Va." in two does not cut the name: a match may run on into the next sentence
    only where no space separates them.
    """
    tokens: list[Token] = []
    sentence_of: list[int] = []
    firsts: set[int] = set()
    for sentence in sentences:
        firsts.add(len(tokens))
        tokens.extend(sentence.tokens)
        sentence_of.extend([sentence.index] * len(sentence.tokens))
    return tokens, sentence_of, firsts


def find_mentions(text: str, sentences: list[Sentence], gazetteer: Gazetteer, cues: Cues
                  ) -> list[Mention]:
    """Every place mention of the document, left to right, non-overlapping."""
    tokens, sentence_of, firsts = flatten(sentences)
    headlines = {s.index for s in sentences if is_headline(s.tokens, cues)}
    keys = gazetteer.keys
    mentions: list[Mention] = []
    persons: set[str] = set()
    count = len(tokens)
    i = 0
    while i < count:
        token = tokens[i]
        if not token.text[:1].isupper() and not _ARTICLE_NAME.match(token.text):
            i += 1
            continue
        match = _longest_match(text, tokens, i, keys, cues, firsts)
        if match is None:
            i += 1
            continue
        last, key, end = match
        initial = i in firsts or sentence_of[i] in headlines or _after_opening(tokens, i)
        mention = Mention(token.start, end, sentence_of[i], i, last, text[token.start:end], key,
                          gazetteer.candidates(key), initial=initial)
        mention.words = sum(1 for t in tokens[i:last + 1] if t.text[:1].isalnum())
        if not _abbreviated(text, end, mention.text):
            mention.candidates = tuple(c for c in mention.candidates if c.kind != ABBREVIATION)
            if not mention.candidates:
                i += 1
                continue
        if end != tokens[last].end:
            mention.extra["inner"] = True
        elif mention.text.endswith(".") and not _dotted(mention.text) and not any(
                c.kind == ABBREVIATION for c in mention.candidates):
            # "Turkey." ends a sentence; "Calif." keeps its stop
            if tokens[last].text == "." and last > i:
                mention.last -= 1
                mention.end = tokens[mention.last].end
            else:
                mention.end -= 1
                mention.extra["inner"] = True
            mention.text = text[mention.start:mention.end]
        if not mention.extra.get("inner"):
            _attach_suffix(text, mention, tokens, cues)
            whole = name_key(mention.text)
            if mention.feature_hint and whole in keys:  # "Sagaing region": known as a whole
                mention.key, mention.candidates = whole, gazetteer.candidates(whole)
        verdict = _verdict(mention, tokens, firsts, mentions, cues, text,
                           _is_major(gazetteer, key, mention.candidates))
        if verdict == "place":
            mentions.append(mention)
            i = max(mention.last, i) + 1
        else:
            if verdict == "person":
                persons.add(token.lower)
            i += 1
    _attach_qualifiers(text, mentions)
    return [m for m in mentions if _keep(m, tokens, persons, cues)]


def _keep(mention: Mention, tokens: list[Token], persons: set[str], cues: Cues) -> bool:
    """Document-level checks, once qualifiers ("Paris, Texas") are known."""
    if mention.qualifier:
        return True
    if mention.abbreviation and not mention.extra.get("qualifies") and not _dotted(mention.text):
        return False
    if ascii_fold(mention.text) in cues.refuse:
        return False
    if mention.words == 1:
        lower = tokens[mention.first].lower
        if lower in persons and not _major(mention.candidates):
            return False
    return True


def _after_opening(tokens: list[Token], i: int) -> bool:
    """A token right after an opening quote, dash or colon starts a sentence of sorts."""
    return tokens[i - 1].text in {'"', "“", "'", "‘", ":", "—", "(", "-", "–"}


def _longest_match(text: str, tokens: list[Token], i: int, keys: set[str], cues: Cues,
                   firsts: set[int]) -> tuple[int, str, int] | None:
    """Last token index, key and end offset of the longest gazetteer name starting at i."""
    ends: list[int] = []
    limit = min(len(tokens), i + MAX_TOKENS)
    j = i
    while j < limit:
        token = tokens[j]
        word = token.text
        if j > i and j in firsts and tokens[j - 1].end != token.start \
                and not (j >= 2 and tokens[j - 1].text == "." and tokens[j - 2].lower in _ABBR):
            break  # another sentence, unless a splitter cut "St. Louis" or "U.S."
        if j > i:
            if word in _INNER_PUNCT:
                if word == "." and tokens[j - 1].end == token.start:
                    ends.append(j)
                j += 1
                continue
            if not word[:1].isupper() and token.lower not in cues.connectors \
                    and not word[:1].isdigit() and not _ARTICLE_NAME.match(word):
                break
        if word[:1].isupper() or word[:1].isdigit() or _ARTICLE_NAME.match(word):
            ends.append(j)
        j += 1
    start = tokens[i].start
    for last in reversed(ends):
        end = tokens[last].end
        key = name_key(text[start:end])
        if key in keys:
            return last, key, end
        inner = _inner_end(tokens[last])
        if inner is not None and inner > start:
            key = name_key(text[start:inner])
            if key in keys:
                return last, key, inner
    return None


_ABBR = frozenset({"st", "ste", "mt", "ft", "pt", "u", "n", "s", "w", "e", "d", "l"})
_CONTRACTION = re.compile(r"['’](?:ll|re|ve|d|m|t)$", re.I)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_COMPOUND = re.compile(r"[-‐‑][a-z]")


def _inner_end(token: Token) -> int | None:
    """Where a name ends inside a token: "Israel's", "Atlanta-area", "California-based"."""
    possessive = _POSSESSIVE.search(token.text)
    if possessive and possessive.start() > 0:
        return token.start + possessive.start()
    compound = _COMPOUND.search(token.text)
    if compound and compound.start() > 0:
        return token.start + compound.start()
    return None


def _attach_suffix(text: str, mention: Mention, tokens: list[Token], cues: Cues) -> None:
    """Join a following kind word ("Province", "countryside") to the mention."""
    nxt = mention.last + 1
    if nxt < len(tokens):
        feature = cues.suffix_feature.get(tokens[nxt].lower)
        after = tokens[nxt + 1].text if nxt + 1 < len(tokens) else ""
        if feature and not after[:1].isupper():  # not "Michigan State University"
            mention.feature_hint = feature
            mention.last = nxt
            mention.end = tokens[nxt].end
            mention.text = text[mention.start:mention.end]


def _abbreviated(text: str, end: int, surface: str) -> bool:
    """Written as an abbreviation: with a full stop ("Ill.", "W. Va.") or in capitals ("DC")."""
    return "." in surface or text[end:end + 1] == "." or (surface.isupper() and len(surface) > 1)


def _dotted(surface: str) -> bool:
    return surface.count(".") >= 2


def _is_major(gazetteer: Gazetteer, key: str, candidates: tuple[Candidate, ...]) -> bool:
    found = gazetteer.memo.get(("major", key))
    if found is None:
        found = gazetteer.memo[("major", key)] = _major(candidates)
    return bool(found)


def _verdict(mention: Mention, tokens: list[Token], firsts: set[int], earlier: list[Mention],
             cues: Cues, text: str, major: bool) -> str:
    """"place", "person" (part of a person's name) or "word" (not a place here)."""
    first = mention.first
    previous = tokens[first - 1] if first > 0 else None
    following = tokens[mention.last + 1] if mention.last + 1 < len(tokens) else None
    before = _WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    single = mention.words == 1
    if before and before.group(1).lower() in cues.person_titles:
        return "person"
    if _names_organisation(previous, following, cues):
        return "word"
    token = tokens[first]
    lower = mention.text.lower() if mention.extra.get("inner") else token.lower
    if previous is not None and previous.text == "," and any(
            c.kind == ABBREVIATION for c in mention.candidates):
        return "place"  # "Springfield, Ill."
    country_code = token.text.isupper() and any(c.feature == "country"
                                                for c in mention.candidates)
    # a kind word after the name ("Sagaing region", "Kidal Region") says it is a name, whatever
    # the tagger made of an unfamiliar word ("Sagaing" read as a gerund)
    if single and token.tag and token.tag.startswith(_NON_NAME_TAGS) and not country_code \
            and not (mention.feature_hint and token.text[:1].isupper()):
        return "word"
    if single and lower in cues.function_words and not country_code:
        return "word"
    if _CONTRACTION.search(token.text):
        return "word"
    if single and not mention.initial and previous is not None and _first_name(previous, cues) \
            and not (earlier and earlier[-1].last == first - 1) and first - 1 not in firsts \
            and not mention.demonym:
        return "person"
    if single and not major and following is not None and following.lower in _SPEECH:
        return "person"
    governed = previous is not None and previous.lower in _GOVERNING
    if single and not major and lower in cues.person_names and not governed \
            and not _qualifier_follows(mention, tokens):
        return "person"
    if single and lower in cues.common_words and not mention.demonym \
            and not _famous(mention.candidates):
        if mention.initial or not governed:
            return "word"
        if following is not None and following.text[:1].isupper():
            return "word"
    if single and token.text.isupper() and len(token.text) <= 3 and not country_code \
            and not any(c.kind == ABBREVIATION for c in mention.candidates):
        return "word"
    if not _major(tuple(c for c in mention.candidates if c.kind == PRIMARY)) and \
            _part_of_longer_name(mention, tokens, firsts, cues):
        return "word"  # a variant spelling of a big town does not make "Wadi" of "Wadi
        # Rabie" (a Tripoli district) a place of its own: only a place's own name does
    return "place"


def _names_organisation(previous: Token | None, following: Token | None, cues: Cues) -> bool:
    """True when the name is part of an organisation's ("North Star Press") or stands in
    apposition to a noun for one ("news agency SANA"): a news outlet is not a place."""
    if following is not None and following.text[:1].isupper() \
            and following.lower in cues.organisation_heads:
        return True
    return previous is not None and previous.lower in cues.organisation_nouns


def _part_of_longer_name(mention: Mention, tokens: list[Token], firsts: set[int],
                         cues: Cues) -> bool:
    """True when the match is glued to an unknown capitalised word: "Kafr" of "Kafr Nabudah",
    "Mughar" of "Shir Mughar" (but not "Springfield" of "Springfield Police").
    "Mughar" of "Shir Mughar". The text names a longer place the gazetteer lacks, and a piece
    of that name is not a place of its own (a village "Al Qafr" in Yemen is not Kafr Nabudah).
    Famous places keep their match ("Aleppo Monday"), and a name's own qualifier or suffix has
    already been attached by then."""
    def name_word(token: Token) -> bool:  # a capitalised word English does not know
        return (token.text[:1].isupper() and token.text.replace("-", "").isalpha()
                and token.lower not in cues.common_words and token.lower not in cues.refuse
                and token.lower not in cues.function_words
                and token.lower not in cues.suffix_feature)

    def capitalised_word(index: int) -> bool:
        """A word English knows, written with a capital inside running prose ("Let Yet
        Kone village"): prose capitalises such a word only within a name, unless it is a
        direction, a title or an organisation's or place's own kind word, which are
        capitalised around names that stand on their own ("Eastern Ukraine", "Mayor",
        "Kone Police")."""
        token = tokens[index]
        lower = token.lower
        return (not mention.initial and index not in firsts and not _after_opening(tokens, index)
                and token.text[:1].isupper() and token.text[1:].islower() and token.text.isalpha()
                and lower in cues.common_words and lower not in cues.directions
                and lower not in cues.person_titles and lower not in cues.organisation_nouns
                and lower not in cues.organisation_heads and lower not in cues.suffix_feature)

    after = mention.last + 1
    if after < len(tokens) and after not in firsts and name_word(tokens[after]):
        return True
    before = mention.first - 1
    return before >= 0 and mention.first not in firsts and (
        name_word(tokens[before]) or capitalised_word(before))


def _first_name(token: Token, cues: Cues) -> bool:
    """A capitalised word that can be the first part of a person's name ("Michael Jordan")."""
    word = token.text
    return word[:1].isupper() and word.isalpha() and not word.isupper() and len(word) > 1 \
        and token.lower not in cues.directions and token.lower not in cues.connectors \
        and (token.lower not in cues.common_words or token.lower in cues.person_names)


def _qualifier_follows(mention: Mention, tokens: list[Token]) -> bool:
    nxt = mention.last + 1
    return nxt + 1 < len(tokens) and tokens[nxt].text == "," and tokens[nxt + 1].text[:1].isupper()


_SPEECH = frozenset({"said", "says", "told", "added", "explained", "wrote", "asked", "noted",
                     "testified", "stated"})
_GOVERNING = frozenset({"in", "at", "near", "from", "outside", "to", "of", "into", "toward",
                        "towards", "around", "through"})


def _famous(candidates: tuple[Candidate, ...]) -> bool:
    """A place famous enough under this very name to beat the ordinary word ("Nice" no,
    "Turkey" and "US" yes): a country, sea or area of ours, or a city of a million."""
    return any((c.kind != ABBREVIATION and c.feature in ("country", "water", "region"))
               or (c.kind == PRIMARY and c.population >= 1_000_000) for c in candidates)


def _major(candidates: tuple[Candidate, ...]) -> bool:
    """A well-known place among the candidates: a country, sea, area of ours, big admin1, city
    of 100,000."""
    return any(c.feature in ("country", "water", "region") or c.population >= 100_000
               and (c.feature == "city" or c.population >= 2_000_000) for c in candidates)


def _attach_qualifiers(text: str, mentions: list[Mention]) -> None:
    """"Springfield, Ill." / "Hama, Syria": the second name narrows the first."""
    for before, after in zip(mentions, mentions[1:], strict=False):
        between = text[before.end:after.start]
        if between.strip() == "," and any(c.feature in ("admin1", "country")
                                          for c in after.candidates):
            before.qualifier = after.candidates
            after.extra["qualifies"] = True
