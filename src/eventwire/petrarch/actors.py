"""PETRARCH-2 / TABARI actor and agent dictionaries, read into eventwire's actor knowledge.

Actor files (`*.actors.txt`)::

    NAME_WITH_UNDERSCORES [CODE]        # a phrase and its default code
    +SYNONYM                            # another phrase for the same actor
        [CODE >YYYYMMDD]                # code after a date; also <date, and date-date
    NAME [CODE 950601-990815] [OTHER]   # several codes may share one line

Dates are YYYYMMDD or YYMMDD (YY up to 30 is 20YY, else 19YY); lines and tails after `#` or
`;`, and `<!-- ... -->` blocks, are comments. Agent files (`*.agents.txt`)::

    !MINIST! = MINISTER, MINISTERS      # a substitution set used as !MINIST! in phrases
    NOUN {PLURAL} [~AGT]                # agent code after the actor's: Gondor soldiers -> GONMIL
    HUMAN_RIGHTS_BODY [NGO~]            # agent code before the actor's

A noun without `{...}` also gets its regular plural (-S, -ES after S, -IES after Y); `{}` gives
none. Underscores and spaces both join the words of a phrase; eventwire matches the words
consecutively and whole (PETRARCH-2 no longer matched TABARI stems).

How a directory combines with our own knowledge: if it has an agents file, its agents replace
ours; if it has actor files, our entries whose codes it covers are dropped (countries by ISO
code, organisations and groups by code, people when every office code is covered) and its
phrases replace ours where both define one. Everything else of ours stays beside it.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.actors.codes import DatedCode
from eventwire.actors.kb import ActorKnowledge, Term
from eventwire.actors.text import phrase_key
from eventwire.errors import DictionaryError

log = logging.getLogger(__name__)

_BRACKET = re.compile(r"\[([^\[\]]*)\]")
_COMMENT_BLOCK = re.compile(r"<!--.*?-->", re.S)


@dataclass
class PetrarchActor:
    """One actor record: its phrases, its default code and its date-restricted codes."""

    phrases: list[str]
    default: str | None = None
    codes: list[DatedCode] = field(default_factory=list)
    line: int = 0


@dataclass
class PetrarchAgent:
    phrase: str
    code: str
    prefix: bool  # "NGO~": the agent's code goes before the actor's


@dataclass
class PetrarchDictionaries:
    """What a directory of PETRARCH files holds, with counts for the user."""

    actors: list[PetrarchActor] = field(default_factory=list)
    agents: list[PetrarchAgent] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "file:line: why" for unreadable lines
    files: list[Path] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "files": len(self.files),
            "actors": len(self.actors),
            "actor_phrases": sum(len(a.phrases) for a in self.actors),
            "dated_codes": sum(len(a.codes) for a in self.actors),
            "agents": len(self.agents),
            "skipped_lines": len(self.skipped),
        }


def read_directory(directory: Path) -> PetrarchDictionaries:
    """Read every `*.actors.txt` and `*.agents.txt` file of `directory`."""
    directory = Path(directory)
    if not directory.is_dir():
        raise DictionaryError(f"{directory}: not a directory")
    out = PetrarchDictionaries()
    for path in sorted(directory.iterdir()):
        name = path.name.lower()
        if name.endswith(".actors.txt"):
            read_actor_file(path, out)
        elif name.endswith(".agents.txt"):
            read_agent_file(path, out)
        else:
            continue
        out.files.append(path)
    return out


def _lines(path: Path) -> list[tuple[int, str]]:
    """The file's lines without comments, numbered from 1; blank lines kept as ""."""
    try:
        raw = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DictionaryError(f"{path}: {exc}") from exc
    raw = _COMMENT_BLOCK.sub(lambda m: "\n" * m.group().count("\n"), raw)
    out = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if line.lstrip().startswith("<!"):
            out.append((number, ""))
            continue
        line = line.split("#", 1)[0].split(";", 1)[0].rstrip()
        out.append((number, line))
    return out


def read_actor_file(path: Path, into: PetrarchDictionaries | None = None) -> PetrarchDictionaries:
    """Parse one actor file; lines that cannot be read are listed in `skipped`, not fatal."""
    out = into or PetrarchDictionaries()
    current: PetrarchActor | None = None
    for number, line in _lines(path):
        if not line.strip() or "---STOP---" in line:
            continue
        where = f"{path.name}:{number}"
        if line[0] in " \t" and line.strip().startswith("["):
            if current is None:
                out.skipped.append(f"{where}: code with no actor")
                continue
            _add_codes(current, line, out, where)
            continue
        if line.lstrip().startswith("+"):
            phrase = _phrase(line.lstrip()[1:])
            if current is None or not phrase:
                out.skipped.append(f"{where}: synonym with no actor")
                continue
            current.phrases.append(phrase)
            _add_codes(current, line, out, where)
            continue
        phrase = _phrase(line)
        if not phrase:
            out.skipped.append(f"{where}: no phrase")
            continue
        current = PetrarchActor([phrase], line=number)
        out.actors.append(current)
        _add_codes(current, line, out, where)
    return out


def _phrase(text: str) -> str:
    """The words of a dictionary phrase: before any code, with _ as a space."""
    text = text.split("[", 1)[0]
    return " ".join(text.replace("_", " ").split())


def _add_codes(actor: PetrarchActor, line: str, out: PetrarchDictionaries, where: str) -> None:
    for inner in _BRACKET.findall(line):
        parts = inner.split(None, 1)
        if not parts:
            continue
        code = parts[0].upper()
        restriction = parts[1].strip() if len(parts) > 1 else ""
        if not restriction:
            actor.default = code
            continue
        try:
            actor.codes.append(_restricted(code, restriction))
        except ValueError as exc:
            out.skipped.append(f"{where}: {exc}")


def _restricted(code: str, restriction: str) -> DatedCode:
    """[CODE <date], [CODE >date], [CODE date-date] (dates inclusive, as PETRARCH has them)."""
    text = restriction.replace(" ", "")
    if text.startswith("<"):
        return DatedCode(code, None, _petrarch_date(text[1:]))
    if text.startswith(">"):
        return DatedCode(code, _petrarch_date(text[1:]), None)
    if "-" in text:
        first, _, second = text.partition("-")
        start, end = _petrarch_date(first), _petrarch_date(second)
        if end < start:
            raise ValueError(f"date range ends before it starts: {restriction!r}")
        return DatedCode(code, start, end)
    raise ValueError(f"unknown date restriction {restriction!r}")


def _petrarch_date(text: str) -> dt.date:
    digits = re.match(r"\d+", text)
    if not digits:
        raise ValueError(f"bad date {text!r}")
    value = digits.group()
    try:
        if len(value) > 7:
            return dt.date(int(value[:4]), int(value[4:6]), int(value[6:8]))
        if len(value) == 6:
            year = int(value[:2])
            year += 2000 if year <= 30 else 1900
            return dt.date(year, int(value[2:4]), int(value[4:6]))
    except ValueError:
        pass
    raise ValueError(f"bad date {text!r}")


def read_agent_file(path: Path, into: PetrarchDictionaries | None = None) -> PetrarchDictionaries:
    """Parse one agents file: substitution sets, nouns with plurals, agent codes."""
    out = into or PetrarchDictionaries()
    sets: dict[str, list[str]] = {}
    for number, line in _lines(path):
        if not line.strip():
            continue
        where = f"{path.name}:{number}"
        if "=" in line and line.strip().startswith("!"):
            marker, _, values = line.partition("=")
            sets[marker.strip().strip("!").upper()] = [v.strip() for v in values.split(",")
                                                       if v.strip()]
            continue
        codes = _BRACKET.findall(line)
        if not codes or not codes[0].strip():
            out.skipped.append(f"{where}: no agent code")
            continue
        raw_code = codes[0].strip().upper()
        prefix = raw_code.endswith("~") and not raw_code.startswith("~")
        code = raw_code.strip("~").strip()
        if not code:
            out.skipped.append(f"{where}: empty agent code")
            continue
        noun = line.split("[", 1)[0]
        plural: str | None = None
        if "{" in noun:
            if "}" not in noun:
                out.skipped.append(f"{where}: missing '}}'")
                continue
            plural = noun[noun.index("{") + 1:noun.index("}")].strip()
            noun = noun[:noun.index("{")]
        noun = noun.strip()
        if not noun:
            out.skipped.append(f"{where}: no noun")
            continue
        if "!" in noun:
            forms = _substitute(noun, sets)
            if not forms:
                out.skipped.append(f"{where}: unknown substitution set in {noun!r}")
                continue
        else:
            forms = [noun, _regular_plural(noun) if plural is None else plural]
        for form in forms:
            phrase = _phrase(form)
            if phrase:
                out.agents.append(PetrarchAgent(phrase, code, prefix))
    return out


def _substitute(noun: str, sets: dict[str, list[str]]) -> list[str]:
    match = re.search(r"!([^!]+)!", noun)
    if not match or match.group(1).upper() not in sets:
        return []
    return [noun[:match.start()] + value + noun[match.end():]
            for value in sets[match.group(1).upper()]]


def _regular_plural(noun: str) -> str:
    word = noun.rstrip("_ ")
    if word.endswith(("Y", "y")) and word[-2:-1].lower() not in "aeiou":
        return word[:-1] + "IES"
    if word.endswith(("S", "s")):
        return word + "ES"
    return word + "S"


def apply_directory(kb: ActorKnowledge, directory: Path) -> PetrarchDictionaries:
    """Merge a PETRARCH dictionary directory into `kb` (the rule is in the module docstring)."""
    dictionaries = read_directory(directory)
    for problem in dictionaries.skipped[:20]:
        log.warning("dictionary line skipped: %s", problem)
    apply(kb, dictionaries)
    return dictionaries


def apply(kb: ActorKnowledge, dictionaries: PetrarchDictionaries) -> None:
    """Merge parsed PETRARCH dictionaries into `kb`."""
    split: dict[str, tuple[str, ...]] = {}

    def key(phrase: str) -> tuple[str, ...]:
        if phrase not in split:
            split[phrase] = phrase_key(phrase)
        return split[phrase]

    if dictionaries.actors:
        covered = {a.default for a in dictionaries.actors if a.default}
        covered |= {c.code for a in dictionaries.actors for c in a.codes}
        kb.remove(lambda term: not _covered(term, covered))
        for phrase_key_ in {key(p) for a in dictionaries.actors for p in a.phrases}:
            kept = [e for e in kb.index.get(phrase_key_, []) if e.term.kind == "agent"]
            if kept:
                kb.index[phrase_key_] = kept
            else:
                kb.index.pop(phrase_key_, None)
    if dictionaries.agents:
        kb.remove(lambda term: term.kind != "agent" or term.source == "petrarch")
    for actor in dictionaries.actors:
        if actor.default is None and not actor.codes:
            continue
        term = Term("dict", _display(actor.phrases[0]), actor.default, None, None,
                    tuple(actor.codes), modifier=True, source="petrarch")
        for phrase in actor.phrases:
            kb.add(phrase, term, case="first", key=key(phrase))
    for agent in dictionaries.agents:
        term = Term("agent", agent.phrase.lower(), agent.code, None, agent.code[-3:] or None,
                    prefix=agent.prefix, source="petrarch")
        kb.add(agent.phrase, term, case=False, key=key(agent.phrase))


def _display(phrase: str) -> str:
    """A readable name for a phrase written in capitals: "BASHAR AL-ASSAD" -> "Bashar al-Assad"."""
    words = []
    for word in phrase.split():
        parts = [p.capitalize() for p in word.split("-")]
        if len(parts) > 1 and parts[0].lower() in {"al", "el", "ad", "as"}:
            parts[0] = parts[0].lower()
        words.append("-".join(parts))
    return " ".join(words)


def _covered(term: Term, covered: set[str]) -> bool:
    if term.source == "petrarch" or term.kind == "agent":
        return False
    if term.kind == "person":
        return bool(term.codes) and all(c.code in covered for c in term.codes)
    if term.kind in {"state", "capital"}:
        return term.country in covered
    return term.code in covered
