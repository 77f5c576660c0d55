"""Document identity: jurisdiction + kind + number + year (DESIGN.md §1).

``02/CT-UBND`` of 2023 and of 2024 are two documents; ``05-CT/TW`` cited with and without its
date is one.  A malformed Party symbol written in the State form (``22/CT-TW``) is read as the
Party document it names (``22-CT/TW``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..extract.regexes import LETTER_CODE_RE, SHORT_NUMBER
from ..extract.text import conventional, symbol_text
from ..models import record
from ..vocab import ISSUER_CODES, KIND_BY_CODE, PARTY_CONGRESS_YEARS
from .names import slug

PARTY_ISSUERS = frozenset({"TW", "TƯ", "TU", "ThU", "HU", "ĐU", "QU", "BTGTW", "BTCTW", "UBKTTW", "ĐUK", "BCSĐ"})
_PARTY = re.compile(r"^(?P<num>\d+)-(?P<kind>[^/]+)/(?P<issuer>.+)$")
_STATE = re.compile(r"^(?P<num>\d*)(?:/(?P<year>\d{4}))?/(?P<kind>[^-/]+)-(?P<issuer>.+)$")
_LAW = re.compile(r"^(?P<num>\d+)/(?P<year>\d{4})/(?P<issuer>[A-ZĐ]+\d*)$")
_LETTER = re.compile(rf"^(?P<num>\d{{1,5}}[a-z]?)/(?P<issuer>{LETTER_CODE_RE})$")  # "1691/SGDĐT": a letter, its sender


_CENTRAL_WRITTEN = re.compile(r"T\.?Ư$")


@dataclass(frozen=True, slots=True)
class Symbol:
    number: str
    kind_code: str
    issuer_code: str
    year: int | None  # the year written in the symbol (legal normative documents)
    party: bool
    canonical: str


@lru_cache(maxsize=65536)  # (a corpus cites the same few symbols thousands of times)
def parse_symbol(raw: str) -> Symbol | None:
    text = conventional(symbol_text(raw))
    m = _PARTY.match(text)
    if m:
        issuer = _CENTRAL_WRITTEN.sub("TW", m["issuer"])  # "05-CT/TƯ": Trung ương as some write it, the TW code
        return Symbol(m["num"].lstrip("0") or "0", m["kind"], issuer, None, True, f"{m['num']}-{m['kind']}/{issuer}")
    m = _LAW.match(text)
    if m:
        return Symbol(m["num"].lstrip("0") or "0", "LUAT", m["issuer"], int(m["year"]), False, text)
    m = _STATE.match(text)
    if m:
        issuer = m["issuer"]
        head = issuer.split("-")[0]
        if head in PARTY_ISSUERS and not m["year"]:  # "22/CT-TW": a Party directive in the State form
            head = _CENTRAL_WRITTEN.sub("TW", head)
            return Symbol(m["num"].lstrip("0") or "0", m["kind"], head, None, True, f"{m['num']}-{m['kind']}/{head}")
        return Symbol(
            (m["num"] or "").lstrip("0") or ("0" if m["num"] else ""),
            m["kind"],
            issuer,
            int(m["year"]) if m["year"] else None,
            False,
            text,
        )
    m = _LETTER.match(text)
    if m:
        return Symbol(m["num"].lstrip("0") or "0", "CV", m["issuer"], None, False, text)
    return None


# Central bodies whose documents are cited by number alone ("Chỉ thị số 34 của Bộ Chính trị"): the code
# their symbols carry, and whether they follow the Party's form (number-KIND/ISSUER) or the State's.
_ISSUER_OF_BODY = (
    (("bộ chính trị", "ban bí thư", "ban chấp hành trung ương"), "TW", True),
    (("thủ tướng",), "TTg", False),
    (("chính phủ",), "CP", False),
    (("ban thường vụ tỉnh ủy", "tỉnh ủy", "ban chấp hành đảng bộ tỉnh"), "TU", True),
    (("ban thường vụ thành ủy", "thành ủy"), "ThU", True),
    (("chủ tịch ubnd", "chủ tịch ủy ban nhân dân", "ubnd", "ủy ban nhân dân", "uỷ ban nhân dân"), "UBND", False),
    (("hđnd", "hội đồng nhân dân"), "HĐND", False),
)


@lru_cache(maxsize=65536)
def complete_symbol(number: str, kind: str | None, issuer: str | None) -> str | None:
    """The full symbol of a document cited by its number, kind and issuer, by the conventions of Party and
    State documents: ("34", "Chỉ thị", "Bộ Chính trị") → "34-CT/TW"; ("19", "Chỉ thị", "Thủ tướng Chính
    phủ") → "19/CT-TTg"; ("69", "Chương trình", "Tỉnh ủy") → "69-CTr/TU".  None when the issuer has no
    code of its own in the conventions (a department's codes are its own)."""
    from ..vocab import KINDS

    short = SHORT_NUMBER.fullmatch(number)
    if not short or not short.group("n").isdigit() or not kind or kind not in KINDS or not KINDS[kind][1] or not issuer:
        return None
    number, year = short.group("n"), short.group("y")
    low = " ".join(issuer.lower().split())
    for heads, code, party in _ISSUER_OF_BODY:
        if low.startswith(heads):
            kind_code = KINDS[kind][1][0]
            if party:
                return f"{number}-{kind_code}/{code}"
            if year and kind in _YEAR_IN_SYMBOL:
                return f"{number}/{year}/{kind_code}-{code}"
            return f"{number}/{kind_code}-{code}"
    return None


def short_year(symbol: str) -> int | None:
    """The year a number shortened by the press states ("57/2024" → 2024), else None."""
    m = SHORT_NUMBER.fullmatch(symbol)
    return int(m.group("y")) if m and m.group("y") else None


# kinds whose State symbol carries its year (Nghị định 30/2020/NĐ-CP, Phụ lục I): "91/2017/NĐ-CP"
_YEAR_IN_SYMBOL = frozenset({"Nghị định", "Thông tư", "Thông tư liên tịch"})


def kind_of_symbol(symbol: str) -> str | None:
    """The kind a symbol's code names ("45/KH-UBND" → Kế hoạch, "10-KH/LĐ" → Kế hoạch); a State symbol with
    no kind code ("424/SGDĐT-TĐKT") is a Công văn (Nghị định 30/2020/NĐ-CP, Phụ lục III)."""
    parsed = parse_symbol(symbol)
    if parsed is None:
        return None
    known = kind_name(parsed.kind_code, None)
    if known:
        return known
    return None if parsed.party else "Công văn"


def kind_name(code: str, stated: str | None) -> str | None:
    if code == "LUAT":
        return "Luật"
    return KIND_BY_CODE.get(code) or KIND_BY_CODE.get(code.upper()) or stated


def is_central_party_code(issuer_code: str) -> bool:
    """A central Party body's code: "TW" (the Central Committee, the Politburo, the Secretariat) and the boards and
    committees of the centre ("BTGTW", "BTCTW", "UBKTTW", "BCĐTW", "ĐUKCCQTW")."""
    return issuer_code.endswith(("TW", "TƯ"))


def party_term(year: int) -> int:
    """The year the Party term holding ``year`` opened (a congress year)."""
    return max((y for y in PARTY_CONGRESS_YEARS if y <= year), default=year)


def is_national_code(issuer_code: str) -> bool:
    head = issuer_code.split("-")[0]
    if head in ("TU", "ThU", "HU", "ĐU", "QU", "UBND", "HĐND", "HĐTĐKT", "CTĐ", "KTĐ") or head.startswith("S"):
        return False
    if head in ISSUER_CODES:
        return ISSUER_CODES[head][1] in ("central-party", "central-state", "ministry")
    return bool(re.match(r"^(?:QH\d*|UBTVQH\d*|B[A-ZĐ]{1,8})$", head))


@record  # (pickled as its values)
class DocKey:
    jurisdiction: str
    kind_code: str
    number: str
    year: int | None
    issuer_code: str

    @property
    def path(self) -> str:
        return "/".join(
            (self.jurisdiction, slug(self.kind_code), str(self.year or "nd"), self.number, slug(self.issuer_code))
        )

    @property
    def undated(self) -> tuple[str, str, str, str]:
        return (self.jurisdiction, self.kind_code, self.number, self.issuer_code)
