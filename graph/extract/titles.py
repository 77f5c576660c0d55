"""The title of a text that has no formal header, from the line or sentence that names it.

A page's headline or lead says who did what ("Sáng 24/9, Công đoàn Giáo dục Việt Nam tổ chức hội nghị điển hình
tiên tiến ... giai đoạn 2020-2025."; "Cụm thi đua các huyện, thành phố ký kết giao ước thi đua năm 2023"); the
title of what it reports is the *what*: the event or the action, without the day, the place, the actor, the verb
"tổ chức" or the words that run on past it (", với sự tham dự của ...", " diễn ra từ ...", " với những nội dung
sau"). A sentence about who attended names no title at all.
"""

from __future__ import annotations

import re

from ..vocab import LOWER, UPPER
from . import regexes as rx
from .text import strip_punct

# the day, the time of day and the place a lead opens with: "Sáng 24/9, ", "Ngày 3-2, tại phường X, ",
# "Mới đây, tại Ban Chỉ huy quân sự ..., ", "Tại huyện Kon PLông, ", "Theo đó, "
_OPENING = re.compile(
    r"^(?:\([A-ZĐ]{1,8}(?:[-–][A-ZĐ]{1,8})?\)[.]?[ ]?(?:[-–—][ ]?)?"
    r"|\([\w.]{3,30}\)[ ]?[-–—][ ]?|[A-Z][\w.]{2,30}[ ][-–—][ ]|"  # ("(Thanhuytphcm.vn) - ", "Kinhtedothi - ")
    r"[A-ZĐ]{2,8}[ ]?[-–—][ ]?)?"  # the paper's code:
    # "ĐNO - ", "(GLO)- ", "(BL-TT) ", "(SGGP).- "
    r"(?:(?:(?:Sáng|Chiều|Tối|Trưa)[ ](?:nay[ ])?(?:ngày[ ])?|Ngày[ ]|ngày[ ])\(?\d{1,2}[/.\-]\d{1,2}"
    r"(?:[/.\-](?:19|20)\d\d)?\)?[ ]?,?[ ]|(?:Mới đây|Vừa qua|Hôm nay|Sáng nay|Chiều nay|Theo đó|Tiếp đó),[ ]?)?"
    r"(?:[Tt]ại[ ](?:TP\.|Tp\.|[^,;.“”]){2,80},[ ])?"  # ("tại TP.Đà Lạt, ")
)
# the actor and what it does: "<a body or a place> [đã|vừa|long trọng] tổ chức | phát động | ký kết ..." — the
# actor is a body ("Khối thi đua ...", "UBND phường ...", "Đảng ủy, Bộ Chỉ huy ...") or a place ("Tịnh Biên",
# "TP. Bến Tre", "Sở Tư pháp Tây Ninh"), in at most 20 words before the verb
_ACTS = re.compile(
    rf"^(?P<actor>(?:(?:(?:[Cc]ác[ ])?(?:{rx.BODY_HEAD_RE}|Khối|Cụm|Đơn vị|đơn vị)|Lãnh đạo|Tỉnh|Huyện|Thị xã"
    rf"|Thành phố|TP\.?|Quận|Phường|Xã|(?:tỉnh|huyện|xã|phường|quận|thị xã|thành phố)(?=[ ][{UPPER}]))\b"
    rf"|[{UPPER}][{LOWER}]*[ ][{UPPER}])"
    r"(?:(?!(?<!TP)(?<!Tp)[.]|[;:“”\"/]|[ ](?:về|của|và[ ]ký|với|số)[ ])\S|[ ]){0,150}?)"  # ("UBND TP. Bạc Liêu")
    r"[ ](?:(?:đã|vừa|sẽ|chính thức|long trọng|trang trọng)[ ])*"
    r"(?P<verb>tổ chức|phát động|ký kết|ký giao ước|thi đua[ ](?:đặc biệt|cao điểm)|tổng kết|sơ kết|ra quân"
    r"|hưởng ứng|triển khai)[ ]"
)
# "<actor> có / ban hành Quyết định về ...": what the document does
_ISSUES = re.compile(
    rf"^(?P<actor>(?:{rx.BODY_HEAD_RE})\b[^.;:“”]{{0,150}}?)[ ](?:(?:đã|vừa)[ ])?(?:có|ban hành|ký ban hành)[ ]"
    rf"(?:{rx.KIND_CITE_RE})[ ](?:về[ ](?:việc[ ])?)?(?=\S)",
    re.IGNORECASE,
)
# what runs on past the name of the event or the action
_RUNS_ON = re.compile(
    r",?[ ](?:với sự tham dự|với sự tham gia|với sự có mặt|dưới sự chủ trì)\b.*$"
    r"|[ ](?:diễn ra|được tổ chức)[ ](?:từ|vào|trong|ngày|tại|sáng|chiều)\b.*$"
    r"|(?:,[ ]?|[ ])(?:với|gồm)[ ](?:những|các)[ ]nội dung[ ](?:sau|như sau|chủ yếu sau)\b.*$"
    r"|,[ ](?:nhằm|góp phần|qua đó)[ ].*$"  # its purpose, after a comma
    r"|,[ ](?:có hiệu lực|có hiệu lực thi hành)[ ].*$"  # when it takes effect ("..., có hiệu lực từ ngày 8-5-2020")
    r"|(?<=[^\W\d]{2})[ ]nhằm[ ](?!mục\b).*$"  # or run on ("... năm 2022 nhằm đẩy mạnh công tác tuyên truyền ...")
    r"|[ ](?:vừa|mới)[ ](?:được[ ])?(?:ký[ ])?ban hành\b.*$"  # "“...” mới ban hành không đơn thuần là ..."
    r"|[ ]do[ ](?:đồng chí[ ])?[^.;“”]{3,120}?[ ](?:ký|ký ban hành)$"  # "... do Phó Chủ tịch ... ký": who signed
    r"|,?[ ](?:gồm|như sau)[ ]?:[ ]?$"
    # "... (Kế hoạch).", "(viết tắt là Kế hoạch số 714)": the short name the text defines for it
    r"|[ ]\((?:(?:viết tắt là|sau đây gọi tắt là|sau đây gọi là|gọi tắt là)[ ])?(?:Kế hoạch|Chỉ thị|Quyết định"
    r"|Phong trào|Đề án)[^()]{0,30}\)[.]?$"
    r"|[ ]?\(\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d[ ]\d{1,2}:\d{2}(?::\d{2})?\)$"  # "(09-03-2023 14:51)": posted
)
# a lead is a sentence: it ends with a full stop, or a second sentence follows the first
_SENTENCE_END = re.compile(r"[^ .]{3}[.!]$")
_NEWS = re.compile(r"[ ](?:vừa|đã|mới)[ ]|^.{130}")  # a lead tells what has just been done, at length
_NEXT_SENTENCE = re.compile(rf"(?<=[^ .]{{3}}[.!?])[ ]+(?=[{UPPER}])")
_TOOK_PLACE = re.compile(r"^(?:tại[ ][^,.;]{2,100}?,?[ ])?(?:đã[ ])?(?:long[ ]trọng[ ]|trọng[ ]thể[ ])?diễn[ ]ra[ ]")
# who attended: a sentence that names no title ("Dự Hội nghị có đồng chí ...", "Tham dự đại hội có ông ...")
_ATTENDANCE = re.compile(r"^(?:Tham dự|Dự|Đến dự|Về dự|Cùng dự)[ ]")


def event_title(line: str) -> str | None:
    """The title that a headline or a lead sentence gives: the event or the action it reports, as written.

    >>> event_title("Sáng 24/9, Công đoàn Giáo dục Việt Nam tổ chức hội nghị điển hình tiên tiến.")
    'hội nghị điển hình tiên tiến'
    """
    text = line.strip()
    if _ATTENDANCE.match(text):
        return None
    opening = _OPENING.match(text).end()  # type: ignore[union-attr]
    if opening or _NEXT_SENTENCE.search(text) or (_SENTENCE_END.search(text) and _NEWS.search(text)):
        # a lead sentence; a headline keeps its actor as written ("Cụm thi đua số 1 ký kết giao ước thi đua ...")
        text = _NEXT_SENTENCE.split(text[opening:], maxsplit=1)[0]
        if acts := _ACTS.match(text):
            text = text[acts.end() :] if acts["verb"] == "tổ chức" else text[acts.start("verb") :]
        elif took_place := _TOOK_PLACE.match(text):  # "tại tỉnh Hà Nam, đã diễn ra Hội nghị tổng kết ...": the event
            text = text[took_place.end() :]
    if issues := _ISSUES.match(text):  # "UBND tỉnh ban hành Kế hoạch tổ chức ...": what the document does
        text = text[issues.end() :]
    text = _RUNS_ON.sub("", text)
    return strip_punct(text) or None
