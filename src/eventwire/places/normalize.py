"""Name keys: one spelling-insensitive form for every transliteration of a place name.

News writes the same Arabic, Persian, Russian or Ukrainian name many ways ("Khan Shaykhun",
"Khan Sheikhoun", "Khan Shaykhoun"; "Maarat al-Numan", "Ma'arrat al-Nu'man"). Rather than
listing every spelling, both the gazetteer and the text are folded to a key that erases the
differences transliteration systems make: diacritics, apostrophes and ayn/hamza marks, the
Arabic article (al-/el-/ash-/as-/ad-...), ou/u, kh/h, dj/j, q/k, doubled letters, ay/ei/ey,
aw/ow, a final -h after a vowel. Two names with the same key are candidates for each other;
ranking (resolve.py) decides between them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_MARKS = re.compile(r"['’‘`ʿʾ´ʻʼ′]")
_SEPARATORS = re.compile(r"[-‐‑–—_/,()\s]+")
_DROP = re.compile(r"[^a-z0-9 ]")
_ARTICLE = re.compile(r"\b(?:al|el|ul|ash|esh|as|es|ad|ed|adh|at|et|ath|ar|er|az|ez|an|en) (?=\w)")
_EXPANSIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}
_ABBREVIATED = re.compile(r"\b(st|ste|mt|ft|pt)\b(?= \w)")
_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"ou|oo|uu", "u"),
        (r"ee|ii", "i"),
        (r"dj", "j"),
        (r"kh", "h"),
        (r"gh", "g"),
        (r"ck|q|c(?=[aou])", "k"),
        (r"ph", "f"),
        (r"(?<=[a-z])(?:ay|ai|ei|ey)", "i"),
        (r"(?<=[a-z])(?:aw|ow|au)(?![aeiou])", "o"),
        (r"([a-z])\1+", r"\1"),
        (r"(?<=[aeiou])h\b", ""),
        (r"(?<=\w)y\b", "i"),
    )
)


@lru_cache(maxsize=200_000)
def ascii_fold(text: str) -> str:
    """Lower-case ASCII form of `text`: diacritics dropped, marks removed, separators spaced."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("ı", "i").replace("ø", "o").replace("ß", "ss").replace("ł", "l")
    stripped = _MARKS.sub("", stripped.lower())
    stripped = _SEPARATORS.sub(" ", stripped.replace(".", ""))
    return " ".join(_DROP.sub("", stripped).split())


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """The folded key of a place name; equal keys mean "possibly the same name".

    >>> name_key("Khan Sheikhoun") == name_key("Khan Shaykhun") == name_key("Khan Shaykhoun")
    True
    >>> name_key("Ma'arrat al-Nu'man") == name_key("Maarat al-Numan")
    True
    """
    folded = ascii_fold(text)
    if not folded:
        return ""
    folded = _ARTICLE.sub("", folded)
    folded = _ABBREVIATED.sub(lambda m: _EXPANSIONS[m.group(1)], folded)
    for pattern, replacement in _FOLDS:
        folded = pattern.sub(replacement, folded)
    return folded.strip()


def is_latin_name(text: str) -> bool:
    """Whether a name is written in Latin script (other scripts never match English text)."""
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) or ch in "‘’ʿʾʻʼ‐‑–—"
               for ch in text)
