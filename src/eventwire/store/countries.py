"""Countries by ISO code or English name: for `--country` filters and exports that spell
countries out (names, ISO numbers, ACLED regions)."""

from __future__ import annotations

import re
from functools import lru_cache

from eventwire.knowledge import data_path
from eventwire.model import Event

SHORT_NAMES = {
    "SY": "Syria", "IR": "Iran", "RU": "Russia", "TR": "Turkey", "KR": "South Korea",
    "KP": "North Korea", "PS": "Palestine", "VE": "Venezuela", "BO": "Bolivia",
    "TZ": "Tanzania", "LA": "Laos", "MD": "Moldova", "VN": "Vietnam", "TW": "Taiwan",
    "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "GB": "United Kingdom",
    "US": "United States", "CI": "Ivory Coast", "SS": "South Sudan",
}
"""Common English names where ISO's official name differs (as ACLED writes them)."""

ACLED_REGIONS = {
    **dict.fromkeys(("SY", "IQ", "LB", "JO", "IL", "PS", "TR", "IR", "SA", "YE", "OM", "AE",
                     "QA", "BH", "KW", "CY"), "Middle East"),
    **dict.fromkeys(("LY", "EG", "TN", "DZ", "MA", "SD", "EH"), "Northern Africa"),
    **dict.fromkeys(("AF", "PK", "IN", "BD", "NP", "LK", "BT", "MV"), "South Asia"),
    **dict.fromkeys(("AM", "AZ", "GE", "KZ", "KG", "TJ", "TM", "UZ"),
                    "Caucasus and Central Asia"),
    **dict.fromkeys(("RU", "UA", "BY", "MD", "PL", "DE", "FR", "GB", "IT", "ES", "GR", "RO",
                     "RS", "BA", "XK", "MK", "AL", "HU", "NL", "BE", "SE", "NO", "FI", "DK",
                     "AT", "CH", "CZ", "SK", "BG", "HR", "SI", "PT", "IE", "LT", "LV", "EE"),
                    "Europe"),
    **dict.fromkeys(("US", "CA"), "North America"),
}
"""ACLED's region of a country (ISO alpha-2), for the countries our sources cover most."""


@lru_cache(maxsize=512)
def lookup(code: str | None) -> tuple[str, str, str, int | None] | None:
    """(alpha-2, alpha-3, short name, ISO numeric) for an alpha-2/alpha-3 code; None if none."""
    if not code:
        return None
    import pycountry

    country = (pycountry.countries.get(alpha_2=code.upper()) if len(code) == 2
               else pycountry.countries.get(alpha_3=code.upper()) if len(code) == 3 else None)
    if country is None:
        return None
    name = SHORT_NAMES.get(country.alpha_2) or getattr(country, "common_name", None) \
        or country.name
    return country.alpha_2, country.alpha_3, name, int(country.numeric)


def event_country(event: Event) -> tuple[str, str, str, int | None] | None:
    """The country an event happened in: its place's, else its target's, else its source's."""
    for code in (event.place and event.place.country, event.target and event.target.country,
                 event.source and event.source.country):
        found = lookup(code)
        if found:
            return found
    return None


@lru_cache(maxsize=512)
def resolve(value: str) -> tuple[str, str] | None:
    """(alpha-2, alpha-3) for an ISO code or an English name ("Syria", "Turkey"); else None."""
    import pycountry

    text = value.strip()
    for alpha2, name in SHORT_NAMES.items():
        if name.lower() == text.lower():
            text = alpha2
            break
    try:
        country = pycountry.countries.lookup(text)
    except LookupError:
        return None
    return country.alpha_2, country.alpha_3


@lru_cache(maxsize=1)
def non_state_codes() -> tuple[str, ...]:
    """The organisation tags our actor dictionaries use as a `country` (UNO, NAT, NGO…)."""
    import pycountry

    found: set[str] = set()
    for path in sorted(data_path("actors").glob("*.yaml")):
        found.update(re.findall(r"\bcountry: ([A-Z]{3})\b", path.read_text(encoding="utf-8")))
    return tuple(sorted(c for c in found if pycountry.countries.get(alpha_3=c) is None))
