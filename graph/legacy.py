"""Legacy Vietnamese encodings (TCVN3/ABC and VNI-Windows) and an encoding judge.

Before Unicode (TCVN 6909:2001), Vietnamese offices typed in fonts whose
glyphs sat on Latin-1 code points: TCVN3 (".VnTime", one byte per letter) and
VNI ("VNI-Times", a base letter followed by a mark byte).  Files from that era
decode "successfully" as Latin-1 or even UTF-8 and must be recognised by what
they say, not by whether they decode.  :func:`vietnamese_score` measures how
much of a text is common Vietnamese words; the loader keeps the reading that
scores best.
"""

from __future__ import annotations

import re
import unicodedata

_TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")  # none, sắc, huyền, hỏi, ngã, nặng


def _compose(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


# --- TCVN3 (ABC): one Latin-1 byte per Vietnamese letter -------------------------------------------
# Order per vowel: huyền, sắc, hỏi, ngã, nặng (as the font's code chart lists them).
_TCVN3_LOWER = (
    ("a", "µ¸¶·¹"),
    ("ă", "»¾¼½Æ"),
    ("â", "ÇÊÈÉË"),
    ("e", "ÌÐÎÏÑ"),
    ("ê", "ÒÕÓÔÖ"),
    ("i", "×ÝØÜÞ"),
    ("o", "ßãáâä"),
    ("ô", "åèæçé"),
    ("ơ", "êíëìî"),
    ("u", "ïóñòô"),
    ("ư", "õøö÷ù"),
    ("y", "úýûüþ"),
)
_TCVN3_ORDER = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")

TCVN3: dict[str, str] = {
    "¨": "ă",
    "©": "â",
    "ª": "ê",
    "«": "ô",
    "¬": "ơ",
    "\xad": "ư",
    "®": "đ",
    "¡": "Ă",
    "¢": "Â",
    "£": "Ê",
    "¤": "Ô",
    "¥": "Ơ",
    "¦": "Ư",
    "§": "Đ",
}
for _base, _codes in _TCVN3_LOWER:
    for _code, _tone in zip(_codes, _TCVN3_ORDER, strict=True):
        TCVN3[_code] = _compose(_base, _tone)

_TCVN3_TABLE = str.maketrans(TCVN3)
_TCVN3_MARKERS = frozenset(TCVN3)

# --- VNI-Windows: base letter + mark byte(s) ---------------------------------------------------------
_VNI_PLAIN = ("", "ù", "ø", "û", "õ", "ï")  # after a, e, o, u, y, ơ (ô), ư (ö)
_VNI_HAT = ("â", "á", "à", "å", "ã", "ä")  # â ê ô
_VNI_BREVE = ("ê", "é", "è", "ú", "ü", "ë")  # ă
_VNI_I = ("i", "í", "ì", "æ", "ó", "ò")


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}

    def add(code: str, target: str) -> None:
        table[code] = target
        table[code.upper()] = target.upper()
        if len(code) > 1:  # "Aù" (capital letter, small mark) occurs in title-case words
            table[code[0].upper() + code[1:]] = target.upper()

    for base in "aeouy":
        for mark, tone in zip(_VNI_PLAIN[1:], _TONES[1:], strict=True):
            if base == "y" and tone == "\u0323":
                continue
            add(base + mark, _compose(base, tone))
    for base in "aeo":
        for mark, tone in zip(_VNI_HAT, _TONES, strict=True):
            add(base + mark, _compose(base + "\u0302", tone))
    for mark, tone in zip(_VNI_BREVE, _TONES, strict=True):
        add("a" + mark, _compose("a\u0306", tone))
    for code, target in (("ô", "o\u031b"), ("ö", "u\u031b")):
        for mark, tone in zip(_VNI_PLAIN, _TONES, strict=True):
            add(code + mark, _compose(target, tone))
    for mark, tone in zip(_VNI_I[1:], _TONES[1:], strict=True):
        add(mark, _compose("i", tone))
    add("î", "ỵ")
    add("ñ", "đ")
    return table


VNI = _vni_table()
_VNI_RE = re.compile("|".join(sorted(map(re.escape, VNI), key=len, reverse=True)))

_COMMON = frozenset(
    """của và các những được thực hiện năm ngày trong với cho người phong trào thi đua công tác việc về
    theo đã là có một này tỉnh nhân dân chỉ thị quyết định kế hoạch số nhiệm vụ phát động triển xã hội
    không để đến từ khen thưởng cơ quan đơn vị chính trị tổ chức nâng cao cán bộ trách nhiệm""".split()
)
_WORD = re.compile(r"[^\W\d_]+")


def vietnamese_score(text: str, sample: int = 200_000) -> float:
    """Share of the words in ``text`` that are very common Vietnamese words (0..1)."""
    words = _WORD.findall(unicodedata.normalize("NFC", text[:sample]).lower())
    if not words:
        return 0.0
    return sum(1 for w in words if w in _COMMON) / len(words)


def _restore_caps(text: str) -> str:
    """TCVN3 writes accented capitals with the small letters' codes (in a capitals font): restore them.

    Only accented letters are raised — ASCII letters are the same in both fonts, so a symbol's small tail
    ("19/CT-TTg", "CTr") is never touched.  A line set in the capitals font (its ASCII letters nearly all
    capitals: a header, "SỞ KẾ HOẠCH VÀ ĐẦU TƯ") is raised whole; elsewhere a word whose ASCII letters are all
    capitals ("KẾ", "ĐẦU") is."""
    out = []
    for line in text.split("\n"):
        ascii_letters = [c for c in line if c.isascii() and c.isalpha()]
        uppers = sum(1 for c in ascii_letters if c.isupper())
        if len(ascii_letters) >= 3 and uppers >= 0.9 * len(ascii_letters):
            out.append("".join(c.upper() if c.isalpha() and not c.isascii() else c for c in line))
        else:
            out.append(_WORD.sub(_raise_word, line))
    return "\n".join(out)


def _raise_word(m: re.Match[str]) -> str:
    word = m.group(0)
    ascii_letters = [c for c in word if c.isascii() and c.isalpha()]
    letters = [c for c in word if c.isalpha()]
    capital_ends = len(letters) >= 2 and letters[0].isupper() and letters[-1].isascii() and letters[-1].isupper()
    if ascii_letters and all(c.isupper() for c in ascii_letters) and (len(ascii_letters) >= 2 or capital_ends):
        return "".join(c.upper() if c.isalpha() and not c.isascii() else c for c in word)
    return word


def from_tcvn3(text: str) -> str:
    """Convert text read as Latin-1 from a TCVN3 (ABC) file to Unicode (NFC)."""
    return _restore_caps(text.translate(_TCVN3_TABLE))


def from_vni(text: str) -> str:
    """Convert text read as Latin-1 from a VNI-Windows file to Unicode (NFC)."""
    return _VNI_RE.sub(lambda m: VNI[m.group(0)], text)


def to_tcvn3(text: str) -> str:
    """Unicode → TCVN3 (for tests and for producing legacy samples)."""
    reverse = {v: k for k, v in TCVN3.items()}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in reverse:
            out.append(reverse[ch])
        elif ch.lower() in reverse and ch.isupper():
            out.append(reverse[ch.lower()])
        else:
            out.append(ch)
    return "".join(out)


def to_vni(text: str) -> str:
    """Unicode → VNI-Windows (for tests and for producing legacy samples)."""
    reverse: dict[str, str] = {}
    for code, target in VNI.items():
        if code.islower() or (code == code.upper() and target == target.upper()):
            reverse.setdefault(target, code)
    return "".join(reverse.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


# Latin-1 letters and signs that proper Vietnamese never uses but TCVN3 and VNI text is full of.
_LEGACY_ONLY = re.compile("[äåæçëîïñöøûüþ÷×ßµ¸¶·¹»¾¼½©®ª¬«¡¢§£¤¥¦\xadÄÅÆÇËÎÏÑÖØÛÜÞÐ]")


def looks_legacy(text: str) -> bool:
    """True when letters typical of TCVN3/VNI (and foreign to Vietnamese) are frequent."""
    sample = text[:100_000]
    hits = len(_LEGACY_ONLY.findall(sample))
    return hits > max(5, len(sample) // 200)


_TONE_MARKS = frozenset(_TONES[1:])


def encode_cp1258(text: str) -> bytes:
    """Unicode → Windows-1258 bytes (letters with their shape marks, tones as combining marks)."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONE_MARKS)
        shape = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_MARKS))
        out.append(shape + tones)
    return "".join(out).encode("cp1258")
