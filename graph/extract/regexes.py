"""The patterns that more than one stage of the extractor uses, in one place (as eyecite keeps its
``regexes.py``): symbols, dates, kinds, bodies, issuer phrases, bases.  A pattern that one module alone
uses lives beside the code that reads it (``header.py``'s header lines, ``quotes.py``'s triggers); none is
defined twice (``tests/test_patterns.py`` checks it).

Patterns run on the reflowed clean text (one paragraph per line, single spaces), so a
symbol or date broken across lines arrives with at most one stray space inside.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..scan import AnyOf, LinePattern
from ..vocab import BODY_HEADS, KIND_WORDS, LOWER, SCHOOL_TYPES, UPPER, WEEKDAY_RE

LOW = LOWER  # (vocab.py spells the letters out)
SP = r"[ ]?"  # at most one stray space (what is left of a line break after reflow)

# A code inside a symbol: capitals (and digits), with at most a two-letter small tail
# ("TTg", "CTr", "QĐi") that is not the start of a glued word ("TWngày"); "&" joins two ("KH-PGD&ĐT").
_CODE = (  # ("TƯ": "TW")
    rf"[A-ZĐ](?:[A-ZĐƯ0-9]|&(?=[A-ZĐ])|[a-zđ]{{1,2}}(?=[A-ZĐ0-9]))*(?:[a-zđ]{{1,2}}(?![{LOW}A-Za-z]))?"
)
_ISSUER = (  # "2KTĐ": a joint issuer; a unit's number after a stop, "51/BTĐKT-P.1"
    rf"(?:\d(?=[A-ZĐ]))?{_CODE}(?:(?:-{SP}|{SP}-){_CODE}(?![{LOW}A-Za-z]))*(?:\.\d{{1,2}}(?![\d/]))?"
    rf"(?:\.(?:[A-ZĐƯ]{{2,}}[A-ZĐƯ0-9]*|Ư)(?![{LOW}A-Za-z]))*"  # a unit after a dot ("19/KH-THHBA.LĐ"), "03-CT/T.Ư"
)
# counted ("two blocs"); " - " between two words is a separator ("1730/QĐ-TTg - Phong trào ..."), not a code

PARTY_SYMBOL = rf"(?P<p_num>\d{{1,5}}[a-zđ]?){SP}-{SP}(?P<p_kind>{_CODE}){SP}/{SP}(?P<p_issuer>{_ISSUER})"
STATE_SYMBOL = (
    rf"(?P<s_num>\d{{1,5}}[a-zđ]?)(?:{SP}/{SP}(?P<s_year>(?:19|20)\d{{2}}))?{SP}/{SP}"
    rf"(?:(?P<s_kind>{_CODE})(?:{SP}-{SP}|\.(?=[A-ZĐ]{{2}}|TTg))(?P<s_issuer>{_ISSUER})"  # (a dot for the hyphen, as
    # old texts write it: "Nghị định số 121/2005/NĐ.CP", "Chỉ thị số 17/2006/CT.TTg")
    rf"|(?<=\d/)(?P<s_law>(?:UBTVQH|QH)(?:{SP}\d{{2}}|\d?)|L-CTN|CTN))"  # "QH 11": the legislature, spaced
)
SYMBOL = re.compile(rf"(?<![\w/.\-])(?:{PARTY_SYMBOL}|{STATE_SYMBOL})(?![A-ZĐ0-9_/]|-\w)")
# A Party symbol whose hyphen was lost at a line break ("Nghị quyết số 52\nNQ/TW"), after "số" or a Party kind
# only: found by a literal scan, then matched again at its number (``PARTY_BROKEN_AT``).
PARTY_BROKEN = AnyOf(
    *(
        rf"{w} (?P<q_num>\d{{1,5}})[ ](?P<q_kind>{_CODE})/(?P<q_issuer>{_ISSUER})(?![A-ZĐ0-9_/]|-\w)"
        for w in ("số", "Số", "Chỉ thị", "Nghị quyết", "Kết luận", "Quy định")
    )  # ... or right after a Party kind ("lồng ghép vào thực hiện Chỉ thị 05 CT/TW")
)
PARTY_BROKEN_AT = re.compile(rf"(?P<q_num>\d{{1,5}})[ ](?P<q_kind>{_CODE})/(?P<q_issuer>{_ISSUER})")
# A letter numbered with its sender's code alone ("Công văn số 1691/SGDĐT", "văn bản số 44/PGD&ĐT"), no kind code
# and no unit: after "Công văn số"/"văn bản số" only, found by a literal scan and matched again at its number.
LETTER_CODE_RE = r"[A-ZĐ][A-ZĐ&]{1,14}"  # the sender's code ("SGDĐT", "PGD&ĐT")
LETTER_NUMBER = AnyOf(
    *(
        rf"{w}(?: số)? (?P<l_num>\d{{1,5}}/{LETTER_CODE_RE})(?![\w/\-&])"
        for w in ("Công văn", "công văn", "Văn bản", "văn bản")
    ),
    *(  # any kind numbered with its sender's code alone ("Hướng dẫn số 12/HĐTĐKT, ngày 09 tháng 01 năm 2018 ...")
        rf"{w} số (?P<l_num>\d{{1,5}}/{LETTER_CODE_RE})(?![\w/\-&])"
        for w in (
            *("Hướng dẫn", "hướng dẫn", "Kế hoạch", "kế hoạch", "Thông báo", "thông báo"),
            *("Quyết định", "quyết định"),  # ("Quyết định số 832/QĐUBND": its kind code glued to the sender's)
        )
    ),
)
LETTER_NUMBER_AT = re.compile(rf"(?P<l_num>\d{{1,5}}/{LETTER_CODE_RE})")
# The codes of the Party committees that end a Party symbol ("TW", "TU", "HU", "QU", "ĐU"; "BTGTW", "ThU").
_PARTY_TAIL = "TW|TƯ|TU|HU|QU|ĐU"  # the Central Committee's, a province's, a district's, a Party committee's
PARTY_COMMITTEE_CODE = rf"(?:[A-ZĐ]{{0,6}}(?:{_PARTY_TAIL})|ThU)"


def _numbered_before(
    text: str, tail: re.Pattern[str], at: re.Pattern[str], digits: str, reach: int
) -> Iterator[re.Match[str]]:
    """The matches of ``at`` at the number (the ``digits`` just before) of each match of ``tail``: a literal-led
    scan for what ends a rare symbol, matched again from its number."""
    for m in tail.finditer(text):
        start = m.start()
        while start > max(0, m.start() - reach) and (text[start - 1].isdigit() or text[start - 1] in digits):
            start -= 1
        if start < m.start() and (found := at.match(text, start)):
            yield found


# A Party document of old numbered with its committee's code alone ("Tổng kết Chỉ thị 35/TW của Bộ Chính trị"), right
# after a Party kind: found by a literal scan for the slash and the code, then matched again at its number.
_OLD_PARTY_CODE = re.compile(rf"/(?:{_PARTY_TAIL})(?![\w/\-&])")
_OLD_PARTY_KIND = re.compile(
    r"(?:Chỉ thị|chỉ thị|Nghị quyết|nghị quyết|Kết luận|kết luận|Quy định|Thông tri)(?: số)? $"
)
OLD_PARTY_AT = re.compile(rf"(?<![\w/.\-])(?P<l_num>\d{{1,5}}/(?:{_PARTY_TAIL}))")


def old_party(text: str) -> list[re.Match[str]]:
    """Every Party document of old numbered "35/TW" after its kind word."""
    return [
        m
        for m in _numbered_before(text, _OLD_PARTY_CODE, OLD_PARTY_AT, "", 5)
        if _OLD_PARTY_KIND.search(text, max(0, m.start() - 16), m.start())
    ]


# A Party symbol written with a hyphen for its slash ("Kế hoạch số 34-KH-TU", "Hướng dẫn 168-HD-BTGTW"): its issuer a
# Party committee's code; found by a literal scan for that code after a hyphen, then matched at its number.
_PARTY_DASHED_TAIL = re.compile(rf"-[A-ZĐ]{{2,4}}-{PARTY_COMMITTEE_CODE}(?![\w/\-])")  # (opens on a literal: fast)
PARTY_DASHED_AT = re.compile(
    rf"(?<![\w/.\-])(?P<d_num>\d{{1,5}}[a-zđ]?)-(?P<d_kind>[A-ZĐ]{{2,4}})-(?P<d_issuer>{PARTY_COMMITTEE_CODE})"
    r"(?![\w/\-])"
)


def party_dashed(text: str) -> list[re.Match[str]]:
    """Every Party symbol written with a hyphen for its slash ("34-KH-TU")."""
    return list(_numbered_before(text, _PARTY_DASHED_TAIL, PARTY_DASHED_AT, "abcdđ", 6))


# A number written without its symbol after a kind word, with the body that issued it or its date:
# "Chỉ thị số 34 của Bộ Chính trị", "Nghị quyết số 09 ngày ..." (resolution completes it from the
# conventions: "34-CT/TW").  The kind word before it is required (checked by the citation finder).
_BARE_KINDS = ("Chỉ thị", "Nghị quyết", "Kết luận", "Đề án", "Chương trình", "Kế hoạch", "Quyết định", "Thông tri")
# ... in small letters too, as the press writes the common ones ("kế hoạch 22 của UBND tỉnh về phát động thi đua ...")
_BARE_KINDS_ANY_CASE = (*_BARE_KINDS, "chỉ thị", "nghị quyết", "kết luận", "kế hoạch", "quyết định")
# what follows a bare number: its date, issuer or subject, or the next bare number of the pair the issuer ends
# ("Chương trình số 08 và Kế hoạch 326 của BCĐ Trung ương")
_BARE_AFTER = (
    r"(?=[ ,]{1,2}(?:ngày[ ]\d|của[ ]|do[ ]|về[ ])|(?:[ ]và|,)[ ](?:"
    + "|".join(_BARE_KINDS)
    + r")[ ](?:số[ ])?\d{1,4}[a-z]?"
    r"[ ,]{1,2}(?:ngày[ ]\d|của[ ]|do[ ]))"
)  # ("ngày" then a day: "Chỉ thị 34 ngày 7/4/2014"; not "kế hoạch 90 ngày đêm": a span of days)
BARE_NUMBER = AnyOf(
    *(rf"{w} (?P<b_num>\d{{1,4}}[a-z]?)" + _BARE_AFTER for w in ("số", "Số")),
    # the number right after its kind word, an issuer or subject after it ("Chỉ thị 34 của Bộ Chính trị",
    # "Đề án 02 về công tác dân vận")
    *(rf"{w} (?P<b_num>\d{{1,4}}[a-z]?)" + _BARE_AFTER for w in _BARE_KINDS_ANY_CASE),
    # its number and year, as the press shortens it ("Nghị quyết 57/2024", "Nghị định 91/2017"): the code lost
    *(
        rf"{w} (?:số )?(?P<b_num>\d{{1,4}}/(?:19|20)\d\d)(?![\w/\-])"
        for w in ("Chỉ thị", "Nghị quyết", "Kết luận", "Nghị định", "Thông tư", "Quyết định")
    ),
)
# A number without its code, as a bare-number citation leaves it: "54", "135a", "57/2024" (the press's
# number and year); resolution completes it from the conventions (resolve.documents.complete_symbol).
SHORT_NUMBER = re.compile(r"(?P<n>\d{1,4}[a-z]?)(?:/(?P<y>(?:19|20)\d\d))?")
# the same number, matched again where it starts (with its year, when written so)
BARE_NUMBER_AT = re.compile(r"(?P<b_num>\d{1,4}(?:/(?:19|20)\d\d(?![\w/\-])|[a-z]?))")

_SLASH = re.compile("/")


def find_symbols(text: str) -> list[re.Match[str]]:
    """Every symbol token in ``text``.  Symbols always hold a "/", so the (slow, look-behind
    led) :data:`SYMBOL` pattern only runs in small windows around the slashes (fast literal scan)."""
    found: list[re.Match[str]] = []
    lo = hi = -1
    ranges: list[tuple[int, int]] = []
    for m in _SLASH.finditer(text):
        a, b = max(0, m.start() - 24), m.start() + 48
        if a <= hi:
            hi = b
        else:
            if hi > 0:
                ranges.append((lo, hi))
            lo, hi = a, b
    if hi > 0:
        ranges.append((lo, hi))
    last_end = -1
    for a, b in ranges:
        for m in SYMBOL.finditer(text, a, min(b, len(text))):
            if m.start() >= last_end:
                found.append(m)
                last_end = m.end()
    return found


KIND_WORD_RE = "|".join(re.escape(w) for w in KIND_WORDS)
_CAPITAL_ONLY = ("Luật", "Bộ luật", "Hiến pháp", "Văn bản", "Pháp lệnh", "Điều lệ", "Quy định", "Quy chế")
# Kind words as they open a citation: capitalised, or in small letters for the common kinds.  A flat
# alternation of literals (no character classes) keeps Python's regex engine on its fast path.
_KIND_FORMS = sorted(
    {
        w
        for word in KIND_WORDS
        for w in ((word,) if word.startswith(_CAPITAL_ONLY) else (word, word[0].lower() + word[1:]))
    },
    key=len,
    reverse=True,
)
KIND_CITE_RE = "|".join(re.escape(w) for w in _KIND_FORMS)
# The kind word and what may stand between it and the number ("Luật Thi đua, khen thưởng số").
KIND_BEFORE = re.compile(rf"(?P<kind>{KIND_CITE_RE})(?P<name>[^;.\n“”\"\d/]{{0,70}}?)[ ]?(?:(?i:số)[ ]?:?[ ]?)?$")
KIND_WORD_AT = re.compile(rf"(?:{KIND_CITE_RE})(?!\w)")
KIND_ANY = re.compile(rf"(?i:\b(?:{KIND_WORD_RE}))\b")


def date_pattern(p: str = "") -> str:
    """A date in any written form; groups ``{p}d``, ``{p}m``, ``{p}y`` (and ``{p}d2``... for the
    spelled-out form)."""
    return (
        rf"(?:(?P<{p}d>\d{{1,2}}){SP}(?P<{p}sep>[/.\-]){SP}(?P<{p}m>\d{{1,2}}){SP}(?P={p}sep){SP}"
        rf"(?P<{p}y>(?:19|20)\d{{2}})"
        rf"|(?P<{p}d2>\d{{1,2}})[ ]?(?:tháng|THÁNG|Tháng|Th(?=\d))[ ]?(?P<{p}m2>\d{{1,2}})"
        rf"(?:[ ]?(?:năm|NĂM|,)[ ]?|(?<=Tháng[ ]\d)[ ]|(?<=Tháng[ ]\d\d)[ ])"
        rf"(?P<{p}y2>(?:19|20)\d{{2}}))"  # (a title in capitals: "NGÀY 31 THÁNG 10 NĂM 2018"; a portal's stamp,
    )  # its year after a space: "Thứ năm, 25 Tháng 8 2022 09:34")


DATE = date_pattern()
DATE_RE = re.compile(rf"(?<![\d/.\-]){DATE}(?![\d/])")
# A date right after a symbol: "ngày 13/01/2023", ", ngày 18/5/2021", "(13-01-2023)", "ban hành ngày", "vào ngày"
# (the word as typists mistype it too: "ngay", "ngầy", "gày").
DATE_AFTER = re.compile(
    rf"[ ,]{{0,3}}\(?[ ]?(?:(?:đã[ ]|được[ ])?ban hành[ ]|ký[ ]|vào[ ])?(?i:ngày|ngay|ngầy|gày)?[ ]?:?[ ]?{DATE}"
)
YEAR_WORD = re.compile(r"(?:[Nn]ăm|(?<!\w)[Hh]è)[ ]((?:19|20)\d\d)(?!\d)")  # ("năm 2024"; "hè 2017": a summer drive's)

# Lines of page furniture before the title: dates and times, view counts, font-size buttons, share links.
CHROME_LINE = re.compile(
    r"(?i)^(?:[•·▪●◦][ ]*)?(?:(?:thứ[ ]\w+|chủ nhật|hôm nay)\b.{0,40}$|ngày đăng|cập nhật|lượt xem|\d+[ ]lượt|cỡ chữ|"
    r"mặc định|theo dõi|chia sẻ|in bài|bản in|tin liên quan|trang chủ|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}"
    r"|skip to (?:main )?content|chuyển đến nội dung|được đăng|đăng lúc|email của bạn|viết bình luận|gửi bình luận"
    r"|chào mừng (?:quý )?(?:bạn|quý vị|quý khách)\b"  # (a site's welcome banner)
    r"|nghe đọc|nghe bài|quay lại|trở về"
    r"|[^>»›\n]{1,40}(?:[ ][>»›][ ][^>»›\n]{1,40}){1,5}$"  # (a breadcrumb: "Chính trị > Hậu phương Quân đội")
    # (a section's name before the day's stamp: "Kế hoạch - Quy hoạch Thứ Ba, 28/02/2017, 15:35")
    rf"|[^\n]{{1,40}}?[ ](?:{WEEKDAY_RE}),?[ ]\d{{1,2}}/\d{{1,2}}/\d{{4}}\b[^\n]{{0,20}}$"
    r"|publishing[ ]?portal\b.*|tăng cỡ chữ.*"  # (a portal's block names, its buttons)
    r"(?:[ ,\-–|]+\d{1,2}:\d{2}.*)?$|\d{1,2}:\d{2}|\(?ảnh\b)"
)

BODY_HEAD_RE = "|".join(  # (no post named by a head word: "Khối trưởng KTĐ số 5", "Cụm phó", "Đoàn trưởng")
    re.escape(h)
    + (r"(?![ ](?:trưởng|phó)\b)" if h in ("Khối", "Cụm", "Đoàn") else "")
    + (r"(?![ ]hành\b)" if h in ("Ban", "BAN") else "")  # ("Ban hành kèm theo Quyết định ...": a verb, no board)
    for h in sorted(BODY_HEADS, key=len, reverse=True)
)
BODY_HEAD = re.compile(rf"(?:{BODY_HEAD_RE})\b")  # where a body's name starts ("UBND", "Sở", "Cụm thi đua")
SCHOOL_TYPE_RE = "|".join(re.escape(t).replace(r"\ ", "[ ]") for t in sorted(SCHOOL_TYPES, key=len, reverse=True))
# a post (or a rank, or an address) before the body or the person it names ("Bộ trưởng Bộ Nội vụ", "Chánh án Tòa án
# nhân dân tối cao", "Đại tướng Tô Lâm")
POST_RE = (
    r"(?:Phó[ ])?(?:Bộ trưởng|Giám đốc|Bí thư|Trưởng ban|Trưởng Ban|Thủ trưởng|Cục trưởng|Viện trưởng|Chánh án|"
    r"Hiệu trưởng|Tổng Giám đốc|Chánh Văn phòng|Trưởng Khối|Trưởng khối|Trưởng Cụm|Trưởng cụm|Đại tướng|"
    r"Cụm trưởng|Cụm phó|Khối trưởng|Khối phó|"  # ("Cụm trưởng Cụm thi đua số 4 ...": the cluster's head)
    r"Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá|Đồng chí|Ông|Bà|"
    r"Chính ủy|Chính uỷ|Chỉ huy trưởng|Tư lệnh)"  # (an army unit's posts: "Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh")
)
# "của X", "do X": an issuer phrase follows.
ISSUER_AFTER = re.compile(
    r"^[ ,]{0,3}(?:\([^)]{0,40}\)[ ]?)?,?[ ]?(?:của|cúa|cùa|do|CỦA|DO)[ ](?P<issuer>.{2,160})"
)  # ("cúa": a typist's slip; "CỦA ỦY BAN NHÂN DÂN TỈNH ...": a title in capitals)
# "... ngày 04/11/2017 Ủy ban nhân dân tỉnh Sơn La việc ban hành ...": the body right after the date, its "của" lost.
ISSUER_BARE = re.compile(r"^[ ](?P<issuer>(?:" + BODY_HEAD_RE + r")\b.{2,160})")
# Where an issuer phrase stops.
ISSUER_STOP = re.compile(
    r"[,;.:“”\"()\n]|[ ](?:về|v/v|V/v|việc|ban hành|phê duyệt|phát động|quy định|hướng dẫn|triển khai"
    r"|tuyên truyền|kỷ niệm|chào mừng|đẩy mạnh|tăng cường"  # ("... của Ban Tuyên giáo Trung ương tuyên truyền ...")
    r"|trên địa bàn|nhằm|để"  # ("... của Thủ tướng Chính phủ trên địa bàn TPHCM nhằm ...": where and why it is done)
    r"|Quy định|Hướng dẫn|Ban hành|Phê duyệt"  # ("... của Chính phủ Quy định chi tiết ...": its subject, capitalised)
    r"|thực hiện|sửa đổi|và (?=(?:các )?(?i:" + KIND_WORD_RE + r")))\b"
    r"|[ ](?:" + KIND_WORD_RE + r")[ ]số"
    r"|[ ](?:ngày|năm)[ ]?\d"  # "của UBND tỉnh ngày 13/01/2023": the date follows the issuer
)
SUBJECT_AFTER = re.compile(r"^[ ,]{0,3}(?P<lead>về việc|về|v/v|V/v|V/V)[ :]+(?P<subject>.*)")
SUBJECT_VERB = re.compile(
    r"^[ ,]{0,3}(?P<lead>ban hành|phê duyệt|quy định|hướng dẫn|phát động|triển khai|thực hiện|sửa đổi)"
    r"[ ](?P<subject>.*)"
)
QUOTED_AFTER = re.compile(r"^[ ,:]{0,3}[“\"](?P<subject>[^”\"\n]{3,400})[”\"]")
IMPLEMENTS_LEAD = re.compile(
    r"^(?:về[ ])?(?:việc[ ])?(?:tiếp tục[ ])?(?:lãnh đạo,[ ]chỉ đạo[ ])?(?:đẩy mạnh[ ]|tăng cường[ ])?"
    # ("ban hành Chương trình hành động thực hiện Nghị quyết số 35/NQ-CP": the programme it issues carries it out)
    r"(?:(?:ban hành|phê duyệt)[ ](?:Chương trình|Kế hoạch|Đề án|chương trình|kế hoạch|đề án)(?:[ ]hành động)?[ ])?"
    r"(?:triển khai[ ])?"
    r"(?:thực hiện|triển khai|"
    r"sơ kết|tổng kết)[ ](?:có hiệu quả[ ])?(?P<target>.*)"
)
BEFORE_VERB = re.compile(
    r"(?:(?i:ngày)[ ]?" + date_pattern("b") + r"[ ]?,?[ ])?"
    r"(?P<who>[^,.;:]{2,90}?)[ ](?:đã[ ]|vừa[ ]|mới[ ]|đã vừa[ ])?(?:ký[ ])?(?:ban hành|ký|phát hành|có)[ ]$"
)
# "... được Hội đồng nhân dân tỉnh đề ra tại Nghị quyết số ...": the issuer named before, in the passive
PASSIVE_ISSUER = re.compile(
    r"(?:được|do)[ ](?P<who>(?:" + BODY_HEAD_RE + r")[^,.;:“”]{0,80}?)[ ](?:đề ra|thông qua|ban hành|quyết nghị"
    r"|xác định|nêu|phát động)[ ](?:tại|trong)[ ]$"
)  # ("Phong trào thi đua đặc biệt “...” do Thủ tướng Chính phủ phát động tại Quyết định số 1497/QĐ-TTg")
# "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số ...", "Xét đề nghị của X (Tờ trình số ...) và Y (Tờ trình
# số ...)": the proposer issued the document it proposes by
PROPOSER = re.compile(
    r"(?:(?:đề nghị|chỉ đạo|hướng dẫn|yêu cầu) của|(?<=\))[ ]và)[ ](?P<who>[^;:“”()]{2,120}?)[ ]?(?:tại[ ]|\([ ]?)$"
)
# "... của Bộ Chính trị (": the body whose documents the bracket lists
OWNER_OF_LIST = re.compile(r"[ ]của[ ](?P<who>(?:" + BODY_HEAD_RE + r")[^;:“”()]{0,80}?)[ ]?\([ ]?$")
VERB_END = re.compile(r"(?:ban hành|ký|phát hành|có)[ ]$")
THEO = r"Theo(?![ ]đó\b|[ ]dõi\b)"  # "Theo" opening a basis ("Theo đó": accordingly; "Theo dõi": follow)
BASIS_OPENING = re.compile(rf"(?:\d{{1,2}}[.)][ ])?(?:Thực hiện|Căn cứ|Triển khai|Hưởng ứng|{THEO}|Thi hành)\b")
IMPLEMENTS_CUE = re.compile(
    r"(?i:thực hiện|triển khai|quán triệt|học tập|theo tinh thần|gắn với|cụ thể hóa|thi hành)[^;.]{0,40}$"
)

# Own-number markers: a header "Số:" line, a legal database's "Số hiệu:" / "Số ký hiệu:".
OWN_NUMBER = LinePattern(
    r"[ ]*(?:\*\*)?(?:Số hiệu|Số ký hiệu|Ký hiệu|Số)[ ]*:[ ]*(?:\|[ ]*)?(?P<symbol>[^\s|][^\n|]{0,40}?)"
    r"(?=[ ]{2,}|[ ]*\||[ ]+[^\W\d][\w. ]{0,30},[ ]*ngày|$|\n)",  # (a table's cell: "Số hiệu: | 500/QĐ-TTg |")
    re.I,
)

# words that open like a body's name and name an event or a delegation ("Hội nghị", "Hội thảo", "Đoàn đại biểu")
NOT_A_BODY = re.compile(
    r"(?i)Hội[ ](?:nghị|thảo|thao|thi|diễn|trại|chợ|khỏe|báo|trường|xuân|làng|viên)\b"  # (a hall too: "tại Hội trường
    # Phòng ...")
    r"|Đoàn[ ](?:đại biểu|công tác|kiểm tra|giám sát|khảo sát|kết|viên|thể)\b"  # ("Đoàn kết ...": solidarity, a theme)
)

# a person of the family Đoàn after a post ("Giám đốc Đoàn Tiến Cường"), not the Youth Union ("Đoàn Thanh niên")
FAMILY_DOAN = re.compile(rf"Đoàn(?:[ ][{UPPER}][{LOW}]+){{2,3}}(?![ ][{UPPER}])(?:[ ]|,|$)")
