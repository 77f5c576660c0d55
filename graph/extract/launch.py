"""Is the document a launch — a text that launches emulation, the end of a cascade (DESIGN.md §1)?

A launch is a document whose kind is Phát động; or whose title or opening says phát động (phong trào)
thi đua, tổ chức / triển khai / hưởng ứng phong trào thi đua, an emulation drive (đợt thi đua), or a
cluster's covenant (giao ước thi đua); or that launches a named campaign (phát động phong trào “…”,
cuộc vận động “…”).  A provincial "Chỉ thị về phát động thi đua năm 2024" is a launch too.  Reports,
decisions on awards and news about ceremonies are not, unless their title or opening states a launch.
"""

from __future__ import annotations

import re

from ..models import Campaign
from ..vocab import HISTORY_BEFORE
from . import regexes as rx
from .regexes import BODY_HEAD_RE

# what a "phát động" launches that is no emulation: a contest, a prize, a day; a ceremony of political study too
_CONTEST_OR_DAY = r"cuộc[ ]thi|hội[ ]thi|giải|ngày"
_NOT_EMULATION_CEREMONY = _CONTEST_OR_DAY + r"|(?:đợt[ ])?sinh[ ]hoạt[ ]chính[ ]trị"

_CUE = re.compile(
    r"(?i)phát[ ]động[ ](?:(?:hưởng[ ]ứng|thực[ ]hiện|một)[ ])?"  # ("phát động hưởng ứng phong trào “...”", "phát
    # động một phong trào thi đua sâu rộng")
    r"(?:ph[oò]ng[ ]trào|(?:đợt[ ])?(?:cao[ ]điểm[ ])?thi[ ]đua|cuộc[ ]vận[ ]động|các[ ]phong[ ]trào)"
    r"|(?:tổ[ ]chức(?:[ ]thực[ ]hiện)?|triển[ ]khai(?:[ ]thực[ ]hiện)?|hưởng[ ]ứng(?![ ]các\b)|phát[ ]động)"
    r"[ ](?:các[ ])?"  # (not "đã hưởng ứng các phong trào thi đua, nhờ đó ...": movements in general, a record)
    r"(?:phong[ ]trào|đợt|hoạt[ ]động)[ ]thi[ ]đua"  # ("Kế hoạch tổ chức các hoạt động thi đua chào mừng ...")
    r"|(?<![Cc]ụm[ ])(?<![Kk]hối[ ])(?:ký[ ](?:kết[ ])?)?giao[ ]ước[ ]thi[ ]đua|ký[ ](?:kết|cam[ ]kết)[ ]thi[ ]đua\b"
    r"|(?:phát[ ]động[ ]và[ ])?ký[ ]kết[ ]phong[ ]trào[ ]thi[ ]đua"  # ("phát động và ký kết phong trào thi đua")
    # ("Cụm giao ước thi đua các huyện miền Đông": a cluster's name; "Lễ ký kết thi đua năm 2018": a covenant)
    r"|(?:phát[ ]động|triển[ ]khai|tổ[ ]chức)[ ]đợt[ ]thi[ ]đua"
    r"|thi[ ]đua[ ]đặc[ ]biệt"
    r"|phát[ ]động[ ]cuộc[ ](?=[“\"])"  # a movement launched by its name ("phát động cuộc “Đồng Khởi mới”")
    r"|phát[ ]động[ ](?:ra[ ]quân[ ])?(?:[Tt]ết[ ]trồng[ ]cây|[Tt]háng[ ][Tt]hanh[ ]niên)\b"  # the yearly national ones
    # the Youth Month's launch ("Lễ khởi động Tháng Thanh niên", "triển khai các hoạt động khởi động Tháng Thanh niên")
    r"|\b(?:lễ[ ]|hoạt[ ]động[ ])?(?:khởi[ ]động|ra[ ]quân)[ ][Tt]háng[ ][Tt]hanh[ ]niên\b"  # (or its turnout: "Lễ
    # ra quân Tháng Thanh niên năm 2017")
    # ("đợt thi đua ... mà BĐBP các tỉnh ... phát động và ký giao ước")
    r"|phát[ ]động[ ]và[ ](?:tổ[ ]chức[ ])?ký(?:[ ]kết)?[ ](?:giao[ ]ước|đợt[ ]thi[ ]đua)\b"
    # a drive opened for its period ("Đợt thi đua cao điểm có chủ đề “...” được triển khai từ ngày 31-7 đến ...")
    r"|\bđợt[ ]thi[ ]đua[^.;:\n]{0,160}?[ ]được[ ](?:phát[ ]động|triển[ ]khai)[ ]từ[ ](?:ngày[ ])?\d"
    r"|\blễ[ ]phát[ ]động\b(?![ ](?i:" + _NOT_EMULATION_CEREMONY + r")\b)"
    # "Tại lễ phát động, ...": a launch ceremony (not of a contest, a day or a drive of political study: "Lễ phát động
    # Cuộc thi viết ...", "Lễ phát động ngày chuyển đổi số quốc gia", "lễ phát động đợt sinh hoạt chính trị đặc biệt")
    r"|\blễ[ ]ký[ ]kết\b(?=[^.;\n]{0,80}\bthi[ ]đua\b)"  # "Lễ ký kết nhằm đẩy mạnh phong trào thi đua ...": a covenant
    # the movement after where it is launched ("đã phát động trong toàn ngành Giáo dục và Đào tạo Phong trào thi đua")
    r"|phát[ ]động[ ](?:trong|tới|đến|cho)[ ][^.;:“”\"\n]{2,80}?[ ]phong[ ]trào[ ]thi[ ]đua"
    # ... or after whom it calls on ("đã phát động toàn lực lượng thi đua hành động với chủ đề “...”")
    r"|phát[ ]động[ ]toàn[ ](?:lực[ ]lượng|ngành|thể|dân|quân)[^.;:“”\"\n]{0,60}?[ ]thi[ ]đua\b"
    # a named movement launched by its own name ("đã phát động Tết trồng cây “đời đời nhớ ơn Bác Hồ”", "phát động
    # chiến dịch “Bình dân học vụ số”"; not an event "phát động hưởng ứng “Tuần lễ áo dài”")
    r"|phát[ ]động[ ](?:Tết[ ]trồng[ ]cây|chiến[ ]dịch|chương[ ]trình|(?i:tháng|tuần[ ]lễ|đợt)[ ]cao[ ]điểm|tuần[ ]lễ)"
    r"[^.;:“”\"\n]{0,60}?[ ]?[“«]"  # (... or a peak month: "phát động tháng cao điểm “Vì người nghèo”")
    # a drive launched by its quoted name alone ("Theo đó, phát động “Tuần lễ gửi tiết kiệm ...”"; not a contest)
    r"|phát[ ]động[ ][“«](?!(?i:" + _CONTEST_OR_DAY + r")\b)"
    # a movement launched at the event the page reports, told in the passive ("Đây là chủ đề của Phong trào thi đua
    # yêu nước ... được Bộ trưởng Đào Ngọc Dung phát động tại Đại hội Thi đua yêu nước ... vừa diễn ra ngày ...")
    r"|(?:ph[oò]ng[ ]trào|đợt)[ ]thi[ ]đua[^.;:\n]{0,160}?[ ](?:được|do)[ ][^.;:\n]{2,60}?[ ]phát[ ]động[ ]tại[ ]"
    r"(?:Đại[ ]hội|Hội[ ]nghị|[Ll]ễ|buổi[ ]lễ)[^.;\n]{0,200}?\b(?:vừa|hôm[ ]nay|sáng[ ]nay|chiều[ ]nay)\b"
)
# a launch ceremony of something that is no emulation, which a later "lễ phát động" refers back to
_OTHER_CEREMONY = re.compile(r"(?i)\blễ[ ]phát[ ]động[ ](?:" + _NOT_EMULATION_CEREMONY + r")\b")
# kinds that do not launch by themselves (a report on last year's emulation, an award decision)
_NOT_BY_ITSELF = frozenset({"Báo cáo", "Thông báo", "Tờ trình", "Biên bản", "Thông tư", "Nghị định", "Luật"})
# a review or an award in the title: only a launch if the title itself states one
_REVIEW = re.compile(
    r"(?i)\b(?:tổng[ ]kết|sơ[ ]kết|(?<!thi đua, )(?<!thi đua - )(?<!thi đua – )khen[ ]thưởng"
    r"|tặng[ ](?:cờ|bằng|danh[ ]hiệu)"
    r"|trao[ ]tặng|kết[ ]quả|biểu[ ]dương|"
    r"tôn[ ]vinh|tuyên[ ]dương|vinh[ ]danh|kỷ[ ]niệm"
    r"|sau[ ]\d{1,2}[ ]năm[ ](?:thực[ ]hiện|triển[ ]khai))\b"  # ("... sau 3 năm thực hiện cuộc vận động “...”")
)


# "... về việc ban hành Kế hoạch triển khai Đợt thi đua": the subject of a cited document
_SUBJECT_LEAD = re.compile(
    r"(?i)(?:\bvề|\bvề[ ]việc|v/v|nhằm|để)[ ]"
    r"(?:(?:ban[ ]hành|phê[ ]duyệt)[ ])?(?:(?:kế[ ]hoạch|chương[ ]trình|đề[ ]án|hướng[ ]dẫn)[ ])?$"
)
# "Ngay từ đầu năm, các huyện trong cụm đã xây dựng kế hoạch và phát động phong trào ...": a review's account of
# launches made before, in the paragraph that looks back
_LOOKING_BACK = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?)][ ]))[ ]*"  # (a sentence's start: "(GMT+7) Trong giai đoạn 2015- 2020, ...")
    r"(?:Ngay[ ]từ[ ]đầu[ ]năm|Từ[ ]đầu[ ]năm|Thời[ ]gian[ ]qua|Trong[ ]thời[ ]gian[ ]qua"
    r"|Năm[ ]qua|Trong[ ]năm[ ]qua|Qua[ ]\d{1,2}[ ]năm|Sau[ ]\d{1,2}[ ]năm|Những[ ]năm[ ]qua"
    r"|(?:Trong[ ])?\d{1,2}[ ]năm[ ]qua"  # ("Trong 5 năm qua, LĐLĐ tỉnh đã phát động các phong trào thi đua ...")
    r"|Trong[ ]giai[ ]đoạn[ ](?:19|20)\d\d[ ]?[-–][ ]?(?:19|20)\d\d(?=,)"
    r"|Trong[ ]những[ ]năm[ ]qua|Từ[ ]năm[ ](?:19|20)\d\d)\b[^\n]*$"  # ("Sau 10 năm thực hiện Chỉ thị số 34-CT/TW,
    # ... tổ chức phong trào"; "Từ năm 2021, ... Sở Y tế đã phát động ...")
)
# a launch of long ago, told as history ("Theo sáng kiến của Chủ tịch Hồ Chí Minh, ngày 27/3/1948, Ban Chấp hành
# Trung ương Đảng ra Chỉ thị phát động phong trào thi đua ái quốc"): a day of a year before HISTORY_BEFORE opening
# the sentence, not the span of an anniversary kept ("kỷ niệm 75 năm ... (11/6/1948 - 11/6/2023)")
_HISTORY_TOLD = re.compile(
    r"(?:^|(?<=[.!?\n]))[^.!?\n(]*?\b(?:[Nn]gày[ ]\d{1,2}[/.\-]\d{1,2}[/.\-]|[Nn]ăm[ ])"
    r"(?P<year>1[89]\d\d)\b(?![ ]?[-–])[^.!?\n]*$"
)


_BY_UNCLE_HO = re.compile(r"\b(?:Chủ[ ]tịch[ ]Hồ[ ]Chí[ ]Minh|Hồ[ ]Chủ[ ]tịch|Bác[ ]Hồ)\b[^.;:!?\n“”]{0,60}$")


def by_uncle_ho(text: str, at: int) -> bool:
    """Is the launch at ``at`` told of President Hồ Chí Minh, history ("Chủ tịch Hồ Chí Minh luôn coi trọng khơi dậy,
    phát động phong trào thi đua yêu nước")?"""
    return _BY_UNCLE_HO.search(text, max(0, at - 80), at) is not None


def looks_back(sentence: str) -> bool:
    """Does the sentence open on a look back ("Thời gian qua, ...", "Từ đầu năm, ...", "Trong 5 năm qua, ...")?"""
    return _LOOKING_BACK.match(sentence.lstrip()) is not None


def told_as_history(text: str, at: int) -> bool:
    """Is the launch cue at ``at`` in a sentence that opens on a day or year of long ago (:data:`HISTORY_BEFORE`)?"""
    told = _HISTORY_TOLD.search(text, max(0, at - 200), at)
    return told is not None and int(told.group("year")) < HISTORY_BEFORE


# "Đại hội được tổ chức nhằm đánh giá ...; phát động phong trào thi đua ...": what an event is to do
_PURPOSE = re.compile(r"\bnhằm[ ][^.!?\n]*$")
# "các phong trào do UBND tỉnh phát động", "được Bộ Chính trị phát động": launched by another, before
_PASSIVE_LEAD = re.compile(r"\b(?:do|được)[ ](?:" + BODY_HEAD_RE + r")[^,.;“”]{0,60}$")
_REVIEW_LEAD = re.compile(
    r"(?i)(?:(?:tổng[ ]kết|sơ[ ]kết|thực[ ]hiện|đăng[ ]ký|chỉ[ ]tiêu)[ ](?:công[ ]tác[ ])?(?:việc[ ])?(?:đợt[ ])?"
    r"(?:thực[ ]hiện[ ])?(?:bản[ ])?"
    r"|bản[ ]đăng[ ]|tích[ ]cực[ ]|chủ[ ]động[ ]|[ ]trong[ ]|kết[ ]quả[ ]|giải[ ]pháp[ ]"
    r"|sau[ ]khi[ ]"  # ("Sau khi phát động thi đua nước rút 3 tháng cuối năm, Nông trường ... là đơn vị về thứ 2": what
    # came of a launch told before)
    r"|[ ]đều[ ]|thường[ ]xuyên[ ]|chú[ ]trọng[ ](?:tới[ ]|đến[ ])?"  # what all have done, as a rule, what was
    # attended to ("các cơ quan, đơn vị, địa phương đều phát động phong trào thi đua ...", "thường xuyên tổ chức các
    # phong trào thi đua", "Đã chú trọng tới phát động các phong trào thi đua đột xuất")
    r"|\d[ ](?:tháng|ngày|tuần|đợt|lần|buổi|cuộc)[ ]"  # "trong 6 tháng phát động thi đua": how long a drive ran;
    # "đã tổ chức 1.390 đợt phát động phong trào ...": how many were held, a record
    r"|(?:phương|hình|cách)[ ]thức[ ]|phương[ ]pháp[ ]|đổi[ ]mới[ ]|chỉ[ ]đạo[ ])$"  # "tích cực triển khai các
    # phong trào", "đóng góp ... trong triển khai thực hiện phong trào thi đua": a record of work done; "đổi mới
    # phương thức tổ chức các phong trào thi đua", "chỉ đạo đổi mới tổ chức phong trào thi đua": how movements are
    # run, not one launched
)


def states_launch(text: str, titled: bool = True, other_ceremony: bool = False) -> bool:
    """Does this title (``titled``) or opening say that emulation is launched?  A covenant reviewed ("sơ kết
    thực hiện giao ước thi đua") is not one launched; in an opening, a cue that is the subject of a cited
    document ("Chỉ thị số 02/CT-UBND ... về phát động thi đua") or a passive ("do UBND tỉnh phát động") does
    not count either."""
    for m in _CUE.finditer(text):
        before = text[max(0, m.start() - 64) : m.start()]
        if _REVIEW_LEAD.search(before):
            continue
        if m.group(0).lower() == "lễ phát động" and (other_ceremony or _OTHER_CEREMONY.search(text, 0, m.start())):
            continue  # "Tại lễ phát động, ...": the ceremony named before (``other_ceremony``: in the page around the
            # words given), of a contest or of political study
        if titled or not (
            _SUBJECT_LEAD.search(before[-40:])
            or told_as_history(text, m.start())
            or _LOOKING_BACK.search(text, max(0, m.start() - 600), m.start())
            or _PURPOSE.search(text, max(0, m.start() - 400), m.start())
            or _PASSIVE_LEAD.search(before)
            or _WILL.search(before)
            or _WILL_LIST.search(text, max(0, m.start() - 300), m.start())
            or _PREPARING.search(text, max(0, m.start() - 240), m.start())
            or _EVERY_YEAR.search(text, max(0, m.start() - 160), m.start())
            or before.endswith(("việc ", "Việc "))  # "việc tổ chức thực hiện phong trào thi đua ...": a topic named
            or by_uncle_ho(text, m.start())
        ):
            return True
    return False


# what is yet to be done ("Tỉnh ủy sẽ ban hành chỉ thị phát động phong trào thi đua ..."): no launch yet
_WILL = re.compile(r"\b(?:sẽ|dự[ ]kiến)[ ][^.;:!?\n]{0,50}$")
# ... and what an event being prepared is to do ("họp nghe ... báo cáo các nội dung chuẩn bị cho hội nghị tổng kết phong
# trào thi đua yêu nước năm 2022 và phát động thi đua yêu nước năm 2023")
_PREPARING = re.compile(
    r"(?i)\bchuẩn[ ]bị[ ](?:cho[ ])?(?:việc[ ])?(?:tổ[ ]chức[ ])?(?:hội[ ]nghị|đại[ ]hội|lễ|buổi)\b[^.!?\n]{0,200}$"
)
# ... and what is done every year, a task set out ("Hàng năm thống nhất nội dung, tiêu chí; tổ chức phát động, ký giao
# ước thi đua": the duties a decision gives the clusters)
_EVERY_YEAR = re.compile(r"\b(?:Hàng|Hằng|hàng|hằng)[ ]năm\b[^.!?\n]{0,140}$")
# ... and what an event yet to come is to do, listed ("tại hội nghị này sẽ tổng kết ...; phát động phong trào ...")
_WILL_LIST = re.compile(
    r"\b(?:tại|Tại)[ ](?:hội[ ]nghị|đại[ ]hội|Hội[ ]nghị|Đại[ ]hội)[ ](?:này[ ])?sẽ[ ][^.!?\n]{0,280}$"
)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CUE_WINDOW = 160


def launch_year(text: str) -> int | None:
    """The year a launch is for, when the text says it with the launch: the latest year stated in the words
    after the first cue ("tổng kết năm 2022 và ký giao ước thi đua năm 2023" → 2023; "phát động đợt thi đua
    ... (11/6/1948 - 11/6/2023)" → 2023)."""
    for m in _CUE.finditer(text):
        if _REVIEW_LEAD.search(text[max(0, m.start() - 64) : m.start()]):
            continue  # a movement reviewed ("Tổng kết 5 năm thực hiện phong trào thi đua ... (năm 2009 - 2014)")
        window = text[m.end() : m.end() + _CUE_WINDOW]
        stop = re.search(r"[.;]\s|\n", window)
        years = stated_years(window[: stop.start()] if stop else window, periods=False)
        if years:
            return max(years)
    return None


# a conference that reviews one year and sets out the next ("Hội nghị tổng kết công tác thi đua năm 2024, triển khai
# nhiệm vụ năm 2025"; "tổng kết năm 2017, triển khai kế hoạch 2018 và ký giao ước") is held at the turn of the two
_REVIEW_NEXT = re.compile(
    r"(?i)\b(?:tổng|sơ)[ ]kết\b[^.;\n]{0,120}?\bnăm[ ](?P<x>(?:19|20)\d\d)(?!\d)[^.\n]{0,120}?"
    r"\b(?:triển[ ]khai|phương[ ]hướng|nhiệm[ ]vụ|kế[ ]hoạch|giao[ ]ước|cam[ ]kết|phát[ ]động)\b[^.;\n]{0,80}?"
    r"(?<![\d/.\-])(?P<y>(?:19|20)\d\d)(?![\d/])"
)
# a review of N years of a dated document ("sơ kết 3 năm thực hiện Chỉ thị số 11-CT/TU ngày 5-8-2016") is held N
# years after it
_REVIEW_SPAN = re.compile(
    r"(?i)\b(?:tổng|sơ)[ ]kết[ ](?P<n>\d{1,2})[ ]năm[ ](?:thực[ ]hiện|triển[ ]khai)\b[^.;\n]{0,100}?"
    r"\bngày[ ]\d{1,2}[-/.]\d{1,2}[-/.](?P<y>(?:19|20)\d\d)(?!\d)"
)


# a ceremony receiving or handing an award for what was achieved in a year is held after it ("lễ đón nhận cờ thi
# đua của Chính phủ ... về thành tích xuất sắc trong phong trào thi đua yêu nước năm 2006": 2007)
_AWARDED_FOR = re.compile(
    r"(?i)\b(?:đón[ ]nhận|trao[ ]tặng|trao|nhận)\b[^.;\n]{0,150}?\b(?:thành[ ]tích|phong[ ]trào[ ]thi[ ]đua)\b"
    r"[^.;\n]{0,100}?\bnăm[ ](?P<x>(?:19|20)\d\d)(?![\d/\-])(?![ ]?[-–][ ]?(?:19|20)\d\d)"
)


# a review or an award of a period is held once the period ends ("tuyên dương điển hình tiên tiến giai đoạn 2020 -
# 2025": not before 2025)
_REVIEWS_PERIOD = re.compile(
    r"(?i)\b(?:(?P<review>tổng[ ]kết|sơ[ ]kết)|tuyên[ ]dương|biểu[ ]dương|điển[ ]hình[ ]tiên[ ]tiến"
    r"|đại[ ]hội[ ]thi[ ]đua)\b"
    r"[^.;\n]{0,120}?(?:\bgiai[ ]đoạn[ ]|\((?:năm[ ]|giai[ ]đoạn[ ])?)"  # ("lần thứ V (năm 2009 - 2014)")
    r"(?:19|20)\d\d[ ]?[-–][ ]?(?P<y>(?:19|20)\d\d)(?!\d)"
)


def held_not_before(text: str, review: bool = False) -> int | None:
    """The earliest year an event ``text`` names can be held in: the end of the period it reviews or rewards (only
    a review's, ``review``: "tổng kết ... giai đoạn 2014-2019"; a congress or a ceremony of honour may be named by
    the period it opens, "Đại hội thi đua ... giai đoạn 2020-2025" held in 2020)."""
    m = _REVIEWS_PERIOD.search(text)
    return int(m["y"]) if m and (not review or m["review"]) else None


def held_year(text: str, month: int | None = None) -> int | None:
    """The year a review conference or an award ceremony that ``text`` names is held, from what it reviews
    or rewards: the year it sets out after the one it reviews (the year reviewed for a day from October,
    ``month`` 10 to 12), the year a document it reviews N years of was dated plus N, or the year after the one
    whose achievements it rewards (that year for a day in December)."""
    m = _REVIEW_NEXT.search(text)
    if m and int(m["y"]) == int(m["x"]) + 1:  # (a year's review is held from its autumn: "Chiều 25/11, ... tổng kết
        # ... năm 2025 và triển khai ... năm 2026")
        return int(m["x"]) if month is not None and month >= 10 else int(m["y"])
    m = _AWARDED_FOR.search(text)
    if m:
        return int(m["x"]) if month == 12 else int(m["x"]) + 1
    m = _REVIEW_SPAN.search(text)
    if m and 1 <= int(m["n"]) <= 30:
        return int(m["y"]) + int(m["n"])
    m = _SCHOOL_YEAR.search(text)
    if m and month and int(m["y"]) == int(m["x"]) + 1:  # a school year runs from September to the next summer
        return int(m["x"]) if month >= 8 else int(m["y"])
    return None


# an event of a school year ("Ngày 25-5, Cụm thi đua số 4 ... tổ chức Hội nghị tổng kết công tác thi đua, khen
# thưởng năm học 2017-2018": 2018; "Ngày 15-10, ... ký kết giao ước thi đua ... năm học 2013 - 2014": 2013)
_SCHOOL_YEAR = re.compile(r"(?i)\bnăm[ ]học[ :]*(?P<x>(?:19|20)\d\d)[ ]?[-–][ ]?(?P<y>(?:19|20)\d\d)(?!\d)")


_RANGE_END = re.compile(
    r"(?:nhiệm kỳ|khóa|khoá)[ ](?:19|20)\d\d[ ]?[-–][ ]?(?:19|20)\d\d"
    r"|(?<![/.\-\d])((?:19|20)\d\d)[ ]?[-–][ ]?(?:19|20)\d\d(?![/\-\d]|\.\d)"
    r"|(?:[đĐ]ến|[tT]ới)[ ](?:năm[ ])?(?:19|20)\d\d"
)


def stated_years(text: str, periods: bool = True) -> list[int]:
    """Years stated in ``text``, a period of years counting by its first ("giai đoạn 2021 - 2025" → 2021),
    a horizon or a term of office not at all ("đến năm 2030", "nhiệm kỳ 2025 - 2030"); a date's year counts."""
    return [int(y) for y in _YEAR.findall(_without_ranges(_SYMBOL_YEAR.sub(" ", text), periods))]


# the year inside a cited document's number is that document's ("Nghị định 91/2017/NĐ-CP", "Nghị quyết 57/2024")
_SYMBOL_YEAR = re.compile(
    r"(?<![\d/.\-])\d{1,5}[a-z]?/(?:19|20)\d\d/[A-ZĐ]\S*"
    rf"|(?:{rx.KIND_CITE_RE})[ ](?:số[ ])?\d{{1,4}}/(?:19|20)\d\d(?![\d/])"
)


_STEMS = ("Canh", "Tân", "Nhâm", "Quý", "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ")  # a year's stem: its last digit
_BRANCHES = ("Thân", "Dậu", "Tuất", "Hợi", "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi")  # by year % 12
_LUNAR_YEAR = re.compile(
    rf"\b(?:Tết|tết|Xuân|xuân)(?:[ ](?:Nguyên|nguyên)[ ](?:Đán|đán))?[ ](?P<stem>{'|'.join(_STEMS)})[ ]"
    rf"(?P<branch>{'|'.join(_BRANCHES)})\b"
)  # ("mồng 6 tết Nguyên Đán Giáp Thìn")


def lunar_years(text: str) -> list[int]:
    """The years of the lunar new years ``text`` names ("mùng 8 Tết Tân Sửu" → 2021), in the sixty years from
    :data:`HISTORY_BEFORE` (a stem and a branch name one year in each sixty)."""
    out = []
    for m in _LUNAR_YEAR.finditer(text):
        stem, branch = _STEMS.index(m["stem"]), _BRANCHES.index(m["branch"])
        out += [y for y in range(HISTORY_BEFORE, HISTORY_BEFORE + 60) if y % 10 == stem and y % 12 == branch]
    return out


def named_years(text: str) -> list[int]:
    """The years ``text`` names as "năm YYYY", a horizon or a term of office not counted ("đến năm 2025")."""
    return [int(y) for y in rx.YEAR_WORD.findall(_without_ranges(text))]


def _without_ranges(text: str, periods: bool = True) -> str:
    """``text`` with each period of years reduced to its first year (removed, unless ``periods`` or a school year:
    a launch "giai đoạn 2021 - 2025" with no day is not dated by its period), horizons and terms of office removed; the
    period of a congress or an anniversary to its last year (an emulation congress "giai đoạn 2019-2024" sits
    when it ends, "kỷ niệm 70 năm (1954 - 2024)" is kept in 2024)."""

    def reduced(m: re.Match[str]) -> str:
        if m.group(1) and _CONGRESS.search(text, max(0, m.start() - 90), m.start()):
            return str(congress_held(int(m.group(1)), int(m.group(0)[-4:])))
        if m.group(1) and _ANNIVERSARY.search(text, max(0, m.start() - 90), m.start()):
            return m.group(0)[-4:]
        if periods or text[max(0, m.start() - 8) : m.start()].endswith("năm học "):
            return m.group(1) or ""  # (a school year is a year: "năm học 2019-2020" starts in 2019)
        return ""

    return _RANGE_END.sub(reduced, text)


def congress_held(first: int, last: int) -> int:
    """The year an emulation congress named by a period sits: the period's last year while congresses closed
    the period they reviewed ("Đại hội Thi đua yêu nước ... lần thứ III, giai đoạn 2011-2015": 2015), its first
    since the 2020 round named them by the period they open ("lần thứ V, giai đoạn 2020 - 2025": 2020; "lần
    thứ I, giai đoạn 2025-2030": 2025)."""
    return first if first >= _CONGRESS_OPENS_FROM else last


_CONGRESS_OPENS_FROM = 2020


def congress_year(text: str) -> int | None:
    """The year the emulation congress ``text`` names by its period is held (:func:`congress_held`)."""
    period = congress_period(text)
    return congress_held(*period) if period else None


def congress_period(text: str) -> tuple[int, int] | None:
    """The period (first and last year) of the emulation congress ``text`` names by it."""
    m = _CONGRESS_PERIOD.search(text)
    return (int(m["x"]), int(m["y"])) if m else None


_CONGRESS_PERIOD = re.compile(
    r"(?i)đại[ ]hội[ ](?:[^.;:“”()]{0,30}[ ])?thi[ ]đua[^.;:“”()]{0,90}?(?:giai[ ]đoạn[ ]|\([ ]?(?:giai[ ]đoạn[ ])?)"
    r"(?P<x>(?:19|20)\d\d)[ ]?[-–][ ]?(?P<y>(?:19|20)\d\d)(?!\d)"
)


# an anniversary's span ends in the year it is kept ("kỷ niệm 70 năm ngày truyền thống 25/8 (1954 - 2024)")
_ANNIVERSARY = re.compile(r"(?i)kỷ[ ]niệm[ ]\d{1,3}[ ]năm[^.;:“”]*$")
_CONGRESS = re.compile(r"(?i)đại[ ]hội[ ](?:[^.;:“”()]{0,30}[ ])?thi[ ]đua[^.;:“”()]*$")  # of emulation, not a Party's


_TITLE_CUE = re.compile(
    r"(?i)^(?:[^:]{2,40}:[ ])?(?:đợt[ ])?thi[ ]đua[ ](?:cao[ ]điểm|đặc[ ]biệt)"
)  # "X: Thi đua cao điểm 60 ngày"
# a directive or plan whose subject is to emulate ("(Chỉ thị) về tổ chức phong trào thi đua thực hiện thắng lợi
# nhiệm vụ năm 2024", "UBND tỉnh chỉ thị: thi đua thực hiện ..."); not one that steps up the movements there are
# ("Chỉ thị về việc đẩy mạnh phong trào thi đua yêu nước chào mừng Đại hội Đảng các cấp ..." of the Prime Minister)
_EMULATE_TO = re.compile(
    r"(?i)^(?:[^:]{2,60}:[ ])?(?:về[ ](?:việc[ ])?)?[“\"']?(?:tổ[ ]chức[ ])?(?:phong[ ]trào[ ])?"
    r"thi[ ]đua[ ]"
    r"(?:yêu[ ]nước[ ])?(?:thực[ ]hiện|lập[ ]thành[ ]tích|hoàn[ ]thành|chào[ ]mừng|phấn[ ]đấu)\b"
)


_PROPAGANDA = re.compile(  # (or checks how they run: "Kế hoạch kiểm tra công tác Thi đua, khen thưởng năm 2020")
    r"(?i)(?:về[ ]việc[ ]|về[ ])?(?:tổ[ ]chức[ ])?(?:(?:công[ ]tác[ ])?tuyên[ ]truyền|(?:đoàn[ ])?kiểm[ ]tra)\b"
)
_REGULATION = re.compile(r"(?i)(?:về[ ]việc[ ]|về[ ]|v/v[ ])?(?:ban[ ]hành[ ])?(?:quy[ ]định|quy[ ]chế|điều[ ]lệ)\b")
# "Kế hoạch thực hiện Phong trào “Bình dân học vụ số” trên địa bàn tỉnh": a plan that carries a named campaign
# to its level launches it there (a review of one was set aside above)
_CARRIES_CAMPAIGN = re.compile(
    r"(?i)(?:phát[ ]động|thực[ ]hiện|triển[ ]khai(?:[ ]thực[ ]hiện)?|tổ[ ]chức|hưởng[ ]ứng)[ ]"
    r"(?:phong[ ]trào(?:[ ]thi[ ]đua)?|cuộc[ ]vận[ ]động)[ ]?[“\"«]"
)


def is_launch(kind: str | None, title: str | None, opening: str, campaigns: tuple[Campaign, ...] = ()) -> bool:
    """``opening``: the first lines of the text (its title line and lead sentences)."""
    if kind == "Phát động":
        return True
    title = title or ""
    if _REGULATION.match(title) and kind != "Phát động":
        return False  # "Ban hành quy định về việc tổ chức phong trào thi đua ...": how emulation is run, no launch
    if states_launch(title, titled=not looks_back(title)) or _TITLE_CUE.match(title):  # (a lead that looks
        # back, taken for a title where the page has none: "Trong 5 năm qua, LĐLĐ tỉnh đã phát động các phong trào")
        return True
    if kind in ("Chỉ thị", "Kế hoạch", "Lời kêu gọi") and _EMULATE_TO.match(title):
        return True  # "UBND tỉnh chỉ thị: thi đua thực hiện thắng lợi nhiệm vụ ... năm 2011": the year's call
    if kind in _NOT_BY_ITSELF or _REGULATION.match(title) or _PROPAGANDA.match(title):
        return False  # (a regulation "Quy định về thi đua, khen thưởng" names how emulation is organised; a plan
        # "tuyên truyền các phong trào thi đua ..." makes them known)
    reviewing = _REVIEW.search(title) or _HELD_REVIEW.search(opening, 0, len(title) + 300)
    if reviewing and not states_launch(opening[: max(len(title) + 400, 600)], titled=False):
        return False
    if states_launch(opening, titled=False) or _CARRIES_CAMPAIGN.search(title):
        return True
    if any(  # a title carrying a campaign it names without quotes ("Triển khai phong trào bình dân học vụ số ...")
        re.search(_CARRIES_NAMED.pattern + re.escape(c.name), title, re.IGNORECASE) for c in campaigns if c.name
    ):
        return True
    if campaigns and _launches_one_named(opening, campaigns):
        return True
    return bool(campaigns) and kind in ("Kế hoạch", "Lời kêu gọi", "Chỉ thị") and "thi đua" in title.lower()


_LAUNCHES_NAMED = re.compile(
    r"(?i)(?<!được[ ])(?<!đã[ ])\bphát[ ]động[ ](?:phong[ ]trào[ ]|cuộc[ ]vận[ ]động[ ])?[“\"]?"
)


def _launches_one_named(opening: str, campaigns: tuple[Campaign, ...]) -> bool:
    """Does the lead launch a campaign the text names further on ("UBND tỉnh tổ chức Lễ phát động Ngày Chủ nhật xanh
    năm 2023 ...", then Phong trào “Ngày Chủ nhật xanh” ...)?"""
    if looks_back(opening):
        return False
    names = [c.name.lower() for c in campaigns if c.name]
    for m in _LAUNCHES_NAMED.finditer(opening):
        after = opening[m.end() : m.end() + 300].lower()
        if any(after.startswith(n) for n in names):
            return True
    return False


_CARRIES_NAMED = re.compile(
    r"(?:phát[ ]động|thực[ ]hiện|triển[ ]khai(?:[ ]thực[ ]hiện)?|tổ[ ]chức|hưởng[ ]ứng)[ ]"
    r"(?:phong[ ]trào(?:[ ]thi[ ]đua)?|cuộc[ ]vận[ ]động)[ ]"
)


# the lead's body held a review ("Cụm Thi đua số I ... vừa sơ kết công tác thi đua khen thưởng 6 tháng đầu năm")
_HELD_REVIEW = re.compile(r"(?i)\b(?:vừa|đã)[ ](?:tổ[ ]chức[ ])?(?:hội[ ]nghị[ ])?(?:sơ|tổng)[ ]kết\b")


# "Tại hội nghị, ...", "Cũng tại Hội nghị, Chủ tịch UBND tỉnh đã phát động ...", "Dịp này, UBND phường X phát động
# ...": what happened at the event a page reports, wherever the page says it
_AT_THE_EVENT = re.compile(
    r"(?:^|(?<=[.!?…])[ ]+|\n[ ]*)(?:Cũng[ ]tại|Tại|Nhân[ ]dịp[ ]này|Dịp[ ]này|Cũng[ ]trong[ ]dịp[ ]này"
    r"|Trên[ ]cơ[ ]sở[ ](?:những[ ])?kết[ ]quả[ ](?:đã[ ])?đạt[ ]được)"  # (the review done, the next launched: "Trên cơ
    # sở những kết quả đạt được, huyện Võ Nhai đã phát động phong trào thi đua yêu nước giai đoạn 2020-2025")
    r"(?:[ ](?:hội[ ]nghị|Hội[ ]nghị|buổi[ ]lễ|buổi[ ]Lễ|lễ|Lễ|đại[ ]hội|Đại[ ]hội|buổi[ ]gặp[ ]mặt|buổi[ ]mít[ ]tinh"
    r"|lễ[ ]mít[ ]tinh|mít[ ]tinh|buổi[ ]họp[ ]mặt))?(?:[ ]này)?,[ ]"
    r"(?P<said>[^.!?\n]{5,260})"
)


def launched_at_the_event(text: str, lines: str | None = None) -> bool:
    """Does a page on an event say that emulation was launched (or a covenant signed) at it, past its lead ("Tại
    Hội nghị, ..."; "Lãnh đạo TP Thái Nguyên cũng đã phát động phong trào thi đua ..."; a photo's caption)?
    ``lines``: the page as its lines stood before paragraphs were joined (where its captions stand alone)."""
    other = _OTHER_CEREMONY.search(text) is not None
    if any(states_launch(m.group("said"), False, other) for m in _AT_THE_EVENT.finditer(text)):
        return True
    if any(states_launch(m.group("said"), False, other) for m in _CAPTION.finditer(text if lines is None else lines)):
        return True
    if launched_on_behalf(text):
        return True
    return any(
        not _LOOKING_BACK.search(text, max(0, m.start() - 600), m.start())
        and not _TO_COME.search(text, max(0, m.start() - _TO_COME_REACH), m.start())
        for pattern in (_ALSO_LAUNCHED, _CALLS_ON)
        for m in pattern.finditer(text)
    )


# an event the page announces, still to come ("Đại hội ... dự kiến sẽ được tổ chức từ ngày 7 đến 14-9"): what it
# is to do is not done
_TO_COME = re.compile(r"\b(?:dự[ ]kiến|sẽ[ ]được[ ]tổ[ ]chức|sẽ[ ]diễn[ ]ra)\b")
_TO_COME_REACH = 1500


# a launch added to the event a page reports, done ("... cũng đã phát động phong trào thi đua ..."; not an agenda:
# "Đại hội dự kiến ... đồng thời phát động ...")
_ALSO_LAUNCHED = re.compile(
    r"\b(?:cũng|đồng[ ]thời)[ ]đã[ ](?:chính[ ]thức[ ])?phát[ ]động[ ](?:phong[ ]trào[ ]|đợt[ ])?thi[ ]đua\b"
    # the event itself launched ("Đại hội đã phát động phong trào thi đua yêu nước giai đoạn 2020 – 2025")
    r"|\b(?:Hội[ ]nghị|Đại[ ]hội|Buổi[ ]lễ|hội[ ]nghị|đại[ ]hội)[ ](?:cũng[ ])?đã[ ](?:chính[ ]thức[ ])?"
    r"(?:[^.;!?\n]{0,40}?,[ ])?phát[ ]động[ ]"  # (its other business before: "Hội nghị đã triển khai đăng ký, giao
    # ước, phát động thi đua năm 2023")
    r"(?:phong[ ]trào[ ]|đợt[ ])?thi[ ]đua\b"
    # ... or signed a covenant ("Hội nghị đã tập trung thảo luận và ký kết giao ước thi đua năm 2017 ...")
    r"|\b(?:Hội[ ]nghị|hội[ ]nghị)[ ](?:cũng[ ])?đã[ ][^.;!?\n]{0,40}?\bký[ ](?:kết[ ])?giao[ ]ước[ ]thi[ ]đua\b"
    # what the event was also for ("Hội nghị là dịp đánh giá kết quả ..., đồng thời phát động phong trào, cổ vũ ...
    # thi đua thực hiện ..."), unless it is still to come ("Đại hội dự kiến ..., sẽ ...")
    r"|(?<!sẽ[ ])\bđồng[ ]thời,?[ ]phát[ ]động[ ](?:các[ ])?(?:phong[ ]trào|đợt|nhiệm[ ]vụ)\b"
    r"[^.;!?\n]{0,90}?\bthi[ ]đua\b"
)


# a body that calls on those below it to emulate, in the present of the page ("Giai đoạn 2020 - 2025, UBND huyện
# Châu Phú phát động các ngành, các đơn vị, các xã, thị trấn và nhân dân ... tích cực hưởng ứng thi đua ..."); a
# launch told as done before ("Năm 2017, khối thi đua đã phát động ...") is a record, not this page's
_CALLS_ON = re.compile(
    r"\b(?:" + BODY_HEAD_RE + r")\b[^,.;:!?\n“”\"]{0,50}?(?<!đã)(?<!từng)(?<!việc)[ ]phát[ ]động[ ]"
    r"(?:toàn[ ]thể[ ]|các[ ]|cán[ ]bộ|đoàn[ ]viên|hội[ ]viên|nhân[ ]dân|người[ ]lao[ ]động|công[ ]nhân)"
    r"[^.;!?\n“”\"]{0,200}?\bthi[ ]đua\b"
)


# a plan's item that launches ("II. NỘI DUNG ... 1. Phát động phong trào thi đua hướng tới kỷ niệm 64 năm Ngày truyền
# thống ngành Xây dựng"): the plan launches emulation whatever its title says (an anniversary's activities)
_LAUNCH_ITEM = re.compile(
    r"(?m)(?:^|(?<=;[ ])|(?<=[.][ ]))[ \t]*(?:(?:[0-9]{1,2}|[IVX]{1,4})[.)][ \t]*|[a-zđ]\)[ \t]*|[-–+•*][ \t]*)?"
    r"(?:Tổ[ ]chức[ ])?"  # (a task the letter sets, one sentence of its list: "... Phát động phong trào thi đua ...")
    r"[Pp]hát[ ]động[ ]?(?:(?:(?:các[ ])?phong[ ]trào|đợt)[ ])?thi[ ]đua\b"  # ("phát độngthi đua": a converter's glue)
    # or an item of the list that opens on launching ("- Phát động sâu rộng trong toàn dân, các cơ quan ... hưởng
    # ứng tham gia Ngày chủ nhật xanh"): what the plan does
    r"|(?:^|(?<=;[ ]))[ \t]*(?:(?:[0-9]{1,2}|[IVX]{1,4})[.)][ \t]*|[a-zđ]\)[ \t]*|[-–+•*][ \t]*)"
    r"[Pp]hát[ ]động[ ](?:sâu[ ]rộng|rộng[ ]rãi|mạnh[ ]mẽ|trong|tới|đến|toàn|các|cán[ ]bộ|nhân[ ]dân)\b"
)  # (or an item of a list run into one sentence: "...; Tổ chức phát động thi đua cao điểm ...")
# the kinds of text that plan work to be done (a decision on awards or a report does not)
_PLANNING = frozenset({"Kế hoạch", "Công văn", "Chỉ thị", "Hướng dẫn", "Chương trình"})


def plans_a_launch(kind: str | None, text: str) -> bool:
    """Does a formal text of a planning kind have an item of its own that launches emulation?"""
    return kind in _PLANNING and _LAUNCH_ITEM.search(text) is not None


# a photo's caption, a line of one short sentence telling what is done at the event ("Đại diện các huyện, thành
# phố ký cam kết thi đua năm 2025.", "Quang cảnh Hội nghị phát động phong trào thi đua năm 2020 của Cụm thi đua");
# not a line that tells what was done before ("Năm 2017, khối đã phát động ..."), an item of a list (something to
# do) or a stock photo's caption ("(Ảnh Internet)", "Ảnh minh họa": another event)
_CAPTION = re.compile(
    r"(?m)^[ \t]*(?P<said>(?![^\n]*(?:\bđã\b|Ảnh[ ](?:[Ii]nternet|minh[ ]họa)))[^-–+•*\s][^\n.!?;:]{9,199})[.]?[ \t]*"
    r"(?:\(?(?:Ảnh|ẢNH)[ ]?:[^\n]{1,60})?$"  # (its credit after it: "... năm 2026. Ảnh: Mạnh Khiêm", "(Ảnh: HT)")
)


# a speech that launches in the name of a body ("Thay mặt Chính phủ và Hội đồng Thi đua Khen thưởng Trung ương, tôi
# chính thức phát động phong trào thi đua trong cả nước ...")
_ON_BEHALF = re.compile(
    r"\bThay[ ]mặt[ ](?P<body>[^,.;:!?\n“”]{3,150}),[ ]tôi[ ](?:xin[ ])?(?:trân[ ]trọng[ ])?(?:chính[ ]thức[ ])?"
    r"phát[ ]động\b"
)


def launched_on_behalf(text: str) -> str | None:
    """The body in whose name a speech the page gives launches emulation, if it does."""
    m = _ON_BEHALF.search(text)
    return m.group("body").strip() if m else None
