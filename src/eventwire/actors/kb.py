"""The actor knowledge base: our data files (and a user's PETRARCH dictionaries) compiled once.

Every name, alias, adjective, capital and agent word becomes an `Entry` in one dict keyed on
the phrase's piece keys (see `text.py`), so that matching a sentence is a handful of dict
look-ups per token. What an entry stands for is a `Term`: a country, an organisation, a group,
a person (whose code depends on the date), an agent word (a sector), or a PETRARCH actor.

Data files (in `eventwire/data/actors/`, each documented in its header):
  countries.tsv      names, adjectives, demonyms, capitals and seats of government per country
  institutions.tsv   state institutions by their press names ("Tatmadaw", "FARDC", "Bankova")
  organisations.yaml IGOs, NGOs, media and named state institutions
  organisations.tsv  more IGOs, UN agencies and missions, NGOs and news organisations
  groups.yaml        armed groups and movements, with date-dependent codes where they changed
  armed_groups.tsv   non-state armed groups worldwide: type, years, splits and merges
  people.yaml        office holders with the dates of their offices
  office_holders.tsv office holders of every region, one office per row
  agents.yaml        sector words (government, troops, rebels...), titles and their sectors;
                     person nouns, organisation words, group anaphors, common surnames
A name in a YAML and a TSV file is one entry whose aliases (and, for people, offices) add up.
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from eventwire.actors.codes import (
    SECTOR_TABLE,
    SECTORS,
    DatedCode,
    code_on,
    describe,
    fallback_code,
    parse_day,
)
from eventwire.actors.text import Piece, pieces_of_text
from eventwire.errors import DictionaryError
from eventwire.knowledge import data_path

log = logging.getLogger(__name__)

CONNECTORS = frozenset({
    "al", "el", "ad", "as", "ash", "bin", "ibn", "bint", "of", "the", "and", "for", "de", "du",
    "la", "le", "von", "der", "van", "den", "da", "-", "'", ".", "'s", "in", "on", "to",
})
"""Pieces that may be lower case inside a proper name ("Bashar al-Assad", "League of Arab
States")."""

SECTOR_NAMES = {code: row.name for code, row in SECTOR_TABLE.items() if row.name}
"""Plain names of sectors, for the canonical name of a composed actor ("Syrian military")."""


@dataclass(frozen=True, eq=False)
class Term:
    """What a dictionary phrase stands for.

    kind: state | capital | igo | group | person | agent | dict (a PETRARCH actor).
    `code` is the code when it does not depend on the date; `codes` the dated codes of people,
    of groups whose status changed, and of PETRARCH date-restricted entries.
    """

    kind: str
    name: str
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    codes: tuple[DatedCode, ...] = ()
    modifier: bool = False  # may stand before an agent noun: "Syrian troops", "Hezbollah fighters"
    locative: bool = False  # names a place: "in Syria" is a place, not an actor
    role: bool = False  # agent naming one person's job ("minister")
    weak: bool = False  # generic agent head ("forces") that yields to a specific modifier
    context: str | None = None  # GOV/MIL: "the government/army of the country in question";
    # DOM: a home-grown challenger of that country ("the opposition")
    alone: bool = True  # an agent that is an actor by itself ("troops"; not "members")
    gender: str | None = None
    roles: tuple[str, ...] = ()  # a person's office roles, for "the minister"
    prefix: bool = False  # PETRARCH agent code written before the actor's ("NGO~")
    form: str = ""  # for states: name | adjective | demonym
    source: str = "eventwire"
    origin: str = ""  # the data file that states this fact (for `actors resolve`)
    alternative: bool = False  # a second reading of a shared adjective ("~Congolese")
    also: tuple[str, ...] = ()  # other sectors an agent word serves in ("officers": police)

    def code_on(self, day: dt.date | None) -> str | None:
        """The code this term has on `day`. Without a day: an organisation's own code (what
        it is known as: the Taliban are AFGINSTAL, not the government they later became), a
        person's latest office."""
        if not self.codes or (day is None and self.code is not None and self.kind != "person"):
            return self.code
        held = code_on(self.codes, day)
        if held is not None:
            return held.code
        if self.code is not None:
            return self.code
        if self.kind == "person" and day is not None:
            return fallback_code(self.codes, day)
        return None

    def role_on(self, day: dt.date | None) -> str | None:
        held = code_on(self.codes, day)
        return held.role if held else None

    def describe(self, code: str | None) -> tuple[str | None, str | None]:
        """Country and sector of this term under `code` (data values win for fixed codes)."""
        country, sector = describe(code)
        if code == self.code:
            return (self.country or country), (self.sector or sector)
        return country, sector


@dataclass(frozen=True)
class Entry:
    """A phrase of the dictionary: the term it names and the case the text must have."""

    term: Term
    mask: tuple[bool, ...] | None  # per piece: must be capitalised in the text
    acronym: bool = False  # the text must be in capitals ("US", "UN", "HTS")
    surname: bool = False  # a person's family name alone: weak evidence (see compose.py)
    exact: str | None = None  # mixed-case acronyms ("LeT", "AfD") match only as written


@dataclass
class ActorKnowledge:
    """Compiled actor dictionary: phrase keys -> entries, plus country facts."""

    index: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    longest: dict[str, int] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)
    adjectives: dict[str, str] = field(default_factory=dict)
    context_default: str | None = None
    person_nouns: frozenset[str] = frozenset()
    """Singular agent words naming one person ("journalist"): a name after them is theirs."""
    organisation_words: dict[str, str] = field(default_factory=dict)
    """Last words of organisations' names and the sector they give an unknown one
    ("Front" -> REB, "Brigade" -> UAF)."""
    facility_words: frozenset[str] = frozenset()
    """Words ending names of places and buildings named after people ("Airport")."""
    common_surnames: frozenset[str] = frozenset()
    """Family names too common (or too like words) to name one known person alone."""
    group_anaphors: frozenset[str] = frozenset()
    """Nouns that, after "the", mean the armed group the document is about ("the group")."""
    code_sectors: dict[str, str] = field(default_factory=dict)
    """Sectors of organisation codes that do not spell one (IGOUNOWHO -> HLH), for the
    people who hold office in them."""
    sources: Counter = field(default_factory=Counter)

    def add(self, phrase: str, term: Term, *, case: bool | str = True,
            key: tuple[str, ...] | None = None, surname: bool = False) -> None:
        """Index `phrase` for `term`.

        `case` True keeps the phrase's capitalisation as a requirement on the text; "first"
        asks only for a capital first word (PETRARCH phrases are all in capitals); False asks
        nothing (agent words).
        """
        pieces: list[Piece] = []
        if key is None or case is True:
            pieces = pieces_of_text(phrase)
            key = tuple(p.key for p in pieces)
        if not key:
            return
        acronym = False
        exact = None
        if case is True:
            letters = [c for c in phrase if c.isalpha()]
            acronym = len(letters) >= 2 and all(c.isupper() for c in letters) and len(key) <= 2
            mask = tuple(p.capitalised and p.key not in CONNECTORS for p in pieces)
            if len(pieces) == 1 and any(c.isupper() for c in phrase[1:]) and len(phrase) <= 6:
                exact = phrase  # "LeT" is not "Let"
        elif case == "first":
            mask = (True,) + (False,) * (len(key) - 1)
        else:
            mask = None
        entries = self.index.setdefault(key, [])
        if any(e.term is term and e.mask == mask and e.exact == exact for e in entries):
            return
        entries.append(Entry(term, mask, acronym, surname, exact))
        if len(key) > self.longest.get(key[0], 0):
            self.longest[key[0]] = len(key)
        self.sources[term.source] += 1

    def remove(self, keep) -> None:
        """Drop every entry whose term fails `keep(term)`."""
        for key in list(self.index):
            entries = [e for e in self.index[key] if keep(e.term)]
            if entries:
                self.index[key] = entries
            else:
                del self.index[key]

    def lookup(self, key: tuple[str, ...]) -> list[Entry]:
        return self.index.get(key, [])

    def state_name(self, iso: str | None) -> str | None:
        return self.country_names.get(iso) if iso else None

    def actor_name(self, country: str | None, sector: str | None) -> str | None:
        """Canonical name of a country's sector: "Syrian military", "Russian government"."""
        if country is None:
            return SECTOR_NAMES.get(sector or "")
        base = self.adjectives.get(country) or self.country_names.get(country) or country
        if sector is None:
            return self.country_names.get(country, country)
        return f"{base} {SECTOR_NAMES.get(sector, sector)}"


def build_builtin(directory: Path | None = None) -> ActorKnowledge:
    """Compile our own data files (from `directory`, by default the package's)."""
    base = directory or data_path("actors")
    kb = ActorKnowledge()
    _load_countries(kb, base / "countries.tsv")
    _load_organisations(kb, [base / name for name in (
        "organisations.yaml", "organisations.tsv", "groups.yaml", "armed_groups.tsv",
        "institutions.tsv")])
    _load_agents(kb, base / "agents.yaml")
    _load_people(kb, [base / "people.yaml", base / "office_holders.tsv"])
    return kb


def _read_yaml(path: Path) -> Any:
    try:
        with open(path, encoding="utf-8") as handle:
            return yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, yaml.YAMLError) as exc:
        raise DictionaryError(f"{path}: {exc}") from exc


def _split(cell: str) -> list[str]:
    cell = (cell or "").strip()
    if not cell or cell == "-":
        return []
    return [v.strip() for v in cell.split("|") if v.strip()]


def _official_names(iso: str) -> list[str]:
    """ISO names from pycountry, leaving out inverted forms ("Korea, Republic of")."""
    import pycountry

    country = pycountry.countries.get(alpha_3=iso)
    if country is None:
        return []
    names = [getattr(country, attr, None) for attr in ("common_name", "name", "official_name")]
    return [n for n in names if n and "," not in n and "(" not in n]


def _load_countries(kb: ActorKnowledge, path: Path) -> None:
    try:
        with open(path, encoding="utf-8") as handle:
            rows = [line for line in handle if line.strip() and not line.startswith("#")]
    except OSError as exc:
        raise DictionaryError(f"{path}: {exc}") from exc
    table = list(csv.DictReader(rows, delimiter="\t"))
    # Who each name is written down for by hand: an ISO name that our row of another country
    # claims ("Congo", pycountry's name for Brazzaville, which news uses for the DRC) is only
    # that country's second reading, which the document may choose.
    claimed = {name.lower(): (row.get("iso3") or "").strip()
               for row in table for name in _split(row["names"])}
    for number, row in enumerate(table, start=1):
        iso = (row.get("iso3") or "").strip()
        if len(iso) != 3:
            raise DictionaryError(f"{path}: row {number}: bad ISO code {iso!r}")
        names = _split(row["names"])
        adjectives = _split(row["adjectives"])
        canonical = names[0] if names else iso
        kb.country_names[iso] = canonical
        if adjectives:
            kb.adjectives[iso] = adjectives[0].lstrip("~")
        state = Term("state", canonical, iso, iso, None, modifier=True, locative=True,
                     form="name", origin=path.name)
        second_name = Term("state", canonical, iso, iso, None, modifier=True, locative=True,
                           form="name", origin=path.name, alternative=True)
        for name in dict.fromkeys(names + _official_names(iso)):
            owner = claimed.get(name.lower(), iso)
            kb.add(name, state if owner == iso else second_name)
        adjective = Term("state", canonical, iso, iso, None, modifier=True, form="adjective",
                         origin=path.name)
        second = Term("state", canonical, iso, iso, None, modifier=True, form="adjective",
                      origin=path.name, alternative=True)
        for name in adjectives:
            kb.add(name.lstrip("~"), second if name.startswith("~") else adjective)
        people = Term("state", canonical, iso, iso, None, form="demonym", origin=path.name)
        for name in _split(row["demonyms"]):
            kb.add(name, people)
        government = kb.actor_name(iso, "GOV") or canonical
        capital = Term("capital", government, f"{iso}GOV", iso, "GOV", locative=True,
                       origin=path.name)
        for name in _split(row["capitals"]):
            kb.add(name, capital)
        for seat in _split(row["seats"]):
            phrase, _, sector = seat.partition("=")
            sector = sector.strip() or "GOV"
            term = capital if sector == "GOV" else Term(
                "capital", kb.actor_name(iso, sector) or canonical, f"{iso}{sector}", iso, sector,
                locative=True, origin=path.name)
            kb.add(phrase.strip(), term)


def _dated(rows: Iterable[Sequence[Any]] | None, where: str) -> tuple[DatedCode, ...]:
    out = []
    for row in rows or ():
        try:
            if len(row) == 4:
                code, role, start, end = row
            else:
                code, start, end = row
                role = None
            out.append(DatedCode(str(code), parse_day(start), parse_day(end, end=True), role))
        except (TypeError, ValueError) as exc:
            raise DictionaryError(f"{where}: bad dated code {row!r}: {exc}") from exc
    return tuple(out)


GROUP_TYPES = {
    "rebel": {"REB"}, "separatist": {"REB"}, "insurgent": {"INS"}, "terrorist": {"INS"},
    "militia": {"UAF", "MIL", "COP"}, "PMC": {"UAF", "MIL"}, "criminal": {"CRM"},
    "party": {"PTY"}, "opposition": {"OPP"},
}
"""Types of armed group (armed_groups.tsv) and the sectors their codes may carry."""


def _load_organisations(kb: ActorKnowledge, paths: Sequence[Path]) -> None:
    """Organisations and groups from YAML and TSV files; a TSV row whose code is "-" adds
    aliases to the organisation of that name."""
    items: dict[str, dict[str, Any]] = {}
    for path in paths:
        if path.suffix == ".yaml":
            rows = [dict(item, origin=path.name) for item in _read_yaml(path) or []]
        elif path.name == "armed_groups.tsv":
            rows = _read_group_rows(path)
        else:
            rows = _read_organisation_rows(path)
        for item in rows:
            name = item["name"]
            if not item.get("code"):
                if name not in items:
                    raise DictionaryError(f"{item['origin']}: {name}: aliases for an unknown "
                                          "organisation")
                items[name]["aliases"] = [*(items[name].get("aliases") or []),
                                          *item["aliases"]]
                continue
            if name in items:
                raise DictionaryError(f"{item['origin']}: {name}: already in "
                                      f"{items[name]['origin']}")
            items[name] = item
    for item in items.values():
        where = f"{item['origin']}: {item['name']}"
        code = item["code"]
        country, sector = describe(code)
        sector = item.get("sector", sector)
        country = item.get("country", country)
        if country == "NGO" and sector is None:
            sector = "NGO"  # an NGO with no more specific field of work
        term = Term(item.get("kind", "group"), item.get("canonical", item["name"]), code,
                    country, sector, _dated(item.get("codes"), where), modifier=True,
                    origin=item["origin"])
        if sector and describe(code)[1] != sector:
            kb.code_sectors.setdefault(code, sector)
        names = [] if "canonical" in item else [item["name"]]
        for phrase in dict.fromkeys([*names, *(item.get("aliases") or [])]):
            kb.add(str(phrase), term)


def _read_group_rows(path: Path) -> list[dict[str, Any]]:
    """Rows of `armed_groups.tsv` as organisation items."""
    out = []
    for number, cells in _tsv_rows(path, 7):
        name, code, kind, active, aliases, related, codes = cells
        where = f"{path.name}: line {number}"
        item: dict[str, Any] = {"name": name, "aliases": _split(aliases), "origin": path.name}
        if code != "-":
            allowed = GROUP_TYPES.get(kind)
            if allowed is None:
                raise DictionaryError(f"{where}: unknown type {kind!r}")
            if len(code) != 9 or describe(code)[1] not in allowed:
                raise DictionaryError(f"{where}: code {code} does not fit type {kind}")
            dated = [part.split(":") for part in _split(codes)]
            if any(len(d) != 3 for d in dated):
                raise DictionaryError(f"{where}: bad dated codes {codes!r}")
            item.update(code=code, type=kind, active=active, related=_split(related),
                        codes=[[c, None if a == "-" else a, None if b == "-" else b]
                               for c, a, b in dated])
        out.append(item)
    return out


def _read_organisation_rows(path: Path) -> list[dict[str, Any]]:
    """Rows of a TSV of organisations (`name, code, sector, kind, aliases`) or of state
    institutions (`iso3, sector, names`: each name codes as that country's sector)."""
    out: list[dict[str, Any]] = []
    if path.name == "institutions.tsv":
        for number, (iso, sector, names) in _tsv_rows(path, 3):
            if len(iso) != 3 or sector not in _INSTITUTION_SECTORS:
                raise DictionaryError(f"{path.name}: line {number}: bad row {iso} {sector}")
            tag, canonical = "", ""
            for cell in _split(names):
                name, _, new_tag = cell.partition("=")
                if new_tag:
                    if len(new_tag) != 3 or new_tag in SECTORS:
                        raise DictionaryError(f"{path.name}: line {number}: bad tag {new_tag}")
                    tag, canonical = new_tag, name
                out.append({"name": f"{name} ({iso})", "code": f"{iso}{sector}{tag}",
                            "aliases": [name], "origin": path.name,
                            "canonical": canonical or name})
        return out
    for _number, (name, code, sector, kind, aliases) in _tsv_rows(path, 5):
        item: dict[str, Any] = {"name": name, "aliases": _split(aliases), "origin": path.name}
        if code != "-":
            item.update(code=code, kind=kind)
            if sector != "-":
                item["sector"] = sector
        out.append(item)
    return out


_INSTITUTION_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "OPP", "LEG", "JUD", "PTY"})


def _load_people(kb: ActorKnowledge, paths: Sequence[Path]) -> None:
    """People from YAML (`people.yaml`) and TSV (`office_holders.tsv`) files: a name in several
    files is one person whose offices and aliases add up."""
    merged: dict[str, dict[str, Any]] = {}
    for path in paths:
        items = (_read_yaml(path) or []) if path.suffix == ".yaml" else _read_office_rows(path)
        for item in items:
            person = merged.setdefault(item["name"], {"aliases": [], "offices": [], "where": [],
                                                      "gender": None, "surname": True})
            person["aliases"] += list(item.get("aliases") or [])
            person["offices"] += list(_dated(item.get("offices"), f"{path.name}: "
                                                                  f"{item.get('name')}"))
            person["where"].append(path.name)
            person["gender"] = person["gender"] or item.get("gender")
            person["surname"] = person["surname"] and item.get("surname", True)
    people = []
    for name, item in merged.items():
        codes = tuple(item["offices"])
        if not codes:
            raise DictionaryError(f"{', '.join(item['where'])}: {name}: no offices")
        term = Term("person", name, None, None, None, codes, modifier=True,
                    gender=item["gender"], roles=tuple(c.role or "" for c in codes),
                    origin=item["where"][0])
        if item["surname"]:
            people.append(term)
        for phrase in dict.fromkeys([name, *item["aliases"]]):
            kb.add(str(phrase), term)
    surnames: dict[str, list[Term]] = {}
    for term in people:
        for surname in _surnames(term.name):
            surnames.setdefault(surname, []).append(term)
    for surname, terms in surnames.items():
        if len(terms) == 1 and surname.lower() not in kb.common_surnames \
                and not kb.lookup(tuple(p.key for p in pieces_of_text(surname))):
            kb.add(surname, terms[0], surname=True)


def _read_office_rows(path: Path) -> list[dict[str, Any]]:
    """Rows of `office_holders.tsv` as people items (one office each; code "-": aliases only)."""
    out = []
    for number, cells in _tsv_rows(path, 7):
        name, code, role, start, end, aliases, gender = cells
        where = f"{path.name}: line {number}"
        offices = []
        if code != "-":
            try:
                offices.append([code, role, None if start == "-" else start,
                                None if end == "-" else end])
                parse_day(offices[0][2])
                parse_day(offices[0][3], end=True)
            except ValueError as exc:
                raise DictionaryError(f"{where}: bad date: {exc}") from exc
        out.append({"name": name, "aliases": _split(aliases), "offices": offices,
                    "gender": None if gender == "-" else gender})
    return out


def _tsv_rows(path: Path, columns: int) -> list[tuple[int, list[str]]]:
    """Numbered rows of a tab-separated data file, without comments and the header line."""
    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except OSError as exc:
        raise DictionaryError(f"{path}: {exc}") from exc
    rows = []
    header = True
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != columns:
            raise DictionaryError(f"{path.name}: line {number}: expected {columns} columns, "
                                  f"got {len(cells)}")
        rows.append((number, cells))
    return rows


def _surnames(name: str) -> list[str]:
    """Family-name forms of a full name: "Bashar al-Assad" -> "al-Assad", "Assad"."""
    words = name.split()
    if len(words) < 2:
        return []
    last = words[-1]
    forms = [last]
    lowered = last.lower()
    for particle in ("al-", "el-", "as-", "ad-"):
        if lowered.startswith(particle) and len(last) > len(particle) + 2:
            forms.append(last[len(particle):])
    if len(words) >= 3 and words[-2].lower() in {"bin", "ibn", "de", "von", "le", "der"}:
        forms = [" ".join(words[-2:]), *([" ".join(words[-3:])] if words[-3] == "von" else [])]
    if not last[:1].isupper() or last.isupper():
        return []
    return [f for f in forms if len(f) > 2]


def _load_agents(kb: ActorKnowledge, path: Path) -> None:
    data = _read_yaml(path) or {}
    kb.context_default = data.get("context_default")
    kb.person_nouns = frozenset(str(w) for w in data.get("person_nouns") or [])
    kb.organisation_words = {str(w).lower(): str(sector) for w, sector in
                             (data.get("organisation_words") or {}).items()}
    kb.group_anaphors = frozenset(str(w) for w in data.get("group_anaphors") or [])
    kb.facility_words = frozenset(str(w).lower() for w in data.get("facility_words") or [])
    kb.common_surnames = frozenset(str(w).lower() for w in data.get("common_surnames") or [])
    for section in data.get("sections") or []:
        code = str(section["sector"])
        sector = code[-3:]
        for phrase in section.get("phrases") or []:
            term = Term("agent", str(phrase), code, None, sector,
                        role=bool(section.get("role")), weak=bool(section.get("weak")),
                        context="DOM" if section.get("domestic") else
                        (code[:3] if section.get("context") else None),
                        alone=bool(section.get("alone", True)), origin=path.name,
                        also=tuple(str(a) for a in section.get("also") or ()))
            kb.add(str(phrase), term, case=False)
