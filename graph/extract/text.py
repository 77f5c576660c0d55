"""Small text helpers shared by the extractors: dates, symbols, casing, sentences."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from ..vocab import ACRONYMS, ADMIN_UNITS, LOWER, PROPER_NAMES, PROVINCES, SURNAMES, UPPER
from . import regexes as rx

_WS = re.compile(r"\s+")
_DASHES = str.maketrans(dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-"))


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def squash(text: str) -> str:
    """Fold runs of whitespace to one space and strip."""
    return " ".join(text.split())


def symbol_text(raw: str) -> str:
    """A symbol as written, whitespace removed: ``"19- \\nNQ/TW"`` → ``"19-NQ/TW"``."""
    return "".join(nfc(raw).translate(_DASHES).split())


def symbol_key(symbol: str) -> str:
    """Comparison key of a symbol: no whitespace, dashes folded (and the dot old texts write for the hyphen between
    two codes: "NĐ.CP"), upper case, Đ kept."""
    key = symbol_text(symbol).upper()
    return conventional(key) if "." in key or "/" not in key else key


def conventional(symbol: str) -> str:
    """A symbol (as :func:`symbol_text` gives it) in the conventional form of Nghị định 30/2020/NĐ-CP and of the
    Party's rules, where old texts write a dot for the hyphen between two codes ("121/2005/NĐ.CP" →
    "121/2005/NĐ-CP") or a hyphen for a Party symbol's slash ("34-KH-TU" → "34-KH/TU")."""
    if "." in symbol:
        symbol = _CODE_DOT.sub(r"\1-", symbol).replace("/T.Ư", "/TW")  # ("03-CT/T.Ư": the Central Committee's)
    if "/" not in symbol and symbol.count("-") == 2:
        symbol = _PARTY_DASHED.sub(r"\1/\2", symbol)
    return symbol


_CODE_DOT = re.compile(r"(/[A-ZĐ][A-ZĐa-z]{0,7})\.(?=[A-ZĐ]{2}|TTg)")  # (the kind code after the slash, then the dot)
_PARTY_DASHED = re.compile(
    rf"^(\d{{1,5}}[a-zđA-ZĐ]?-[A-ZĐ]{{2,4}})-({rx.PARTY_COMMITTEE_CODE}|THU)$"
)  # (THU: upper-cased)


def iso_date(groups: dict[str, str | None], prefix: str = "") -> str | None:
    """ISO date from the groups of :func:`regexes.date_pattern`; None when invalid."""
    d = groups.get(prefix + "d") or groups.get(prefix + "d2")
    m = groups.get(prefix + "m") or groups.get(prefix + "m2")
    y = groups.get(prefix + "y") or groups.get(prefix + "y2")
    if not (d and m and y):
        return None
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def names_in_full(name: object, other: object) -> bool:
    """Whether ``other`` names the body ``name`` names, in full ("Ủy ban nhân dân tỉnh" → "Uỷ ban nhân dân
    tỉnh Hà Nam")."""
    if not isinstance(name, str) or not isinstance(other, str) or len(other) <= len(name):
        return False
    return _body_fold(other).startswith(_body_fold(name) + " ")


def _body_fold(text: str) -> str:
    return text.casefold().replace("uỷ", "ủy")


def strip_punct(text: str) -> str:
    return text.strip(" \t\n,;:.-–…/").strip()


_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")


def clean_name(text: str) -> str:
    """A quoted name or theme as stated: whitespace folded, control characters, markdown and stray quotes
    gone."""
    text = squash(_CONTROLS.sub(" ", text).replace("*", ""))
    text = text.strip(" \"“”'‘’")
    return text.rstrip(" ,;:.…").strip()


_UPPER_WORD = re.compile(r"\S+")


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


# the Party committees named after their place ("TỈNH ỦY LẠNG SƠN" → "Tỉnh ủy Lạng Sơn": the place a proper name)
_PARTY_COMMITTEES = frozenset(f"{unit} {u}" for unit in ("tỉnh", "thành", "huyện", "quận", "thị") for u in ("ủy", "uỷ"))
# Heads that are written with a capital on every word of the head itself.
_HEAD_CASE = {
    "ủy ban nhân dân": "Ủy ban nhân dân",
    "uỷ ban nhân dân": "Uỷ ban nhân dân",
    "hội đồng nhân dân": "Hội đồng nhân dân",
    "ban thường vụ": "Ban Thường vụ",
    "ban chấp hành": "Ban Chấp hành",
    "bộ chính trị": "Bộ Chính trị",
    "ban bí thư": "Ban Bí thư",
    "tỉnh ủy": "Tỉnh ủy",
    "tỉnh uỷ": "Tỉnh uỷ",
    "thành ủy": "Thành ủy",
    "thành uỷ": "Thành uỷ",
    "huyện ủy": "Huyện ủy",
    "huyện uỷ": "Huyện uỷ",
    "quận ủy": "Quận ủy",
    "quận uỷ": "Quận uỷ",
    "thị ủy": "Thị ủy",
    "thị uỷ": "Thị uỷ",
    "đảng ủy": "Đảng ủy",
    "đảng uỷ": "Đảng uỷ",
    "đảng bộ": "Đảng bộ",
    "cụm thi đua": "Cụm thi đua",
    "khối thi đua": "Khối thi đua",
    "hội đồng": "Hội đồng",
    "bộ chỉ huy": "Bộ Chỉ huy",
    "văn phòng": "Văn phòng",
    "chi cục": "Chi cục",
    "tổng cục": "Tổng cục",
    "trung tâm": "Trung tâm",
    "công an": "Công an",
    "liên đoàn": "Liên đoàn",
    "mặt trận tổ quốc": "Mặt trận Tổ quốc",
    "ủy ban": "Ủy ban",  # ("ỦY BAN MẶT TRẬN TỔ QUỐC ...": the head, then the Front's name)
    "uỷ ban": "Uỷ ban",
    "tập đoàn": "Tập đoàn",
    "tổng công ty": "Tổng công ty",
    "công ty": "Công ty",
    "công đoàn": "Công đoàn",
    "bệnh viện": "Bệnh viện",
    "sở": "Sở",
    "bộ": "Bộ",
    "ban": "Ban",
    "phòng": "Phòng",
    "cục": "Cục",
    "trường": "Trường",
    "liên đội": "Liên đội",
    "viện": "Viện",
    "hội": "Hội",
    "đoàn": "Đoàn",
    "chủ tịch": "Chủ tịch",
    "giám đốc": "Giám đốc",
    "thủ tướng": "Thủ tướng",
    "trưởng": "Trưởng",
    "phó": "Phó",
    "bí thư": "Bí thư",
    "chánh": "Chánh",
    "thủ trưởng": "Thủ trưởng",
}
_GENERIC_AFTER = ("cụm thi đua", "khối thi đua")  # names that go on in small letters
_UNITS_BY_WORDS: dict[int, frozenset[str]] = {
    n: frozenset(u for u in ADMIN_UNITS if len(u.split()) == n) for n in {len(u.split()) for u in ADMIN_UNITS}
}  # no unit is the first words of another, so at most one matches at a place


def _unit_at(words: list[str], i: int) -> str | None:
    for n, units in _UNITS_BY_WORDS.items():
        chunk = " ".join(words[i : i + n]).lower().strip(",")
        if chunk in units:
            return chunk
    return None


def _society(words: list[str], i: int) -> bool:
    """ "XÃ HỘI" ending a name or a part of it is society ("Thương binh và Xã hội"), else a commune ("xã Hội An")."""
    return (
        i + 1 < len(words)
        and words[i + 1].lower().strip(",;") == "hội"
        and (
            i + 2 >= len(words)
            or words[i + 1].endswith(",")
            or words[i + 2].lower() in ("và", "-", "–", "&")
            or _unit_at(words, i + 2) is not None
        )
    )


def body_case(text: str) -> str:
    """Re-case a body name written in capitals, the way Vietnamese writes it in running text.

    ``SỞ KẾ HOẠCH VÀ ĐẦU TƯ`` → ``Sở Kế hoạch và Đầu tư``; ``UBND TỈNH LẠNG SƠN`` →
    ``UBND tỉnh Lạng Sơn``; ``CỤM THI ĐUA CÁC HUYỆN, THÀNH PHỐ NỘI ĐỊA`` →
    ``Cụm thi đua các huyện, thành phố nội địa``.  Text that is not all capitals is kept.
    """
    text = squash(text)
    letters = [c for c in text if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return text
    words = text.split(" ")
    out: list[str] = []
    i = 0
    generic = False
    proper = False  # inside a place name after an administrative unit
    field_start = True  # the next word opens a field name ("Kế hoạch", "Đầu tư")
    while i < len(words):
        matched = False
        for n in (4, 3, 2, 1):
            chunk = " ".join(words[i : i + n]).lower()
            if (
                chunk in _HEAD_CASE
                and (i == 0 or n > 1 or chunk in ("sở", "bộ", "ban", "phòng", "trường"))
                and (i == 0 or not generic)
            ):
                out.append(_HEAD_CASE[chunk])
                generic = chunk in _GENERIC_AFTER
                field_start = not generic
                proper = chunk in _PARTY_COMMITTEES or (
                    chunk == "liên đội" and i + n < len(words) and words[i + n].lower() != "trường"
                )  # ("LIÊN ĐỘI TÔ VĨNH DIỆN": a school's pioneers, named after a person)
                i += n
                matched = True
                break
        if matched:
            continue
        word = words[i]
        bare = word.strip(",.;:()")
        low = word.lower()
        unit = _unit_at(words, i)
        if unit == "xã" and _society(words, i):
            out.extend((_cap(word) if field_start else low, words[i + 1].lower()))  # "xã hội": society, no commune
            field_start = words[i + 1].endswith(",")
            i += 2
            continue
        if bare in ACRONYMS or (
            bare.isupper()
            and not re.search(
                r"[AEIOUYĂÂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊ"
                r"ÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]",
                bare,
            )
        ):
            out.append(word)
            field_start = False
            proper = proper or (bool(out[:-1]) and out[-2] == "Trường")  # "TRƯỜNG THCS TRÀNG CÁT": a name follows
        elif low in ("các", "những"):
            out.append(low)
            generic = True
        elif unit:
            n = len(unit.split())
            out.extend(w.lower() for w in words[i : i + n])
            i += n
            proper = not generic and not words[i - 1].endswith(",")
            continue
        elif proper:
            out.append(_cap(word))
        elif generic:
            out.append(low)
        elif low in ("và", "-", "&"):
            out.append(low)
            field_start = True
        elif field_start:
            out.append(_cap(word))
            field_start = word.endswith(",")
        else:
            out.append(low)
            field_start = word.endswith(",")
        i += 1
    return _PROPER.sub(lambda m: PROPER_NAMES[m.group(0).lower()], " ".join(out))


# names written with capitals wherever they stand ("HỘI NÔNG DÂN VIỆT NAM" → "Hội Nông dân Việt Nam")
_PROPER = re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, PROPER_NAMES)) + r")(?!\w)")


def position_case(text: str) -> str:
    """``PHÓ GIÁM ĐỐC`` → ``Phó Giám đốc``; ``CHỦ TỊCH UBND THÀNH PHỐ`` → ``Chủ tịch UBND thành phố``."""
    text = squash(text)
    if any(c.islower() for c in text):
        return text
    low = text.lower()
    if low.startswith("phó "):
        return "Phó " + body_case(text[4:])
    if low.startswith("trưởng "):
        return "Trưởng " + body_case(text[7:]).capitalize() if len(text) > 7 else "Trưởng"
    return body_case(text)


_SENT_MARKS = (". ", "! ", "? ", "; ", "\n")


def sentence_bounds(text: str, start: int, end: int, limit: int = 600) -> tuple[int, int]:
    """Bounds of the sentence (or ``;`` clause when the sentence is long) around ``[start, end)``."""
    lo = max(0, start - limit)
    hi = min(len(text), end + limit)
    s, e = lo, -1
    for mark in _SENT_MARKS:
        i = text.rfind(mark, lo, start)
        if i >= 0 and i + len(mark) > s:
            s = i + len(mark)
        i = text.find(mark, end, hi)
        if i >= 0 and (e < 0 or i + 1 < e):
            e = i + 1
    if e < 0:
        e = hi
    if text[e - 1 : e] == "\n":
        e -= 1
    if e - s > limit:  # very long sentence: narrow to the clause
        semi = text.rfind(";", s, start)
        s = semi + 1 if semi >= 0 else max(s, start - limit // 2)
        semi = text.find(";", end, e)
        e = semi + 1 if semi >= 0 else min(e, end + limit // 2)
    return s, e


_CAPITALISED = re.compile(rf"^[{UPPER}](?:['’][{UPPER}])?[{LOWER}]+$")  # "Võ", and Highland names "H'Khuyên"
_PROVINCE_WORDS = frozenset(w for p in PROVINCES for w in p.split())
_UNIT_WORDS = frozenset(w for u in ADMIN_UNITS for w in u.split())


def split_person(text: str) -> tuple[str, str | None]:
    """A body or post followed by a person's name → (body or post, name).

    ``"Chủ tịch UBND tỉnh Gia Lai Võ Ngọc Thành"`` → ``("Chủ tịch UBND tỉnh Gia Lai", "Võ Ngọc Thành")``.
    The name is the last two to four capitalised words, opening with a family name; right after an
    administrative unit ("tỉnh Hà Tĩnh", "huyện Lâm Hà") two words are the place's name, never a person's."""
    words = text.split()
    for n in (4, 3, 2):
        if len(words) <= n:
            continue
        name = words[-n:]
        before = words[-n - 1]
        if not all(_CAPITALISED.match(w) for w in name) or name[0] not in SURNAMES:
            continue
        if any(" ".join(name[:k]) in PROVINCES for k in range(1, n + 1)):
            continue  # "Thành ủy Hà Nội", "Thành phố Hồ Chí Minh": a province, not a person
        if any(" ".join(words[-n - k : -n + 1]) in PROVINCES for k in (1, 2)):
            continue  # "tỉnh Tuyên Quang Phan Huy Ngọc": "Quang" ends the province's name, the person follows
        if len(words) > n + 1 and words[-n - 2].lower() in _UNIT_WORDS and before.lower() not in _UNIT_WORDS:
            continue  # "huyện Lâm Hà Nguyễn Văn A": a place's name has two words or more, not one
        if before.lower() in _UNIT_WORDS and n < 3:
            continue  # right after "tỉnh", "huyện": a place's name (mostly two words), not a person's
        if name[0] == "Đoàn" and before in _YOUTH_UNION_LEVELS:
            continue  # "Thành Đoàn Thủ Đức", "Tỉnh Đoàn Lai Châu": the youth union of a place, not Mr Đoàn
        if _NAMED_AFTER.search(" ".join(words[:-n])):
            break  # "Trường THPT Lý Bôn", "Liên đội Tô Vĩnh Diện": a school named after a person, the name its own
        return " ".join(words[:-n]), " ".join(name)
    return text, None


# the level a youth union is named by when written in two words with a capital ("Thành Đoàn", "Huyện Đoàn")
_YOUTH_UNION_LEVELS = frozenset({"Thành", "Tỉnh", "Huyện", "Quận", "Thị", "Xã", "Phường"})


# a school (or its Young Pioneers' unit) whose type precedes the person it is named after
_NAMED_AFTER = re.compile(
    rf"(?:\b(?:[Tt]rường|Liên đội|Liên Đội)(?:[ ](?:{rx.SCHOOL_TYPE_RE}))*|\b(?:THPT|THCS|TH|MN))$"
)


# What sticks to a body's name in real text and is not part of it: a party term ("khóa XI"), a date
# ("Ngày 16/02/2024", "năm 2024"), a place ("tại hội trường ..."), the rest of a page title.
_BODY_TAIL = re.compile(
    r"(?:[ ,]*\(?(?i:khóa|khoá|lần thứ)[ ]+(?:[IVXLC]+|\d{1,2})\b\)?"
    r"|[ ,]*(?i:ngày)[ ]*\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?.*"
    r"|[ ,]*(?i:năm)[ ]+(?:học[ ]+)?(?:19|20)\d\d.*"  # (a year, a school year: "Cụm thi đua số 6 năm học 2022-2023")
    r"|[ ,]+(?:tại|vào|sáng|chiều|tối|hôm)[ ].*"
    r"|[ ,]*\(?(?:gồm|bao gồm)(?:[ :].*)?"  # its members listed ("Cụm thi đua 3 gồm các quận: 7, 12, ...", "gồm có")
    r"|[ ,]+(?:và[ ])?(?:các|những)$"  # a list broken off ("UBMTTQ Việt Nam các cấp, các ..."), no more of a name
    r"|(?<!Ban)[ ]+(?:tặng|trao|làm lễ|dâng hoa|phát biểu|[cC]hủ trì|tham dự|dự(?![ ]án)|đến dự|đại diện|thay mặt"
    r"|làm|tham gia|gắn với)(?:[ ].*)?"  # what it does ("Sở ... làm Trưởng đoàn", "Sở Tư pháp Bắc Giang tham gia
    # ký kết ..."; not "Ban đại diện Hội đồng quản trị", a body)
    r"|[ ]+khen[ ]thưởng[ ](?:kịp[ ]thời|cho|những|các)\b.*"  # ("UBND tỉnh khen thưởng kịp thời những tập thể")
    r"|[ ]+(?:đánh trống|bấm nút|phát lệnh|khẳng định|nhấn mạnh|kêu gọi|cho biết|yêu cầu|đề nghị|lưu ý)(?:[ ].*)?"
    # ... or says
    r"|(?<![ ]các)(?<![ ]những)(?<!Ban)(?<!ban)[ ]+(?:vừa|đã|mới|đang|sẽ|cũng|tiếp tục|tổ chức|triển khai|phát động"
    r"|ban hành|ký kết|thống nhất|chuẩn bị|tiến hành|căn cứ|xác định|tập trung|chỉ đạo|quyết tâm|không ngừng|luôn"
    r"|kiểm tra"
    # (a verb: "các tổ chức
    # chính trị - xã hội", "Ban tổ chức" name bodies; "Hội đồng thi đua khen thưởng xã Quân Hà tiến hành họp xét
    # ...", "UBND các xã căn cứ những điều kiện", "Ban Thường vụ Huyện uỷ xác định chủ đề ...", "... tập trung chỉ
    # đạo ...", "... quyết tâm thực hiện")
    r"|về|về việc|v/v|V/v)(?:[ ].*)?)$"
)


_ACRONYM_IN = re.compile(r"[ ]\([A-ZĐ][A-ZĐ&\-]{1,9}\)(?=[ ]|$)")  # a body's abbreviation, in brackets


_SHORT_NAME = re.compile(
    r"[ ]\((?:(?:viết tắt là|gọi tắt là|sau đây gọi tắt là|sau đây gọi là)[ ][^()]{1,40}|(?:[^()\s]+[ ]?){1,3})\)$"
)  # ("Ban Quản lý các khu công nghiệp Vĩnh Phúc (viết tắt là Ban Quản lý)")


_ACRONYM_ASIDE = re.compile(r"[ ]\([A-ZĐ&]{2,8}\)")  # ("Tổng công ty (TCT) Đường sắt Việt Nam")


def without_acronyms(name: str) -> str:
    """A body's name without the short names in capitals a text puts inside it ("Tổng công ty (TCT) Đường sắt Việt
    Nam" → "Tổng công ty Đường sắt Việt Nam")."""
    return _ACRONYM_ASIDE.sub("", name)


def without_short_name(name: str) -> str:
    """A body's name without the short name a text gives it at its end ("... (Trung tâm)", "(BCĐ 138)"); a
    longer bracket, a role ("(Khối trưởng Khối Thi đua số 6)"), stays."""
    return _SHORT_NAME.sub("", name)


_ROLE_ASIDE = re.compile(  # what a body is, or how the text goes on to call it, aside in brackets
    r"[ ]?\((?:cơ quan|đơn vị|là cơ quan|gọi tắt là|sau đây gọi (?:tắt )?là|viết tắt là)[ ][^()]*\)"
)


def clean_body(text: str) -> tuple[str, str | None]:
    """A body name as stated → (the body's name, the person named with it, if any).

    Removes what real text attaches to a body: a party term, a trailing date or place, a person's name
    ("Chủ tịch UBND tỉnh X Nguyễn Văn A" names the post and its holder, the body is "UBND tỉnh X")."""
    name = _ACRONYM_IN.sub("", squash(text))  # "Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) Tiền Giang"
    name = _ROLE_ASIDE.sub("", name)  # "Sở Nội vụ (cơ quan Thường trực Hội đồng Thi đua – Khen thưởng tỉnh)"
    name = name.rpartition(" mà ")[2]  # the body of a relative clause ("Đại hội ... lần thứ XV mà BĐBP các tỉnh ...")
    person = None
    for _ in range(3):  # a name may follow a term or precede a date: strip until nothing changes
        before = name
        name = _BODY_TAIL.sub("", name).strip(" ,;:-–")
        name, found = split_person(name)
        person = person or found
        if name == before:
            break
    return name, person
