"""Keys and slugs for Vietnamese names: deterministic, machine-independent."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from ..vocab import PROVINCES

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_PUNCT = re.compile(r"[\"“”'‘’*«»()\[\]{}.,;:!?…/\\-]+")


def _fold_table() -> dict[int, str]:
    table = {}
    for code in range(0xC0, 0x1F00):
        c = chr(code)
        if not unicodedata.category(c).startswith("L"):
            continue
        base = unicodedata.normalize("NFD", c.replace("đ", "d").replace("Đ", "D"))
        base = "".join(x for x in base if not unicodedata.combining(x)).lower()
        if base != c and len(base) == 1 and base.isascii():
            table[code] = base
    return table


_FOLD_TABLE = _fold_table()


def fold_text(text: str) -> str:
    """:func:`fold` for long NFC texts, at C speed (one table lookup per character): the same result on
    Vietnamese text in NFC, which is what thidua stores; spacing is kept as it is."""
    return text.translate(_FOLD_TABLE).lower()


@lru_cache(maxsize=1 << 14)  # names repeat across a corpus: the same issuer or symbol is folded once
def fold(text: str) -> str:
    """Lower case, no diacritics, đ → d: ``"Sở Kế hoạch"`` → ``"so ke hoach"``."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


@lru_cache(maxsize=1 << 14)
def slug(text: str, limit: int = 80) -> str:
    """URL-safe slug; long ones keep a short hash so that two long names never collide."""
    s = _NON_ALNUM.sub("-", fold(text)).strip("-") or "x"
    if len(s) > limit:
        digest = hashlib.sha1(s.encode()).hexdigest()[:8]
        s = s[:limit].rstrip("-") + "-" + digest
    return s


def words_key(text: str) -> str:
    """Comparison key that keeps diacritics: NFC, case-folded, punctuation and "và" removed."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = _PUNCT.sub(" ", text)
    return " ".join(w for w in text.split() if w != "và")


def folded_key(text: str) -> str:
    """Comparison key without diacritics (typo-tolerant: "bút phá" = "bứt phá")."""
    return fold(words_key(text))


_PROVINCE_BY_FOLD = {fold(p): p for p in PROVINCES}
_PROVINCE_RE = re.compile(
    r"(?:tỉnh|Tỉnh|TỈNH|thành phố|Thành phố|TP\.?|Tp\.?)[ ]+("
    + "|".join(re.escape(p) for p in sorted(PROVINCES, key=len, reverse=True))
    + r")\b"
)
# the one province always written short, with or without its unit's dot: "TP.HCM", "TP. HCM", "TPHCM"
_HCM = re.compile(r"(?<!\w)(?:TP|Tp)\.?[ ]?HCM(?!\w)")
# a province's name alone; the word boundary before it is checked after the match (:func:`_bare`), so that ``re``
# can skip ahead to the names' first letters instead of trying the 60-odd names at every character (10× faster)
_PROVINCE_BARE = re.compile(r"(" + "|".join(re.escape(p) for p in sorted(PROVINCES, key=len, reverse=True)) + r")\b")
_WORD_BEFORE = re.compile(r"\w")


def _bare(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_PROVINCE_BARE` that start a word."""
    for m in _PROVINCE_BARE.finditer(text):
        if not (m.start() and _WORD_BEFORE.match(text, m.start() - 1)):
            yield m


def province_mentions(text: str) -> list[str]:
    """Provinces named as such in the text ("tỉnh Lạng Sơn", "TP. Hồ Chí Minh", "TP.HCM")."""
    found = [m.group(1) for m in _PROVINCE_RE.finditer(text)]
    if "HCM" in text:
        found += ["Hồ Chí Minh"] * len(_HCM.findall(text))
    return found


def bare_province_mentions(text: str) -> list[str]:
    """Provinces named without their unit ("Bến Tre đã vinh dự ..."); the city named after a person's
    thought ("tư tưởng Hồ Chí Minh") is left out."""
    return [m.group(1) for m in _bare(text) if m.group(1) != "Hồ Chí Minh"]


def province_in(name: str) -> str | None:
    """The province a body or place name contains, if any ("UBND tỉnh Lạng Sơn" → "Lạng Sơn")."""
    m = _PROVINCE_RE.search(name)
    if m:
        return m.group(1)
    if _HCM.search(name):
        return "Hồ Chí Minh"
    m = next(_bare(name), None)
    if m and m.group(1) != "Hồ Chí Minh":  # "tư tưởng Hồ Chí Minh" is not the city
        return m.group(1)
    return None


def canonical_province(name: str | None) -> str | None:
    if not name:
        return None
    return _PROVINCE_BY_FOLD.get(fold(name), name.strip())


def initials(slug_text: str) -> str:
    """Initials of a slug's words, "và" left out: ``so-ke-hoach-va-dau-tu`` → ``skhdt``."""
    return "".join(w[0] for w in slug_text.split("-") if w and w != "va")
