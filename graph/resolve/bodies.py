"""Issuing bodies: surface forms → canonical bodies with a level and a jurisdiction.

"UBND tỉnh", "Chủ tịch UBND tỉnh", "Ủy ban nhân dân tỉnh Lạng Sơn" in a Lạng Sơn document are one
body (``lang-son/ubnd-tinh``); "Chủ tịch" is a post in it.  Central bodies ("Bộ Chính trị (khóa XI)",
"Thủ tướng Chính phủ") belong to the national jurisdiction ``vn``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..extract.text import clean_body
from ..vocab import CENTRAL_BODIES, CENTRAL_CITIES, UPPER
from .names import canonical_province, fold, province_in, slug

NATIONAL = "vn"

_ALIASES = (
    (re.compile(r"\b(?:Ủy|Uỷ|ỦY|UỶ) ban nhân dân\b", re.I), "UBND"),
    (re.compile(r"\bHội đồng nhân dân\b", re.I), "HĐND"),
    (re.compile(r"\bHội đồng [Tt]hi đua[ ]?-[ ]?[Kk]hen thưởng\b"), "Hội đồng TĐKT"),
    (re.compile(r"\bBan [Tt]hi đua[ ]?-[ ]?[Kk]hen thưởng\b"), "Ban TĐKT"),
    (re.compile(r"\b(Tỉnh|tỉnh|Thành|thành|Huyện|huyện|Quận|quận|Thị|thị|Đảng|đảng) uỷ\b"), r"\1 ủy"),
    (re.compile(r"\bThủ tướng\b(?! Chính phủ)"), "Thủ tướng Chính phủ"),
)
_POST = re.compile(
    r"^(?P<post>(?:Phó )?(?:Chủ tịch|Giám đốc|Bộ trưởng|Bí thư|Trưởng ban|Thủ trưởng|Chánh Văn phòng|Trưởng|"
    r"Cục trưởng|Viện trưởng|Hiệu trưởng))[ ](?P<body>.+)$"
)
_PAREN = re.compile(r"\s*\([^)]*\)")
_CLUSTER_SHORT = re.compile(r"^(Khối|Cụm)[ ](?=các[ ]|số[ ])")
_PLACE_ONLY = re.compile(rf"^(?:huyện|quận|thị xã|thị trấn|xã|phường)[ ]+[{UPPER}]")
_PLACE_TAIL = re.compile(r"[ ]+(?:tỉnh|thành phố|TP\.?)?[ ]*$")


_KEEPS_UNIT = ("ubnd", "hdnd", "hoi dong", "doan dai bieu", "uy ban mat tran")
_DEPARTMENT_HEADS = ("so ", "ban ", "van phong", "cong an", "bo chi huy", "chi cuc", "cuc ", "thanh tra", "kho bac")


@dataclass(frozen=True, slots=True)
class Body:
    key: str  # "<jurisdiction>/<slug>", the IRI path
    label: str  # canonical label ("UBND tỉnh Lạng Sơn")
    level: str  # a key of vocab.LEVELS
    jurisdiction: str  # slug of the jurisdiction ("lang-son", "vn")
    post: str | None = None  # "Chủ tịch UBND tỉnh Lạng Sơn" when the surface named a post


def _level(name: str, jurisdiction: str) -> str:
    f = fold(name)
    if jurisdiction == NATIONAL:
        for head, level in CENTRAL_BODIES.items():
            if f.startswith(fold(head)):
                return level
        if re.search(r"(?:^|\s)bo (?!chi huy)", f):
            return "ministry"
        return "central-party" if "trung uong" in f and not f.startswith("hoi dong") else "central-state"
    if f.startswith(("cum thi dua", "khoi thi dua", "cum td", "khoi td", "hoi dong tdkt", "hoi dong thi dua")):
        return "emulation"
    if "tinh uy" in f or "thanh uy" in f:
        return "provincial-party"
    if f.startswith(("ubnd tinh", "hdnd tinh", "ubnd thanh pho truc thuoc", "doan dai bieu quoc hoi")):
        return "provincial-state"
    if f.startswith(("ubnd xa", "ubnd phuong", "ubnd thi tran", "dang uy xa", "dang uy phuong")):
        return "commune"
    if f.startswith(("ubnd huyen", "ubnd thanh pho", "ubnd thi xa", "ubnd quan", "huyen uy", "hdnd huyen", "phong ")):
        return "district"
    return "department"


_CENTRAL_FOLDED = tuple(fold(h) for h in CENTRAL_BODIES)


@lru_cache(maxsize=65536)
def is_national(name: str) -> bool:
    """Central bodies, ministries and the units of a ministry ("Hội đồng TĐKT Bộ Nội vụ")."""
    f = fold(_PAREN.sub("", name))
    if any(f == h or f.startswith(h + " ") for h in _CENTRAL_FOLDED):
        return True
    ministry = re.search(r"(?:^|\s)bo (?!chi huy)\w", f)
    return bool(ministry) and province_in(name) is None and "tinh" not in f.split()


@lru_cache(maxsize=65536)
def resolve_body(surface: str, province: str | None) -> Body | None:
    """Canonical body of a surface form, in the document's province (``None`` when unknown)."""
    name = " ".join(_PAREN.sub("", surface).split()).strip(" ,;.:-")
    name = clean_body(name)[0]  # no person, party term, date or place in a body's name
    if len(name) < 2:
        return None
    name = _CLUSTER_SHORT.sub(lambda m: m.group(1) + " thi đua ", name)  # "Khối các cơ quan ..." is a Khối thi đua
    if _PLACE_ONLY.match(name):  # "huyện Kiến Xương phát động ...": a place acting through its authorities
        name = "UBND " + name
    post = None
    m = _POST.match(name)
    if m and not fold(name).startswith("thu tuong"):
        post, name = m.group("post"), m.group("body")
    for pattern, repl in _ALIASES:
        name = pattern.sub(repl, name)
    named = province_in(name)
    if is_national(name):
        jurisdiction, place = NATIONAL, None
    else:
        place = canonical_province(named or province)
        jurisdiction = slug(place) if place else "unknown"
    base = name
    city = place in CENTRAL_CITIES
    if named:  # "UBND tỉnh Lạng Sơn" → "UBND tỉnh"; "Tỉnh ủy Lạng Sơn" → "Tỉnh ủy"
        base = re.sub(r"[ ]*(?:TP\.?[ ]*)?\b" + re.escape(named) + r"\b", "", name).strip() or name
    if city and re.fullmatch(r"(?:UBND|HĐND)(?:[ ](?i:thành phố|TP\.?))?", base):
        base = base.split()[0] + " thành phố"  # "UBND TP. Cần Thơ", "UBND Thành phố": the city's own council
    if base.endswith(" tỉnh") and not fold(base).startswith(_KEEPS_UNIT):
        base = base[: -len(" tỉnh")]  # "Sở Nội vụ tỉnh" is "Sở Nội vụ" of the province
    label = base
    if place and jurisdiction != NATIONAL:
        if base.endswith((" tỉnh", "Tỉnh ủy")) or (city and base.endswith((" thành phố", "Thành ủy"))):
            label = f"{base} {place}"
        elif fold(base).startswith(_DEPARTMENT_HEADS):
            label = f"{base} tỉnh {place}"
    level = "provincial-state" if city and base in ("UBND thành phố", "HĐND thành phố") else _level(base, jurisdiction)
    post_label = f"{post} {label}" if post else None
    return Body(
        key=f"{jurisdiction}/{slug(base)}", label=label, level=level, jurisdiction=jurisdiction, post=post_label
    )


_ABBREV = re.compile(r"^[A-ZĐ]{3,}$")


def _expand(name: str) -> list[str]:
    """A short name with its head written out ("CTĐ 7 tỉnh MNBGPB" → "Cụm thi đua 7 tỉnh MNBGPB"), in words."""
    name = re.sub(r"^(?:CTĐ|Cụm TĐ|Cụm[ ]?TĐ(?=[A-ZĐ]))", "Cụm thi đua ", name)
    name = re.sub(r"^(?:KTĐ|Khối TĐ|Khối[ ]?TĐ(?=[A-ZĐ]))", "Khối thi đua ", name)
    return name.split()


def _full_name(name: str) -> bool:
    """A cluster's full name: what a short name may abbreviate."""
    return fold(name).startswith(("cum thi dua", "khoi thi dua")) and not any(
        _ABBREV.match(w) for w in name.split()[3:]
    )


def _short_name(name: str) -> bool:
    """A name with abbreviations after its head: it may abbreviate a full name."""
    return any(_ABBREV.match(w) for w in _expand(name)[2:])


def is_alias_name(name: str) -> bool:
    """Does :func:`cluster_aliases` read this name (a full name or a short one)?  The others change nothing in it,
    so a corpus's aliases are those of its alias names alone."""
    return _full_name(name) or _short_name(name)


def cluster_aliases(names: list[str]) -> dict[str, str]:
    """Short names of emulation clusters → the full name they abbreviate, when the corpus has it.

    "Cụm TĐTMTH" and "Cụm thi đua TMTH tỉnh" → "Cụm thi đua các cơ quan tham mưu tổng hợp" (TMTH = the
    initials of "tham mưu tổng hợp"); "CTĐ 7 tỉnh MNBGPB" → "Cụm thi đua Sở Nội vụ 7 tỉnh miền núi biên
    giới phía Bắc".  A short name maps only when exactly one full name fits."""
    full = [n for n in names if _full_name(n)]
    out: dict[str, str] = {}
    for name in names:
        if not _short_name(name):
            continue
        words = _expand(name)
        fits = [f for f in full if f != name and _fits(words[:2], words[2:], f.split())]
        if len(fits) == 1:
            out[name] = fits[0]
    return out


def _fits(head: list[str], short: list[str], long: list[str]) -> bool:
    """Do the short name's words (abbreviations standing for runs of initials) appear in order in the
    long name?  A trailing "tỉnh" of the short name is allowed to have no counterpart."""
    if [fold(w) for w in long[:2]] != [fold(w) for w in head]:
        return False
    rest = [fold(w) for w in long[2:]]
    i = 0
    for word in short:
        if _ABBREV.match(word):
            letters = fold(word).replace(" ", "")
            ok = False
            while i < len(rest):
                run = [w for w in rest[i:] if w != "va"]
                if "".join(w[0] for w in run[: len(letters)]) == letters:
                    i += len(letters)
                    ok = True
                    break
                i += 1
            if not ok:
                return False
        else:
            w = fold(word)
            while i < len(rest) and rest[i] != w:
                i += 1
            if i == len(rest):
                return w == "tinh" and word is short[-1]
            i += 1
    return True
