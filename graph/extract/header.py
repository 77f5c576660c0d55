"""The document's own metadata: header (bodies, number, place and date, kind, title), footer
(recipients, signer), legal-database metadata blocks, and — when there is no header —
what the body says ("Sở Xây dựng phát động ...", "năm 2023", "Giám đốc Sở Ngoại vụ kêu gọi").
"""

from __future__ import annotations

import re
from collections import Counter

from ..models import DocumentInfo, Signer
from ..scan import AnyOf
from ..vocab import (
    CENTRAL_CITIES,
    DATABASE_LABEL_RE,
    HISTORY_BEFORE,
    KINDS,
    LOWER,
    PROVINCES,
    SURNAMES,
    UPPER,
    WEEKDAY_FORMS,
)
from . import regexes as rx
from .citations import canonical_kind
from .launch import by_uncle_ho, named_years, told_as_history
from .text import (
    body_case,
    clean_body,
    clean_name,
    iso_date,
    names_in_full,
    position_case,
    squash,
    strip_punct,
    symbol_text,
    without_short_name,
)

_MOTTO = re.compile(
    r"(?i:CỘNG[ ]H[OÒ][ÀA][ ]?XÃ[ ]HỘI[ ]CHỦ[ ]NGHĨA[ ]VIỆT[ ]NAM|ĐẢNG[ ]CỘNG[ ]SẢN[ ]VIỆT[ ]NAM"
    r"|Độc[ ]lập[ ]?-[ ]?Tự[ ]do[ ]?-[ ]?Hạnh[ ]phúc"
    r"|^CỘNG[ ]H[OÒ][ÀA][ ]?XÃ[ ]HỘI$|^CHỦ[ ]NGHĨA[ ]VIỆT[ ]NAM$"  # the motto's halves on lines of their own
    r"|^[ ]*CỘNG[ ]H[OÒ][ÀA][ ]?XÃ[ ]HỘI[ ]CHỦ[ ]NGHĨA[ ]VIỆT[ ]*$)"  # (alone on its line, its last word lost)
)
_MOTTO_LEAKED = re.compile(r"(?i)xã[ ]hội[ ]chủ[ ]nghĩa")  # the country's name, never a body's
_RULE_LINE = re.compile(r"^[\s_\-=*~.]+$")
_GENERIC_KIND = re.compile(r"(?i)^(?:văn bản khác|khác|văn bản)$")
_NUMBER_LINE = re.compile(
    r"(?i)^(?:Số hiệu|Số ký hiệu|Số)[ ]*:?[ ]*(?:\|[ ]*)?(?P<symbol>[^\s|].*?)(?=[ ]{2,}|[ ]*\||$)"
)  # (a table's cell: "Số hiệu: | 500/QĐ-TTg |")
_NUMBER_ANY = re.compile(
    r"(?i)\bSố[ ]*:[ ]*(?P<symbol>\d{1,5}[a-z]?[ ]{1,3}/[ ]{0,3}[A-ZĐ&][\w&.]*(?:[ ]{0,2}[-–][ ]{0,2}[A-ZĐ&][\w&.]*)+"
    r"|\d{0,5}[ ]?/[ ]?[^\s]+(?:(?<=[-–])[ ][A-ZĐ][^\s]*)?|\d{1,5}-[^\s]+|\d{1,5}[ ]{1,3}-[A-ZĐ][\w&.]*/[^\s]+)"
)  # ("Số:  281  / TB – HTS", "Số: 734/KH- SXD", "Số:  26  -CTr/TWĐTN-VP": a number typed with spaces around its
# marks, in a Word header)
# a page's stamp ("Thứ Năm, ngày 13/06/2024") is no place and date line: the words before the comma are no weekday
_WEEKDAY = "".join(f"(?<!{d})" for d in WEEKDAY_FORMS)
_PLACE_DATE = re.compile(
    r"(?P<place>[^\d,:;\n]{2,40}?)"
    + _WEEKDAY
    + r"[ ]*,[ ]*(?i:ngày)[ ]*"
    + rx.date_pattern()
    + r"|(?P<place2>[^\d,:;\n]{2,40}?)"
    + _WEEKDAY
    + r"[ ]*,[ ]*(?i:ngày)[ ]*(?P<dd>\d{1,2}|\.{2,}|…)?[ ]*tháng[ ]*(?P<mm>\d{1,2})[ ]*năm[ ]*(?P<yy>\d{4})"
)
_NUMBER_CELL = re.compile(r"(?i)^(?:Số|Số hiệu)[ ]*:[ ]*\S*[ ]*")
_KIND_NAMES = {k.upper(): k for k in KINDS} | {
    "LỜI KÊU GỌI": "Lời kêu gọi",
    "THƯ KÊU GỌI": "Lời kêu gọi",
    "THÔNG BÁO KẾT LUẬN": "Thông báo",
}
_OPENING = re.compile(r"^(?:Thực hiện|Căn cứ|Hưởng ứng|Triển khai|Nhằm|Để|Theo|Năm \d{4}|Trong|Qua)\b")
# an opening that is a title when it stands right under the kind line ("KẾ HOẠCH" / "Thực hiện phong trào thi đua
# “...”. Năm học 2019 – 2020", "Triển khai Cuộc thi viết ..."): not a basis naming a document ("Thực hiện Kế hoạch
# số ...", "Căn cứ ...")
_TITLE_OPENING = re.compile(
    r"^(?:Thực hiện|Triển khai|Hưởng ứng)[ ](?!(?:các[ ]|những[ ])?(?:" + rx.KIND_CITE_RE + r"|văn bản|công văn)\b)"
    r"(?![^\n]*\d{1,5}[a-zđ]?[ ]?/[ ]?[A-ZĐ])",
    re.I,
)
_HEAD_START = re.compile(r"(?i)^(?:" + rx.BODY_HEAD_RE + r"|BAN|ĐOÀN|HỘI|SỞ|BỘ|TỈNH ỦY|THÀNH ỦY|CĐCS|CĐ)\b")
_LAUNCH_VERB = re.compile(
    r"[ ](?:phát động|tổ chức phát động|(?:ban hành|xây dựng)[ ][Kk]ế hoạch)(?=[ ](?:phong trào|thi đua|đợt"
    r"|cuộc|các phong trào|kế hoạch|phát động|tổ chức|triển khai|thực hiện))"
)
_NOT_IN_NAME = re.compile(r"\b(?:ngày|số|của|về|nhằm|để|với|năm|tại|theo|đã|và các)\b")
_BODY_HEAD = rx.BODY_HEAD  # (one home: regexes.py)
_CALL = re.compile(
    r"(?:Giám đốc|Thủ trưởng|Chủ tịch|Lãnh đạo|Ban Giám đốc|lãnh đạo|Trưởng Cụm|Trưởng Khối)[ ]"
    r"(?P<body>(?:" + rx.BODY_HEAD_RE + r")[^,.;]{0,60}?)[ ](?:kêu gọi|phát động)"
)
_PLAN_END = re.compile(r"Trên đây là[^.]{0,200}?[ ]của[ ](?P<body>(?:" + rx.BODY_HEAD_RE + r")[^./]{0,60}?)[ ]?\./")
_POSITION = re.compile(
    r"^(?:(?:TM|KT|Q|TL|TUQ|T/M|K/T)\.?[ ])?(?:PHÓ[ ])?(?:GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG|BÍ THƯ|THỦ TRƯỞNG|CHÁNH|"
    r"HIỆU TRƯỞNG|VIỆN TRƯỞNG|TỔNG|CỤC TRƯỞNG|CHI CỤC TRƯỞNG|THƯ KÝ|TM\.|KT\.|PHÓ)"
)
_DELEGATION = re.compile(r"^(?:TM|KT|Q|TL|TUQ|T/M|K/T)\.?[ ]")
_NAME = re.compile(rf"^(?:(?:Ông|Bà|Đồng chí)[ ])?(?P<name>[{UPPER}][{LOWER}]+(?:[ ][{UPPER}][{LOWER}]+){{1,4}})$")
_META_LABELS = DATABASE_LABEL_RE
# A database page's metadata: "Label: value", one or several pairs on a line (two spaces apart).
# one alternation, longest first: a label inside another's match ("Tình trạng" in "Tình trạng hiệu lực") has no
# ":" after it or words before it on its line, so it would add no pair (the rest is checked per hit)
_META_LABEL = re.compile(_META_LABELS)
_META_VALUE = re.compile(r"[ ]*:[ ]*(?P<value>[^\n]{1,200}?)(?=[ ]+(?:" + _META_LABELS + r")[ ]*:|[ ]*$)", re.M)


_META_CELL = re.compile(r"^(?P<label>" + _META_LABELS + r")[ ]*:(?P<rest>.*)$")


def _table_row(line: str) -> str:
    """A database's attribute table flattened with bars ("Số hiệu: | 500/QĐ-TTg | Ngày đăng công báo: | ... |";
    "Ngày ban hành: Ngày ban hành là ngày, ... ký ban hành. | 10/04/2020 |": a label's explanation, then its
    value in the next cell) as "Label: value" pairs two spaces apart."""
    cells = [c.strip() for c in line.split("|") if c.strip()]
    out, i = [], 0
    while i < len(cells):
        m = _META_CELL.match(cells[i])
        rest = m.group("rest").strip() if m else ""
        if m and i + 1 < len(cells) and (not rest or rest.endswith(".")) and not _META_CELL.match(cells[i + 1]):
            out.append(f"{m.group('label')}: {cells[i + 1]}")
            i += 2
        else:
            out.append(cells[i])
            i += 1
    return "  ".join(out)


def _metadata(zone: str) -> dict[str, str]:
    """ "Label: value" pairs of a database page (several may share a line, two spaces apart, or in a table of
    cells between bars)."""
    if "|" in zone:
        zone = "\n".join(_table_row(line) if line.count("|") >= 2 else line for line in zone.split("\n"))
    out: dict[str, str] = {}
    for m in _META_LABEL.finditer(zone):
        prefix = zone[zone.rfind("\n", 0, m.start()) + 1 : m.start()]
        if prefix.strip() and not prefix.endswith(("  ", "\t")):
            continue  # the words inside a sentence, not a label
        v = _META_VALUE.match(zone, m.end())
        if v:
            out.setdefault(m.group(0).lower(), v.group("value").strip())
    return out


# "đến hết ngày ", "kết thúc vào ngày ", ...: each lead word scanned on its own (a fast literal scan)
_PERIOD_END_LEAD = AnyOf("đến (?:hết ngày |hết |ngày )?", "kết thúc (?:vào ngày |ngày )?", "trước ngày ")
_PERIOD_START_LEAD = AnyOf("bắt đầu từ (?:ngày )?", "Bắt đầu từ ", "kể từ (?:ngày )?", "Kể từ (?:ngày )?")
_DATE_HERE = re.compile(rx.date_pattern())
_AWARD_LINE = AnyOf(
    *(
        lead + r"[ ]*:?[ ]*(?P<forms>[^\n]{3,300})"
        for lead in ("hình thức khen thưởng", "Hình thức khen thưởng", "HÌNH THỨC KHEN THƯỞNG")
    )
)


_HEAD_ZONE = 6000  # a header or a database's metadata block sits in the first few thousand characters


def _split_columns(line: str, motto: bool = True) -> list[str]:
    """A flattened two-column header line: drop the national motto, split on wide gaps."""
    if motto:
        line = _MOTTO.sub("  ", line)
    return [p.strip() for p in _COLUMN_GAP.split(line) if p.strip() and not _RULE_LINE.match(p)]


_KIND_WITH_TITLE = re.compile(
    r"^(?P<kind>"
    + "|".join(sorted((re.escape(k) for k in _KIND_NAMES if " " in k or len(k) > 6), key=len, reverse=True))
    + r")[ ](?P<title>(?:PHONG TRÀO|THI ĐUA|TỔ CHỨC|TRIỂN KHAI|VỀ|ĐỢT|THỰC HIỆN|HƯỞNG ỨNG|PHÁT ĐỘNG)\b.{3,})$"
)
_KIND_CAPS_THEN_TITLE = re.compile(
    r"^(?P<kind>"
    + "|".join(sorted((re.escape(k) for k in _KIND_NAMES if k.isupper()), key=len, reverse=True))
    + rf")[ ]+(?P<title>[{UPPER}][{LOWER}]+[ ][^\n]{{8,}})$"
)
# "KẾ HOẠCH ( V/v phát động phong trào “Hoa điểm 10 ” )": the kind line with the subject beside it
_KIND_WITH_SUBJECT = re.compile(
    r"^(?P<kind>"
    + "|".join(sorted(map(re.escape, _KIND_NAMES), key=len, reverse=True))
    + r")[ ]*\(?[ ]*(?:V/v|v/v|V/V|Về việc|về việc)[ :.]*(?P<title>\S.{3,}?)[ ]*\)?$"
)
_COLUMN_GAP = re.compile(r"[ ]{3,}|\t|[ ]?[|│][ ]?")
_RECIPIENTS_HEAD = re.compile(r"(?i)^[ *]*Nơi nhận")
_NUMBER_HEAD = re.compile(r"(?i)^(?:Số|Số hiệu)\b")


def _is_caps(text: str) -> bool:
    head = text[:300]
    if not head.isupper():  # a lower-case letter, or no letter at all: most lines end here
        return False
    letters = [c for c in head if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def own_symbols(lines_text: str) -> list[str]:
    """Numbers the document gives itself: a header "Số:" and a database's "Số hiệu:"."""
    found = []
    for m in rx.OWN_NUMBER.finditer(lines_text[:_HEAD_ZONE]):
        sym = symbol_text(m.group("symbol")).rstrip(".,;")
        if "/" in sym or "-" in sym:
            found.append(sym)
    return found


_CELL_MARK = re.compile(r"^[|│]$")
_CELL_END = re.compile(r"^[^|│]*\S[ ]+[|│]$")  # one cell's last line, not a row of cells


# where a header's number ends: a column gap, the place of its date line, the next attribute of a database
_SYMBOL_END = re.compile(
    r"[ ]{2,}|[ ](?=[^\W\d][\w. ]{0,30},[ ]*ngày)|[ ](?=(?:" + _META_LABELS + r")[ ]*:)"
    rf"|[ ](?=[{UPPER}][{LOWER}]+[ ])"  # ("Số 01/CT-UBND Chỉ thị về ...": the words after the number)
)
_MERGED_NUMBER = re.compile(r"(?P<before>.*?)[ ]Số[ ]*:[ ]*\d{1,5}[a-z]?[ ]?[/\-][ ]?[A-ZĐ]")
# "Số hiệu: 67/KH-UBND", "Số hiệu 67/KH-UBND": a database's attribute, not the document's "Số:" line
_BARE_HEAD = re.compile(r"(?i)^(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd|hội đồng nhân dân|hđnd)$")  # no place
_LETTER_SPACED = re.compile(r"^(?:\w[ ]){4,}\w$")
_SPACE_AFTER_DASH = re.compile(r"(?<=[A-ZĐ])([\-–])[ ]+(?=[A-ZĐ])")
_ACTS_TITLE = re.compile(r"(?i)^(?:ban[ ]hành|phê[ ]duyệt|về[ ]việc)\b")
_MOTTO_AFTER = re.compile(r"[ ]+(?:CỘNG[ ]HÒA|CỘNG[ ]HOÀ|Độc[ ]lập[ ][-–]).*$")
# (beside the number when the header's cells were joined: "Số: 15764/BTC-TĐKT V/v: tổng kết ..."; in quotes)
_SUBJECT_LINE = re.compile(r"(?:^|(?<=[ “\"]))(?:V/v|V/V|v/v|Về việc)[ :.]+(\S.{8,300})$")
_META_NUMBER = re.compile(r"(?i)^(?:Số hiệu|Số ký hiệu)(?:[ ]*:|[ \t]+(?=\S*\d))")
_LOOKS_NUMBERED = re.compile(r"\d[^\s]*[/\-]|[/\-][ ]?[A-ZĐ]")  # "45/KH-UBND", "15-CT/TU", "Số: /PĐ-CTĐ"


def _is_stamp(line: str) -> bool:
    """A page's date stamp ("Cập nhật:21/04/2022 9:37:59 SA", "12/10/2020 - 14:28"): furniture with a date."""
    return rx.CHROME_LINE.match(line) is not None and re.search(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}", line) is not None


def _anchors(line: str) -> bool:
    """The national motto or a "Số:" line (literal hints first: most lines are neither)."""
    if ("Số" in line or "SỐ" in line) and (m := _NUMBER_LINE.match(line)):
        if _LOOKS_NUMBERED.search(m.group("symbol")):
            return True
        if (spaced := _NUMBER_ANY.match(line)) and _LOOKS_NUMBERED.search(spaced.group("symbol")):
            return True  # ("Số:  26  -CTr/TWĐTN-VP": the number typed with spaces around it)
    if "Số" in line and "ngày" in line and (m := _MERGED_NUMBER.search(line)) and _PLACE_DATE.search(m.group("before")):
        return True  # the two header columns merged onto one line: "…, ngày 08 tháng 11 năm 2021 Số: 10-KH/LĐ"
    return ("Nam" in line or "NAM" in line or "húc" in line or "HÚC" in line) and _MOTTO.search(line) is not None


def _header_lines(lines_text: str) -> tuple[list[str], bool]:
    """The first lines, as the header's cells: a legal database renders the two-column header as a table
    whose cells come one after another between lone "|" lines ("ỦY" / "BAN NHÂN DÂN" / "TỈNH X" / "|");
    each run between two marks is one cell.  The header starts at its anchor (the national motto or the
    "Số:" line, with the body lines just above it), so that page furniture before it is not taken for a
    body.  Also says whether such an anchor was found."""
    raw = [line.strip().lstrip("•·▪●◦ ") for line in lines_text[:12000].split("\n") if line.strip(" •·▪●◦")]
    # a cell closed on its own last line ("Số: 180/KH-THCSTrC |"): the mark on a line of its own
    raw = [
        part
        for line in raw
        for part in ((line[:-1].rstrip(), line[-1]) if line[-1:] in ("|", "│") and _CELL_END.match(line) else (line,))
    ]
    marks = [i for i, line in enumerate(raw[:80]) if _CELL_MARK.match(line)]
    if len(marks) >= 2:
        merged: list[str] = []
        run: list[str] = []

        def flush() -> None:
            parts = [p for p in run if not _RULE_LINE.match(p)]
            if len(parts) >= 2 and all(_HEAD_START.match(p) and " " in p for p in parts):
                merged.extend(parts)  # whole body lines ("UBND QUẬN X" / "TRƯỜNG THCS Y"), not one name's pieces
            else:
                merged.append(" ".join(parts))
            run.clear()

        for i, line in enumerate(raw):
            if _CELL_MARK.match(line) and i <= marks[-1]:
                flush()
            elif i < marks[-1]:
                if run and _NUMBER_LINE.match(line):  # the number line ends the body's cell above it
                    flush()
                run.append(line)
            else:
                flush()
                merged.append(line)
        raw = [m for m in merged if m]
    anchors = [i for i, line in enumerate(raw[:60]) if _anchors(line)]
    # a database's "Số hiệu:" line comes before the document's own header: the header is the anchor then
    anchor = next((i for i in anchors if not _META_NUMBER.match(raw[i])), anchors[0] if anchors else None)
    if anchor:
        start = anchor
        while (
            start > 0
            and anchor - start < 4
            and (_is_caps(raw[start - 1].split("|")[0]) or _RULE_LINE.match(raw[start - 1]))
        ):
            start -= 1
        raw = raw[start:]
    return raw, anchor is not None


def document_info(lines_text: str, body: str, first_section: int) -> DocumentInfo:
    lines, anchored = _header_lines(lines_text)
    lines = _joined_dates(lines)
    nonempty = [(0, line) for line in lines]
    info: dict[str, object] = {}
    meta = _metadata(lines_text[:_HEAD_ZONE])

    # --- header zone: up to the first opening sentence or long line
    header: list[str] = []
    kind_idx = -1
    seen_anchor = False
    basis_next = False  # the header ends on "Căn cứ ...": a legal text's authority line may stand just above
    for _, line in nonempty[:40]:
        if _COUNTER.match(line) or _FONT_BUTTONS.match(line):
            continue  # a site's visit counter ("Hôm nay : 11", "Năm 2021 : 1.179"), its font-size buttons ("A- A
            # A+ | Tăng tương phản"): furniture, no opening, no body
        right_under_kind = kind_idx >= 0 and kind_idx == len(header) - 1
        if _OPENING.match(line) and not (right_under_kind and _TITLE_OPENING.match(line)):
            basis_next = line.startswith("Căn cứ")
            break
        title_next = right_under_kind and len(line) <= 400
        if len(line) > 160 and not _anchors(line) and not title_next:  # (a header flattened onto one long line still
            # is the header; a long title goes under its kind line)
            if anchored and not seen_anchor:
                continue  # a flattened copy of the header above it, on a database page
            break
        seen_anchor = seen_anchor or _anchors(line)
        if kind_idx < 0 and seen_anchor and (joined := _KIND_WITH_SUBJECT.match(line.strip(" *"))):
            header.extend([joined.group("kind"), joined.group("title")])
            kind_idx = len(header) - 2
            continue
        if (
            kind_idx < 0
            and (joined := _KIND_CAPS_THEN_TITLE.match(line.strip(" *")))
            and any(_PLACE_DATE.search(h) or _MOTTO.search(h) for h in header)  # (under the header, not a headline)
        ):
            # "KẾ HOẠCH Phát động phong trào xây dựng Công trình măng non cấp Liên Đội": the kind line and its title
            # in small letters run together
            header.extend([joined.group("kind"), joined.group("title")])
            kind_idx = len(header) - 2
            continue
        if kind_idx < 0 and seen_anchor and _is_caps(line) and (joined := _KIND_WITH_TITLE.match(line.strip(" *"))):
            # "PHÁT ĐỘNG PHONG TRÀO THI ĐUA": the kind line and the title's first line run together
            header.extend([joined.group("kind"), joined.group("title")])
            kind_idx = len(header) - 2
            continue
        header.append(line)
        if kind_idx < 0 and line.upper().strip(" *") in _KIND_NAMES and _is_caps(line):
            kind_idx = len(header) - 1
    if kind_idx >= 0 and not anchored and any(_is_stamp(line) for line in header[kind_idx + 1 : kind_idx + 4]):
        kind_idx = -1  # "THÔNG BÁO" / "Thông báo về việc ..." / "Cập nhật:21/04/2022 9:37:59 SA": a portal's section
        # over a headline and its stamp, no document's kind line
    symbol = None
    for line in header[: kind_idx if kind_idx >= 0 else len(header)]:
        m = (_NUMBER_ANY.search(line) or _NUMBER_LINE.match(line)) if "Số" in line or "SỐ" in line else None
        if m and symbol is None:
            sym = _SPACE_AFTER_DASH.sub(r"\1", squash(m.group("symbol")))  # ("734/KH- SXD")
            sym = _SYMBOL_END.split(sym, maxsplit=1)[0]
            if _LOOKS_NUMBERED.search(sym) or not re.search(r"[\w]", sym):  # "Số trang 19" counts pages
                symbol = symbol_text(sym)
        pd = (
            None
            if "ngày" not in line
            else next(
                filter(
                    None,
                    (
                        _PLACE_DATE.search(squash(_NUMBER_CELL.sub("", part)))  # (the number's cell before it
                        for part in (*_split_columns(line), line)  # on one line: "Số: 16/KH-ĐTN     Cư Kuin, ngày
                    ),  # tháng 1 năm 2018", its blank day split off as a column too)
                ),
                None,
            )
        )
        if pd and "date" not in info:
            place = pd.group("place") or pd.group("place2")
            place = _MOTTO.sub("", place or "")
            place = re.sub(r"^.*(?:Số|Số hiệu)[ ]*:[ ]*\S+[ ]*", "", place).strip(" -,")
            info["place"] = squash(place) or None
            if pd.group("place"):
                info["date"] = iso_date(pd.groupdict())
            else:
                info["year"] = int(pd.group("yy"))
    if "số hiệu" in meta and not symbol:
        symbol = symbol_text(meta["số hiệu"])
    info["symbol"] = symbol or None

    # bodies: the left column of the lines before the number / kind line (of a header: a page's menus and
    # banners in capitals, before any motto, "Số:" or kind line, are not bodies)
    bodies: list[str] = []
    stop = kind_idx if kind_idx >= 0 else (len(header) if anchored else 0)
    numbered = False
    for line in header[:stop]:
        if _PLACE_DATE.search(line) or (numbered and not _is_caps(line)):
            break
        if _NUMBER_HEAD.match(line):  # (the columns interleaved: "BAN CHẤP HÀNH TRUNG ƯƠNG" / "Số: 26-CTr/TWĐTN-VP" /
            numbered = True  # "ĐOÀN TNCS HỒ CHÍ MINH" / "Hà Nội, ngày ...": the left column goes on after the number)
            continue
        if numbered and (_MOTTO.search(line) or _MOTTO_LEAKED.search(line)):
            break
        # (a whole header flattened onto one line, "LĐLĐ HUYỆN X   CỘNG HÒA ... VIỆT NAM CĐCS TRƯỜNG Y   Độc lập
        # ...": the motto's halves stood in the right column, each body line of the left one is left of them)
        flat = _MOTTO.search(line) is not None and len(_MOTTO.findall(line)) >= 2
        squashed = squash(line)  # (its letters spaced: one name, not columns)
        for part in [squashed] if _LETTER_SPACED.match(squashed) else _split_columns(line)[: None if flat else 1]:
            if not _is_caps(part) or _KIND_NAMES.get(part.upper()):
                continue
            if bodies and not _HEAD_START.match(part) and not flat:
                bodies[-1] = bodies[-1] + " " + part
            else:
                bodies.append(part)
    bodies = [b for b in bodies if not _MOTTO_LEAKED.search(b)]  # (a form's cells run into the motto: "Đơn vị cấp
    # trên cộng hòa xã Hội Chủ Nghĩa Việt Đơn Vị Đề Nghị Nam ...", no body)
    if bodies and _LETTER_SPACED.match(bodies[-1]):  # "T H Ủ T Ư Ớ N G C H Í N H P H Ủ": a name typed with its
        authority = _authority_line(lines_text)  # letters spaced, spelt out by the authority line above "Căn cứ"
        spelt = authority if authority and authority.replace(" ", "") == bodies[-1].replace(" ", "") else None
        bodies = [*bodies[:-1], spelt] if spelt else bodies[:-1]
    if bodies:
        info["issuer"] = body_case(bodies[-1])
        if len(bodies) > 1:
            info["parent"] = body_case(bodies[-2])
    elif meta.get("cơ quan ban hành") or meta.get("nơi ban hành"):
        info["issuer"] = squash(meta.get("cơ quan ban hành") or meta.get("nơi ban hành") or "")

    # kind and title
    kind = None
    title_lines: list[str] = []
    if kind_idx >= 0:
        kind = _KIND_NAMES[header[kind_idx].upper().strip(" *")]
        following = header[kind_idx + 1 :]
        for n, line in enumerate(following):
            if (
                title_lines
                and basis_next
                and n == len(following) - 1
                and _is_caps(line)
                and (_POSITION.match(line) or _HEAD_START.match(line))
            ):
                break  # the authority line above "Căn cứ ..." ("CHÁNH ÁN TÒA ÁN NHÂN DÂN TỐI CAO"): who decides
            # (a title in capitals goes on over its lines, "CHUYỂN ĐỔI SỐ TỈNH BẮC GIANG GIAI ĐOẠN" / "2021-2025, ĐỊNH
            # HƯỚNG ĐẾN NĂM 2030", until a section, an authority line or a sentence ends it)
            caps_going_on = (
                title_lines
                and _is_caps(title_lines[0])
                and _continues(title_lines[-1])
                and not _SECTION_HEAD.match(line)
                and not _HEAD_START.match(line)
            )
            if (
                (_OPENING.match(line) and (title_lines or not _TITLE_OPENING.match(line)))
                or re.match(r"[-+•][ ]", line)  # an item of the text's first list
                or (_is_caps(line) and title_lines and not caps_going_on)
                or _RULE_LINE.match(line)
                or _ANNEX_LINE.match(line)
            ):
                break
            if title_lines and line[:1].isupper() and not _continues(title_lines[-1]):
                break
            if title_lines and _is_caps(title_lines[-1]) and not _is_caps(line) and line.rstrip().endswith((":", ".")):
                break  # the opening under a title in capitals is no part of it ("Ủy ban nhân dân tỉnh ... ban hành
                # Kế hoạch ... như sau:")
            title_lines.append(line)
            if len(title_lines) >= 4:
                break
    elif meta.get("loại văn bản"):
        kind = squash(meta["loại văn bản"])
        if _GENERIC_KIND.match(kind) and symbol:  # "Loại văn bản: Văn bản khác": the kind the page's title names
            named = re.search(  # ("Hướng dẫn số 03/HĐTĐKTTW về việc ...")
                rf"(?m)^[ ]*(?P<kind>{rx.KIND_CITE_RE})[ ](?:số[ ])?{re.escape(str(symbol))}(?![\w/])",
                lines_text[:_HEAD_ZONE],
            )
            kind = canonical_kind(named.group("kind")) if named else kind
    info["kind"] = kind
    title = squash(" ".join(title_lines)).rstrip(" .;,") if title_lines else meta.get("trích yếu")
    if not title:  # a letter (công văn) has no kind line: its subject under the number is its title
        at, subject = next(
            ((i, m) for i, line in enumerate(header) if (m := _SUBJECT_LINE.search(line.strip()))), (-1, None)
        )
        if subject:
            said = [subject.group(1)]
            for line in header[at + 1 : at + 3]:  # a subject broken over lines goes on in small letters
                if not line.strip()[:1].islower():
                    break
                said.append(line.strip())
            title = _MOTTO_AFTER.sub("", " ".join(said))  # (the cells beside it joined: "... CỘNG HÒA XÃ HỘI ...")
            title = strip_punct(title).strip('“”" ') or None
    if not title and kind_idx < 0 and symbol:  # numbered, its kind line lost: the capitals under the date line
        dated = next((i for i, line in enumerate(header) if _PLACE_DATE.search(line)), None)
        for line in header[dated + 1 :] if dated is not None else []:
            cells = _split_columns(line)
            if (
                cells
                and _is_caps(cells[0])
                and (not _HEAD_START.match(cells[0]) or _ACTS_TITLE.match(cells[0]))
                and len(cells[0]) > 12
            ):  # ("BAN HÀNH QUY CHẾ ...": a decision's title opens on its verb, not on a body's "BAN")
                title = strip_punct(cells[0])
                break
    if title:
        title = re.sub(r"^(?:V/v|Về việc)[ :]+", "", title).strip()
        named = _TITLE_NAMES_ISSUER.match(title)
        if named:  # "CHỈ THỊ / CỦA BỘ CHÍNH TRỊ VỀ ...": a Party document's title names the body that issues it
            # (under the header's "BAN CHẤP HÀNH TRUNG ƯƠNG", or a database's "Nơi ban hành")
            info["issuer"] = clean_body(
                body_case(named.group("body")) if named.group("body").isupper() else named.group("body")
            )[0]
            title = title[named.start("rest") :]
            if named.group("symbol") and not info.get("symbol"):
                info["symbol"] = symbol_text(named.group("symbol"))
                info["date"] = info.get("date") or iso_date(named.groupdict())
    info["title"] = title or None

    annexed = _annexed_to(lines_text)  # "(Kèm theo Quyết định số ... của X)": read once, for the issuer and the year
    # issuer from the body when the header has none, or only its head without the place ("ỦY BAN NHÂN DÂN |"
    # over a lost "TỈNH AN GIANG", then "ỦY BAN NHÂN DÂN TỈNH AN GIANG" above "Căn cứ ...")
    issuer = str(info.get("issuer") or "")
    if not issuer or (_BARE_HEAD.match(issuer) and not info.get("parent")):
        authority = _authority_line(lines_text)
        if not issuer:
            found = (annexed[0] if annexed else None) or authority or _issuer_from_body(body)  # an annex is issued
            # by the document it goes with
            info["issuer"] = clean_body(found)[0] if found else None
        elif names_in_full(issuer, authority):
            info["issuer"] = clean_body(str(authority))[0]
        elif (place := str(info.get("place") or "")) in PROVINCES:  # ("An Giang, ngày 11 tháng 9 năm 2023": a
            # province's committee dates its documents in the province's name)
            info["issuer"] = f"{issuer} {'thành phố' if place in CENTRAL_CITIES else 'tỉnh'} {place}"

    if annexed and annexed[2] and not info.get("symbol"):  # a plan with no number of its own, issued with a
        info["symbol"] = annexed[2]  # decision ("(Kèm theo Quyết định số 141/QĐ-TANDTC ngày 31/5/2022 ...)"), is
        info["date"] = info.get("date") or annexed[1]  # known by that decision's number and day
    # year: the header date, else the date of the document it is annexed to, else the title, else the body's most
    # frequent "năm YYYY"
    date = info.get("date")
    annex_day = annexed[1] if annexed and not date and not info.get("year") else None
    if date:
        info["year"] = int(str(date)[:4])
    elif annex_day:
        info["year"] = int(annex_day[:4])
    elif not info.get("year"):
        years = named_years(title or "")
        if years:
            info["year"] = years[-1]
        else:
            counted = Counter(_plain_years(body[: first_section if first_section > 0 else 4000]))
            counted.update(_plain_years(body))
            for old in [y for y in counted if int(y) < HISTORY_BEFORE]:  # history the text recalls ("Phong trào
                del counted[old]  # Đồng Khởi năm 1960"), not its year
            info["year"] = int(counted.most_common(1)[0][0]) if counted else None
    if not info.get("date") and meta.get("ngày ban hành"):
        dm = rx.DATE_RE.search(meta["ngày ban hành"])
        if dm:
            info["date"] = iso_date(dm.groupdict())
            info["year"] = int(str(info["date"])[:4])

    recipients, signer = _footer(lines_text)
    if signer.name is None and meta.get("người ký"):
        signer = Signer(name=squash(meta["người ký"]), position=signer.position)
    period_start, period_end = _period(body)
    return DocumentInfo(
        kind=kind,
        symbol=info.get("symbol"),
        date=info.get("date"),
        year=info.get("year"),  # type: ignore[arg-type]
        place=info.get("place"),
        issuer=info.get("issuer"),
        parent=info.get("parent"),  # type: ignore[arg-type]
        title=info.get("title"),
        signer=signer,
        recipients=tuple(recipients),  # type: ignore[arg-type]
        period_start=period_start,
        period_end=period_end,
        award_forms=tuple(_awards(body)),
        own_symbols=tuple(own_symbols(lines_text)),
    )


_TITLE_NAMES_ISSUER = re.compile(
    rf"^(?:CỦA|của|Của)[ ](?P<body>(?:{rx.BODY_HEAD_RE}|{rx.BODY_HEAD_RE.upper()})\b[^,;:()]{{0,80}}?)[ ]"
    # (the old gazette's heading names its number and day too: "CHỈ THỊ / CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 17/2006/CT-TTG /
    # NGÀY 08 THÁNG 5 NĂM 2006 VỀ VIỆC PHÁT ĐỘNG THI ĐUA ...")
    r"(?:(?:SỐ|số)[ ](?P<symbol>\d{1,5}[^\s,;]*/[^\s,;]+)[ ](?:(?:NGÀY|ngày)[ ](?P<d>\d{1,2})[ ](?:THÁNG|tháng)[ ]"
    r"(?P<m>\d{1,2})[ ](?:NĂM|năm)[ ](?P<y>(?:19|20)\d\d)[ ])?)?"
    r"(?P<rest>(?:VỀ|về|Về)[ ].+)$"
)


# "(Kèm theo Quyết định số 666/QĐ-TTg ngày 02 tháng 6 năm 2022 của Thủ tướng Chính phủ)", "(Ban hành kèm theo ...)":
# the text is an annex of that document (its title ends above the line; its issuer is that document's)
_ANNEX_LINE = re.compile(r"^\(?[ ]?(?:[Bb]an hành[ ])?[Kk]èm theo\b")
_ANNEXED_TO = re.compile(
    r"\([ ]?(?:[Bb]an hành[ ])?[Kk]èm theo[ ](?P<kind>" + rx.KIND_CITE_RE + r")\b(?P<said>[^()]{0,120}?)[ ]của[ ]"
    r"(?:" + rx.POST_RE + r"[ ])?"  # ("của Chánh án Tòa án nhân dân tối cao": the head signs for the court)
    r"(?P<body>(?:" + rx.BODY_HEAD_RE + r")\b[^()]{0,120}?)[ ]?\)"
)


def _annexed_to(lines_text: str) -> tuple[str, str | None, str | None] | None:
    """The body that issued the document this text is annexed to, that document's date (ISO) and, for a decision
    that issues it, its number, if stated."""
    m = _ANNEXED_TO.search(re.sub(r"[ ]*\n[ ]*", " ", lines_text[:_HEAD_ZONE]))
    if not m:
        return None
    day = rx.DATE_RE.search(m.group("said"))
    number = rx.SYMBOL.search(m.group("said")) if canonical_kind(m.group("kind")) == "Quyết định" else None
    # (a decision issues the text it goes with, which is known by its number; a guidance's outline is its own)
    return (
        squash(m.group("body")),
        iso_date(day.groupdict()) if day else None,
        symbol_text(number.group(0)) if number else None,
    )


_COUNTER = re.compile(r"^[^\d:]{0,20}(?:[ ](?:19|20)\d\d|[ ]\d{1,2})?[ ]?:[ ]?\d[\d.,]*$")
_VISITS_IN_YEAR = re.compile(r"\b[Nn]ăm[ ](?:19|20)\d\d[ ]?:[ ]?\d[\d.,]*")
_FONT_BUTTONS = re.compile(r"^A-?[ ]?A[ ]?A\+")
_SECTION_HEAD = re.compile(
    r"^(?:[IVX]{1,4}[.)/]|[IVX]{1,4}[ ]?[-–][ ]|\d{1,2}[.)][ ]|PHẦN|Phần|(?:CHƯƠNG|Chương)(?![ ](?:TRÌNH|trình)\b)"
    r"|Điều|ĐIỀU)"  # ("CHƯƠNG TRÌNH ...", a programme, goes on a title: no chapter)
)


def _continues(previous: str) -> bool:
    return not previous.rstrip().endswith((".", ":", ";"))


def _authority_line(lines_text: str) -> str | None:
    """The authority line of a legal text (Nghị định 30/2020/NĐ-CP, Phụ lục I): the issuing body in capitals on
    its own line after the title and before the first "Căn cứ" ("ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU", "CHỦ TỊCH ỦY
    BAN NHÂN DÂN TỈNH X", "BỘ TRƯỞNG BỘ NỘI VỤ")."""
    lines = [line.strip() for line in lines_text[:4000].split("\n")[:40]]
    basis = next((i for i, line in enumerate(lines) if line.startswith("Căn cứ")), None)
    if basis is None:
        return None
    found = [
        line
        for line in lines[max(0, basis - 6) : basis]
        if line.isupper() and len(line) <= 120 and _HEAD_START.match(line) and not re.search(r"[\d:;.]", line)
    ]
    return body_case(found[-1]) if found else None


_DATE_BROKEN = re.compile(r",[ ]*(?i:ngày)[ ]*\d{1,2}(?:[ ]*tháng[ ]*\d{1,2})?[ ]*$")
_DATE_CONTINUES = re.compile(r"^(?:tháng[ ]*\d{1,2}[ ]*)?năm[ ]*(?:19|20)\d\d\b")


def _joined_dates(lines: list[str]) -> list[str]:
    """The header's lines with a date line broken across two joined again ("X, ngày 30" / "tháng 5 năm 2025")."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if i < 40 and out and _DATE_CONTINUES.match(line) and _DATE_BROKEN.search(out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


_DATED_YEAR = re.compile(r"tháng[ ]?\d{1,2}[ ]năm[ ](?:19|20)\d\d")


def _plain_years(text: str) -> list[int]:
    """The years ``text`` names as "năm YYYY" on their own: a day's year ("ngày 27 tháng 02 năm 1955", the day of a
    law or of history) dates something else."""
    return named_years(_DATED_YEAR.sub(" ", _VISITS_IN_YEAR.sub(" ", text)))  # (nor a visit counter's "Năm 2021 :
    # 1.179")


def _issuer_from_body(body: str) -> str | None:
    head = body[:6000]
    for m in _LAUNCH_VERB.finditer(head):
        if told_as_history(head, m.start()) or by_uncle_ho(head, m.start()):
            continue  # "ngày 03/9/1945, Chủ tịch Hồ Chí Minh đã đề nghị ... phát động ...": history recalled
        start = max(0, m.start() - 120)
        window = head[start : m.start()]
        cut = max(window.rfind(". "), window.rfind("; "), window.rfind("\n"))
        window = window[cut + 1 :] if cut >= 0 else window
        # the earliest body head whose phrase runs clean up to the verb
        for h in _BODY_HEAD.finditer(window):
            if (h.start() > 0 and window[h.start() - 1].isalpha()) or re.search(r"(?:của|do)[ ]$", window[: h.start()]):
                continue
            if rx.NOT_A_BODY.match(window, h.start()):
                continue  # "Quang cảnh Hội nghị phát động ...": an event
            cand = strip_punct(window[h.start() :])
            # "Trung tâm kiểm nghiệm ... trực thuộc Sở Y tế tỉnh X (Trung tâm)": the body, not its parent, nor the
            # short name it is given
            cand = strip_punct(without_short_name(cand).split(" trực thuộc ")[0])
            if cand and len(cand.split()) <= 12 and not _NOT_IN_NAME.search(cand):
                return cand
    for pattern in (_CALL, _PLAN_END):
        found = [m for m in pattern.finditer(body) if not rx.FAMILY_DOAN.match(m.group("body"))]
        if found:  # ("Giám đốc Đoàn Tiến Cường ... phát động": a person, not the Youth Union)
            return strip_punct(found[-1].group("body"))
    itself = _ISSUES_ITSELF.search(body, 0, 3000)
    return strip_punct(itself.group("body")) if itself else None


# the opening that names the text's issuer ("Thực hiện ..., Ủy ban nhân dân tỉnh ban hành Kế hoạch ... với nội dung
# cụ thể như sau:"): for a header whose issuer's cell is empty
_ISSUES_ITSELF = re.compile(
    rf"(?:^|[,;][ ]|\n)(?P<body>(?:{rx.BODY_HEAD_RE})\b[^,.;:\n]{{0,60}}?)[ ](?:xây dựng|ban hành)[ ]"
    rf"(?:{rx.KIND_CITE_RE})\b[^.\n]{{0,400}}?(?:như sau|với (?:các )?nội dung)"
)


def _footer(lines_text: str) -> tuple[list[str], Signer]:
    lines = lines_text[-20000:].split("\n")
    start = None
    for i in range(len(lines) - 1, max(-1, len(lines) - 120), -1):
        if _RECIPIENTS_HEAD.match(lines[i].strip()):
            start = i
            break
    recipients: list[str] = []
    positions: list[str] = []
    name = None
    zone = lines[start:] if start is not None else lines[-40:]
    current: str | None = None
    done = False
    for raw in zone:
        parts = (
            _split_columns(raw.replace("Nơi nhận:", "  ").replace("NƠI NHẬN:", "  "), motto=False)
            if raw.strip()
            else []
        )
        for part in parts:
            part = part.strip(" *")
            if not part:
                continue
            if _is_caps(part) and _POSITION.match(part):
                positions.append(part)
                continue
            nm = _NAME.match(part)
            if nm and (nm.group("name").split()[0] in SURNAMES or positions) and not part.startswith("-"):
                name = nm.group("name")
                continue
            if start is None or done:
                continue
            if part.startswith(("-", "+", "•")):
                if current:
                    recipients.append(current)
                current = part.lstrip("-+• ").strip()
                if re.match(r"(?i)^Lưu\b", current):
                    recipients.append(current)
                    current = None
                    done = True
            elif current is not None and not _is_caps(part):
                current = current + " " + part
    if current:
        recipients.append(current)
    recipients = [r for r in (re.sub(r"[;.:,]+$", "", squash(r)).strip() for r in recipients) if r]
    held = [p for p in positions if not _DELEGATION.match(p)]
    position = (
        "; ".join(position_case(p) for p in held)
        if held
        else (position_case(_DELEGATION.sub("", positions[-1])) if positions else None)
    )
    return recipients, Signer(name=name, position=position)


def _period(body: str) -> tuple[str | None, str | None]:
    end = start = None
    for lead in _PERIOD_END_LEAD.finditer(body):
        m = _DATE_HERE.match(body, lead.end())
        if not m:
            continue
        ctx = body[max(0, lead.start() - 200) : lead.start()].lower()
        if "thi đua" in ctx or "từ nay" in ctx or "thời gian" in ctx or "phong trào" in ctx:
            end = iso_date(m.groupdict())
            break
    for lead in _PERIOD_START_LEAD.finditer(body):
        m = _DATE_HERE.match(body, lead.end())
        if m:
            start = iso_date(m.groupdict())
            break
    return start, end


def _awards(body: str) -> list[str]:
    forms: list[str] = []
    m = _AWARD_LINE.search(body)
    if m:
        for part in re.split(r"[;]|,[ ](?=[A-ZĐ])", m.group("forms")):
            part = clean_name(part)
            if part:
                forms.append(part)
    return forms
