"""Quoted names: campaigns (phong trào, cuộc vận động) and themes (chủ đề, phương châm, khẩu hiệu).

Quotes are paired per paragraph.  An opening quote that finds another opening quote, or the
end of its paragraph, before its closing one is unbalanced: it ends at the last clause
boundary before that point, so it never swallows the rest of the paragraph.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from ..models import Campaign, Theme
from ..scan import AnyOf
from ..vocab import LOWER, NATIONAL_CAMPAIGNS, UPPER
from . import regexes as rx
from .text import clean_name, squash, strip_punct

_OPEN = '“"'
_CLOSE = '”"'
_MAX_QUOTE = 400


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # offset of the first character inside the quotes
    end: int  # offset just after the last character inside
    close: int  # offset just after the closing quote (== end when unbalanced)


_IS_BEFORE = re.compile(r"\blà[ :]*$")  # "Chủ đề của đợt thi đua ... là “...”": what the theme is
_THEME_AFTER = re.compile(r"[ ]?(?:là|chính là|được chọn làm|được xác định là)[ ](?:chủ đề|khẩu hiệu|phương châm)\b")
_DATE_LINE_AFTER = re.compile(r"[ ](?:Ngày đăng|Ngày cập nhật|Cập nhật|Đăng ngày|Thời gian đăng|Lượt xem)\b")
_CLOSES_AFTER_SPACE = re.compile(r"[.,;:!?)]|$", re.MULTILINE)  # what follows a closing quote typed after a space
_QUOTE_CHARS = AnyOf("“", "”", '"')  # three literal scans: faster than one over a character class


# what a campaign or a theme is for, not its name ("phong trào thi đua “Vì người nghèo ...”, khơi dậy ý chí tự lực,
# tự cường, phát huy nội lực vươn lên “Thoát nghèo, xây dựng cuộc sống ấm no” ..., phấn đấu “Vì một Việt Nam ...”")
_GOAL_WORDS = ("mục tiêu", "mục đích", "vươn lên", "phấn đấu")
_GOAL = re.compile(r"\b(?:" + "|".join(_GOAL_WORDS) + r")\b")
_GOAL_BEFORE = re.compile(_GOAL.pattern + r"[^“”\"]{0,40}$")  # (a goal named just before the quote)
_SPACED_OPEN = re.compile(r'(?<=[ ])"[ ](?=\w)')


def _glued_close(text: str, positions: list[int], k: int, line_end: int) -> bool:
    """Is the next quote mark on the line a straight one glued to the word before it (a closing quote)?"""
    if k + 1 >= len(positions) or positions[k + 1] >= line_end:
        return False
    q = positions[k + 1]  # (or typed after a space, then closing a clause: '“ Rèn chữ- Giữ vở ". Đây là ...')
    return text[q] == '"' and (not text[q - 1].isspace() or _CLOSES_AFTER_SPACE.match(text, q + 1) is not None)


def find_quotes(text: str) -> list[Quote]:
    """Pair quotes paragraph by paragraph in one pass over the quote characters (linear time)."""
    quotes: list[Quote] = []
    positions = [m.start() for m in _QUOTE_CHARS.finditer(text)]
    n = len(text)
    k = 0
    line_end = -1
    while k < len(positions):
        p = positions[k]
        if p >= line_end:
            line_end = text.find("\n", p)
            line_end = n if line_end < 0 else line_end
        ch = text[p]
        is_open = (
            (ch == "“" and not (p and not text[p - 1].isspace() and _CLOSES_AFTER_SPACE.match(text, p + 1)))
            # (an opening mark typed to close, glued to the word before: "“Hưng Yên truyền thống và phát triển“, ...")
            or (
                ch == '"'
                and (p == 0 or not text[p - 1].isalnum())
                and p + 1 < n
                and not text[p + 1].isspace()
                and not _CLOSES_AFTER_SPACE.match(text, p + 1)  # ('vở ". Đây là': a closing one, after a space)
            )
            or (ch == '"' and _SPACED_OPEN.match(text, p) is not None and _glued_close(text, positions, k, line_end))
        )
        # ('Phong trào thi đua " Đổi mới, sáng tạo trong dạy, học"': a straight quote typed with a space inside)
        if not is_open:
            if ch == "”" and (lost := _lost_opening(text, max(0, p - 160, positions[k - 1] + 1 if k else 0), p)):
                quotes.append(Quote(lost, p, p + 1))
            k += 1
            continue
        j = k + 1
        end = stop_at = None
        depth, inner = 0, None  # a name quoted inside the name (“Phát huy truyền thống quê hương “Hai giỏi”, ...”)
        while j < len(positions) and positions[j] < line_end and positions[j] - p <= _MAX_QUOTE:
            q = positions[j]
            c = text[q]
            if c == "”" and depth:
                depth -= 1
            elif c == "”" or (c == '"' and (not text[q - 1].isspace() or _CLOSES_AFTER_SPACE.match(text, q + 1))):
                end = q  # ('lễ phát động thi đua "Chào mừng ... 20/11/2022 ". Năm học ...': a space typed before it)
                break
            elif c == "“" and ch == "“":
                inner = inner if inner is not None else q
                depth += 1
            elif c == "“" or (c == '"' and text[q - 1].isspace()):
                stop_at = q  # another opening quote first: this one is unbalanced
                break
            j += 1
        if end is None and inner is not None:
            stop_at = inner  # not closed after all: unbalanced, before the quote inside
        if end is None and stop_at is None and line_end < n:
            # a name broken over two lines (a title in capitals): its closing quote opens the next line's quotes;
            # over three, when it is in capitals
            nxt, upto = j, line_end
            for extra in range(2 if text[p + 1 : line_end].isupper() else 1):
                while nxt < len(positions) and positions[nxt] < upto:
                    nxt += 1
                next_end = text.find("\n", upto + 1)
                next_end = n if next_end < 0 else next_end
                if nxt < len(positions) and positions[nxt] < next_end and positions[nxt] - p <= _MAX_QUOTE:
                    q = positions[nxt]
                    if text[q] == "”" or (text[q] == '"' and not text[q - 1].isspace()):
                        end, j = q, nxt
                    break
                upto = next_end
                if upto >= n or (extra == 0 and not text[line_end:upto].isupper()):
                    break
        if end is not None:
            quotes.append(Quote(p + 1, end, end + 1))
            k = j + 1
            continue
        if ch == "“" and (doubled := text.find("’’", p + 1, stop_at or line_end)) > p + 1:
            quotes.append(Quote(p + 1, doubled, doubled + 2))  # closed by two single marks ("“... cuối năm 2021’’")
            k += 1
            while k < len(positions) and positions[k] < doubled:
                k += 1
            continue
        if stop_at is None and line_end == n and p + 1 + _MAX_QUOTE > n:
            break  # the text is cut short inside the quote: it states no name
        limit = stop_at if stop_at is not None else min(line_end, p + 1 + _MAX_QUOTE)
        segment = text[p + 1 : limit]
        if furniture := _DATE_LINE_AFTER.search(segment):  # a headline whose quote is lost, joined to its date line:
            segment = segment[: furniture.start()]  # "“Ngành GTVT ... COVID-19 Ngày đăng: 08:04:49 - 24/ 08 /2021"
        cut = max(segment.rfind("; "), segment.rfind(". "), segment.rfind(";"))
        stop = cut if cut > 0 else len(segment)
        if (sentence := _SENTENCE_END.search(segment)) and sentence.start() > 3:  # the name ends with its sentence
            stop = min(stop, sentence.start())  # ("“ toàn dân đoàn kết xây dựng đời sống văn hoá, đô thị văn
            # minh... Đẩy mạnh công tác tuyên truyền ...; ...": its closing quote lost)
        aside = _ASIDE.search(segment, 0, stop)  # "“Đoàn kết, ... bền vững (từ 02/9/2017 đến 31/3/2018), đợt
        if aside and aside.start() > 3:  # thi đua ... như sau:": the name ends before the period it runs for
            stop = aside.start()
        if cut <= 0 and segment.rstrip().endswith(("...", "…")):
            stop = 0  # a headline cut short by its page ("“Kỷ niệm 80 năm Ngà..."): it states no name
        if stop > 3:
            quotes.append(Quote(p + 1, p + 1 + stop, p + 1 + stop))
        resume = p + 1 + max(stop, 1)
        k += 1
        while k < len(positions) and positions[k] < resume:
            k += 1
    if "‘" in text or "'" in text:  # single curly quotes, as some papers write a theme (‘Đoàn kết – Đổi mới – Sáng
        # tạo’); straight ones right after the word that names a theme ("với chủ đề: 'Kỷ cương- hành động- hiệu quả'")
        starts = [q.start for q in quotes]  # in order, not overlapping

        def inside(pos: int) -> bool:  # inside a double-quoted name
            k = bisect_left(starts, pos + 1) - 1
            return k >= 0 and pos < quotes[k].close

        found = [
            *(_SINGLE.finditer(text) if "‘" in text else ()),
            *(_STRAIGHT_SINGLE.finditer(text) if "'" in text else ()),
        ]
        single = [Quote(m.start("q"), m.end("q"), m.end()) for m in found if not inside(m.start("q"))]
        quotes = sorted(quotes + single, key=lambda q: q.start)
    return quotes


_SENTENCE_END = re.compile(rf"(?:\.\.\.|…|(?<![.\d{UPPER}])\.)[ ]+(?=[{UPPER}][{LOWER}])")
_ASIDE = re.compile(  # what an unclosed quote's name stops before: a period, a colon, the document it follows
    r"[ ]\((?:từ|ngày|tháng)[ ]\d|:[ ]?$|:[ ]|[ ](?:theo|tại)[ ](?:" + rx.KIND_CITE_RE + r")[ ](?:số[ ])?\d"
    r"|[ ]do[ ](?:" + rx.BODY_HEAD_RE + r")\b"  # ("... “Đoàn kết, sáng tạo, ... bảo vệ Tổ quốc do Thủ tướng Chính phủ
)  # phát động ..."; "Phong trào “Bình dân học vụ số theo Kế hoạch số 01-KH/BCĐTW, ...": its closing quote lost)


def _lost_opening(text: str, lo: int, close: int) -> int | None:
    """Where the name ends by a closing quote alone begins ("..., phong trào cả nước chung tay vì người nghèo, không
    để ai bị bỏ lại phía sau”": its opening quote lost): after the last word before it that names a movement."""
    ends = [m.end() for m in _LOST_OPENING.finditer(text, lo, close)]
    return ends[-1] if ends else None


_LOST_OPENING = re.compile(r"(?:^|(?<=[,;:.(][ ]))(?:phong[ ]trào|cuộc[ ]vận[ ]động)[ ](?=[^\n“”\"]{8,}$)")
# what is launched, by its name: "đã phát động cuộc “Đồng Khởi mới”", "phát động ra quân “Tháng Thanh niên”", "phát
# động Tết trồng cây “Đời đời nhớ ơn Bác Hồ”"
_LAUNCHED_BY_NAME = re.compile(
    r"(?i)(?:\bphát[ ]động(?:[ ](?:cuộc|ra[ ]quân|đợt|tháng|thi[ ]đua|tết[ ]trồng[ ]cây))?|\bra[ ]quân)[ ]?$"
)
# a movement launched named in part ("phát động Tết trồng cây “Đời đời nhớ ơn Bác Hồ”": the part is not its name),
# which ends a list of the quotes before it all the same
_LAUNCH_IN_GAP = re.compile(r"(?i)\bphát[ ]động\b")
_SINGLE = re.compile(r"(?<!\w)‘(?P<q>[^‘’“”\n]{3,300})’(?!\w)")
_STRAIGHT_SINGLE = re.compile(
    r"(?:chủ đề|Chủ đề|CHỦ ĐỀ|phương châm|Phương châm|khẩu hiệu|Khẩu hiệu|phong trào(?: thi đua)?"
    r"|Phong trào(?: thi đua)?|cuộc vận động|Cuộc vận động)[ ]?:?[ ]?'(?P<q>[^'\n“”\"]{3,200})'(?!\w)"
)  # (a campaign so quoted too: "Phong trào thi đua 'Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập'", "phong
# trào 'Nông dân thi đua sản xuất kinh doanh giỏi, ...'")


# Literal alternations (case variants spelled out): the fast path of Python's regex engine.
_CAMPAIGN_WORDS = (
    "phong trào thi đua",
    "Phong trào thi đua",
    "PHONG TRÀO THI ĐUA",
    "phong trào",
    "Phong trào",
    "PHONG TRÀO",
    "PTTĐ",
    "cuộc vận động",
    "Cuộc vận động",
    "CUỘC VẬN ĐỘNG",
    "đợt thi đua",  # a drive is a campaign ("Đợt thi đua cao điểm “100 ngày đêm ...”")
    "Đợt thi đua",
    "ĐỢT THI ĐUA",
    "thi đua cao điểm",
    "Thi đua cao điểm",
    "giao ước thi đua",  # the campaign a covenant is for ("ký kết giao ước thi đua “Vì an ninh Tổ quốc”")
    "chiến dịch",  # a drive named so ("phát động chiến dịch “Hoa phượng đỏ”", "Chiến dịch “Mùa hè xanh”")
    "Chiến dịch",
    "tháng cao điểm",  # a month of action ("Tháng cao điểm “Vì người nghèo” năm 2019")
    "Tháng cao điểm",
)
_THEME_WORDS = (
    "chủ đề",
    "Chủ đề",
    "CHỦ ĐỀ",
    "phương châm",
    "Phương châm",
    "PHƯƠNG CHÂM",
    "khẩu hiệu",
    "Khẩu hiệu",
    "KHẨU HIỆU",
    "chủ điểm",  # ("đợt thi đua 90 ngày đêm với chủ điểm “Tuổi trẻ Việt Nam tự hào tiến bước dưới cờ Đảng”")
    "Chủ điểm",
    "CHỦ ĐIỂM",
    "slogan",
    "tinh thần chỉ đạo",
    "theo chuyên đề",  # "phát động phong trào thi đua theo chuyên đề “Kỷ cương, trách nhiệm ...”"
)
# Flat alternations of literals: the fast path of Python's regex engine.
_CAMPAIGN_TRIGGER = re.compile("|".join(map(re.escape, _CAMPAIGN_WORDS)))
_THEME_TRIGGER = re.compile("|".join(map(re.escape, _THEME_WORDS)))
_THEME_HEADING = re.compile(r"(?i)^(?:[IVX]{1,4}[.)]|\d{1,2}[.)])?[ ]?[^\n]{0,20}CHỦ ĐỀ[^\n]{0,40}$")
_SENTENCE_BREAK = re.compile(r"[.!?][ ](?=[A-ZĐ])|(?<=”)[.](?=[A-ZĐ])")  # (the space lost after a quote's stop:
# "... với chủ đề “Đoàn kết, sáng tạo ...”.Theo đó, ...")
_SENTENCE_MARKS = re.compile(r"\. |! |\? |”\.")  # literal alternation: a fast first pass for _SENTENCE_BREAK
_OWNER = re.compile(r"của[ ](?P<owner>[^“”\":;]{2,80}?)[ :]*$")
_LAUNCHER = re.compile(r"\bdo[ ](?P<who>[^“”\"]{2,120}?)[ ](?:phát động|khởi xướng|tổ chức)")
_PERIOD = re.compile(
    r"[ ”\"]*(?:[,]?[ ]?)(?P<period>giai đoạn[ ]\d{4}[ ]?-[ ]?\d{4}|năm[ ]\d{4}|"
    r"từ năm \d{4}[^,;.]{0,30})"
)
_SUBJECT_WORDS = (" về", " về việc", " v/v", "V/v", *(" " + w for w in _GOAL_WORDS))  # ("... với mục tiêu “phấn đấu
# hoàn thành ...”": the goal a campaign sets, not another campaign)
# the quoted words are the title of a scheme, a book, a contest (“... thực hiện đề án “Xây dựng thành phố
# thông minh ...”), not a campaign
_TITLED = re.compile(
    r"(?i)\b(?:đề án|dự án|chương trình|cuốn sách|tác phẩm|bộ phim|cuộc thi|hội thi|giải thưởng|chuyên mục|hội thảo"
    r"|tọa đàm|toạ đàm|cơ chế|nhiệm vụ|đạo lý"
    r"|công trình|mô hình|chiến thắng|công nhận|danh hiệu|truyền thống(?![ ](?:như|là)\b)|(?<!gây )quỹ|chủ trương"
    r"|nhà|ngôi nhà|căn nhà|cờ|bằng khen|giấy khen"  # (an award: "đón nhận cờ “Đơn vị dẫn đầu phong trào thi đua”")
    r"|ứng dụng|phần mềm|nền tảng)"  # (an app: "cài đặt ứng dụng “A80 – Tự hào Việt Nam”")
    r"(?:[ ][^\s“”\";]+){0,2}[ :]*$"  # (a house built and named: "Xây dựng nhà “Đại đoàn kết”, nhà “Đồng đội”")
    # (a works, a model — "mô hình trường học “...”" —, a victory, a title conferred, a tradition — not the kind of
    # movement, "Các phong trào truyền thống như “Nghìn việc tốt”" —, a fund: "ủng hộ
    # Quỹ “Vì người nghèo”", a policy: "chủ trương "3 liên kết"")
)
_PROGRAMME = re.compile(r"(?i)chương trình\b")
# "Với tinh thần “Thi đua là yêu nước”": the spirit something is done in, neither a campaign nor a theme
_SPIRIT = re.compile(
    r"(?i)tinh thần[ :]*$"
    r"|(?:lời[ ]dạy|lời[ ]Bác|câu[ ]nói|(?:Người|Bác|Bác[ ]Hồ|Hồ[ ]Chí[ ]Minh)[ ](?:đã[ ])?(?:nói|dạy|căn[ ]dặn))\b"
    r"[^“”\"]{0,60}$"
)  # ... and a saying quoted ("lời dạy của Chủ tịch Hồ Chí Minh “Thi đua là yêu nước ...”")
_SLOGAN_OPENINGS = ("Hãy ", "HÃY ")
_SELF_NAMED = re.compile(rf"^(?:Phong trào|Cuộc vận động|Chiến dịch)[ ][{UPPER}]|^Phong trào thi đua[ ](?=\w)")
_SAYS = re.compile(r"[ ](?:phải|được|là|đã|sẽ|cần)[ ]")  # a quoted sentence about a movement, no name


def _has_symbol(text: str) -> bool:
    return "/" in text and rx.SYMBOL.search(text) is not None


def _sentence_breaks(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    if _SENTENCE_MARKS.search(text, max(0, lo - 1), hi) is None:  # (a quote's stop may stand right at ``lo``)
        return []
    return list(_SENTENCE_BREAK.finditer(text, lo, hi))


_GAP_LIMIT = 90
_CLAUSE_IN_GAP = re.compile(r"\b(?:tuy|nhưng|song|đã)[ ]")
_TRIGGER_LIMIT = 170


def _nearest(found: list[re.Match[str]], starts: list[int], lo: int, hi: int) -> re.Match[str] | None:
    """The last of the (precomputed) trigger matches that lies inside ``[lo, hi)``."""
    k = bisect_left(starts, hi) - 1
    while k >= 0 and found[k].end() > hi:
        k -= 1
    return found[k] if k >= 0 and found[k].start() >= lo else None


def _windows(quotes: list[Quote], reach: int) -> list[tuple[int, int]]:
    """The stretches of text before each quote, merged where they overlap (in order)."""
    out: list[tuple[int, int]] = []
    for q in quotes:
        lo, hi = max(0, q.start - reach), q.start
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


# Quoted words after a campaign word that are not a campaign: a speech's title ("ra Lời kêu gọi thi đua ái
# quốc"), an award or a title of emulation, the generic words themselves.
_NOT_A_CAMPAIGN = re.compile(
    r"(?i)^(?:lời kêu gọi|thư kêu gọi|chiến sĩ thi đua|cờ thi đua|bằng khen|giấy khen|huân chương|huy chương"
    r"|danh hiệu|tập thể lao động|lao động tiên tiến|phong trào thi đua(?:[ ]yêu[ ]nước)?$|thi đua yêu nước"
    r"|quỹ|giặc)\b"  # (a fund named by its name, “Quỹ người nghèo”; the foes of 1945, “giặc đói”, “giặc dốt”)
    # an event by its name ("tham dự “Hội nghị sơ kết công đoàn cụm thi đua 6 ...” và “Ký giao ước thi đua ...”")
    r"|^(?:hội[ ]nghị|hội[ ]thảo|lễ|hội[ ]thi|cuộc[ ]thi|ngày[ ]hội|k[ýí][ ]giao[ ]ước|k[ýí][ ]kết)\b"
    r"|^Ngày[ ].{3,60}[ ]\(?\d{1,2}[/.\-]\d{1,2}\)?$"  # a day kept ("Ngày Nhà giáo Việt Nam 20/11"), no movement
    # a title of culture a place or a family is built to ("xây dựng “Phường Văn minh đô thị”, “Gia đình văn hóa”")
    r"|^(?:phường|xã|thị[ ]trấn|tuyến[ ]phố|khu[ ]phố|khu[ ]dân[ ]cư|tổ[ ]dân[ ]phố|gia[ ]đình|thôn|ấp|bản|làng"
    r"|cơ[ ]quan|đơn[ ]vị)[ ](?:văn[ ]hóa|văn[ ]hoá|văn[ ]minh)\b"
)


# what a campaign did, between its word and the quote ("Các phong trào thi đua đó đã mang lại “trái ngọt”"): the quote
# is what came of it, no name
_WHAT_IT_DID = re.compile(r"[ ](?:đã|đang)[ ](?:mang|đem|tạo|góp|giúp|trở|đạt|thu)\b")
_THE_DOING = re.compile(r"\b(?:việc|công[ ]trình|mô[ ]hình)[ ]?$")  # the practice, or a works or a model named
# after the campaign ("xây dựng mô hình “Dân vận khéo”")
_SPOKEN = re.compile(r"[ ](?:kêu[ ]gọi|nhấn[ ]mạnh|khẳng[ ]định|cho[ ]biết|phát[ ]biểu|chia[ ]sẻ|nói)[ ]?:?[ ]?$")


@lru_cache(maxsize=4096)
def _national(name: str) -> bool:
    """Is ``name`` one of the national campaigns (``vocab.NATIONAL_CAMPAIGNS``), as a text writes it?"""
    fa = _fold(name)
    return any(_same_folded(name, fa, known, fb) for known, fb in _NATIONAL_FOLDED)


def _same_name(a: str, b: str) -> bool:
    """One name written twice (capitals in a title, a typo in the body): equal once folded, or nearly so."""
    return _same_folded(a, _fold(a), b, _fold(b))


def _same_folded(a: str, fa: str, b: str, fb: str) -> bool:
    """:func:`_same_name` of ``a`` and ``b``, folded already (``fa``, ``fb``)."""
    if fa == fb:
        return True
    if abs(len(a) - len(b)) > max(3, min(len(a), len(b)) // 10):
        return False
    return min(len(fa), len(fb)) > 20 and fuzz.ratio(fa, fb) >= 95


@lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D").casefold())
    text = " ".join("".join(c for c in text if not unicodedata.combining(c)).replace("–", "-").split())
    text = _SPACED_DASH.sub("-", text)  # ("Rèn chữ- Giữ vở", "rèn chữ-giữ vở"; "Sáng, xanh, sạch, đẹp": one name)
    return _YEAR_WORD.sub("", text)  # ("Tháng Thanh niên 2026" and "Tháng Thanh niên năm 2026": one name)


_YEAR_WORD = re.compile(r"\bnam (?=(?:19|20)\d\d\b)")
_SPACED_DASH = re.compile(r"[ ]?[-,][ ]?")
_NATIONAL_FOLDED = tuple((known, _fold(known)) for known in NATIONAL_CAMPAIGNS)


# where a sector's or a place's wording of a campaign adds to its name ("“Đẩy mạnh phát triển kết cấu hạ tầng ...;
# thực hành tiết kiệm, chống lãng phí trong ngành Thông tin và Truyền thông”"): the campaign named short elsewhere
_WHERE_TAIL = re.compile(r"[ ](?:trong|của)[ ](?:toàn[ ])?(?:ngành|lực[ ]lượng)[ ]|[ ]trên[ ]địa[ ]bàn[ ]")


def _with_tail(longer: str, shorter: str) -> bool:
    """Is ``longer`` the name ``shorter`` with where it runs added ("... trong ngành X", "... trên địa bàn tỉnh")?"""
    if len(longer) <= len(shorter) or not _fold(longer).startswith(_fold(shorter)):
        return False
    return _WHERE_TAIL.match(longer, len(shorter)) is not None


def _add(items: list, item: Campaign | Theme, name: str) -> None:
    """Keep one entry per name in a document; a name in small letters replaces the same name in capitals; a
    campaign named with where it runs added is the campaign named short (the short name kept)."""
    for i, old in enumerate(items):
        old_name = old.name if isinstance(old, Campaign) else old.text
        if _same_name(old_name, name):
            if old_name.isupper() and not name.isupper():
                items[i] = item
            return
        if isinstance(item, Campaign) and isinstance(old, Campaign):
            if _with_tail(name, old_name):
                return
            if _with_tail(old_name, name):
                items[i] = item
                return
    items.append(item)


# slogans listed by number after the word that names them, without quotes ("Nội dung khẩu hiệu như sau: (1) Nhiệt
# liệt chào mừng Đại hội ...!; (2) Thi đua là yêu nước, yêu nước thì phải thi đua!; ..."): each is a theme
_SLOGAN_LIST = re.compile(r"(?:khẩu hiệu|Khẩu hiệu|KHẨU HIỆU)[^:\n.]{0,60}:[ ]*(?=\(1\)|1[.)][ ])")
_LISTED_SLOGAN = re.compile(r"[ ;]*(?:\((?P<n>\d{1,2})\)|(?P<m>\d{1,2})[.)])[ ]*(?P<text>[^;!\n()]{5,250}?)[ ]*!")


def _listed_slogans(text: str) -> list[Theme]:
    """The slogans a text lists by number after "khẩu hiệu ...:", in order, each ending with "!" (an item cut
    short by the page states none)."""
    if "hẩu hiệu" not in text and "HẨU HIỆU" not in text:
        return []
    out: list[Theme] = []
    for intro in _SLOGAN_LIST.finditer(text):
        at, expected = intro.end(), 1
        while (m := _LISTED_SLOGAN.match(text, at)) and int(m["n"] or m["m"]) == expected:
            name = clean_name(m["text"])
            _add(out, Theme(text=name, kind="khẩu hiệu", span=(m.start("text"), m.end("text"))), name)
            at, expected = m.end(), expected + 1
    return out


def campaigns_and_themes(text: str) -> tuple[list[Campaign], list[Theme]]:
    campaigns: list[Campaign] = []
    themes: list[Theme] = []
    previous: tuple[str, Quote] | None = None  # ("campaign" | "theme", quote)
    previous_trigger: re.Match[str] | None = None  # the theme word that named it
    launcher: str | None = None
    stated: set[str] = set()  # themes a theme word names ("với chủ đề “...”"), not carried from the quote before
    themes.extend(_listed_slogans(text))
    quotes = find_quotes(text)
    if not quotes:
        return campaigns, themes
    windows = _windows(quotes, _TRIGGER_LIMIT + 40)  # triggers matter only just before a quote
    c_found = [m for lo, hi in windows for m in _CAMPAIGN_TRIGGER.finditer(text, lo, hi)]
    t_found = [m for lo, hi in windows for m in _THEME_TRIGGER.finditer(text, lo, hi)]
    c_starts = [m.start() for m in c_found]
    t_starts = [m.start() for m in t_found]
    before: Quote | None = None
    listed_after_none = -1  # where the quote that named no campaign closed, if it did just before
    for q in quotes:
        inside_before = before if before and before.close > before.end and before.close <= q.start else None
        before = q  # (balanced and closed before this one opens: an unbalanced "“Phương châm ... là “...”" hides none)
        name = clean_name(text[q.start : q.end])
        if len(name) < 3 or not any(c.isalpha() for c in name):
            previous = None
            continue
        if (
            listed_after_none >= 0
            and text[listed_after_none : q.start - 1].strip() in (",", "và")
            and not _national(name)
        ):
            listed_after_none = q.close  # the next of a list of titles ("thi đua giành danh hiệu “Xã, phường, thị trấn
            previous = None  # văn minh”, “Doanh nghiệp giỏi, Doanh nhân tiêu biểu”, ..."): no campaign either
            continue
        listed_after_none = -1
        line_start = text.rfind("\n", max(0, q.start - _TRIGGER_LIMIT - 10), q.start) + 1
        line_start = line_start or max(0, q.start - _TRIGGER_LIMIT - 10)
        lead_end = q.start - 1
        lo = max(line_start, lead_end - _TRIGGER_LIMIT)
        breaks = [m.end() for m in _sentence_breaks(text, lo, lead_end)]
        lo = breaks[-1] if breaks else lo
        if previous and previous[1].close <= lead_end:  # a trigger before the quote before names that one
            lo = max(lo, previous[1].close)  # (a list of names is carried below)

        ct = _nearest(c_found, c_starts, lo, lead_end)
        if ct and inside_before and inside_before.start <= ct.start() < inside_before.end:
            ct = _nearest(c_found, c_starts, lo, inside_before.start - 1)  # a word inside the quote before names
            # none after it ('về “Triển khai phong trào ...” nhấn mạnh yêu cầu: “...”'); one before that list does
        if ct and ct.group(0).lower() == "chiến dịch" and text[ct.end() : lead_end].strip():
            ct = None  # a drive named by the quote right after its word, not a battle ("chiến dịch phòng không 12
            # ngày đêm “Hà Nội – Điện Biên Phủ trên không”")
        tt = _nearest(t_found, t_starts, lo, lead_end)
        kind: str | None = None
        trigger_end = -1
        between = text[tt.end() : ct.start()].strip() if tt and ct else None
        if tt and (
            not ct
            or tt.start() > ct.start()
            or between == ""
            or (between == "của" and _IS_BEFORE.search(text, ct.end(), lead_end))
        ):  # (not the name of the movement itself: "thực hiện chủ đề của cuộc vận động “Học tập và làm theo ...”")
            # ("Chủ đề (của) đợt thi đua ... là “...”": the drive owns the theme the quote states)
            kind, trigger_end = "theme", tt.end()
        elif ct:
            kind, trigger_end = "campaign", ct.end()
        gap_from = trigger_end
        carried = False  # the kind of the quote before, named in a list ("“A”, “B”")
        if previous and q.start - previous[1].close <= _GAP_LIMIT:
            gap = text[previous[1].close : lead_end]
            if (
                not _sentence_breaks(text, previous[1].close, lead_end)
                and "\n" not in gap  # (a list ends with its line: "... “Dân vận khéo”.\n- Xây dựng nhà “...”")
                and not _LAUNCH_IN_GAP.search(gap)  # (nor with a launch: "chủ đề “...” gắn với phát động Tết
                # trồng cây “...”")
                and not _has_symbol(gap)
                and trigger_end < previous[1].start
                and not _GOAL.search(gap)  # ("chủ đề “...” với mục tiêu của nhà trường là “...”": a goal, no list)
                and not _CLAUSE_IN_GAP.search(gap)  # ("“Chiến dịch Quang Trung" tuy không có tiếng súng nhưng đã “tốc
                # chiến, tốc thắng”": a clause about the one before, no list)
            ):
                kind, gap_from, carried = previous[0], previous[1].close, True
                tt = tt or previous_trigger  # ("phương châm ... “A” và của UBND tỉnh “B”": B is one too)
        if kind is None:
            prev_line_end = line_start - 1
            prev_start = text.rfind("\n", max(0, prev_line_end - 200), max(0, prev_line_end)) + 1
            prev_line = text[prev_start : max(0, prev_line_end)]
            if line_start > 0 and _THEME_HEADING.match(prev_line.strip()):
                kind, gap_from = "theme", line_start
        if kind is None and _national(name) and not _THE_DOING.search(text, max(0, lead_end - 12), lead_end):
            # (“Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” with no "phong trào" before it: the
            # national campaign; not "gắn với việc “Học tập và làm theo ...”": the practice, named as a task; nor
            # "công trình “Dân vận khéo”": a works)
            kind, gap_from = "campaign", lead_end
        if kind is None and _LAUNCHED_BY_NAME.search(text, max(0, lead_end - 40), lead_end):
            kind, gap_from = "campaign", lead_end  # "phát động “Tháng Thanh niên 2026”": what is launched, by name
        self_named = _SELF_NAMED.match(name) and not _NOT_A_CAMPAIGN.match(name) and not _SAYS.search(name)
        if kind is None and self_named:
            kind, gap_from = "campaign", lead_end  # a name that says what it is (‘đẩy mạnh "Phong trào Nông dân thi
            # đua sản xuất, kinh doanh giỏi ..."’)
        if kind is None and _THEME_AFTER.match(text, q.close):
            # "“70 ngày đêm xung kích, sáng tạo, quyết thắng” là chủ đề đợt thi đua cao điểm ...": the words after the
            # quote say what it is
            kind, gap_from, tt = "theme", lead_end, None
        slogan = kind is None and name.startswith(_SLOGAN_OPENINGS)
        if slogan:  # a quoted call to act is a slogan wherever it stands ("Ngày Chủ nhật xanh “Hãy hành động ...”")
            kind, gap_from, tt = "theme", lead_end, None
        if kind is None:
            previous = None
            continue
        if kind == "campaign" and self_named:
            gap_from = lead_end  # a name that says what it is needs no word before it ("...; “Phong trào thi đua ...”")
        gap = text[gap_from:lead_end]
        if _has_symbol(gap) or (
            kind == "campaign"
            and (
                gap.rstrip(" :").endswith(_SUBJECT_WORDS)
                or ((titled := _TITLED.search(gap)) and not (_PROGRAMME.match(titled.group(0)) and _national(name)))
                # (a national movement carried out as a programme: "thực hiện chương trình “1 triệu sáng kiến ...”")
                or _SPIRIT.search(gap)
                or _WHAT_IT_DID.search(gap)
                or _GOAL_BEFORE.search(gap)  # ("... phong trào thi đua ... Với mục tiêu thi đua: “...”": its goal)
            )
        ):
            previous, listed_after_none = None, q.close
            continue
        if kind == "campaign" and _nearest(t_found, t_starts, gap_from, lead_end):
            kind = "theme"
        if kind == "theme" and _national(name) and ct is not None and (tt is None or ct.start() < tt.start()):
            kind = "campaign"  # "các phong trào thi đua ... với những chủ đề cụ thể: “Cả nước chung sức xây dựng nông
            # thôn mới”, ...": national campaigns named as the subjects of the movements before
        span = (q.start, q.end)
        if kind == "campaign":
            lm = _LAUNCHER.search(text, max(line_start, trigger_end if trigger_end > 0 else gap_from), lead_end)
            if lm:
                launcher = strip_punct(lm.group("who"))
            elif trigger_end > 0 and gap_from == trigger_end:
                launcher = None
            pm = _PERIOD.match(text, q.close, q.close + 60)
            if (
                _NOT_A_CAMPAIGN.match(name)
                or re.search(r"[ ]ra[ ]?$", text[max(0, q.start - 5) : q.start - 1])
                or _SPOKEN.search(text, max(0, q.start - 24), q.start - 1)
            ):  # (a speech's title after "ra"; words a speaker says: "... kêu gọi “Cán bộ, công chức ...”")
                previous, listed_after_none = None, q.close
                continue
            period = squash(pm.group("period")) if pm else None
            for part, part_span in _two_named(name, span):
                _add(campaigns, Campaign(name=part, launched_by=launcher, period=period, span=part_span), part)
        else:
            owner_m = _OWNER.search(text, max(gap_from, lo), lead_end)
            owner = strip_punct(owner_m.group("owner")) if owner_m else None
            if owner and re.fullmatch(r"(?:năm|giai đoạn)[ ][\d -]+", owner):
                owner = None  # "chủ đề của năm 2023": a time, not an owner
            tkind = "khẩu hiệu" if slogan else "chủ đề"
            if tt:
                word = tt.group(0).lower()
                tkind = (
                    "phương châm"
                    if "phương châm" in word
                    else "khẩu hiệu"
                    if "khẩu hiệu" in word
                    else "tinh thần"
                    if "tinh thần" in word
                    else "chủ đề"
                )
            _add(themes, Theme(text=name, kind=tkind, owner=owner, span=span), name)
            if (tt and not carried) or slogan:
                stated.add(_fold(name))
        previous, previous_trigger = (kind, q), tt
    # a campaign named again after a slogan is no theme ("Với khẩu hiệu “...”, ... ký giao ước thi đua “Vì an ninh
    # Tổ quốc”", the campaign the page names elsewhere)
    themes = [t for t in themes if _fold(t.text) in stated or not any(_same_name(c.name, t.text) for c in campaigns)]
    # a campaign's initials quoted as its name ("Trưởng Ban chỉ đạo phong trào “TDĐKXDĐSVH” quận"), on a page that
    # names it in full, are that campaign
    campaigns = [
        c
        for c in campaigns
        if not (_INITIALS.fullmatch(c.name) and any(o is not c and _initials(o.name) == c.name for o in campaigns))
    ]
    return campaigns, themes


_INITIALS = re.compile(r"[A-ZĐ]{4,}")
# two campaigns in one quote ("phong trào “Bình dân học vụ số và phong trào thi đua cả nước thi đua đổi mới sáng tạo
# và chuyển đổi số”"): the second opens after the word that names it
_SECOND_NAMED = re.compile(r"[ ]và[ ](?:phong[ ]trào(?:[ ]thi[ ]đua)?|cuộc[ ]vận[ ]động)[ ]")


def _two_named(name: str, span: tuple[int, int]) -> list[tuple[str, tuple[int, int]]]:
    """A quoted name, or the two campaigns it joins (the second capitalised, as names are), each stated by the
    quote's span."""
    m = _SECOND_NAMED.search(name)
    if not m or m.start() < 3 or len(name) - m.end() < 3:
        return [(name, span)]
    second = name[m.end() :]
    return [(name[: m.start()], span), (second[0].upper() + second[1:], span)]


def _initials(name: str) -> str:
    """The first letters of a name's words, in capitals ("Toàn dân đoàn kết xây dựng đời sống văn hóa" →
    "TDĐKXDĐSVH")."""
    return "".join(w[0] for w in re.findall(r"\w+", name) if w[0].isalpha()).upper()
