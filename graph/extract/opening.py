"""What the first lines of a text say about the document when it has no formal header.

Most documents reach officers as portal and newspaper pages, or as texts whose header was lost. Their
first lines still say what the document is, the way portals write news and the way plans open:

* a title line: "Kế hoạch phát động thi đua ... năm 2024", "Chỉ thị về phát động thi đua ...",
  "Hướng dẫn 2746/HD-BTĐKT của Ban Thi đua – Khen thưởng Trung ương về việc ...";
* a lead sentence that reports one document: "Ngày 15/01/2024, Sở Tài chính tỉnh X xây dựng Kế hoạch số
  25/KH-STC về phát động thi đua ...", "Chủ tịch UBND tỉnh X Nguyễn Văn A vừa ký ban hành Chỉ thị số
  03/CT-UBND ...", "Tại Chỉ thị số 08/CT-UBND ngày 06/02/2024, Chủ tịch UBND tỉnh phát động ...";
* or a lead sentence that names the body acting: "(BTV) Chiều 28/3, Khối thi đua ... tổ chức Hội nghị ký
  kết giao ước thi đua ...".

A page that reports one document describes that document (``reported``): its kind, number, date and
issuer are the document's, and the person named with the issuer is its signer, never part of the body.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from ..models import DocumentInfo, Signer
from ..vocab import ADMIN_UNITS, HISTORY_BEFORE, ISSUER_CODES, LOWER, PROVINCES, SURNAMES, UPPER, WEEKDAY_RE
from . import regexes as rx
from .citations import canonical_kind as kind_name
from .launch import (
    congress_held,
    congress_period,
    congress_year,
    held_not_before,
    held_year,
    is_launch,
    launch_year,
    looks_back,
    lunar_years,
    named_years,
    states_launch,
)
from .text import (
    body_case,
    clean_body,
    iso_date,
    names_in_full,
    split_person,
    squash,
    strip_punct,
    symbol_key,
    symbol_text,
    without_acronyms,
    without_short_name,
)
from .titles import event_title

_ZONE = 2500  # the title and the lead sentence sit in the first lines of a page

_CHROME_LINE = rx.CHROME_LINE
_PAGE_DATE = re.compile(r"(?<![\d/.\-])" + rx.date_pattern() + r"(?![\d/])")

# "(GLO)-", "(BTV)", "TUYÊN QUANG -", "Ngày 15/8,", "Chiều 28/3,", "Sáng ngày 11/3/2022,", "Vừa qua,"
_LEAD_PREFIX = re.compile(
    rf"^(?:[•·▪●◦*][ ]*)?(?:\([^)]{{1,40}}\)[.]?[ ]?[-–—]?[ ]?|[{UPPER} ]{{3,30}}[ ][-–—][ ]|[-–—][ ]"
    rf"|[{UPPER}][\w.]*(?:[ ][{UPPER}][\w.]*){{0,3}}[ ][-–—][ ])?"  # ("Điện Biên TV - Ngày 22/5, ...", " - Sáng 26-3")
    # ("Sáng qua (14-6), ...", "Chiều, ngày 19.3, ...")
    r"(?:(?:(?:Sáng|Chiều|Tối|Trưa),?[ ](?:nay[ ]|mai[ ]|qua[ ])?)?(?:ng[àa]y[ ]|Ng[àa]y[ ])?"
    r"\(?(?P<day>\d{1,2}[/.\-]\d{1,2}"
    r"(?:[/.\-](?:19|20)\d{2})?|\d{1,2}[ ]-[ ]\d{1,2}(?=,)"  # ("Sáng 27 - 7, UBND huyện ...")
    r"|\d{1,2}[ ]tháng[ ]\d{1,2}(?:[ ]năm[ ](?:19|20)\d{2})?)\)?"  # ("17 tháng 8 năm 2018")
    r"(?:[ ]tại[^,]{0,60})?,?[ ]|(?:Vừa qua|Mới đây|Hôm nay|Sáng nay|Chiều nay|Trong năm \d{4}),[ ]?)?"
)
_VERB = re.compile(  # (not a ceremony's name: "lễ ký giao ước", "Lễ phát động", "buổi ký kết")
    r"(?<![Ll]ễ)(?<!buổi)(?<!Buổi)[ ](?:(?:đã|vừa|mới|đã vừa|chính thức|cũng đã|đã chính thức|long trọng|trọng thể"
    r"|tiến hành|tích cực|chủ động|kịp thời|khẩn trương|nghiêm túc|quyết liệt|đồng loạt)[ ])*"  # ("... trong Ban đã
    # tích cực triển khai ...": the manner is not part of who acts)
    r"(?P<verb>ký ban hành|ban hành|Ban hành|ký kết|ký|xây dựng|tổ chức|phát động|triển khai|phát hành|phát đi|"
    r"thống nhất|quyết định|yêu cầu|kêu gọi|khai mạc|chủ trì|tổng kết|sơ kết|hướng dẫn|lấy ý kiến|đề nghị|có|ra quân"
    r"|ra(?=[ ](?i:Chỉ thị|Quyết định|Nghị quyết|Kết luận|Thông báo|Kế hoạch)\b))(?=[ ])"  # "đã ra Chỉ thị ...",
    # "UBND TP.HCM ra chỉ thị phát động đợt thi đua ..."
)
_KIND_AT = re.compile(  # (a joint document's kind with its qualifier: "chương trình phối hợp số 17/KHPH-..."; a
    # letter's purpose: "văn bản chỉ đạo số 3245/SKHĐT-VP")
    rf"^(?P<kind>{rx.KIND_CITE_RE}|văn bản|công văn)"
    rf"(?:[ ](?:phối hợp|liên tịch|liên ngành|chỉ đạo|hướng dẫn|đôn đốc)(?=[ ]số\b))?(?![\w])"
)
_NUMBER_AFTER_KIND = re.compile(r"^[ ]?(?:(?i:số)[ ]?:?[ ]?)?(?P<num>\d{1,5}[a-zđ]?)(?![\w/\-])")
_OF_BODY = re.compile(r"^[ ]?(?:của|do|ban hành bởi)[ ](?P<body>[^,.;:“”\"]{2,120})")
_DATE_AFTER = re.compile(r"^[ ,]{0,3}\(?(?:(?:vào[ ])?(?i:ngày)[ ]?)?" + rx.DATE)  # ("... vào ngày 15/10/2024")
_LEAD_IN = re.compile(rf"^(?:Tại|Theo|Với|Bằng|Qua)[ ](?P<kind>{rx.KIND_CITE_RE})(?![\w])")
_POSTS = re.compile(rf"^{rx.POST_RE}[ ]")
_BODY_HEAD = rx.BODY_HEAD  # (one home: regexes.py)
_PASSIVE_ACTOR = re.compile(
    rf"(?:được|do)[ ](?P<body>(?:{rx.BODY_HEAD_RE})[^,.;:“”]{{1,80}}?)[ ](?:phát động|ban hành|tổ chức|triển khai"
    r"|tuyên dương|biểu dương|tôn vinh)\b"  # ("3 tập thể và 72 cá nhân vừa được Sở LĐ-TB&XH tỉnh tuyên dương ...")
)
_PASSIVE_REPORT = re.compile(
    rf"^(?:(?:Theo|Tại|Với)[ ])?(?P<doc>(?P<kind>{rx.KIND_CITE_RE})\b[^.;:]{{0,240}}?)[ ](?:vừa|mới|đã)[ ]được[ ]"
    rf"(?P<body>(?:{rx.BODY_HEAD_RE})[^,.;:“”]{{1,80}}?)[ ](?:ký[ ])?(?:ban hành|phê duyệt|thông qua)\b"
)
# words that open like a body and are not one: events ("Hội nghị", "Hội thảo") and delegations ("Đoàn đại biểu")
_NOT_A_BODY = rx.NOT_A_BODY
_PASSIVE_END = re.compile(r"[ ](?:đã[ ]|sẽ[ ]|vừa[ ])?được$")
_BARE_HEADS = frozenset(
    {
        "Đảng bộ",
        "Chi bộ",
        "Ủy ban",
        "Uỷ ban",
        "Hội đồng",
        "Ban Chấp hành",
        "Ban Thường vụ",
        "Công ty",
        "Tổng công ty",
        "Tổng Công ty",
    }
)  # (a head alone, "tại Văn phòng Công ty": the company the page is about, unnamed)
_UNDER = re.compile(r"(?:trực[ ])?thuộc[ ]")
_EVENT_OF_HELD = re.compile(  # an event of a body, held (in the passive)
    r"\b(?:Hội[ ]nghị|hội[ ]nghị|Lễ|lễ|Buổi|buổi|Đại[ ]hội)[ ][^.;:“”]{0,160}?[ ]của[ ]"
    rf"(?P<body>(?:{rx.BODY_HEAD_RE}|Cụm)\b[^.;:“”,]{{2,80}}?)[ ](?:đã[ ])?(?:được[ ])?(?:tổ[ ]chức|diễn[ ]ra)\b"
)
# the congress of emulation of a body, by its name ("Đại hội Thi đua yêu nước Tổng công ty X lần thứ V")
_CONGRESS_OF = re.compile(
    r"\bĐại[ ]hội[ ][Tt]hi[ ]đua(?:[ ]yêu[ ]nước|[ ]Quyết[ ]thắng)?[ ]"
    rf"(?P<body>(?:{rx.BODY_HEAD_RE})\b[^.;:“”,]{{2,80}}?)[ ](?:lần[ ]thứ|\(\d{{4}})"
)
# a text's own section heading names its kind ("I. CĂN CỨ LẬP KẾ HOẠCH", "II. NỘI DUNG KẾ HOẠCH")
_OWN_KIND_SECTION = re.compile(
    r"(?m)^[ ]*(?:[IVX]{1,4}|\d{1,2})[.)/][ ]*(?:CĂN CỨ (?:LẬP|XÂY DỰNG|BAN HÀNH)|NỘI DUNG)[ ]"
    r"(?P<kind>KẾ HOẠCH|CHƯƠNG TRÌNH)\b"
)
_HELD_FOR = re.compile(  # an event that takes place somewhere, named by the cluster it is of
    r"\btại[ ][^,.;]{3,100}?,?[ ](?:đã[ ])?(?:long[ ]trọng[ ]|trọng[ ]thể[ ])?diễn[ ]ra[ ]"  # (the place set off by a
    r"(?:lễ|Lễ|hội[ ]nghị|Hội[ ]nghị|buổi|Buổi)[ ][^.;,“”]{0,160}?(?:của[ ]+)?"  # comma: "tại trụ sở X, đã diễn ra")
    r"(?P<body>(?:Khối|Cụm|khối|cụm)[ ][^.;,“”()]{3,80}?)(?=[ ]năm[ ](?:19|20)\d\d|[ ]?[.;,(]|$)"
)
_HOSTED_FOR = re.compile(  # an event a host holds for the cluster it is of ("Chiều ngày 05/4/2024, tại Sở Tài chính
    # tỉnh X đã tổ chức Hội nghị ... ký kết giao ước thi đua năm 2024 giữa các đơn vị trong Cụm thi đua số 6")
    r"(?:^|,[ ])tại[ ][^,.;]{3,100}?[ ](?:đã[ ])?tổ[ ]chức[ ](?:lễ|Lễ|hội[ ]nghị|Hội[ ]nghị|buổi|Buổi)[ ]"
    r"[^.;“”]{0,160}?"
    r"[ ](?:của|giữa[ ]các[ ](?:đơn[ ]vị|thành[ ]viên)[ ](?:trong|thuộc)|trong)[ ]"
    r"(?P<body>(?:Khối|Cụm|khối|cụm)[ ][^.;,“”()]{3,80}?)(?=[ ]năm[ ](?:19|20)\d\d|[ ]?[.;,(]|$)"
)
_LIST_OPENS = re.compile(r"[ ](?:gồm|bao gồm)(?:[ ]có)?(?:[ ][^:;.]{0,60})?:[ ]")  # members listed after a colon
_MEMBERS_LISTED = re.compile(r"(?<=\w)" + _LIST_OPENS.pattern + ".*$")  # (the list run on to the verb)
_MEMBERS_OR_ROLE = re.compile(r"(?<=\w)[ ](?:gồm|bao gồm|với vai trò|trong vai trò)[ ][^;]*$")
# a body acting with partners (or "cùng" a body: "Ban Thường trực Ủy ban MTTQ huyện cùng Ban Thường trực ... các xã")
_PARTNERS = re.compile(rf"(?<=\w)[ ](?:phối hợp|cùng với|chủ trì,? phối hợp|cùng(?=[ ](?:{rx.BODY_HEAD_RE})))[ ]")
# a lead that names, after what it tells, the document that says it: "Đó là một trong những nội dung chỉ đạo của UBND
# tỉnh X tại Kế hoạch triển khai Cuộc vận động ...", "Đó là mục đích được xác định tại Kế hoạch số 2297 của UBND tỉnh"
_THAT_IS = re.compile(
    rf"^(?:Đó|Đây)[ ](?:chính[ ])?là[^.;:“”]{{0,120}}?(?:[ ]của[ ](?P<body>(?:{rx.BODY_HEAD_RE})[^,.;:“”]{{2,80}}?)"
    rf"|[ ](?:vừa[ ]|đã[ ])?được[ ](?P<by>(?:{rx.BODY_HEAD_RE})[^,.;:“”]{{2,80}}?)"
    rf"[ ](?:thông báo|ban hành|nêu|xác định))?"
    rf"[ ](?:tại|trong)[ ](?P<doc>(?:{rx.KIND_CITE_RE}|văn bản)\b.*)$"
)  # ("Đó chính là nội dung vừa được UBND tỉnh thông báo tại văn bản số 124/TB-UBND": the lead's subject)
_ROLLED_OUT_AT = (" tổ chức", " hội nghị", " cuộc họp", " buổi họp", " phiên họp")
_HEADLINE_OF = re.compile(rf"[ ]của[ ](?P<body>(?:{rx.BODY_HEAD_RE}|Thủ tướng|Chủ tịch)[^,.;:“”]{{2,80}}?)[ ](?=về[ ])")
_NEWS_SOURCE = re.compile(r"(?i)\b(?:tin[ ]từ|nguồn[ ]tin|theo)[ ]")
_IN_PARTNERSHIP = re.compile(r"^(?:Phối hợp|Cùng với|Phối hợp cùng|Phối hợp với)[ ]")
_AND_A_POST = re.compile(r"[ ]và[ ](?=(?:Phó[ ])?(?:Chủ tịch|Giám đốc|Bí thư|Trưởng|Tổng Giám đốc)\b)", re.I)
_EVENT_BEFORE = re.compile(r"(?i)(?:đại hội|hội nghị|chào mừng|kỷ niệm|thành lập)[ ]$")
_BASIS_START = re.compile(rf"^(?:Căn cứ|Thực hiện|Triển khai|{rx.THEO}|Trên cơ sở|Hưởng ứng)\b")
_BARE_THEN = re.compile(r"[ ,]{1,2}(?:về|của|ngày|do)[ ]")  # what follows a number written without "số"
_TITLE_LEAD = re.compile(  # (what a decision does: "đã ký quyết định tặng Cờ Thi đua ...")
    r"^[ ](?i:về|phát động|triển khai|tổ chức|thực hiện|hưởng ứng|đẩy mạnh|tặng|công nhận|phê duyệt)\b"
)


# A stored page may open with the date it was published, stamped before its first words
# (" date 2025-08-18 Theo gương Bác Phường Hải Châu tuyên dương ..."; " date 2024-03 (THTG) Ngày 7-3, ...").
_STAMP = re.compile(r"^[ \t]*date[ ](?P<date>(?:19|20)\d\d-[01]\d(?:-[0-3]\d)?)(?:[ \t]+|$)")


# a headline run into its dated lead behind the paper's code: "... tuyên dương điển hình tiên tiến ĐNO - Chiều 20/8,
# UBND phường ..." (the page flattened onto one line)
_GLUED_CODE = re.compile(
    r"(?<=[^ ]{2})[ ]+(?=\(?[A-ZĐ]{2,8}\)?[ ]?[-–][ ]?(?:(?:Sáng|Chiều|Tối|Trưa)[ ])?(?:ngày[ ]|Ngày[ ])?"
    r"\d{1,2}[/.\-]\d{1,2}\b)"
)


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    stamp = _STAMP.match(text)
    for line in text[:_ZONE].split("\n"):
        skip = stamp.end() if stamp and pos == 0 else 0  # the words after a page's date stamp
        if line[skip:].strip():
            rest = line[skip:]
            at = pos + skip + len(rest) - len(rest.lstrip())
            rest = rest.strip()
            glued = _GLUED_CODE.search(rest, 20)
            if glued and glued.start() <= 250:
                out.append((at, rest[: glued.start()]))
                at, rest = at + glued.end(), rest[glued.end() :]
            out.append((at, rest))
        pos += len(line) + 1
    return out


def page_date(text: str, title: tuple[int, str] | None = None) -> str | None:
    """The date a page was published: its date stamp ("2025-08-18", or "2024-03" with the month only), else
    the furniture above its title ("Ngày đăng: 08/02/2024")."""
    stamp = _STAMP.match(text)
    dated = []
    for start, line in _lines(text)[:8]:
        if _CHROME_LINE.match(line) or len(line) < 40 or (len(line) < 80 and _STAMP_AT_END.search(line)):
            m = _PAGE_DATE.search(line)
            if m and (day := iso_date(m.groupdict())):
                dated.append((start, day))
    if stamp:  # the date the page was stored with; the page's own stamp when the two differ by day and month
        marked = stamp.group("date")  # swapped ("date 2025-07-08" over "Quang Nhân 07/08/2025 11:09": 7 August)
        y, _, rest = marked.partition("-")
        swapped = f"{y}-{rest[3:]}-{rest[:2]}" if len(rest) == 5 else None
        return next((day for _, day in dated if day == swapped and day != marked), marked)
    if len(dated) > 1 and (title := title or title_line(text)):  # a site's clock above, the date under the headline
        return next((day for start, day in dated if start > title[0]), dated[-1][1])  # (both above it: the
        # site's clock first, the item's stamp nearest the headline)
    if not dated and title and (glued := _DATE_AFTER_TITLE.search(title[1])):  # ('... nông thôn mới"(21/09/2011)')
        return iso_date(glued.groupdict())
    return dated[0][1] if dated else None


# a section's label and the item's date stamp on one line ("tin tức sự kiện Thứ Sáu, 08/05/2020, 16:10")
_STAMP_AT_END = re.compile(
    rf"(?:^|[ ])(?:(?:{WEEKDAY_RE}),?[ ])?(?:\d{{1,2}}:\d{{2}}[ ]?[-–,|][ ]?)?\d{{1,2}}([/.])\d{{1,2}}\1(?:19|20)\d\d"
    r"(?:[ ,|\-–]+\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?(?:SA|CH|AM|PM))?)?$"
)  # (a byline's stamp, its time first: "Hiền Ly (TCT Dịch vụ số Viettel) đã đăng lúc 17:33 - 26.05.2025")
_TOPIC = re.compile(
    r"(?i)thi đua|phát động|phong trào|giao ước|khen thưởng|kế hoạch|chỉ thị|nghị quyết|hướng dẫn|quyết định"
    r"|cuộc vận động|hội nghị|kỷ niệm"
)


# a portal's standing slogan above every page ("Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ
# tỉnh ... lần thứ XVII"), no headline
_SLOGAN = re.compile(
    r"(?i)^(?:quyết tâm thực hiện thắng lợi nghị quyết đại hội|nhiệt liệt chào mừng|mừng đảng,? mừng xuân)"
)
_BANNER = re.compile(r"(?i)^(?:nhiệt liệt chào mừng|chào mừng|chúc mừng|tin tức|tin hoạt động|thông báo)\b")
_CAPTION = re.compile(  # a photo's caption: "... Ảnh: TTXVN", "(Ảnh minh họa)", "Quang cảnh Hội nghị ..."
    r"(?:^|[ .(\-–])(?:Ảnh|ẢNH|Nguồn ảnh)(?:[ ]minh[ ]họa)?[ ]?:[ ]?\S|\((?:Ảnh|ảnh)[ ][^()]{2,60}\)$"
    r"|^(?:Quang cảnh|Toàn cảnh|Cảnh)[ ](?:hội nghị|Hội nghị|buổi|lễ|Lễ|đại hội|Đại hội)\b"
)
_TITLE_WITHIN = 24  # lines: a portal's menus may come before the headline


def title_line(text: str) -> tuple[int, str] | None:
    """A page's headline or a text's title: the first line of running words (past page furniture) that
    speaks of the subject, else the first line of running words; a headline the page cut short ("... chào mừng
    “Kỷ niệm 80 năm Ngà...") is the one given in full below it."""
    found = _title_line(text)
    if found and found[1].endswith(("...", "…")):
        head = found[1].rstrip(".… ")
        for start, line in _lines(text)[:_TITLE_WITHIN]:
            if start > found[0] and len(line) > len(head) and line.startswith(head):
                return start, line
    return found


def _title_line(text: str) -> tuple[int, str] | None:
    first = capitals = None
    for start, line in _lines(text)[:_TITLE_WITHIN]:
        if len(line) > 250 and _LEAD_PREFIX.match(line).group("day") and _TOPIC.search(line):  # type: ignore[union-attr]
            break  # the dated lead ("Sáng ngày 07/4/2023, huyện X tổ chức ..."): the story began, no headline above
            # (a site's dated ticker on exchange rates is furniture)
        if first is not None and len(line) > 250 and _TOPIC.search(line) and _ENDS_SENTENCE.search(line):
            break  # a lead in full sentences under the headline found: the story began
        long_title = 250 < len(line) <= 500 and _KIND_AT.match(line) and not _TWO_SENTENCES.search(line)
        # (a document's title may run long: "Kế hoạch Phát động phong trào thi đua chào mừng ... và ..., ...")
        if (
            _CHROME_LINE.match(line)
            or not (20 <= len(line) <= 250 or long_title)
            or not re.search(rf"[{LOWER}]{{2}}", line.lower())
        ):
            continue
        if line[0].islower() or _SLOGAN.match(line):
            continue  # a site's banner in small letters ("công đoàn trường đhsp hà nội"): headlines open in capitals
        if "|" in line or _CAPTION.search(line) or "://" in line:  # (or a banner's image: "...xã Thạch Kimhttps://...")
            continue  # a menu ("BAN TUYÊN GIÁO TỈNH UỶ | TIN HOẠT ĐỘNG"), a photo's caption ("... Ảnh: TTXVN")
        if line.isupper():  # a banner, or a headline in capitals ("TỔNG KẾT CỤM THI ĐUA ... NĂM 2026")
            if _TOPIC.search(line) and not _BANNER.match(line):
                capitals = capitals or (start, line)
            continue
        item = _ITEM.match(line)
        if item:  # an article or item of the text ("3. Chánh Văn phòng ... chịu trách nhiệm thi hành ..."):
            first = first or (start + item.end(), line[item.end() :])  # a title only when nothing else is
            continue
        if _TOPIC.search(line):
            return capitals or (start, line)
        first = first or (start, line)
    return capitals or first


_ITEM = re.compile(r"^(?:\d{1,2}|[a-zđ])[.)][ ]+(?=\w)")
_ENDS_SENTENCE = re.compile(r"[.!?…][”\"]?$")


_MINISTER_OF = re.compile(  # a minister named by the ministry's name without its "Bộ" ("Bộ trưởng Tư pháp")
    r"^(?P<post>(?:Phó[ ])?Bộ trưởng[ ])(?:"
    + "|".join(
        re.escape(name[3:]) for name, level in ISSUER_CODES.values() if level == "ministry" and name.startswith("Bộ ")
    )
    + r")\b"
)


_SCHOOL_HEAD = re.compile(  # (and a hospital: "Ngày 6/5/2015, bệnh viện Nhi đồng 2 đã tổ chức ...")
    rf"\btrường(?=[ ](?:{rx.SCHOOL_TYPE_RE})(?![\w&]))|\bbệnh[ ]viện(?=[ ][{UPPER}])"
)


def _body_start(part: str) -> tuple[str, str | None, re.Match[str]] | None:
    """Where a body's name starts in a clause part, after posts and ranks ("Bộ trưởng", "Đại tướng"), a
    person's name, or "Lãnh đạo ... trong/của" (members act for their body)."""
    part = part.strip()
    part = re.split(r"[ ](?:tham mưu(?:[ ]cho)?|đề nghị|trình)[ ](?=" + rx.BODY_HEAD_RE + ")", part)[-1]
    post = None
    if minister := _MINISTER_OF.match(part):  # "Bộ trưởng Tư pháp": the minister of the Bộ Tư pháp
        post, part = minister.group("post"), "Bộ " + part[minister.end("post") :]
    m = _POSTS.match(part)
    while m:
        post = (post or "") + m.group(0)
        part = part[m.end() :]
        if m.group(0).endswith(("Trưởng Ban ", "Trưởng ban ")):  # "Trưởng Ban Tổ chức Đại hội ...": the head of
            post, part = post[:-4], "Ban " + part  # the board named after it, its post "Trưởng"
        m = _POSTS.match(part)
    head = _BODY_HEAD.search(part)
    school = _SCHOOL_HEAD.search(part)  # ("Sáng ngày 25/5, trường THPT Chuyên Hà Tĩnh đã tổ chức ...": a school as
    if school and (not head or school.start() < head.start()):  # the press writes it, in small letters)
        head = school
    if not head or (head.start() and (part[head.start() - 1].isalpha() or part[head.start() - 1] in "‘“\"'")):
        return None  # inside a word, or the first word of a quoted theme (‘Đoàn kết – Đổi mới ...’)
    at_place = re.match(r"(?i)(?:tại|ở)[ ]", part) is not None  # (where it meets: the caller looks past it)
    while head and _NOT_A_BODY.match(part, head.start()) and at_place:
        head = _BODY_HEAD.search(part, head.end())  # "tại Hội trường Khối Mặt trận ... Cụm thi đua số 2": a hall
    if not head or _NOT_A_BODY.match(part, head.start()):
        return None  # "Hội nghị", "Hội thảo": an event, not an association; "Đoàn đại biểu": a delegation
    if post is not None and _FAMILY_DOAN.match(part, head.start()):
        return None  # "Giám đốc Đoàn Tiến Cường": a person of the family Đoàn, not the Youth Union
    if head.group(0) == "Trường" and _NAME_SO_FAR.search(part, 0, head.start()):
        return None  # "BSCKII Phạm Phú Trường Giang đề nghị ...": a person's given name, not a school
    before = part[: head.start()]
    if (
        head.start()
        and post is None
        and len(before.split()) > 4
        and not at_place
        and not re.search(r"(?:trong|của)[ ]$", before)
    ):
        return None
    if _EVENT_BEFORE.search(before):
        return None  # "chào mừng Đại hội Đảng bộ tỉnh ...": an event, not the body acting
    return part, post, head


_STANDING = re.compile(r"\b(Thủ tướng|Chủ tịch)[ ]Thường trực[ ](?=Chính phủ|UBND|Ủy ban|Uỷ ban|HĐND|Hội đồng)")


def _post_and_holder(name: str) -> bool:
    """Is ``name`` a post and the person holding it, with no body ("Chủ tịch Hồ Chí Minh")?"""
    if any((alone := p.match(name + " ")) and alone.end() >= len(name) for p in (_POSTS, _POST_HEAD)):
        return True  # a post alone, its holder cut off ("được Bộ trưởng Đào Ngọc Dung phát động": "Bộ trưởng";
        # "Chủ tịch Lê Hoàng Quân yêu cầu ...": "Chủ tịch")
    post = _POST_HEAD.match(name)
    return post is not None and not _BODY_HEAD.search(name, post.end())


_EMULATION_COMMA = re.compile(r", (?!(?<=[Tt]hi đua, )[Kk]hen thưởng\b)")  # a comma, but in "Thi đua, khen thưởng"
_ISSUED = re.compile(r"\b(?:ban hành|ký)\b")
# an aside in brackets at a clause's end, not the role it holds (which names the cluster acting: "(Khối trưởng Khối Thi
# đua số 6)")
_ASIDE_AT_END = re.compile(
    r"(?<=\w)[ ]?\((?!(?i:khối|cụm)[ ](?:trưởng|phó)\b|(?i:trưởng|phó)[ ](?:khối|cụm)\b)[^()]{2,200}\)[ ]*$"
)


def actor(clause: str) -> tuple[str | None, str | None, str | None]:
    """The body that acts in a lead clause (the words before its verb) → (body, person, post).

    "Chủ tịch UBND tỉnh Gia Lai Võ Ngọc Thành" → ("Chủ tịch UBND tỉnh Gia Lai", "Võ Ngọc Thành", "Chủ tịch");
    "Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, ..., Bộ trưởng Bộ Công an" → ("Bộ Công an", None, "Bộ trưởng")."""
    listed = _MEMBERS_LISTED.search(clause)  # "Cụm thi đua số 3 ... gồm các công đoàn cơ sở: Sở A; Sở B; Sở C": the
    if listed and (without := actor(clause[: listed.start()]))[0]:  # members listed after a colon, whatever
        return without  # separates them, are not who acts
    clause = clause.rsplit(";", 1)[-1]  # the clause of the verb ("Văn phòng Huyện ủy X; đã có thành tích": none)
    if _PASSIVE_END.search(clause):
        return None, None, None  # "Đại hội ... đã được tổ chức trọng thể": what is done, not who does it
    clause = _STANDING.sub(r"\1 ", clause)  # "Phó Thủ tướng Thường trực Chính phủ": the first deputy of the head
    if (partner := _PARTNERS.search(clause)) and (without := actor(clause[: partner.start()]))[0]:
        return without  # "Ban Thường trực Ủy ban MTTQ huyện phối hợp cùng với Thường trực HĐND, UBND, Văn phòng
        # Huyện ủy tổ chức ...": the body acting, not the last of its partners
    if (members := _MEMBERS_OR_ROLE.search(clause)) and (without := actor(clause[: members.start()]))[0]:
        return without  # "Cụm Thi đua số 4 gồm các Trường THPT: Nguyễn Du, Trường Chinh, ...": its members ("Công
        # ty ... với vai trò khối trưởng thi đua năm 2016": its role) are not who acts
    if _IN_PARTNERSHIP.match(_LEAD_PREFIX.sub("", clause.strip())):
        return None, None, None  # "Phối hợp Sở Văn hóa ... tổ chức Hội thao ...": the partner of the body the page
        # is about, who goes unnamed
    if clause.rstrip().endswith(")"):  # its short name or its members aside before the verb ("Khối thi đua các
        clause = _ASIDE_AT_END.sub(
            "", clause
        )  # huyện, thành phố (Khối thi đua)", "... tỉnh (Liên đoàn Lao động, ...)")
    parts = _EMULATION_COMMA.split(_LEAD_PREFIX.sub("", clause.strip()))  # (a council named with a comma is one
    # name: "Chủ tịch Hội đồng Thi đua, khen thưởng trung ương, Thủ tướng ...")
    for i in range(len(parts) - 1, -1, -1):  # the body is the last comma part that opens with one (titles first)
        part = parts[i] if i == 0 else _DAY_OPENING.sub("", parts[i], count=1)  # (after the clause of its purpose,
        # the day it acted: "Để chào mừng ..., ngày 28 tháng 3 năm 2022 Tổng cục Thi hành án dân sự ...")
        if _BASIS_START.match(part.strip()) or _KIND_AT.match(part.strip()):
            continue  # "Thực hiện Kế hoạch ... của UBND thành phố về việc ...": a basis, not who acts
        if _UNDER.match(part.strip()):
            continue  # "Cụm thi đua số 5, thuộc Sở Giáo dục và Đào tạo": the parent the body is under, not who acts
        found = _body_start(part)
        if found:
            part, post, head = found
            tail = parts[i + 1 :]  # "Khối thi đua các sở, ngành tổng hợp": a list inside the name goes on
            if tail and re.search(r"[ ]các[ ]\w+$", part) and all(_SMALL_START.match(t) for t in tail):
                part = ", ".join([part, *tail])
            break
    else:
        return None, None, None
    if re.search(r"[ ]trực thuộc[ ]$", part[: head.start()]):  # "Trung tâm kiểm nghiệm thuốc, mỹ phẩm, thực phẩm
        # trực thuộc Sở Y tế tỉnh X (Trung tâm)": the body is the one under the parent the clause names
        whole = ", ".join(parts[: i + 1])
        under = whole.rfind(" trực thuộc ")
        heads = [h for h in _BODY_HEAD.finditer(whole, 0, under) if not (h.start() and whole[h.start() - 1].isalpha())]
        if heads:
            part, head = whole[:under], heads[-1]
    if re.search(r"[ ](?:về|V/v|v/v)(?:[ ]|$)", part[head.start() :]) or re.search(r"\bcủa[ ]$", part[: head.start()]):
        return None, None, None  # "Nghị quyết số 12 của Bộ Chính trị về đẩy mạnh xây dựng ...": the issuer of a
        # document the sentence names, not a body acting
    if re.match(r"(?i)(?:tại|ở)[ ]", part):  # "tại Sở Nội vụ tỉnh Hà Giang Khối giao ước thi đua ...": the place
        later = _ACTOR_HEAD.search(part, head.end())  # where it meets, then the body acting
        if later and not part[head.end() : later.start()].strip():
            later = _ACTOR_HEAD.search(part, later.end())  # ("tại Trường Đại học Đà Lạt": one name, one place)
        while later and (_POSTS.match(part[later.start() :]) or _NOT_A_BODY.match(part, later.start())):
            later = _ACTOR_HEAD.search(part, later.end())  # ("... - Cụm trưởng Cụm thi đua số 4": its head's post;
            # "tại Trung tâm Hội nghị tỉnh, ...", "tại Hội trường Khối Mặt trận - Đoàn thể huyện X Cụm thi đua số 2":
            # a hall, not the body acting)
        if later and not part[: later.start()].rstrip().endswith(("của", "do")):
            head = later
        elif i + 1 < len(parts):
            return None, None, None  # "tại Văn phòng Công ty, Giám đốc Đoàn Tiến Cường ...": where, not who
    concurrent = part.rfind(" kiêm ", head.start())  # "Phó Chính ủy Bộ CHQS tỉnh kiêm Chính ủy Ban Chỉ huy BĐBP tỉnh
    if concurrent > 0 and (again := _body_start(part[concurrent + 6 :])):  # X": the post held as well, and its body
        part, head = again[0], again[2]
    body, person = clean_body(part[head.start() :])
    body = without_short_name(body)
    if ":" in body:  # "Giám đốc các Sở: Nội vụ, Tài chính": a list of bodies, not one acting
        return None, None, None
    if _post_and_holder(body):
        return None, None, None  # "Chủ tịch Hồ Chí Minh": a post and its holder, no body
    if body.startswith("Phó "):  # a deputy signs for the head: the body is the head's
        post, body = (post or "") + "Phó ", body[4:]
    elif part[: head.start()].endswith(("Phó ", "phó ")) and body.startswith(("Chủ tịch ", "Giám đốc ")):
        post = (post or "") + "Phó "  # ("Phó Chủ tịch UBND thành phố Nguyễn Văn Anh đã ký": the post is the deputy's)
    body = _AND_A_POST.split(body, maxsplit=1)[0]  # "Công ty và Chủ tịch công đoàn Công ty": two posts, signing
    if len(body.split()) > 18 or not body or (" " not in body and not body.isupper()) or body in _BARE_HEADS:
        return None, None, None  # (one word in small letters, "Ban", "Sở", "Đảng bộ": the head of a name, not a body)
    body = _PARTNERS.split(body, maxsplit=1)[0]
    # ("Huyện đoàn Vị Xuyên phối hợp với xã Phú Linh tổ chức ...": the body acting, with a partner)
    post = squash(post) if post else None
    if body.startswith("Chủ tịch "):
        post = "Phó Chủ tịch" if post == "Phó" else post or "Chủ tịch"
    elif body.startswith("Giám đốc ") and post == "Phó":
        post = "Phó Giám đốc"
    return body, person, post


def lead(text: str) -> dict[str, object]:
    """What the title line and the lead sentences say: the reported document and the body acting.

    Returns a dict with any of ``title_line`` (and ``title_at``, its offset), ``kind``, ``symbol``, ``date``,
    ``issuer``, ``signer``,
    ``position``, ``reported`` (True when the page reports one document), ``self`` (True when the text
    names itself: "... ban hành Kế hoạch ... như sau"), ``span`` (offsets of the sentence that says it),
    ``lead`` (its first sentences) and ``zone`` (the title line and the lead, as one text)."""
    out: dict[str, object] = {}
    found = title_line(text)
    if found is not None:
        out["title_line"], out["title_at"] = found[1], found[0]
    dated = (
        found is not None
        and (day := _LEAD_PREFIX.match(found[1].lstrip("-–• "))) is not None
        and bool(day.group("day"))
    )
    # ("Ngày 17-1, tại huyện X, ...": the lead's first sentence, read as the lead; the headline was not kept)
    wide = _lead_sentences(text, found[0] if found and not dated else -1, _NUMBER_PARAGRAPHS)  # split once
    sentences = [(start, sentence, is_title) for start, sentence, is_title, para in wide if para <= _LEAD_PARAGRAPHS]
    out["zone"] = "\n".join(sentence for _, sentence, _ in sentences)  # what the page says itself with
    if sentences:  # and the one-sentence lines between them ("Cụm thi đua số 5 ký giao ước thi đua năm 2026.")
        end = sentences[-1][0] + len(sentences[-1][1])
        short = [line for start, line in _lines(text) if start < end and _SHORT_SENTENCE.match(line)]
        if short:
            out["zone"] = str(out["zone"]) + "\n" + "\n".join(short)
    out["lead"] = [
        sentence
        for start, sentence, is_title in sentences
        if not is_title and (dated or found is None or start > found[0] or _TOPIC.search(sentence))
    ][:3]  # (above the headline, a sentence not on the subject is a site's ticker: "Ngày 19/12/2025, tỷ giá ...")
    subject_line = _SUBJECT_OPENING.match(text[:40].lstrip()) is not None
    for n, (s_start, sentence, is_title) in enumerate(sentences):
        if subject_line:
            break  # a text opening on its subject ("Về việc phát động đợt thi đua đặc biệt ...") is the document
            # itself: "Ngày 21 tháng 5 năm 2004, Bộ Chính trị ra Chỉ thị số 39-CT/TW ..." under it is what it rests on
        got = _reported(sentence, first=not is_title and n <= 1 and found is not None, basis=bool(out.get("reported")))
        if not got and not is_title and n <= 1 and not out.get("reported"):
            got = _purpose_of(sentence)
        if got and "symbol" not in got and out.get("reported"):
            continue
        if got and out.get("reported"):  # the number of the document reported just before without one
            if (
                got.get("kind") == out.get("kind")
                and "symbol" in got
                and ("symbol" not in out or str(got["symbol"]).startswith(str(out["symbol"]) + "/"))
            ):
                out.update({k: v for k, v in got.items() if k in ("symbol", "date") and v})
                if names_in_full(out.get("issuer"), got.get("issuer")):
                    out["issuer"] = got["issuer"]
            return out
        if got:
            got["span"] = (s_start, s_start + len(sentence))
            out.update(got)
            if "symbol" in got and not got.get("issuer"):  # "Kế hoạch 6677/KH-UBND về ...": the body acting
                # in the sentences that follow ("Theo đó, Chủ tịch UBND Thành phố ... yêu cầu ...") issued it
                out["issuer"] = next(filter(None, (_acting(s)[0] for _, s, t in sentences[n + 1 :] if not t)), None)
            if ("symbol" in got and "/" in str(got["symbol"])) or got.get("self"):
                return out  # (a bare number, "Chỉ thị số 11 về ...", may be given in full after: read on)
        if "issuer" not in out or out.get("by_title"):
            body, person, post = _acting(sentence)
            if body:
                out["issuer"], out["signer"], out["position"] = body, person, post
                out["span"] = (s_start, s_start + len(sentence))
                # a headline's actor yields to the lead's; a title line of several sentences is the lead itself
                out["by_title"] = is_title and not dated and not (found and _TWO_SENTENCES.search(found[1]))
    out.pop("by_title", None)
    if not out.get("reported") and found and not subject_line and states_launch(found[1]):  # a headline that
        # launches: the document
        # that does it may be named past the lead ("..., Chủ tịch UBND tỉnh ban hành Chỉ thị số 03/CT-UBND ...")
        further = _further(wide, lambda got: "symbol" in got)
        if further:
            s_start, sentence, got = further
            if not got.get("issuer"):
                got.pop("issuer", None)  # the body the lead names acting issued it
            out.update({**got, "span": (s_start, s_start + len(sentence))})
    headed = _BODY_THEN_KIND.match(found[1]) if found and not out.get("reported") else None
    if headed:  # a headline naming a body and its document by kind ("Hội đồng Thi đua - Khen thưởng tỉnh Hướng dẫn tổ
        # chức Đại hội thi đua yêu nước ..."): the lead gives its number, after the basis ("Thực hiện ..., Hội đồng ...
        # đã ban hành Hướng dẫn số 20/HD-HĐTĐKT ngày 04/12/2019 về ...")
        kind = kind_name(headed.group("kind"))
        further = _further(wide, lambda got: "symbol" in got and got.get("kind") == kind)
        if further:
            out.update({**further[2], "span": (further[0], further[0] + len(further[1]))})
    if not out.get("reported") and not out.get("self"):  # a formal text naming itself further down ("Hội đồng
        # Thi đua - Khen thưởng tỉnh ban hành Kế hoạch ... như sau:")
        further = _further(wide, lambda got: bool(got.get("self")))
        if further:
            out.update(further[2])
    if out.get("reported") and "symbol" not in out:  # reported without its number: it may follow ("... ban
        # hành Kế hoạch số 1131/KH-UBND ..." in the text the page quotes)
        further = _further(wide, lambda got: "symbol" in got and got.get("kind") == out.get("kind"))
        if further:
            out.update({k: v for k, v in further[2].items() if k in ("symbol", "date") and v})
            if names_in_full(out.get("issuer"), further[2].get("issuer")):
                out["issuer"] = further[2]["issuer"]  # "Ủy ban nhân dân tỉnh" named in full: "... tỉnh Hà Nam"
    return out


_BODY_THEN_KIND = re.compile(rf"^(?:{rx.BODY_HEAD_RE})[^,.;:“”]{{2,80}}?[ ](?P<kind>{rx.KIND_CITE_RE})[ ](?=[a-zđ])")


def _further(
    wide: list[tuple[int, str, bool, int]], test: Callable[[dict[str, object]], bool]
) -> tuple[int, str, dict[str, object]] | None:
    """The first sentence past the title, in the first paragraphs, that reports a document passing ``test``
    (the sentences may open on their basis)."""
    for s_start, sentence, is_title, _para in wide:
        got = None if is_title else _reported(sentence, basis=True)
        if got and test(got):
            return s_start, sentence, got
    return None


_ACTOR_REACH = 300  # a reporting verb stands early in its sentence ...
_BASIS_REACH = 900  # ... unless the sentence opens on the basis the document rests on, or on its purpose ("Để công
# tác thi đua ... tiếp tục phát triển, ..., Hội đồng Thi đua - Khen thưởng Trung ương đã có Hướng dẫn 21/HD-HĐTĐKT ...")
_PURPOSE_START = re.compile(r"^(?:Để|Nhằm)[ ]")
# a full day as a lead writes it ("28/3/2022", "28 tháng 3 năm 2022"), with its time of day
_FULL_DAY = r"\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d{2}|\d{1,2}[ ]tháng[ ]\d{1,2}[ ]năm[ ](?:19|20)\d{2}"
_TIME_OF_DAY = r"(?:(?:sáng|chiều|tối|Sáng|Chiều|Tối)[ ])?(?:[Nn]gày[ ])?"
_DAY_OPENING = re.compile(rf"^[ ]*{_TIME_OF_DAY}(?:{_FULL_DAY})[ ,]+")
_SUBJECT_OPENING = re.compile(r"^(?:Về việc|V/v|V/V)[ :]")
_LEAD_PARAGRAPHS = 2  # the lead of a news item: its first paragraphs after the headline
_NUMBER_PARAGRAPHS = 5  # how far the number of a document reported without one is looked for
_SHORT_SENTENCE = re.compile(rf"^[{UPPER}][^\n]{{28,58}}[.!]$")
_TWO_SENTENCES = re.compile(rf"[^ ]{{3}}[.!?][ ]+[{UPPER}]")
_HAS_SENTENCE = re.compile(r"[.!?;:…]")
_SENTENCE_END = re.compile(rf"(?<![ (]TP\.)(?<![ (]Tp\.)(?<!\bTS\.)(?<!\bThS\.)(?<=[.!?;])[ ]+(?=[{UPPER}(])|$")


_GLUED_LEAD = 120  # a line of furniture this long carries the lead after it
_CLOCK_PREFIX = re.compile(rf"^[\d:/.\-|, ]{{5,40}}?(?=[{UPPER}])")


def _lead_sentences(
    text: str, title_at: int, paragraphs_max: int = _LEAD_PARAGRAPHS
) -> list[tuple[int, str, bool, int]]:
    """The sentences and ``;`` clauses of the title line and of the first paragraphs of running text:
    (offset, sentence, is it the title, how many paragraphs of running text precede it or hold it)."""
    out: list[tuple[int, str, bool, int]] = []
    paragraphs = 0
    found_title = next((line for start, line in _lines(text) if start == title_at), None)
    for start, line in _lines(text):
        chrome = _CHROME_LINE.match(line)
        if chrome and len(line) >= _GLUED_LEAD and (clock := _CLOCK_PREFIX.match(line)):
            start, line = start + clock.end(), line[clock.end() :]  # "17:15 25/03/2019  773Ủy viên ...": the
            # page's clock and view count glued to the lead
        elif chrome or (start != title_at and _CAPTION.search(line)):
            continue  # page furniture, a photo's caption: not what the page says
        is_title = start == title_at
        if not is_title:
            if (len(line) < 60 and not _opens_as_a_lead(line)) or (found_title and line == found_title):
                continue  # (a short line is a caption or a link, unless it opens as a lead does: "(HNMO) - Ngày
                # 30-8, huyện Sóc Sơn đã tổ chức hội thi")
            if (_HAS_SENTENCE.search(line) or start + len(line) + 1 >= len(text.rstrip())) and not (
                paragraphs == 0 and _BASIS_START.match(line.lstrip()) and not line.rstrip().endswith(":")
            ):  # (headlines run together, a caption: no sentence, not a paragraph of the lead; what the text rests
                paragraphs += 1  # on, opening it, neither: "Thực hiện ...", "Căn cứ ...", then the lead; unless
                # it goes on to what is done: "Thực hiện ..., Ủy ban nhân dân huyện có ý kiến như sau:")
            if paragraphs > paragraphs_max:
                break
        pos = 0
        for m in _SENTENCE_END.finditer(line):
            if m.start() and line[m.start() - 1] == ";" and _LIST_OPENS.search(line, pos, m.start()):
                continue  # "... gồm các công đoàn cơ sở: Sở A; Sở B; Sở C tổ chức ...": a list, one sentence
            piece = line[pos : m.start()].strip()
            if len(piece) >= 20:
                out.append((start + pos, piece, is_title, paragraphs))
            pos = m.end()
    return out


def _opens_as_a_lead(line: str) -> bool:
    """Does the line open as a news item's lead does, on its agency and its day ("(HNMO) - Ngày 30-8, ...")?"""
    prefix = _LEAD_PREFIX.match(line) if line.startswith("(") else None
    return bool(prefix and prefix.group("day"))


def _acting(sentence: str) -> tuple[str | None, str | None, str | None]:
    """The body acting in a sentence: before its verb ("Khối thi đua ... đã tổ chức ..."), after a basis
    clause ("Căn cứ ..., ngày 19/10/2018, Bộ Giáo dục và Đào tạo đã ban hành ..."), or named in the passive
    ("Đợt thi đua cao điểm được UBND tỉnh Bắc Kạn phát động")."""
    said = _SAID_FRAME.match(sentence)
    if said and not _acting(sentence[said.end() :])[0]:  # "Hội LHPN tỉnh cho biết: ..., Hội LHPN tỉnh sẽ tổ chức ...":
        body, person, post = actor(said.group("who"))  # the body that tells what it does (itself, not a person
        if body and person is None and post is None and not _NEWS_SOURCE.search(said.group("who")):  # speaking
            return body, None, None  # for it; nor the source of the news: "tin từ Văn phòng UBND tỉnh cho biết")
    held = _HELD_FOR.search(sentence, 0, _ACTOR_REACH + 150) or _HOSTED_FOR.search(sentence, 0, _ACTOR_REACH + 150)
    if held:  # "tại Sở X đã diễn ra lễ ký giao ước thi đua Khối kinh tế tỉnh Y năm 2011": the cluster whose event it
        body, person = clean_body(held.group("body"))  # is, not the host of the hall
        return body, person, None
    for v in _VERB.finditer(sentence):
        if v.start() > (_BASIS_REACH if _BASIS_START.match(sentence) else _ACTOR_REACH):
            break
        if _MODAL.search(sentence, 0, v.start()):
            break  # "UBND huyện giao UBND thị trấn ... chịu trách nhiệm tổ chức lễ công bố": a task given, not done
        if sentence.count("“", 0, v.start()) > sentence.count("”", 0, v.start()) and "”" in sentence[v.start() :]:
            continue  # a verb inside a quoted name ("... như: Cuộc vận động “Toàn dân đoàn kết xây dựng ...”")
        body, person, post = actor(sentence[: v.start()])
        if body:
            return body, person, post
    passive = None if _BASIS_START.match(sentence) else _PASSIVE_ACTOR.search(sentence[:_ACTOR_REACH])
    if passive:  # (in a basis clause, "phong trào ... do UBND tỉnh phát động" is what the page rests on)
        body, person = clean_body(passive.group("body"))
        if not _post_and_holder(body):  # ("do Chủ tịch Hồ Chí Minh phát động": a post and its holder, no body)
            return body, person, None
    held_by = None if _BASIS_START.match(sentence) else _EVENT_OF_HELD.search(sentence, 0, _ACTOR_REACH)
    if held_by:  # "Ngày 19/12/2012, Hội nghị Tổng kết ... của Cụm thi đua số 5 đã được tổ chức tại ...": its body's
        body, person = clean_body(held_by.group("body"))
        return body, person, None
    congress = None if _BASIS_START.match(sentence) else _CONGRESS_OF.search(sentence, 0, _ACTOR_REACH)
    if congress:  # "Chiều 8/9, tại Hà Nội, đã diễn ra Đại hội Thi đua yêu nước Tổng công ty (TCT) Đường sắt Việt Nam
        body, person = clean_body(without_acronyms(congress.group("body")))  # lần thứ V": the body whose congress
        if body and not _post_and_holder(body):
            return body, person, None
    for v in _VERB.finditer(sentence, 0, _ACTOR_REACH):  # a place acting as its authorities ("..., ngày 10/9,
        place = _PLACE_ACTING.search(sentence, 0, v.start())  # tỉnh Lai Châu tổ chức Đại hội ...")
        verb = v.group("verb").lower()
        if place and (
            verb in ("tổ chức", "phát động", "ban hành", "triển khai", "ký kết")
            or (verb == "có" and _KIND_AT.match(sentence[v.end() :].lstrip()))  # "Tỉnh X vừa có Kế hoạch ..."
        ):
            return place.group("place"), None, None
    return None, None, None


_UNITS = "|".join(map(re.escape, ADMIN_UNITS))
_UNIT_ENDINGS = tuple(" " + u for u in ADMIN_UNITS)  # a name ending on its unit ("... tỉnh", "... thành phố")
_UNITS_OPENING = "|".join(re.escape(u[0].upper() + u[1:]) for u in ADMIN_UNITS)  # ("Tỉnh Bạc Liêu vừa có ...")
_PLACE_ACTING = re.compile(  # (or the city as the press writes it short: "Ngày 24-2, TPHCM tổ chức ...")
    rf"(?:^|,[ ])(?P<place>(?:{_UNITS}|{_UNITS_OPENING}|TP\.?)[ ][{UPPER}][{LOWER}]+(?:[ ][{UPPER}][{LOWER}]+){{0,3}}"
    r"|TPHCM|TP\.HCM|TP\.[ ]HCM)"
    rf"(?:[ ]\((?:{_UNITS})[ ][^()]{{2,30}}\))?[ ]?$"
)


_NUMBER_BRACKET = re.compile(r"[ ]*\([ ]*(?=[Ss]ố\b)")


def _document_at(text: str) -> dict[str, object] | None:
    """A kind word, its number, its date and the body it is "of", read from the start of ``text``."""
    k = _KIND_AT.match(text)
    if not k:
        return None
    rest = text[k.end() :]
    out: dict[str, object] = {"kind": kind_name(k.group("kind"))}
    if _TITLE_LEAD.match(rest):  # "Kế hoạch phát động ...": a document named by its title, not its number
        out["titled"] = True
    bracket = _NUMBER_BRACKET.match(rest)  # "vừa ban hành công văn (số 5401/TCT-TCCB) gửi ...": its number aside
    after = (rest[bracket.end() :] if bracket else rest.lstrip(" ")).removeprefix("số").removeprefix("Số").lstrip(" :")
    sym = rx.SYMBOL.match(after) or (
        rx.LETTER_NUMBER_AT.match(after) if out["kind"] in ("Công văn", "Văn bản") else None
    )  # ("có công văn số 336/UBND": a letter numbered with its sender's code alone)
    if sym:
        out["symbol"] = symbol_text(sym.group(0))
        rest = after[sym.end() :]
        if bracket:
            rest = rest.lstrip(" ").removeprefix(")")
    else:
        num = _NUMBER_AFTER_KIND.match(rest)
        if num and (re.match(r"^[ ]?(?i:số)", rest) or _BARE_THEN.match(rest, num.end())):  # ("Chỉ thị 02 về ...")
            out["symbol"] = num.group("num")
            rest = rest[num.end() :]
    if out["kind"] == "Văn bản" and out.get("symbol"):  # "có văn bản số 4912/UBND-NC", "văn bản số 1006 về việc
        from ..resolve.documents import kind_of_symbol  # ...": a numbered letter, unless its code names a kind

        out["kind"] = kind_of_symbol(str(out["symbol"])) or "Công văn"
    d = _DATE_AFTER.match(rest)
    if d:
        out["date"] = iso_date(d.groupdict())
        rest = rest[d.end() :].lstrip(" )")
    of = _OF_BODY.match(rest)
    if of:
        stop = rx.ISSUER_STOP.search(of.group("body"))
        body = strip_punct(of.group("body")[: stop.start()] if stop else of.group("body"))
        body, _person = clean_body(body)
        if _BODY_HEAD.match(body):
            out["of"] = body
    return out


def _reported(sentence: str, first: bool = False, basis: bool = False) -> dict[str, object] | None:
    """A sentence that reports one document: "X (vừa) ban hành Kế hoạch số N/KH-Y ...", "Tại Chỉ thị số N, X
    phát động ...", or a lead opening on it ("Kế hoạch 6677/KH-UBND về ...").  A sentence that opens on its
    basis ("Thực hiện ..., X ban hành Kế hoạch số N") reports nothing, except ``basis``: the number of a
    document the page reported just before.  A speaker's frame before it ("Đồng chí X, Phó Giám đốc Sở Y tế cho
    biết: Ngày 14/11/2024, Sở Y tế ban hành Kế hoạch số ...") is left out."""
    if looks_back(sentence) and not _ISSUED.search(sentence):
        return None  # "Từ đầu năm, Liên đoàn Lao động huyện đã triển khai Kế hoạch phát động ...": a review's account
        # of a plan carried out, no document issued ("Từ đầu năm đến nay, ... UBND tỉnh đã ban hành Chỉ thị số 10")
    said = _SAID_FRAME.match(sentence)
    speaker = None
    if said:
        sentence, speaker = sentence[said.end() :], actor(said.group("who"))[0]
    directs = _DIRECTS.match(sentence)
    if directs:  # "UBND tỉnh chỉ thị: thi đua ...": the press reporting a directive by its verb
        body, person, post = actor(directs.group("who"))
        if body:
            return {"kind": "Chỉ thị", "issuer": body, "signer": person, "position": post, "reported": True}
    passive = _PASSIVE_REPORT.match(_LEAD_PREFIX.sub("", sentence, count=1))
    if passive and (not _BASIS_START.match(sentence) or _JUST.search(passive.group(0))):  # "Đề án ... vừa được UBND
        # tỉnh thông qua", "Theo kế hoạch ... vừa được Chủ tịch UBND tỉnh ban hành, ...": the news is it
        body, person = clean_body(passive.group("body"))
        doc = _document_at(passive.group("doc")) or {"kind": kind_name(passive.group("kind"))}
        doc.pop("titled", None)
        return {**doc, "issuer": doc.pop("of", None) or body, "signer": person, "position": None, "reported": True}
    that_is = _THAT_IS.match(_LEAD_PREFIX.sub("", sentence, count=1))  # (after "(Quang Binh Portal) - ")
    if that_is and (doc := _document_at(that_is.group("doc"))):  # "Đó là mục đích được xác định tại Kế hoạch số 2297
        by = that_is.group("body") or that_is.group("by")
        issuer = doc.pop("of", None) or (clean_body(by)[0] if by else None)
        if issuer and (doc.pop("titled", False) or "symbol" in doc):  # của UBND tỉnh ...": the lead's subject, told
            return {**doc, "issuer": issuer, "signer": None, "position": None, "reported": True}  # after the headline
    lead_in = _LEAD_IN.match(sentence)
    if lead_in:
        doc = _document_at(sentence[lead_in.start("kind") :])
        comma = sentence.find(", ", lead_in.end())
        if doc and "symbol" in doc and comma > 0:
            body, person, post = _acting(sentence[comma + 2 :])
            if body:
                return {**doc, "issuer": doc.pop("of", body), "signer": person, "position": post, "reported": True}
    on_basis = _BASIS_START.match(sentence) is not None
    opening_day = _LEAD_PREFIX.match(sentence)
    dated = bool(opening_day and opening_day.group("day"))
    for v in _VERB.finditer(sentence):
        news = (
            _JUST.search(v.group(0)) is not None
            or dated
            or (first and not on_basis and v.group(0).lstrip().startswith(("ban hành", "ký ban hành")))
        )  # "vừa ký", "mới ban hành", the day it was done ("Ngày 20/9, Thủ tướng Chính phủ ban hành Kế hoạch ..."),
        # or the lead's "X ban hành hướng dẫn ..." in the present: the news is this document
        if v.start() > (_BASIS_REACH if basis or news or on_basis or _PURPOSE_START.match(sentence) else _ACTOR_REACH):
            break
        obj = sentence[v.end() :].lstrip()
        if v.group("verb").lower() == "tổ chức" and (_HELD.search(v.group(0)) or dated) and _EVENT_HELD.match(obj):
            break  # "... đã tổ chức Hội nghị triển khai kế hoạch ...", "Ngày 24/11/2025, X tổ chức Đại hội ... và Hội
            # nghị tổng kết 5 năm triển khai Kế hoạch ...": what follows describes the event
        if v.group("verb").lower() in _NOT_ISSUING or _MODAL.search(sentence, 0, v.start()):
            continue  # ("các đoàn xã phải xây dựng kế hoạch ...": what they must do, not a document issued)
        if v.group("verb") == "triển khai" and sentence[: v.start()].lower().endswith(_ROLLED_OUT_AT):
            continue  # "X tổ chức triển khai Kế hoạch số 69/KH-MTQ-BTT ...", "chủ trì hội nghị triển khai kế hoạch tổ
            # chức Đại hội ...": a meeting that rolls a plan out
        if v.group("verb") == "có" and not (news or obj[:1].isupper() or _NUMBER_SOON.match(obj)):
            continue  # "UBND các xã đều có kế hoạch ...": plans in general; "UBND tỉnh có Quyết định về ..." one
        obj = re.sub(r"^(?:ban hành|phê duyệt)[ ]", "", obj)
        doc = _document_at(obj)
        if doc and news and doc["kind"] in ("Văn bản", "Công văn") and (how := _DIRECTING.match(obj, len(doc["kind"]))):
            # "vừa có văn bản chỉ đạo ...": a letter, unnumbered; "vừa có văn bản hướng dẫn công tác thi đua ...": a
            # guidance
            guides = doc["kind"] == "Văn bản" and how.group(0).strip() == "hướng dẫn"
            doc["kind"], doc["letter"] = ("Hướng dẫn" if guides else "Công văn"), True
        naming_itself = _AS_FOLLOWS.search(sentence) is not None  # "X xây dựng kế hoạch ..., cụ thể như sau:"
        issued_now = news and v.group("verb").lower() in _JUST_ISSUED  # "UBND tỉnh vừa ban hành kế hoạch và phát
        if not doc or not (  # động phong trào thi đua": one plan, just issued, named by its kind alone
            "symbol" in doc
            or "of" in doc
            or doc.pop("titled", False)
            or doc.pop("letter", False)
            or naming_itself
            or (issued_now and doc["kind"] not in ("Văn bản", "Công văn"))
        ):
            continue
        if "of" in doc and v.group("verb").lower() not in _ISSUING:
            continue  # "... và triển khai Nghị quyết của Chính phủ", "Các sở, ngành khẩn trương triển khai Nghị định số
            # 20/2026/NĐ-CP của Chính phủ ...": carried out, not issued, by the body acting
        doc.pop("titled", None)
        if "symbol" not in doc and (named := _NUMBER_IN_BRACKETS.search(obj)):
            # "UBND tỉnh xây dựng Kế hoạch tổ chức Lễ phát động ... (Kế hoạch số 08/KH-UBND)": its number after it
            later = _document_at(named.group(1))
            if later and later.get("kind") == doc.get("kind") and "/" in str(later.get("symbol", "")):
                doc.update({k: later[k] for k in ("symbol", "date") if k in later})
        if (
            on_basis
            and not (basis or news or naming_itself)
            and not (_IMPLEMENTING.match(sentence) and _DAY_BEFORE_ACTOR.search(sentence, 0, v.start()))
        ):
            continue  # "Căn cứ ..., X đã ban hành Công văn số ...": what a report rests on, not what it reports
            # (unless dated as news is: "Thực hiện Kế hoạch số 129-KH/BTCTW ...; ngày 04-5-2018 Ban Thường vụ
            # Tỉnh ủy Thái Bình đã ban hành Kế hoạch số 74-KH/TU ...")
        body, person, post = actor(sentence[: v.start()])
        if not body and speaker and _HEAD_ALONE.match(head := sentence[: v.start()].strip()):
            at = speaker.find(head + " ")  # "Văn phòng Sở GD&ĐT Hưng Yên thông tin, Sở vừa ban hành văn bản số
            body = speaker[at:] if at >= 0 else None  # 1006 ...": that Sở
        if not body and (place := _PLACE_ACTING.search(sentence, 0, v.start())):
            body = place.group("place")  # "Tỉnh Bạc Liêu vừa có Kế hoạch ...": the province's authorities
        issuer = doc.pop("of", None) or body or _CODE_BODY.get(str(doc.get("symbol", "")).rsplit("-", 1)[-1])
        # ("Phó Thủ tướng Thường trực Nguyễn Hòa Bình vừa ký Quyết định số 1008/QĐ-TTg": the code names the body)
        if not issuer:
            continue
        if person is None and body is None:  # (the signer named with the post: "Phó Thủ tướng ... Nguyễn Hòa Bình")
            person = split_person(squash(_LEAD_PREFIX.sub("", sentence[: v.start()], count=1)))[1]
        if "symbol" not in doc and not news and naming_itself:  # ("vừa có văn bản
            # chỉ đạo ... như sau:" is news of a letter, not the text naming itself)
            return {**doc, "issuer": issuer, "signer": person, "position": post, "self": True}
        if "date" not in doc:  # "Ngày 03/5/2024, UBND huyện X ban hành Kế hoạch số ...": the day it was issued
            day = _LEAD_PREFIX.match(sentence)
            full = day and day.group("day") and _PAGE_DATE.fullmatch(day.group("day"))
            if full:
                doc["date"] = iso_date(full.groupdict())
            elif dated := _DAY_BEFORE_ACTOR.search(sentence, 0, v.start()):  # "Tiếp tục thực hiện ..., ngày
                # 26/5/2023, Sở X ban hành Công văn số ...": the day after the basis, before the body acting
                full = _PAGE_DATE.fullmatch(dated.group("day"))
                if full and iso_date(full.groupdict()):
                    doc["date"] = iso_date(full.groupdict())
        return {**doc, "issuer": issuer, "signer": person, "position": post, "reported": True}
    # a lead that opens on its document ("Kế hoạch 6677/KH-UBND về ..."), or a sentence saying what it states
    # ("Công văn số 5172/TCT-TCCB nêu rõ, ...")
    doc = _document_at(sentence) if first or _SAYS.match(sentence) else None
    if doc and "/" in str(doc.get("symbol", "")):
        doc.pop("titled", None)
        return {**doc, "issuer": doc.pop("of", None), "reported": True}
    return None


# a lead that opens on what a document is for ("Theo đó, mục đích của Kế hoạch tổ chức thực hiện phong trào thi đua
# ... là nhằm ...", "Kế hoạch triển khai thi đua giai đoạn 2021 - 2025 của Bộ Tài chính đặt ra mục đích ..."): the page
# reports that document (its first words, naming it, were not kept)
_PURPOSE_OF = re.compile(
    r"^(?:Theo[ ]đó,[ ])?(?:(?:[Mm]ục[ ]đích|[Mm]ục[ ]tiêu|[Nn]ội[ ]dung)(?:[ ]chung)?(?:[ ]chính)?[ ]của[ ])?"
    r"(?P<kind>[Kk]ế[ ]hoạch|[Cc]hỉ[ ]thị|[Hh]ướng[ ]dẫn|[Cc]hương[ ]trình|[Đđ]ề[ ]án)[ ]"
    r"(?P<subject>[^.;:“”]{0,160}?(?:“[^”]{2,120}”[^.;:“”]{0,60}?)?)"
    rf"(?:[ ]của[ ](?P<body>(?:{rx.BODY_HEAD_RE})\b[^.;:“”,]{{2,80}}?))?"
    r"[ ](?:là[ ]nhằm|là|nhằm|đặt[ ]ra|đề[ ]ra|nêu[ ]rõ|xác[ ]định)\b"
)


def _purpose_of(sentence: str) -> dict[str, object] | None:
    """The document a lead opening on its aims reports, if the lead names its kind as the subject (:data:`_PURPOSE_OF`;
    "Mục đích của kế hoạch là ..." alone, or "Kế hoạch ... của X nhằm ...")."""
    m = _PURPOSE_OF.match(sentence)
    if not m or (not m.group(0).startswith(("Theo", "Mục", "mục", "Nội", "nội")) and not m.group("body")):
        return None  # ("Kế hoạch nhằm ..." in a page's body: what plans are for, not this page's document)
    issuer = clean_body(m.group("body"))[0] if m.group("body") else None
    return {"kind": kind_name(m.group("kind")), "issuer": issuer, "signer": None, "position": None, "reported": True}


_SAID_FRAME = re.compile(
    r"^(?P<who>[^:;“”\"]{3,160}?)[ ](?:cho biết|(?<!công tác[ ])(?<![ ]và[ ])thông tin|chia sẻ|khẳng định)"
    r"[ ]?[:,][ ]+(?=\S)"
)  # (not a document's subject: "UBND tỉnh đã ban hành Kế hoạch số 47/KH-UBND về thực hiện công tác thông tin, ...")
_HEAD_ALONE = re.compile(rf"^(?:{rx.BODY_HEAD_RE})$")  # "Sở vừa ban hành ...": the body the speaker named before
_DIRECTS = re.compile(r"^(?P<who>[^:;.“”]{3,120}?)[ ](?:(?:đã|vừa|mới)[ ])?(?:ra[ ])?chỉ thị[ ]?:[ ]")
_IMPLEMENTING = re.compile(r"^(?:Thực hiện|Triển khai|Hưởng ứng)\b")  # (not "Căn cứ": a report's premise)
# a full day set after a comma, before the body that acts ("Tiếp tục thực hiện ..., ngày 26/5/2023, Sở X ...")
_DAY_THEN_BODY = (
    rf"[,;][ ]{_TIME_OF_DAY}(?P<day>{_FULL_DAY})"
    rf"(?:[ ]tại[ ][^,;.]{{2,80}}?)?(?:,[ ]|[ ](?=[{UPPER}]))"  # ("..., chiều ngày 02/3/2022 tại UBND phường X, Cụm")
)
# the day of the event after the basis a lead opens on, before the body holding it
_DAY_AFTER_BASIS = re.compile(
    _DAY_THEN_BODY + r"[^;.]{3,200}?[ ](?:đã[ ]|long[ ]trọng[ ])?(?:tổ[ ]chức|phát[ ]động|ký[ ]kết)\b"
)
_DAY_BEFORE_ACTOR = re.compile(_DAY_THEN_BODY + r"[^,;]{3,100}$")
# a number whose code names one body: the Prime Minister's decisions and directives, the Government's resolutions
_CODE_BODY = {code: ISSUER_CODES[code][0] for code in ("TTg", "CP")}
_AS_FOLLOWS = re.compile(  # "... như sau:", "... với những nội dung cơ bản sau:": the text goes on to what it says
    r"(?:như[ ]sau|(?:với|gồm)[ ](?:những|các|một số)[ ](?:nội dung|điểm|điều)(?:[ ](?:cơ bản|chính|chủ yếu"
    r"|trọng tâm))?(?:[ ]như)?[ ]sau)[ ]?:?$"
)
_FAMILY_DOAN = rx.FAMILY_DOAN
# a person's name up to here: a family name, then capitalised words ("Phạm Phú ")
_NAME_SO_FAR = re.compile(rf"(?:^|[ ])(?:{'|'.join(sorted(SURNAMES))})(?:[ ][{UPPER}][{LOWER}]+){{0,2}}[ ]$")
_MODAL = re.compile(r"[ ](?:phải|cần|sẽ|nên|có trách nhiệm|chịu trách nhiệm)$")
_NUMBER_IN_BRACKETS = re.compile(rf"\(((?:{rx.KIND_CITE_RE})[ ](?:số[ ])?\d[^()]{{2,60}})\)")
_NUMBER_SOON = re.compile(r"^\S+(?:[ ]\S+)?[ ](?:số[ ])?\d{1,5}[/\-]")
_SAYS = re.compile(
    r"^[^,.;:]{5,200}?[ ](?:nêu rõ|nhấn mạnh|chỉ rõ|xác định rõ)[ ,:]"
    # "Chỉ thị số 02/CT-UBND ngày 22/1/2026 của UBND tỉnh X về “...” mới ban hành ...": the news is that document
    r"|^[^;]{10,320}?[ ](?:vừa|mới)[ ](?:được[ ])?(?:ký[ ])?ban hành\b"
)
_SMALL_START = re.compile(rf"^[{LOWER}][{LOWER} ]{{0,30}}$")  # a short list item in small letters ("ngành")
_POST_HEAD = re.compile(r"(?:Phó[ ])?(?:Chủ tịch|Giám đốc)[ ]")
# an event held ("... đã tổ chức Hội nghị triển khai kế hoạch ..."), not one a plan is about
_HELD = re.compile(r"\b(?:đã|vừa|mới|long[ ]trọng|trọng[ ]thể)[ ]")
_EVENT_HELD = re.compile(r"(?i)(?:hội[ ]nghị|lễ|buổi|đại[ ]hội|hội[ ]thảo|cuộc[ ]họp|phiên[ ]họp)\b")
# verbs of acting that report no document ("UBND tỉnh tổ chức Hội nghị ...")
_NOT_ISSUING = frozenset({"yêu cầu", "kêu gọi", "tổ chức", "thống nhất", "khai mạc", "chủ trì", "tổng kết", "sơ kết"})
_JUST_ISSUED = frozenset({"ban hành", "ký ban hành", "triển khai", "xây dựng", "có"})  # ("vừa triển khai kế hoạch
# ...", "vừa có quyết định thành lập ...")
_ISSUING = frozenset({"ký ban hành", "ban hành", "ký", "xây dựng", "phát hành", "phát đi", "ký kết", "ra"})
_JUST = re.compile(r"\b(?:vừa|mới)[ ]")
_DIRECTING = re.compile(r"[ ](?:chỉ đạo|yêu cầu|đề nghị|hướng dẫn|đôn đốc|gửi|triển khai|giao)\b")


_ACTOR_HEAD = re.compile(rf"(?:{rx.BODY_HEAD_RE}|Cụm|Liên đoàn)\b")  # ("Khối", "Liên đội": body heads already)
_TITLE_VERB = re.compile(
    r"[ ]?:|[ ](?:tổng kết|sơ kết|ký kết|ký|tổ chức|phát động|triển khai|chung tay|thực hiện|hưởng ứng|ra quân"
    r"|đẩy mạnh|nâng cao|khen thưởng|trao|tặng|biểu dương|ban hành|họp|hội nghị|xác định|chỉ đạo|yêu cầu"
    r"|tuyên dương|tôn vinh|quyết định|công bố|hướng dẫn|kêu gọi|đề nghị|đón nhận|nhận|tham gia)\b"
    # ("Hội CCB cụm thi đua số 1", "Cụm giao ước thi đua các huyện": the cluster's name goes on)
    r"|(?<![Cc]ụm)(?<![Kk]hối)(?<!giao ước)[ ]thi đua\b"
)
_TITLE_VERB_ANY_CASE = re.compile(_TITLE_VERB.pattern, re.IGNORECASE)
_TITLE_EVENT = re.compile(
    r"(?i)^(?:họp|ký kết giao ước thi đua|ký giao ước thi đua|hội nghị[^,]{0,60}?|lễ[^,]{0,40}?)[ ]"
)


def title_actor(title: str, text: str = "") -> str | None:
    """The body a headline is about: its subject ("Khối thi đua các cơ quan tham mưu, tổng hợp: Ký kết ...",
    "Cụm Thi đua số 2 tổng kết ..."), the body after the event it names ("Ký kết giao ước thi đua Khối thi đua
    các Hội ... số 1 năm 2021"), or a place acting as its authorities ("Kiến Xương phát động ..." → "huyện
    Kiến Xương", the unit as the text writes it)."""
    title = _LEAD_PREFIX.sub("", title)
    capitals = title.isupper()  # a headline in capitals ("HỘI NÔNG DÂN TỈNH BÌNH DƯƠNG TỔ CHỨC KÝ KẾT ..."): the body's
    if capitals:  # name as bodies are written, its verb found whatever its case
        title = body_case(title)
    event = _TITLE_EVENT.match(title)
    if event:
        title = title[event.end() :]
        inner = _ACTOR_HEAD.search(title, 0, _EVENT_REACH)  # "Hội nghị tổng kết Cụm thi đua các xã năm 2024"
        if inner and not _ACTOR_HEAD.match(title) and not title[: inner.start()].rstrip().endswith(("của", "do")):
            title = title[inner.start() :]
    head = _ACTOR_HEAD.match(title)
    if head and _ATTENDS.match(title[: head.end() + 120], head.end()):
        return None  # "Cục Quản lý thị trường Vĩnh Phúc dự Hội nghị ...": an attendee, not who holds it
    if head and _NOT_A_BODY.match(title, head.start()):
        return None
    if not head:
        place = _PLACE_SUBJECT.match(title)
        if place and text:
            name = place.group("place")
            unit = re.search(rf"(?i)\b({_UNITS})[ ]+" + re.escape(name), text)
            if unit:
                return f"{unit.group(1).lower()} {name}"
            if name in PROVINCES:
                return name  # "Thái Nguyên phát động phong trào thi đua ...": the province, as the headline names it
        return _repeated_subject(title, text) if text else None
    verb = (_TITLE_VERB_ANY_CASE if capitals else _TITLE_VERB).search(title, head.end())
    if verb and _PASSIVE_END.search(title, 0, verb.start()):
        return None  # "Trường ĐHTN được trao giải nhất toàn đoàn": what is done to it, not what it does
    body, _person = clean_body(title[: verb.start()] if verb else title)
    body = strip_punct(_AND_A_POST.split(body, maxsplit=1)[0])  # ("... Cụm số 5, Bộ Công an.": a caption's stop)
    if not (1 < len(body.split()) <= 14 and body not in _BARE_HEADS):
        return None
    return _with_its_unit(body, text) if text else body


def _with_its_unit(body: str, text: str) -> str:
    """A headline's body named by its place alone ("Công an Vĩnh Long"), as the text names it with the place's
    unit ("Công an tỉnh Vĩnh Long phát động ..."): the full name."""
    place = next((p for p in PROVINCES if body.endswith(" " + p)), None)
    if place is None:
        return body
    head = body[: -len(place) - 1]
    if not head or f" {head}".endswith(_UNIT_ENDINGS):
        return body  # (its unit named already: "Công an tỉnh Vĩnh Long")
    full = re.search(
        rf"(?<!\w)(?i:{re.escape(head)})[ ](?:\([^()]{{1,12}}\)[ ])?({_UNITS})[ ]{re.escape(place)}\b", text[:3000]
    )  # (with a short name in brackets between: "lực lượng vũ trang (LLVT) tỉnh Quảng Ngãi")
    return f"{head} {full.group(1)} {place}" if full else body


def _repeated_subject(title: str, text: str) -> str | None:
    """The subject of a headline that the lead repeats acting ("Cao su Phước Hòa tổ chức hội nghị ..." above
    "Ngày 2/6, tại Nông trường Hưng Hòa, Cao su Phước Hòa đã tổ chức Hội nghị ..."): a firm, a school or a unit
    the press names as it names itself, with no word that says it is a body."""
    m = _HEADLINE_SUBJECT.match(title)
    if not m or _NOT_A_SUBJECT.match(m["subj"]):
        return None
    subj = m["subj"]
    at = text.find(title)
    rest = (text[at + len(title) :] if at >= 0 else text).replace(title, "")  # (a headline printed twice is
    # no lead repeating it: "Tập trung cao độ triển khai ..." twice)
    if not re.search(r"(?<!\w)" + re.escape(subj) + r"[ ](?:đã[ ]|vừa[ ])?" + _SUBJECT_VERBS, rest[:1500]):
        return None
    body, person = clean_body(subj)
    return body if not person and body == subj else None


_SUBJECT_VERBS = r"(?:tổ chức|phát động|ký kết|tổng kết|sơ kết|triển khai|ra quân|hưởng ứng)\b"
_HEADLINE_SUBJECT = re.compile(
    rf"^(?P<subj>[{UPPER}][\w.&-]*(?:[ ][\w.&-]+){{1,5}}?)[ ](?:đã[ ]|vừa[ ])?" + _SUBJECT_VERBS
)
# what opens a headline's subject that is no body ("Nhiều đơn vị tổ chức ...", "Các xã ...", "Tỉnh ta ...", a
# person's title)
_NOT_A_SUBJECT = re.compile(
    r"(?i)(?:nhiều|các|những|hơn|gần|toàn|cả|tỉnh ta|huyện ta|chúng ta|đồng chí|ông|bà|anh|chị|thủ tướng|chủ tịch"
    r"|bí thư|giám đốc|phó|hội nghị|hội thảo|lễ|đại hội|phong trào|cuộc|đợt|chương trình|kế hoạch|\d"
    rf"|{rx.KIND_CITE_RE})\b"
)  # (nor a document or an event: "Kế hoạch tổ chức ...")


_EVENT_REACH = 40
_ATTENDS = re.compile(r"[^,:;]*?[ ](?:dự|tham dự|đến dự)[ ]")
_PLACE_SUBJECT = re.compile(
    rf"^(?P<place>[{UPPER}][{LOWER}]+(?:[ ][{UPPER}][{LOWER}]+){{0,3}})[ ]?:?[ ](?=(?:phát động|tổng kết|ra quân|ký kết"
    r"|triển khai|tổ chức|hưởng ứng|sơ kết|thi đua)\b)"
)


def own_province(info: DocumentInfo, opening: str, text: str) -> str | None:
    """The province the text places the document in: the one its issuer, parent body or place names; else
    the one its opening names most ("trên địa bàn tỉnh Kon Tum"); else the one the whole text names most.
    None for a central body's document, and when the text names no province."""
    from ..resolve.bodies import is_national
    from ..resolve.names import bare_province_mentions, canonical_province, province_in, province_mentions

    if info.issuer and is_national(info.issuer):
        return None
    for name in (info.issuer, info.parent, info.place):
        found = province_in(name or "")
        if found:
            return canonical_province(found)
    for zone in (opening, text):
        counts = Counter(canonical_province(p) for p in province_mentions(zone))
        if counts:
            return counts.most_common(1)[0][0]
    bare = Counter(canonical_province(p) for p in bare_province_mentions(text)).most_common(2)
    if bare and bare[0][1] >= 2 and (len(bare) == 1 or bare[0][1] > 2 * bare[1][1]):
        return bare[0][0]  # named again and again without "tỉnh", and clearly more than any other
    return None


def complete(info: DocumentInfo, text: str) -> tuple[DocumentInfo, str | None]:
    """The document's own metadata, completed from its first lines when it has no formal header; and the
    words it opens with (its title line and lead, as read here: None when a formal header said it all)."""
    if info.symbol and not info.kind:  # a header gave the number but no kind line: the number's code says it
        from ..resolve.documents import kind_of_symbol

        info = replace(info, kind=kind_of_symbol(info.symbol))
    if info.symbol and not info.title and (named := _title_naming(text, info.symbol)):
        info = replace(info, title=named)  # a database's page names the document it holds in its title line
    if info.symbol or (info.kind and info.title):
        return info, None  # a formal header said what the document is
    said = lead(text)
    title = said.get("title_line")
    changes: dict[str, object] = {}
    named = _cited_in_full(title, said, text) if title and not info.kind else None
    if named:  # "Kế hoạch số 771-KH/BDVTW ngày 08/3/2017 của Ban Dân vận Trung ương về việc ...", then its text
        other = said.get("symbol") and symbol_key(str(said["symbol"])) != symbol_key(str(named["symbol"]))
        changes.update(_own_document(info, named, named.get("of"), reported=bool(said.get("reported")) and not other))
        about = _ABOUT.search(title)
        changes["title"] = strip_punct(about.group(1)) if about else title
    elif said.get("self"):  # "Hội đồng TĐKT tỉnh ban hành Kế hoạch ... như sau:": the text's own kind and issuer
        changes.update(kind=info.kind or said.get("kind"))
        if said.get("issuer"):
            changes["issuer"] = said["issuer"]
    elif said.get("reported"):
        changes.update(_own_document(info, said, said.get("issuer"), reported=True))
        subject = _reported_subject(text, said)
        kind = str(changes.get("kind") or "")
        zone = str(said.get("zone", ""))
        if subject and (is_launch(kind, subject, zone) or not is_launch(kind, str(title or ""), zone)):
            changes["title"] = subject  # (the headline stays when it alone says that the document launches)
    elif doc := _attached(text):  # "Đính kèm: Quyết định số 3293/QĐ-UBND": the page carries that document
        changes.update(_own_document(info, doc, doc.get("of"), reported=True))
    elif not info.kind and (carried := _CARRIED.search(text[:_CARRIED_WITHIN])):
        # "Nội dung Chỉ thị:", "Toàn văn Kế hoạch": the page gives the text of the document its lead announces
        doc = _document_at(carried.group("doc")) or {"kind": kind_name(carried.group("kind"))}
        changes.update(_own_document(info, doc, doc.get("of") or said.get("issuer"), True))
    elif title and not info.kind and (subject_of := _subject_of_document(title, said)):
        # "Tổ chức thực hiện Phong trào thi đua “...”" over "Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh về việc tổ
        # chức thực hiện Phong trào thi đua “...”, ...": the headline is that document's subject, the page reports it
        changes.update(kind=subject_of, reported=True)
    elif title and not info.kind and (letter := _LETTER_HEAD.match(title)) and _ADDRESSED.search(text, 0, 2000):
        # "Công văn số 44/PGD&ĐT V/v hướng dẫn ..." then "Kính gửi: ...": the letter itself, its number its own
        symbol = symbol_text(letter.group("symbol"))
        changes.update(kind="Công văn", symbol=symbol, own_symbols=(*info.own_symbols, symbol))
        changes["title"] = strip_punct(letter.group("subject"))
    elif title and not info.kind and (headed := _numbered_heading(title, said, text)):
        # "Kế hoạch số 12/KH-BTNMT" over "Về việc tổ chức ...": the document's heading as a portal publishes it, its
        # subject on the next line; a summary under it ("Theo đó, ...") reports the document, its text is it
        doc, subject, summary = headed
        changes.update(_own_document(info, doc, doc.get("of"), reported=summary))
        changes["title"] = subject
    elif title and not info.kind and (doc := _named_by_number(title, _text_follows(text, said), text)):
        # "Nghị Quyết số 22/NQ-TU ngày 08/6/2022 ban hành bởi Tỉnh Ủy X về ...": the text opens by naming itself
        changes.update(_own_document(info, doc, doc.get("of"), reported=bool(doc.get("listed"))))
        about = re.search(r"[ ](?:về|V/v)[ ](.+)$", title)
        subject = (
            _SUBJECT_AFTER_NUMBER.match(title, sym.end()) if (sym := _symbol_in(str(doc["symbol"]), title)) else None
        )
        if about:
            changes["title"] = strip_punct(about.group(1))
        elif subject:  # ("Công văn số 68/TANDTC-TĐKT phát động thi đua ...": its subject)
            changes["title"] = strip_punct(title[subject.end() - len(subject.group("verb")) :])
        else:
            changes["title"] = title
    elif title and not info.kind:
        k = _KIND_AT.match(title[0] + title[1:].lower() if title.isupper() else title)  # ("KẾ HOẠCH TỔ CHỨC ...")
        if k and kind_name(k.group("kind")) != "Phát động" and not _NUMBER_AFTER_KIND.match(title[k.end() :]):
            # ("Phát động ..." opening a headline is the verb, not the kind)
            changes["kind"] = kind_name(k.group("kind"))
            changes["title"] = _HEADLINE_FURNITURE.sub("", title[k.end() :]).strip(" :.-") or None
            of = _HEADLINE_OF.match(title, k.end())
            body = clean_body(of.group("body"))[0] if of else None
            if of and body and not _post_and_holder(body):  # "Chỉ thị của Thủ tướng Chính phủ về tổ chức phong trào
                changes.update(issuer=body, reported=True)  # “Tết trồng cây”": the page reports that body's document
                changes["title"] = strip_punct(title[of.end() :]) or changes["title"]
    if not info.kind and not changes.get("kind") and (section := _OWN_KIND_SECTION.search(text, 0, 3000)):
        changes["kind"] = kind_name(section.group("kind"))  # "I. CĂN CỨ LẬP KẾ HOẠCH": the text is a plan
    if not info.title and title and "title" not in changes:  # a headline or a lead: the event or action it names
        changes["title"] = event_title(_HEADLINE_FURNITURE.sub("", title).strip() or title)
    elif not info.title and not title and "title" not in changes and (first := _lead_title(said)):
        changes["title"] = first  # no headline kept: what the lead's first sentence reports ("Ngày 7-3, UBND tỉnh
        # Tiền Giang tổ chức Hội nghị tổng kết ...": "Hội nghị tổng kết ...")
    if not changes.get("issuer"):  # no header: the body the title or the lead names acting, before a guess
        headline = title_actor(title, text) if title else None
        acting = said.get("issuer")
        if headline and not (
            acting
            and (
                str(acting).split()[0] == headline.split()[0]
                or _CLUSTER_NAME.match(str(acting))
                or _LEADERSHIP_OF.sub("", str(acting)).casefold() == headline.casefold()  # its standing committee
                # ("Ban Thường vụ Tỉnh đoàn Quảng Ngãi" under "Tỉnh đoàn Quảng Ngãi tổ chức ...")
                or (_AUTHORITY.match(str(acting)) and str(acting).casefold().endswith(" " + headline.casefold()))
                # ("Châu Phú tổ chức ..." over "UBND huyện Châu Phú tổ chức ...": the place's authorities, named)
                or (headline in PROVINCES and _AUTHORITY.match(str(acting)))  # "Hà Nam phát động ..." over "UBND
            )  # tỉnh tổng kết ..., phát động ...": a province's name in a headline stands for its authorities
        ):
            acting = headline  # the headline's subject, unless the lead names that body in full
        host = _hosted_by(said.get("lead") or []) if not said.get("reported") else None
        if host and (not acting or _POST_HEAD.match(str(acting))):  # ("... khẳng định của Chủ tịch UBND tỉnh tại
            acting = host  # hội nghị ... do Sở Y tế tổ chức sáng nay": the body holding it, not the speaker)
            said = {k: v for k, v in said.items() if k not in ("signer", "position")}  # (who spoke signs nothing)
        if acting and _post_and_holder(str(acting)):
            acting = None  # "Chủ tịch Hồ Chí Minh": a post and its holder, no body
        if acting:
            changes["issuer"] = acting
    if said.get("signer") and not info.signer.name:
        changes["signer"] = Signer(name=str(said["signer"]), position=said.get("position") or info.signer.position)
    published = page_date(text, (int(str(said["title_at"])), str(title)) if title else None)
    event = not (
        changes.get("reported") or said.get("self") or changes.get("symbol") or info.kind or changes.get("kind")
    )
    happened = (
        (_lead_date(said.get("lead") or [], published) or _dated_paragraph(str(said.get("zone", "")), published))
        if event and not info.date
        else None
    )
    reported_undated = changes.get("reported") and not (changes.get("date") or info.date)
    if reported_undated and (issued := _reported_day(text, said, published)):
        changes["date"] = issued  # ("Ngày 20/9, Thủ tướng Chính phủ ban hành Kế hoạch ..." on a page of 21/09/2011)
    if happened and int(happened[:4]) < HISTORY_BEFORE:
        happened = None  # a day of history the page recalls ("ngày 03/9/1945, Chủ tịch Hồ Chí Minh đã đề nghị ...")
    if happened:  # a page on an event: the day it happened, as its lead says it ("Sáng ngày 10/3/2023, ...";
        changes["date"] = happened  # "Ngày 29/12, ..." on a page of 04/01/2024: 2023-12-29)
    if event and published and not (changes.get("date") or info.date):  # the year it happened: the day it
        # was published ("tổng kết 2019, phát động 2020", Dec 2019)
        year = int(published[:4])
    elif event and not (changes.get("date") or info.date):  # and with no date line: what its words date
        year = _year(None, str(changes.get("title") or title or ""), said.get("lead") or [])
    else:
        named = str(changes.get("title") or title or "")
        year = _year(changes.get("date") or info.date, named, said.get("lead") or [])
        if (
            published
            and year != int(published[:4])
            and changes.get("reported")
            and not (changes.get("date") or info.date)
            and _just_issued(text, said)
            and year not in named_years(named)
        ):  # "UBND tỉnh vừa ban hành văn bản số 1079/UBND-TH" on a page of 28/08/2019: 2019, whatever year the
            year = int(published[:4])  # anniversary it looks to (2020), unless its title names the year it is for
    if not year and not published:
        years = [y for t in said.get("lead") or [] for y in named_years(t)]
        year = years[0] if years else None
    if year and year < HISTORY_BEFORE and not (changes.get("date") or info.date):
        year = None  # a year the words name that long ago is history recalled ("Phong trào Đồng Khởi năm 1960")
    if not year and not (changes.get("date") or info.date):
        year = _year_in_number(changes.get("symbol") or info.symbol)  # "Quyết định số 09/2020/QĐ-UBND": the year
        # its number carries
    if year or published:
        changes["year"] = year or int(published[:4])  # type: ignore[index]
    return (replace(info, **changes) if changes else info), str(said.get("zone", ""))


def _lead_title(said: dict[str, object]) -> str | None:
    """The title the lead's first sentence gives, when it reports what was done (a body acting: "Ngày 2/11, tỉnh Cà
    Mau đã tổ chức Đại hội ..."), not who attended or what the page muses on."""
    lead_sentences = said.get("lead") or []
    first = str(lead_sentences[0]) if lead_sentences else ""  # type: ignore[index]
    if not first or _BASIS_START.match(first) or not _acting(first)[0]:
        return None  # ("Thực hiện Công văn số ..., Ban X đã ...": what it rests on first)
    titled = event_title(first)
    return titled if titled and len(titled) < len(first.rstrip(" .")) else None  # (the event named, its actor left)


_LEADERSHIP_OF = re.compile(r"^(?:Ban Thường vụ|Ban Chấp hành|Ban Thường trực|Thường trực|Đảng ủy|Đảng đoàn)[ ]")
_HOSTED_BY = re.compile(
    r"\bdo[ ](?P<body>[^,.;:“”\"()]{3,100}?)[ ](?:chủ[ ]trì[ ])?tổ[ ]chức\b"
    # the hall's body, when the event takes place there with no one acting ("tại Hội trường Sở Lao động – Thương
    # binh và Xã hội Thành phố Hồ Chí Minh đã long trọng diễn ra hội nghị ...")
    r"|\btại[ ]Hội[ ]trường[ ](?P<hall>[^,.;:“”\"()]{3,100}?)[ ](?:đã[ ])?(?:long[ ]trọng[ ]|trọng[ ]thể[ ])?"
    r"diễn[ ]ra\b"
)
_AUTHORITY = re.compile(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Tỉnh ủy|Tỉnh uỷ|Thành ủy)\b")
_IN_PERIOD = re.compile(r"(?:[-–][ ]?|\([^()]*|\b(?:đến|tới|từ)[ ](?:hết[ ])?(?:ngày[ ])?)$")  # ("... triển khai từ
# ngày 9/11 đến ngày 28/12/2022": the span of a drive, not the day of the event)
_DATE_AFTER_TITLE = re.compile(
    r"\((?:\d{1,2}:\d{2}[ ])?(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)(?:,?[ ]\d{1,2}:\d{2})?\)[ ]*$"
)  # a list's date, with its time before or after it ("(15:35 30/11/2019)", "(15/02/2023, 12:38)")
_CLUSTER_NAME = re.compile(r"(?i)(?:cụm|khối)[ ]thi[ ]đua[ ]\S")  # a lead naming the cluster acting names it in full
# what a page glues to its headline: the source before it ("(kontumtv.vn) - ", "- "), the day and time after it
# ("... hiện đại 09/07/2025 18:09", "... tỉnh Thái Nguyên (09/07/2018)")
_HEADLINE_FURNITURE = re.compile(
    r"^(?:\([^()]{2,30}\)[ ]?[-–—][ ]?|[-–—•][ ]+)"
    r"|(?<![-–])(?<![-–][ ])[ ]+\(?(?:\d{1,2}:\d{2}[ ])?\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d\d\)?"
    r"(?:,?[ ]+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:[ ]?(?:SA|CH|AM|PM))?\)?$"  # (not the end of a span, "(20/11/1982 - 20/11/2020)"; "(15/02/2023, 12:38)")
)
_TITLE_CASE_KIND = re.compile(rf"^(?P<a>[{UPPER}][{LOWER}]+)[ ](?P<b>[{UPPER}])(?=[{LOWER}]+[ ])")
# how a legal database describes the document it holds ("... ngày 08/6/2022 ban hành bởi Tỉnh Ủy X về ..."); a
# plain "Nghị quyết số 49-NQ/TU ngày ... của Tỉnh ủy về ..." opening a text is as likely a citation
_DESCRIBED = re.compile(r"^[^.;:]{0,40}?[ ]ban hành bởi[ ]")
# the subject straight after a number ("... 68/TANDTC-TĐKT phát động thi đua chào mừng ...", "... về việc ...")
_SUBJECT_AFTER_NUMBER = re.compile(
    r"(?:[ ]ngày[ ][\d/.\-]{6,10})?(?:[ ]của[ ][^,.;:“”]{2,60}?)?"  # ("... của Thủ tướng Chính phủ về việc ...")
    r"[ ](?P<verb>(?i:về|V/v|phát động|hướng dẫn|triển khai|tổ chức))\b"
)


# A page's attachment label, at its end: "Đính kèm: Quyết định số 3293/QĐ-UBND", "File đính kèm: Kế hoạch ..."
_ATTACHED = re.compile(
    r"(?im)(?:^|(?<=[.;])[ ]|[ ](?=\(kèm theo[ ]?:))[ ]*(?:(?:file[ ]|tệp[ ]|tài liệu[ ])?đính kèm|\(?nguồn"
    r"|\(kèm theo[ ]?:)[ ]?:?[ ]*\n?[ ]*"  # ("... (Kèm theo: Công văn số 359/UBND-NN ngày 22/01/2018 của ...pdf)")
    r"(?P<doc>[^\n]{5,160})"
)


# what the reporting sentence says the document is about: "... ban hành Kế hoạch số 85/KH-UBND ngày 03/5/2024 về
# việc phát động ..." (kept with its "về": the gold of a report page is the document's subject as written)
_SUBJECT_OF_REPORTED = re.compile(
    r"(?:[ ]?,?[ ]?(?:ngày[ ])?\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d\d)?(?:[ ]?,?[ ]?của[ ][^,;]{2,80}?)?"
    r"(?:[ ]gửi[ ][^.;]{2,160}?(?=[ ](?:về[ ]việc|về|V/v)[ ]))?[ ,]*"  # (its recipients first: "Công văn gửi các
    # Phòng nghiệp vụ BHXH tỉnh và BHXH các huyện, thị về việc phát động phong trào thi đua nước rút ...")
    r"(?P<subject>(?:về[ ]việc|về|V/v|v/v|ban hành|triển khai|[Pp]hát động|tổ chức|thực hiện|hướng dẫn|phê duyệt"
    r"|tặng|đẩy mạnh|hưởng ứng)[ ](?:“[^”\n]{1,250}”|[^.;!?]|[.](?=\d)|(?<=TP)[.]|(?<=Tp)[.]){8,300})"
    # ("... số 1008/QĐ-TTg ban hành Kế hoạch ..."; a name in quotes whole, its ";" inside: "phong trào thi đua “... hiện
    # đại; thực hành tiết kiệm ...”"; a city's short name, "TP.HCM")
)


def _reported_subject(text: str, said: dict[str, object]) -> str | None:
    """The subject the reporting sentence gives the reported document, after its number (and date), or after
    its kind when it has no number ("Sở Y tế vừa ban hành kế hoạch Phát động phong trào thi đua “...” ...")."""
    sentence, symbol = _reporting_sentence(text, said), said.get("symbol")
    if sentence is None:
        return None
    if isinstance(symbol, str):
        at = _symbol_in(symbol, sentence)
    else:
        kind = str(said.get("kind") or "")
        at = re.search(rf"(?i)(?<!\w){re.escape(kind)}(?!\w)", sentence) if kind else None
    end = at.end() if at else None
    m = _SUBJECT_OF_REPORTED.match(sentence, end) if end is not None else None
    return event_title(_AIMS_AFTER.sub("", m.group("subject"))) if m else None


# what a lead says the document sets out, after its subject ("... giai đoạn 2021 - 2025 của Bộ Tài chính đặt ra mục
# đích ..."): not part of the subject
_AIMS_AFTER = re.compile(
    rf"[ ]của[ ](?:{rx.BODY_HEAD_RE})\b[^.;:“”]{{0,80}}?[ ](?:đặt[ ]ra|đề[ ]ra|nêu[ ]rõ|xác[ ]định|là[ ]nhằm)\b.*$"
    r"|[ ](?:vừa|mới|đã)[ ]được[ ].*$"  # ("... năm 2025 vừa được Chủ tịch UBND tỉnh ban hành, mục đích ...")
    r"|(?<=”)[ ](?:nêu[ ]rõ|nhấn[ ]mạnh|chỉ[ ]rõ|xác[ ]định[ ]rõ)\b.*$"  # ('về “...” nhấn mạnh yêu cầu: ...')
)


def _symbol_in(symbol: str, text: str) -> re.Match[str] | None:
    """Where ``text`` writes ``symbol``, a stray space allowed around its marks ("1008/ QĐ-TTg")."""
    return re.search(r"[ ]?([/-])[ ]?".join(re.escape(p) for p in re.split(r"[/-]", symbol)), text)


def _cited_in_full(title: str, said: dict[str, object], text: str) -> dict[str, object] | None:
    """A title line that opens by citing a document in full, its kind, number, date, issuer and subject ("Kế hoạch
    số 17-KH/BDVTW ngày 02/6/2020 của Ban Dân vận Trung ương về tổ chức ..."): the name a portal gives the text it
    publishes, or the document a news item reports; None when the text says it is a document of another kind
    ("Sở X xây dựng Hướng dẫn ... như sau:" under a plan's name: the plan is what it carries out), and when the line
    is a sentence or a clause with nothing after it (a citation quoted alone, a basis "...;")."""
    at = int(str(said.get("title_at", -1)))
    if title.rstrip()[-1:] in ".;," or at < 0 or len(text[at + len(title) :].strip()) < _BODY_AFTER_TITLE:
        return None
    doc = _document_at(title)
    if not doc or "/" not in str(doc.get("symbol", "")) or not (doc.get("of") and doc.get("date")):
        return None
    if not _ABOUT.search(title) or (said.get("self") and said.get("kind") not in (None, doc["kind"])):
        return None
    doc.pop("titled", None)
    return doc


_ABOUT = re.compile(r"[ ]((?:về|V/v|v/v)[ ].+)$")
_BODY_AFTER_TITLE = 200  # what a title line heads: a text, not a line or two


def _own_document(info: DocumentInfo, doc: dict[str, object], issuer: object, reported: bool) -> dict[str, object]:
    """The changes that make ``doc`` (a kind, number and date read from the page) the page's own document."""
    symbol = doc.get("symbol")
    out: dict[str, object] = {
        "kind": doc.get("kind"),
        "symbol": symbol,
        "date": doc.get("date") or info.date,
        "own_symbols": (*info.own_symbols, *([symbol] if symbol else [])),
    }
    if reported:
        out["reported"] = True
    if issuer:
        out["issuer"] = issuer
    return out


_CARRIED = re.compile(  # (with its number, or without: "Nội dung Thông báo số 247/TB-BTP", "Toàn văn Kế hoạch:")
    rf"(?im)^[ ]*(?:nội dung|toàn văn)[ ](?:của[ ])?"
    rf"(?P<doc>(?P<kind>{rx.KIND_CITE_RE})(?:[ ](?i:số)[ ]?[^\s:]{{1,40}})?)[ ]?(?::|$)"
)
_CARRIED_WITHIN = 1200
_DOCUMENT_ABOUT = re.compile(
    rf"(?P<kind>{rx.KIND_CITE_RE})[ ]của[ ][^.;:“”]{{2,80}}?[ ]về[ ](?:việc[ ])?(?P<subject>[^.;]{{20,}})"
)


def _subject_of_document(title: str, said: dict[str, object]) -> str | None:
    """The kind of the document whose subject the headline repeats, named (unnumbered) in the lead's first
    sentence."""
    lead_sentences = said.get("lead") or []
    first = str(lead_sentences[0]) if lead_sentences else ""  # type: ignore[index]
    m = _DOCUMENT_ABOUT.search(first)
    if not m:
        return None
    head = title.casefold()[:40]
    return kind_name(m.group("kind")) if len(head) >= 20 and m.group("subject").casefold().startswith(head) else None


def _attached(text: str) -> dict[str, object] | None:
    """The document a page attaches (its label in the last lines), named by its kind and full number; or the
    document its closing names as its source ("(Nguồn công văn số 2983/UBND-VP - 22/09/2020)")."""
    tail = text[-1500:]
    for m in _ATTACHED.finditer(tail):
        doc = _document_at(m.group("doc").strip())
        if doc and "/" in str(doc.get("symbol", "")):
            doc.pop("titled", None)
            return doc
    return None


# a headline naming a decision by its number, its issuer and what it does: "Quyết định số 163/QĐ-UBND của Chủ
# tịch UBND tỉnh tặng Bằng khen cho 32 tập thể" (a listing of decisions, one per page)
_DECIDES = re.compile(r"^(?:(?![ ]về[ ])[^.;:]){0,120}?[ ](?:tặng|công nhận|phê duyệt|khen thưởng|truy tặng)[ ]")


# what a database adds after the subject: "... do Hội đồng thi đua khen thưởng trung ương ban hành"
_BY_WHOM = re.compile(r"[ ](?:do[ ][^.;]{3,120}?[ ]ban hành|ban hành bởi[ ][^.;]{3,120})$")


def _title_naming(text: str, symbol: str) -> str | None:
    """The subject of a title line that names the document by its kind and number ("Quyết định 500/QĐ-TTg phê
    duyệt Đề án ...", "Hướng dẫn số 03/HĐTĐKTTW về việc ... do Hội đồng ... ban hành"), as a legal database
    heads its page; None when the line names another document or nothing."""
    found = title_line(text)
    doc = _document_at(found[1]) if found else None
    if not found or not doc or symbol_key(str(doc.get("symbol") or "")) != symbol_key(symbol):
        return None
    at = _symbol_in(str(doc["symbol"]), found[1])
    rest = _DATE_AFTER.sub("", found[1][at.end() :], count=1) if at else ""
    rest = _BY_WHOM.sub("", rest.strip(" ,:-–"))
    return event_title(rest) if len(rest) > 10 and rest[:1].islower() else None


def _text_follows(text: str, said: dict[str, object]) -> bool:
    """Does the text under the title line open as a document's body does, on what it rests on ("Thực hiện Chỉ
    thị số 51-CT/TW ...", "Căn cứ ...")?"""
    at = said.get("title_at")
    if not isinstance(at, int):
        return False
    end = text.find("\n", at)
    rest = text[end:] if end >= 0 else ""
    return bool(_BASIS_START.match(rest.lstrip()))


def _kind_in_small_letters(title: str) -> str:
    """A title line whose kind is written in title case ("Nghị Quyết số ...") with the kind as documents write it."""
    return _TITLE_CASE_KIND.sub(lambda m: f"{m['a']} {m['b'].lower()}", title, count=1)


def _numbered_heading(title: str, said: dict[str, object], text: str) -> tuple[dict[str, object], str, bool] | None:
    """A title line that is a document's kind and full number and nothing else (its date and issuer allowed), the next
    line its subject ("Về việc ...", "V/v ..."): that document, its subject, and whether what follows summarises it
    (anything but the opening of a document's body, "Căn cứ ...", "Thực hiện ...")."""
    at = said.get("title_at")
    if not isinstance(at, int):
        return None
    doc = _document_at(_kind_in_small_letters(title))
    if not doc or "/" not in str(doc.get("symbol", "")) or doc.get("titled"):
        return None
    sym = _symbol_in(str(doc["symbol"]), title)
    rest = title[sym.end() :] if sym else "?"
    if not _HEADING_REST.fullmatch(rest):
        return None
    below = [line.strip() for line in text[at + len(title) : at + len(title) + 2000].split("\n") if line.strip()]
    if not below or not _SUBJECT_OPENING.match(below[0]):
        return None
    subject = strip_punct(_SUBJECT_OPENING.sub("", below[0], count=1).strip())
    summary = len(below) > 1 and not _BASIS_START.match(below[1]) and not _SUBJECT_OPENING.match(below[1])
    return doc, subject, summary


# what may follow a document's number on its heading line: its date, its issuer
_HEADING_REST = re.compile(r"(?:,?[ ]?(?:ngày[ ])?[\d/.\-]{6,10})?(?:[ ]của[ ][^.;:“”]{2,80})?[ .:]*")


def _named_by_number(title: str, text_follows: bool = False, text: str = "") -> dict[str, object] | None:
    """A title line that names a document by its kind and number and describes it as a legal database does
    ("... ban hành bởi X"), or by its subject with the document's text under it (``text_follows``: "Công văn số
    68/TANDTC-TĐKT phát động thi đua ..." then "Thực hiện ..."): the text's own name, as legal-database and
    repost pages open. The kind may be written in title case ("Nghị Quyết số ..."); the number must be a full
    symbol."""
    doc = _document_at(_kind_in_small_letters(title))
    if not doc or "/" not in str(doc.get("symbol", "")):
        return None
    sym = re.search(re.escape(str(doc["symbol"])).replace("/", r"[ ]?/[ ]?"), title)
    if not sym:
        return None
    rest = title[sym.end() :]
    if not text_follows and text:  # (or the page carries the text under its menus, the number in its heading:
        # "Chỉ thị 17/2006/CT-TTg của Thủ tướng Chính phủ về việc ..." ... "CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 17/2006/CT-TTG")
        below = text.find(title) + len(title)
        text_follows = re.compile(re.escape(str(doc["symbol"])), re.IGNORECASE).search(text, below) is not None
    described = _DESCRIBED.search(rest) is not None or (text_follows and _SUBJECT_AFTER_NUMBER.match(rest) is not None)
    if not described and not (doc.get("kind") == "Quyết định" and doc.get("of") and _DECIDES.search(rest)):
        return None
    doc.pop("titled", None)
    if not described:
        doc["listed"] = True  # a page listing one decision reports it (a database's page is the document)
    return doc


def _year(date: object, title: str, lead: list[str]) -> int | None:
    """The year of the document: its date's; else the year its title or lead gives the launch ("... và ký
    giao ước thi đua năm 2024"); else the title's first "năm YYYY"; else the lead's first date, then its
    first "năm YYYY"."""
    if date:
        return int(str(date)[:4])
    for t in (title, *lead):
        year = launch_year(t)
        if year:
            return year
    for t in (title, *lead[:2]):
        year = held_year(t) or (held_not_before(t, review=True) if t is title else None)  # (a title reviewing a
        if year:  # period: in its last year, "Tổng kết phong trào thi đua yêu nước giai đoạn 2010 - 2015")
            return year
    years = named_years(title)
    if years:
        return years[0]
    day = _lead_day(lead)
    if day:
        return day
    for t in (title, *lead):  # an event for an anniversary is held in its year ("kỷ niệm 70 năm ... (11/6/1948 -
        kept = _KEPT_ANNIVERSARY.search(t)  # 11/6/2018)"), when nothing else dates it
        if kept:
            return int(kept.group("end"))
    return None


_LETTER_HEAD = re.compile(
    r"^(?:Công văn|CÔNG VĂN|Văn bản)[ ]số[ ]?:?[ ]?(?P<symbol>\d{1,5}[a-z]?[ ]?/[ ]?[^\s,;]{2,30})[ ,]+"
    r"(?:V/v|v/v|V/V|về việc|Về việc)[ :.]+(?P<subject>\S.{5,300})$"
)
_ADDRESSED = re.compile(r"(?m)^[ ]*Kính gửi[ ]?:")
_FUTURE = re.compile(r"[ ](?:sẽ|sắp)[ ]")
_TOMORROW = re.compile(r"^(?:Sáng|Chiều|Tối|Trưa)[ ]mai[ ]")
_COMING_TERM = re.compile(
    r"(?i)\b(?:tiến[ ]tới|chào[ ]mừng|hướng[ ]tới|chuẩn[ ]bị|thông[ ]tin[ ]về)[ ]Đại[ ]hội[^.;:]{0,160}?"
    r"\(?nhiệm[ ]kỳ[ ](?P<y>(?:19|20)\d\d)"
    r"[ ]?[-–][ ]?(?:19|20)\d\d"
)
_KEPT_ANNIVERSARY = re.compile(  # (one of a list: "chào mừng Đại hội ..., 90 năm ngày truyền thống MTTQ (18-11-1930 –")
    r"(?i)(?:kỷ[ ]niệm|kỉ[ ]niệm|chào[ ]mừng|,)[ ]\d{1,3}[ ]năm[^()]{0,120}\((?:\d{1,2}[/.\-]\d{1,2}[/.\-])?"
    r"(?:19|20)\d\d[ ]?[-–][ ]?(?:(?P<end_d>\d{1,2})[/.\-](?P<end_m>\d{1,2})[/.\-])?(?P<end>(?:19|20)\d\d)\)"
)


def _lead_day(lead: list[str], published: str | None = None) -> int | None:
    """The year of the day the lead opens with (:func:`_lead_date`), or of its month when the page gives the
    day's year only through its publication."""
    day = _lead_date(lead, published)
    return int(day[:4]) if day else None


def _lead_date(lead: list[str], published: str | None = None) -> str | None:
    """The day the lead opens with ("Sáng ngày 10/3/2023, UBND huyện ..."), ISO, else the day its first
    sentences give the event by its time of day ("..., tổ chức chiều 28/2 tại ...");
    a day without its year ("Ngày 29/12, ...") on a page published on ``published`` is the last such day
    before it (2023-12-29 for a page of 04/01/2024), or the coming one when the lead says it will be ("sẽ diễn
    ra"); the year a review sets out wins over the page's (a repost)."""
    for t in lead:
        if _BASIS_START.match(t):
            after = _DAY_AFTER_BASIS.search(t)  # "Thực hiện Hướng dẫn số 04/HD-VKSTC ngày 04/01/2023 ..., ngày
            if after and (day := _PAGE_DATE.fullmatch(after.group("day"))) and iso_date(day.groupdict()):
                return iso_date(day.groupdict())  # 10/02/2023 Cụm thi đua số 2 ... tổ chức Lễ ký kết ...": the event's
            continue  # "Thực hiện Quyết định số ... ngày 28/11/2022 ...": the date of what it rests on
        d = _PAGE_DATE.search(t, 0, _LEAD_DATE_WITHIN)
        if (
            d
            and iso_date(d.groupdict())
            and not rx.KIND_WORD_AT.search(t, 0, d.start())  # (not a cited date)
            and not _IN_PERIOD.search(t, 0, d.start())  # (nor the end of a period: "Đợt 1 (1.1 - 30.6.2026)")
        ):
            return iso_date(d.groupdict())
    # the first sentence that opens on a day (a headline without a topic may come first)
    day = next((d for t in lead[:2] if (d := _LEAD_PREFIX.match(t)) and d.group("day")), None)
    if day and (found := _opening_day(day, published)):
        return found
    for t in lead[:2]:
        if _BASIS_START.match(t):
            continue
        for m in _EVENT_DAY.finditer(t):
            if _CITED_BEFORE.search(t, max(0, m.start() - 90), m.start()):
                continue  # "Chỉ thị số 11-CT/TU ngày 5-8-2016": a cited document's date
            day, month, year = m["d"] or m["d2"], m["m"] or m["m2"], m["y"] or m["y2"]
            if year:
                return iso_date({"d": day, "m": month, "y": year})
            return _day_of(int(day), int(month), t, m.end(), published)
    for t in lead[:2]:  # the day set between commas after what the event is for or where it is ("Nhân kỷ niệm ...,
        # ngày 19/11, trường Mầm non Minh Huệ tổ chức ..."; "Tại Hà Nội, ngày 7-1, Công đoàn ..."; "Nhằm tổng kết
        # ..., chiều ngày 26 tháng 4 năm 2022 tại Hội trường ..., Ban Chỉ đạo ... tổ chức ...")
        if _BASIS_START.match(t):
            continue
        for m in _DAY_BETWEEN_COMMAS.finditer(t):
            if _CITED_BEFORE.search(t, max(0, m.start() - 90), m.start()):
                continue
            month, year = m["m"] or m["m2"], m["y"] or m["y2"]
            if year:
                return iso_date({"d": m["d"], "m": month, "y": year})
            return _day_of(int(m["d"]), int(month), t, m.end(), published)
    if published and len(published) == 10 and any(_TODAY.search(t) for t in lead[:2] if not _BASIS_START.match(t)):
        return published  # ("... do Sở Y tế tổ chức sáng nay" on a page of 23.02.2022: that day)
    return None


_TODAY = re.compile(r"(?i)\b(?:sáng|chiều|tối|trưa|hôm)[ ]nay\b")


def _opening_day(day: re.Match[str], published: str | None) -> str | None:
    """The ISO day of a sentence's opening day (a :data:`_LEAD_PREFIX` match) written without its year."""
    parts = re.split(r"[/.\-]", day.group("day"))
    return _day_of(int(parts[0]), int(parts[1]), day.string, day.end(), published) if len(parts) == 2 else None


def _reporting_sentence(text: str, said: dict[str, object]) -> str | None:
    """The sentence that reports the page's document (:func:`lead`'s ``span``)."""
    span = said.get("span")
    return text[span[0] : span[1]] if isinstance(span, tuple) else None


def _reported_day(text: str, said: dict[str, object], published: str | None) -> str | None:
    """The day the reporting sentence opens with: in full ("Ngày 30/1/2023, Chủ tịch UBND tỉnh ... đã phát động
    ..."), or without its year, in the year of the page's publication."""
    day = _LEAD_PREFIX.match(_reporting_sentence(text, said) or "")
    if not day or not day.group("day"):
        return None
    parts = re.split(r"[/.\-]", day.group("day"))
    if len(parts) == 3:
        return iso_date({"d": parts[0], "m": parts[1], "y": parts[2]})
    numbered = _year_in_number(said.get("symbol"))
    if len(parts) == 2 and numbered and not published:  # "Ngày 28-4, UBND thành phố ban hành Quyết định số
        return iso_date({"d": parts[0], "m": parts[1], "y": str(numbered)})  # 09/2020/QĐ-UBND": of its year
    return _opening_day(day, published) if published else None


def _year_in_number(symbol: object) -> int | None:
    """The year a legal document's number carries ("09/2020/QĐ-UBND" → 2020), as resolution reads it."""
    from ..resolve.documents import parse_symbol

    parsed = parse_symbol(str(symbol)) if symbol else None
    return parsed.year if parsed else None


def _hosted_by(lead: list[str]) -> str | None:
    """The body the lead's first sentences say holds the event ("hội nghị ... do Sở Y tế tổ chức")."""
    for sentence in lead[:2]:
        m = _HOSTED_BY.search(sentence)
        if m:
            body, _person, _post = actor(m.group("body") or m.group("hall"))
            if body:
                return body
    return None


def _just_issued(text: str, said: dict[str, object]) -> bool:
    """Does the sentence that reports the page's document say it was just issued ("vừa ban hành", "mới ký")?"""
    return _JUST.search(_reporting_sentence(text, said) or "") is not None


def _near_anniversary(d: int, month: int, sentence: str, within: int = 62) -> int | None:
    """The year that puts the day ``d``/``month`` nearest the anniversary ``sentence`` keeps ("(27/2/1955 –
    27/2/2023)"), when it falls within ``within`` days of it (before or after); else None."""
    kept = _KEPT_ANNIVERSARY.search(sentence)
    if not (kept and kept["end_m"]):
        return None
    end = int(kept["end"])
    anniversary = (end * 12 + int(kept["end_m"])) * 31 + int(kept["end_d"])
    years: tuple[int, ...] = (end - 1, end, end + 1)
    welcoming = _WELCOMING.search(sentence, 0, kept.start() + 12)
    if welcoming and not _REVIEWING.search(sentence[max(0, welcoming.start() - 80) : welcoming.start()]):  # an
        # anniversary to come ("chào mừng ..., 90 năm ngày
        years = tuple(y for y in years if (y * 12 + month) * 31 + d <= anniversary)  # truyền thống ... (18-11-1930 –
        # 18-11-2020)" on 23-3: 2020, the spring before it)
    year = min(years, key=lambda y: abs((y * 12 + month) * 31 + d - anniversary))
    return year if abs((year * 12 + month) * 31 + d - anniversary) <= within else None


_WELCOMING = re.compile(r"(?i)\b(?:chào[ ]mừng|hướng[ ]tới|tiến[ ]tới)\b")
# (but the review of what welcomed it comes after: "tổ chức hội nghị tổng kết đợt thi đua cao điểm chào mừng 95 năm
# thành lập Công đoàn Việt Nam (28/7/1929-28/7/2024)" on 22/8: 2024)
# (not the review of another thing, then a launch: "Tổng kết 13 năm thi hành Luật ... và Phát động phong trào ... chào
# mừng 70 năm")
_REVIEWING = re.compile(r"(?i)\b(?:tổng[ ]kết|sơ[ ]kết)\b(?!.*\b(?:phát[ ]động|triển[ ]khai|và)\b)")


def _dated_paragraph(zone: str, published: str | None) -> str | None:
    """The full day a paragraph of the lead opens with, when an introduction comes first ("Sinh thời Chủ tịch
    Hồ Chí Minh ..." then "Sáng ngày 23-6-2020, UBND huyện ... tổ chức Đại hội ..."), on a page published
    that year or the next (not the day an introduction recalls: "Ngày 11/6/1948, Chủ tịch Hồ Chí Minh ...")."""
    if not published:
        return None
    for sentence in zone.split("\n"):
        day = _LEAD_PREFIX.match(sentence)
        if sentence[:1] in "-–—(" or (day and ")" in day.group(0)):
            continue  # the end of a span broken off its line ("- 2/9/2025), xã ... đã triển khai ..."), no paragraph
        if day and day.group("day") and not _BASIS_START.match(sentence):
            date = _PAGE_DATE.search(day.group(0))
            iso = iso_date(date.groupdict()) if date else _opening_day(day, published)  # ("Chiều 30.1, khối thi
            if iso and 0 <= int(published[:4]) - int(iso[:4]) <= 1:  # đua ... tổ chức ..." on a page of 31/01/2023)
                return iso
    return None


def _day_of(d: int, month: int, sentence: str, at: int, published: str | None) -> str | None:
    """The ISO day ``d``/``month`` written without its year in ``sentence`` (the day ends at ``at``): in the
    year the review it names is held, else by the page's publication (:func:`_lead_date`)."""
    if not (1 <= month <= 12 and 1 <= d <= 31):
        return None
    held = held_year(sentence, month)  # a review of 2017 setting out 2018 ("Sáng ngày 20/3, ... tổng kết
    if held:  # năm 2017, triển khai kế hoạch 2018"): 2018, whenever the page was posted
        return iso_date({"d": str(d), "m": str(month), "y": str(held)})
    if not published:  # no page date: the one year the sentence names ("Ngày 18/4, UBND tỉnh tổ chức Lễ phát động
        stated = {y for y in named_years(sentence) if y >= HISTORY_BEFORE}  # thi đua ... năm 2023"; a horizon,
        # "đến năm 2030", is none, nor history recalled, "Cách mạng tháng Tám năm 1945")
        stated |= set(lunar_years(sentence))  # ("Ngày 19/2 (tức mùng 8 Tết Tân Sửu)": 2021)
        reviewed = held_not_before(sentence, review=True) if month >= 4 else None
        if reviewed and all(y <= reviewed for y in stated):  # a review held in the last year of what it looks back
            return iso_date({"d": str(d), "m": str(month), "y": str(reviewed)})  # on, whose first year the words
            # name too ("Ngày 5-9, ... tổng kết 5 năm thực hiện phong trào ... lần thứ V (năm 2009 - 2014)": 2014)
        if len(stated) == 1:
            year = stated.pop()
            if month >= 11 and launch_year(sentence) == year:
                year -= 1  # "Sáng ngày 16/12, ... Lễ phát động phong trào Thi đua Quyết thắng năm 2026": the year's
                # emulation is launched before it begins
            return iso_date({"d": str(d), "m": str(month), "y": str(year)})
        year = _near_anniversary(d, month, sentence, within=366)  # else the anniversary it leads to ("Ngày 19.1,
        # ... chào mừng kỉ niệm 96 năm Ngày thành lập Đảng (3.2.1930 – 3.2.2026)": 2026-01-19)
        if not year and not stated and month <= 8 and (term := _COMING_TERM.search(sentence)):
            year = int(term["y"])  # else a congress it leads to, by the term it opens ("Chiều 5/4, ... Lễ phát động
            # thi đua ... tiến tới Đại hội ... lần thứ VIII (nhiệm kỳ 2019 - 2024)": 2019)
        if not year and not stated:
            year = congress_year(sentence)  # else the congress it holds or prepares, by its period ("Chiều 14/8,
            # ... họp Ban Tổ chức Đại hội Thi đua yêu nước tỉnh ... lần thứ I (2025 – 2030)": 2025)
        if not year and not stated and month >= 4:  # else, from spring, the last year of the period a review looks
            year = held_not_before(sentence, review=True)  # back on ("Ngày 14-6, Hội CCB huyện ... tổng kết 5 năm
            # phong trào ... giai đoạn 2014-2019": 2019; in January it may be the next year's)
        return iso_date({"d": str(d), "m": str(month), "y": str(year)}) if year else None
    near = _near_anniversary(d, month, sentence)  # ("Sáng 27/2, ... kỷ niệm 68 năm Ngày Thầy thuốc Việt Nam
    if near:  # (27/2/1955 – 27/2/2023)" on a page of 24/02/2023: the day of the anniversary, 2023)
        return iso_date({"d": str(d), "m": str(month), "y": str(near)})
    year, pub_month, *rest = (int(p) for p in published.split("-"))
    period = congress_period(sentence)  # the congress the sentence names by its period, and the year it sits
    held = congress_held(*period) if period else None
    coming = _FUTURE.search(sentence, at, at + 120) or _TOMORROW.match(sentence)  # ("Ngày 15-3, ... sẽ diễn ra",
    if not coming and (month, d) > (pub_month, rest[0] if rest else 31):  # "Sáng mai 9-9, ...": a coming day)
        year -= 1  # (a day after the page's: the year before, unless the congress it holds sits in the page's
        if held == year + 1 and _HOLDS_CONGRESS.search(sentence):  # year, the stamp a clock not the posting: "Thứ 5
            year = held  # Ngày 14/5/2020" over "Sáng 29-6, thị xã ... tổ chức Đại hội Thi đua ... ( 2020 - 2025)")
    if period and not period[0] <= year <= period[1] + 1:  # a period the page's stamp is far outside: the stamp is
        return iso_date({"d": str(d), "m": str(month), "y": str(held)})  # when the page was printed ("Thứ hai
        # 23/5/2022" over "Chiều 03/6, ... chuẩn bị cho Đại hội thi đua yêu nước tỉnh lần thứ IV giai đoạn 2010-2015")
    earliest = held_not_before(sentence)  # ("Ngày 7/10, ... tuyên dương điển hình tiên tiến giai đoạn 2020 - 2025" on
    if earliest and year < earliest <= year + 1:  # a page stamped 26/9/2025: 2025, not 2024)
        year = earliest
    return iso_date({"d": str(d), "m": str(month), "y": str(year)})


# the day of an event inside a lead, by the time of day ("tổ chức chiều 28/2 tại ...", "sáng nay 27.12", "vào
# sáng 22/4/2021"); a bare "ngày 9/1" there is as often an anniversary's or a cited document's
_DAY_BETWEEN_COMMAS = re.compile(
    r"(?<=,[ ])(?:(?:sáng|chiều|tối|trưa)[ ])?(?:ngày|Ngày)[ ](?P<d>\d{1,2})(?:[/.\-](?P<m>\d{1,2})"
    r"(?:[/.\-](?P<y>(?:19|20)\d\d))?|[ ]tháng[ ](?P<m2>\d{1,2})(?:[ ]năm[ ](?P<y2>(?:19|20)\d\d))?)(?![\d/.\-]?\d)"
    r"(?:[ ]tại[ ][^,;.]{2,100})?,[ ]"
)
_EVENT_DAY = re.compile(
    r"(?i)(?<!\w)(?:sáng|chiều|tối|trưa)[ ](?:nay[ ])?(?:ngày[ ])?"
    r"(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})(?:[/.\-](?P<y>(?:19|20)\d\d))?(?![\d/.\-]?\d)"
    # ... or the day between the body and what it did ("UBND Q. Sơn Trà (TP Đà Nẵng) ngày 18-1 tổ chức hội nghị ...")
    r"|(?<=[\w)])[ ]ngày[ ](?P<d2>\d{1,2})[/.\-](?P<m2>\d{1,2})(?:[/.\-](?P<y2>(?:19|20)\d\d))?[ ,]+"
    r"(?=(?:đã[ ]|long[ ]trọng[ ])?(?:tổ[ ]chức|phát[ ]động|ký[ ]kết|tổng[ ]kết|sơ[ ]kết)\b)"
)
# what marks a date as a cited document's: its number or its kind just before ("... số 11-CT/TU ngày 5-8-2016")
_CITED_BEFORE = re.compile(rf"(?:\d[a-z]?/[A-ZĐ0-9]|(?<!\w)số[ ]\d|(?:{rx.KIND_CITE_RE})[ ](?:số[ ])?\d)[^,;]*$")


_LEAD_DATE_WITHIN = 60
_HOLDS_CONGRESS = re.compile(r"(?i)\btổ[ ]chức[ ]Đại[ ]hội[ ](?:[^.;:“”()]{0,30}[ ])?thi[ ]đua")


_SUBJECT_WITHIN = 6000  # characters: where a page names again and again the body it is about
_SUBJECT_NAME_END = re.compile(r"[,.;:()“”\"!?\n]")
_OTHER_PARTY = re.compile(r"(?i)\b(?:của|do|theo|với|cho|và|thuộc|tặng|từ|gửi|đến|tới|giữa)[ ]$")
_SUBJECT_MAX_WORDS = 14
_UNIT_SHORT = frozenset({"TP", "TX", "TT", "Q", "H"})  # a unit written short, its name left out ("UBND TP")
_SCHOOL_NAME = re.compile(rf"Trường[ ](?:{rx.SCHOOL_TYPE_RE})(?![\w&])")


def page_subject(text: str, zone: str) -> str | None:
    """The body a page is about, when no sentence of its opening says who acts: the body its headline or lead
    names that the page names again, in the words every naming shares ("Trường THPT Lê Lợi đã đạt ...",
    "Trường THPT Lê Lợi từng đối mặt ..." → "Trường THPT Lê Lợi"). A body named as another's party ("của", "do",
    "với" ...) is not the page's subject: "các phong trào do Ủy ban nhân dân tỉnh phát động" names who launched
    what the subject takes part in."""
    named: list[tuple[str, ...]] = []
    window = text[:_SUBJECT_WITHIN]
    for m in _ACTOR_HEAD.finditer(window):
        at = m.start()
        if at and (window[at - 1].isalpha() or window[at - 1] in "‘“\"'"):
            continue  # inside a word, or a quoted theme's first word
        if _NOT_A_BODY.match(window, at) or _POSTS.match(window, at) or _OTHER_PARTY.search(window, max(0, at - 8), at):
            continue
        if _EVENT_BEFORE.search(window, max(0, at - 12), at):
            continue  # "kỷ niệm 90 năm ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam": whose anniversary it is
        stop = _SUBJECT_NAME_END.search(window, at, at + 160)
        body, _ = clean_body(window[at : stop.start() if stop else at + 160])
        words = tuple(body.split()[:_SUBJECT_MAX_WORDS])
        if len(words) >= 2:
            named.append(words)
    best: tuple[int, tuple[str, ...]] | None = None
    for words in set(named):
        for k in range(len(words), 1, -1):  # the longest wording another naming shares
            prefix = words[:k]
            count = sum(1 for w in named if w[:k] == prefix)
            if count >= 2:
                break
        else:
            continue
        name = " ".join(prefix)
        if not (prefix[-1][0].isupper() or prefix[-1][0].isdigit()) or prefix[-1] in _UNIT_SHORT:
            continue  # a name that is no one's ("Công đoàn", "Đoàn các cấp", "Trường Cao đẳng", "UBND TP")
        if _POST_HEAD.match(name + " ") or (prefix[0] == "Trường" and not _SCHOOL_NAME.match(name)):
            continue  # a post ("Chủ tịch"), a person ("Trường Giang")
        if name not in zone:
            continue  # (the body a page is about is named in its headline or lead)
        if best is None or (count, len(prefix)) > (best[0], len(best[1])):
            best = (count, prefix)
    return " ".join(best[1]) if best else None
