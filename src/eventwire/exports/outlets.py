"""Who reported an event, as the field's formats name it: outlet names, ACLED's source scale,
FIPS country codes for GDELT.

An outlet is named by its web host (`reuters.com`), else its document's title, else the file
name. ACLED's `source_scale` says how far the outlet is from the event: `National` (an outlet
of the event's country), `Regional` (of the same ACLED region), `International`, `New media`
(social networks and messaging channels), `Other` (unknown). The outlet's country comes from
its host's country-code domain (`.sy`, `.co.uk`); a real event reported at several scales gets
them joined as ACLED writes them (`National-International`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from eventwire.knowledge import data_path
from eventwire.store.countries import ACLED_REGIONS

NEW_MEDIA = frozenset({"twitter.com", "x.com", "t.me", "telegram.org", "facebook.com",
                       "youtube.com", "instagram.com", "tiktok.com", "vk.com", "youtu.be"})
"""Hosts of social networks and messaging channels."""

DOMAIN_COUNTRIES = {"uk": "GB"}
"""Country-code domains that are not the country's ISO code."""

SCALE_ORDER = ("Subnational", "National", "Regional", "International", "New media", "Other")


def host(url: str | None) -> str | None:
    """The web host of `url` without `www.`, or None for a missing or local address."""
    if not url:
        return None
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        return None
    return parsed.hostname.removeprefix("www.")


def outlet_name(url: str | None, title: str | None, source: str | None) -> str:
    """How an export names one report's outlet: web host, else title, else file name."""
    return host(url) or (title or "").strip() or (Path(source).stem if source else "")


def reports_of(event: dict[str, Any]) -> list[dict[str, Any]]:
    """(url, title, source) of each report of an event: a real event's reports, else its
    own document."""
    reports = event.get("reports")
    if reports:
        return [{"url": r.get("url"), "title": r.get("title"), "source": r.get("outlet")}
                for r in reports]
    document = event.get("document") or {}
    return [{"url": document.get("url"), "title": document.get("title"),
             "source": document.get("source")}]


def source_names(event: dict[str, Any]) -> list[str]:
    """Distinct outlet names of an event's reports, in report order."""
    names: list[str] = []
    for report in reports_of(event):
        name = outlet_name(report["url"], report["title"], report["source"])
        if name and name not in names:
            names.append(name)
    return names


def outlet_country(hostname: str | None) -> str | None:
    """ISO alpha-2 country of a host's country-code domain (`sana.sy` -> SY), else None."""
    if not hostname or "." not in hostname:
        return None
    top = hostname.rsplit(".", 1)[1].lower()
    if len(top) != 2:
        return None
    return DOMAIN_COUNTRIES.get(top, top.upper())


def scale(hostname: str | None, event_country: str | None) -> str:
    """ACLED's source scale of one outlet for an event in `event_country` (alpha-2)."""
    if hostname is None:
        return "Other"
    if hostname in NEW_MEDIA or any(hostname.endswith("." + h) for h in NEW_MEDIA):
        return "New media"
    home = outlet_country(hostname)
    if home is None:
        return "International"
    if event_country and home == event_country:
        return "National"
    if event_country and ACLED_REGIONS.get(home) and \
            ACLED_REGIONS.get(home) == ACLED_REGIONS.get(event_country):
        return "Regional"
    return "International"


def source_scale(event: dict[str, Any], event_country: str | None) -> str:
    """The scales of all of an event's outlets, joined ACLED's way (`National-International`)."""
    found = {scale(host(r["url"]), event_country) for r in reports_of(event)}
    if len(found) > 1:
        found.discard("Other")
    return "-".join(s for s in SCALE_ORDER if s in found)


@lru_cache(maxsize=1)
def _fips_table() -> dict[str, str]:
    table = {}
    for line in data_path("places/fips.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            iso, fips = line.split("\t")
            table[iso] = fips
    return table


def fips(alpha2: str | None) -> str:
    """The FIPS 10-4 code GDELT uses for an ISO alpha-2 country code ('' for none)."""
    if not alpha2:
        return ""
    return _fips_table().get(alpha2.upper(), alpha2.upper())
