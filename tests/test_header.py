"""Document metadata from headers, footers, database pages and bodies of other provinces and bodies."""

from __future__ import annotations

import pytest

from graph import clean_text, extract_document

PARTY = """ĐẢNG BỘ TỈNH QUẢNG NINH          ĐẢNG CỘNG SẢN VIỆT NAM
BAN THƯỜNG VỤ TỈNH ỦY
*
Số 15-CT/TU                       Hạ Long, ngày 05 tháng 3 năm 2024

CHỈ THỊ
của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác thi đua, khen thưởng

Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy yêu cầu:

Nơi nhận:                                  T/M BAN THƯỜNG VỤ
- Ban Bí thư Trung ương Đảng (b/c),        BÍ THƯ
- Các huyện ủy, thành ủy,
- Lưu Văn phòng Tỉnh ủy.
                                           Nguyễn Xuân Ký
"""

UBND = """ỦY BAN NHÂN DÂN
TỈNH BẮC GIANG
Số: 45/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 20 tháng 02 năm 2024

KẾ HOẠCH
Tổ chức phong trào thi đua “Bắc Giang chung sức xây dựng nông thôn mới”
giai đoạn 2024 - 2025

Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022; Thực hiện Quyết định số 1315/QĐ-TTg ngày
21/8/2021 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch tổ chức phong trào thi đua như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Hình thức khen thưởng: Bằng khen của Chủ tịch UBND tỉnh; Giấy khen của Giám đốc Sở.

Nơi nhận:
- Văn phòng Chính phủ (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Ánh Dương
"""

DATABASE = """Trang chủ > Văn bản pháp luật > Thi đua - Khen thưởng
Kế hoạch 2/KH-UBND năm 2024 phát động phong trào thi đua tỉnh Cao Bằng
Số hiệu: 2/KH-UBND
Loại văn bản: Kế hoạch
Nơi ban hành: Tỉnh Cao Bằng
Người ký: Hoàng Xuân Ánh
Ngày ban hành: 05/01/2024
Tình trạng: Đã biết

Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ; Kế hoạch số 2/KH-UBND của UBND tỉnh
nhằm phát động phong trào thi đua năm 2024.

Văn bản liên quan
Quyết định 1315/QĐ-TTg năm 2021
Nghị định 98/2023/NĐ-CP hướng dẫn Luật Thi đua
"""

NEWS = """Cao Bằng phát động phong trào thi đua năm 2024
Thứ Hai, 08/01/2024 09:15
Ngày 05/01/2024, UBND tỉnh Cao Bằng ban hành Kế hoạch số 2/KH-UBND về phát động phong trào thi đua yêu
nước năm 2024 với chủ đề “Đoàn kết, kỷ cương, đổi mới, hiệu quả”. Kế hoạch nhằm thực hiện Chỉ thị số
19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ.
"""

ROWS = [
    (
        PARTY,
        {
            "kind": "Chỉ thị",
            "symbol": "15-CT/TU",
            "date": "2024-03-05",
            "place": "Hạ Long",
            "issuer": "Ban Thường vụ Tỉnh ủy",
            "parent": "Đảng bộ tỉnh Quảng Ninh",
            "signer": "Nguyễn Xuân Ký",
            "position": "Bí thư",
        },
        ["34-CT/TW"],
    ),
    (
        UBND,
        {
            "kind": "Kế hoạch",
            "symbol": "45/KH-UBND",
            "date": "2024-02-20",
            "place": "Bắc Giang",
            "issuer": "Ủy ban nhân dân tỉnh Bắc Giang",
            "parent": None,
            "signer": "Lê Ánh Dương",
            "position": "Phó Chủ tịch",
        },
        ["1315/QĐ-TTg"],
    ),
    (
        DATABASE,
        {"kind": "Kế hoạch", "symbol": "2/KH-UBND", "date": "2024-01-05", "signer": "Hoàng Xuân Ánh"},
        ["19/CT-TTg"],
    ),
    # a legal text without its header: the authority line before "Căn cứ" names the issuer
    (
        "QUYẾT ĐỊNH\nBan hành Quy chế Thi đua, Khen thưởng\ntrên địa bàn tỉnh Bạc Liêu\nỦY BAN NHÂN DÂN TỈNH BẠC LIÊU\n"
        "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một "
        "số điều của Luật Thi đua, khen thưởng;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.\n",
        {"kind": "Quyết định", "symbol": None, "issuer": "Ủy ban nhân dân tỉnh Bạc Liêu"},
        ["91/2017/NĐ-CP"],
    ),
    # the two header columns merged onto one line (a document-sharing site's text): "Số:" after the date
    (
        "Trang 1*** Thường Thới Hậu A, ngày 08 tháng 11 năm 2021 Số: 10-KH/LĐ\nKẾ HOẠCH\n"
        "“Phát động phong trào thi đua chào mừng kỉ niệm 39 năm ngày Nhà Giáo Việt Nam”\n"
        "Căn cứ vào kế hoạch hoạt động năm học 2021-2022 của trường THCS Thường Thới Hậu A;\n"
        "Nay Liên đội trường THCS Thường Thới Hậu A phát động phong trào thi đua với nội dung cụ thể như sau:\n",
        {
            "kind": "Kế hoạch",
            "symbol": "10-KH/LĐ",
            "date": "2021-11-08",
            "issuer": "Liên đội trường THCS Thường Thới Hậu A",
        },
        [],
    ),
    # a legal database's attributes one to a line without a colon ("Số hiệu 67/KH-UBND"), before the header
    (
        "Kế hoạch 67/KH-UBND năm 2025 thực hiện Phong trào “Bình dân học vụ số” trên địa bàn tỉnh Trà Vinh\n"
        "Số hiệu 67/KH-UBND\nNgày ban hành 13/06/2025\nLoại văn bản Kế hoạch\nCơ quan ban hành Tỉnh Trà Vinh\n"
        "ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 67/KH-UBND\nTrà Vinh, ngày 13 tháng 6 năm 2025\nKẾ HOẠCH\n"
        "THỰC HIỆN PHONG TRÀO “BÌNH DÂN HỌC VỤ SỐ” TRÊN ĐỊA BÀN TỈNH TRÀ VINH\n"
        "Thực hiện Kế hoạch số 01-KH/BCĐTW ngày 21/3/2025 của Ban Chỉ đạo Trung ương về triển khai Phong trào.\n",
        {"kind": "Kế hoạch", "symbol": "67/KH-UBND", "date": "2025-06-13", "issuer": "Ủy ban nhân dân tỉnh Trà Vinh"},
        ["01-KH/BCĐTW"],
    ),
    # a legal database's attributes two to a line, one space apart, before the document's own header
    (
        "Quyết định 1234/QĐ-LĐTBXH tổ chức Đại hội Thi đua yêu nước ngành Lao động - Thương binh và Xã hội\n"
        " • Thuộc tính văn bản\n"
        "  Cơ quan ban hành: Bộ Lao động Thương binh và Xã hội Số công báo: Đang cập nhật\n"
        "  Số hiệu: 1234/QĐ-LĐTBXH Ngày đăng công báo: Đang cập nhật\n"
        "  Loại văn bản: Quyết định Người ký: Nguyễn Thị Hà\n"
        "  Ngày ban hành: 03/09/2019 Hết hiệu lực: Đang cập nhật\n"
        " • BỘ LAO ĐỘNG – THƯƠNG BINH\n  VÀ XÃ HỘI\n  ---------------\n  Số: 1234/QĐ-LĐTBXH\n"
        "  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  Độc lập - Tự do - Hạnh phúc\n  Hà Nội, ngày 03 tháng 9 năm 2019\n"
        "  QUYẾT ĐỊNH\n  Phê duyệt Kế hoạch tổ chức Đại hội Thi đua yêu nước\n"
        "  BỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n  Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003;\n",
        {"kind": "Quyết định", "symbol": "1234/QĐ-LĐTBXH", "date": "2019-09-03"},
        [],
    ),
    # the motto's halves on lines of their own, after a database's attributes, are no part of the body
    (
        "Số hiệu:\n344/KH-UBND\nLoại văn bản:\nKế hoạch\nNơi ban hành:\nTỉnh Bắc Ninh\n"
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n-------\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 344/KH-UBND\nBắc Ninh, ngày 30\ntháng 5 năm 2025\n"
        "KẾ HOẠCH\nTRIỂN KHAI NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024 CỦA BỘ CHÍNH TRỊ\n",
        {"kind": "Kế hoạch", "symbol": "344/KH-UBND", "issuer": "Ủy ban nhân dân tỉnh Bắc Ninh", "date": "2025-05-30"},
        ["57-NQ/TW"],
    ),
    # a whole two-column header flattened onto one line, the kind line run into the title's first line
    (
        "PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM HỌC 2021-2022\n\nLượt xem:\n\nĐọc bài viết\n\n"
        "       LĐLĐ HUYỆN TRÀ BỒNG   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM CĐCS TRƯỜNG MN 28/8 TÂY TRÀ       "
        "Độc lập – Tự do – Hạnh phúc  \nTrà Phong, ngày 23 tháng 9 năm 2021\n \nPHÁT ĐỘNG PHONG TRÀO THI ĐUA\n"
        "Năm học: 2021 – 2022\n   Tên đơn vị: Trường Mầm non 28/8 Tây Trà    \n"
        "Phong trào thi đua yêu nước và các cuộc vận động phát triển sâu rộng trong toàn ngành với tinh thần mới.\n",
        {
            "kind": "Phát động",
            "date": "2021-09-23",
            "issuer": "CĐCS Trường MN 28/8 Tây Trà",
            "parent": "LĐLĐ huyện Trà Bồng",
        },
        [],
    ),
    # a page that reports one document describes it; the reported document is not its own citation
    (
        NEWS,
        {"kind": "Kế hoạch", "symbol": "2/KH-UBND", "date": "2024-01-05", "issuer": "UBND tỉnh Cao Bằng"},
        ["19/CT-TTg"],
    ),
]


# a database's attribute table flattened with bars, a label's explanation before its value (luatvietnam.vn)
BARS = """Quyết định 500/QĐ-TTg phê duyệt Đề án tổ chức Đại hội Thi đua yêu nước toàn quốc lần thứ X
- Tóm tắt
- Nội dung
thuộc tính Quyết định 500/QĐ-TTg
Cơ quan ban hành: | Thủ tướng Chính phủ | Số công báo: Số công báo là mã số ấn phẩm được đăng chính thức trên ấn \
phẩm thông tin của Nhà nước. | Đang cập nhật |
Số hiệu: | 500/QĐ-TTg | Ngày đăng công báo: | Đang cập nhật |
Loại văn bản: | Quyết định | Người ký: | Nguyễn Xuân Phúc |
Ngày ban hành: Ngày ban hành là ngày, tháng, năm văn bản được thông qua hoặc ký ban hành. | 10/04/2020 | Ngày hết \
hiệu lực: | Đang cập nhật |
"""

# a database calls it "Văn bản khác"; the page's title names its kind
OTHER = """Hướng dẫn số 03/HĐTĐKTTW về việc tổ chức phát động thi đua 2 năm 1999-2000 do Hội đồng thi đua khen thưởng \
trung ương ban hành

Trích lược
Số hiệu: 03/HĐTĐKTTW   Loại văn bản: Văn bản khác
Nơi ban hành: Hội đồng Thi đua - Khen thưởng Trung ương   Người ký: Nguyễn Văn Tư
Ngày ban hành: 15/04/1999   Ngày hiệu lực: Đã biết
"""

ROWS += [
    (BARS, {"kind": "Quyết định", "symbol": "500/QĐ-TTg", "date": "2020-04-10", "issuer": "Thủ tướng Chính phủ"}, []),
    (OTHER, {"kind": "Hướng dẫn", "symbol": "03/HĐTĐKTTW", "date": "1999-04-15"}, []),
]


def test_a_database_page_titles_its_document_by_the_line_that_names_it() -> None:
    d = extract_document(clean_text(BARS)).document
    assert d.title == "phê duyệt Đề án tổ chức Đại hội Thi đua yêu nước toàn quốc lần thứ X" and d.year == 2020


@pytest.mark.parametrize(
    ("text", "fields", "cited"),
    ROWS,
    ids=[
        "party",
        "ubnd",
        "database",
        "authority",
        "merged",
        "colonless",
        "attributes",
        "motto",
        "flat",
        "news",
        "bars",
        "other-kind",
    ],
)
def test_document_fields(text: str, fields: dict, cited: list[str]) -> None:
    doc = extract_document(clean_text(text))
    d = doc.document
    values = {
        "kind": d.kind,
        "symbol": d.symbol,
        "date": d.date,
        "place": d.place,
        "issuer": d.issuer,
        "parent": d.parent,
        "signer": d.signer.name,
        "position": d.signer.position,
    }
    for key, want in fields.items():
        assert values[key] == want, (key, values[key])
    assert [c.symbol for c in doc.citations] == cited


def test_award_forms_and_year() -> None:
    doc = extract_document(clean_text(UBND))
    assert doc.document.award_forms == ("Bằng khen của Chủ tịch UBND tỉnh", "Giấy khen của Giám đốc Sở")
    assert doc.document.year == 2024
    # the title names the campaign this plan launches
    assert [c.name for c in doc.campaigns] == ["Bắc Giang chung sức xây dựng nông thôn mới"]
    assert doc.document.title.startswith("Tổ chức phong trào thi đua “Bắc Giang chung sức")


def test_a_news_page_reports_its_document() -> None:
    """Regression: the reported Kế hoạch was a citation of an anonymous page, so the chain above it broke."""
    doc = extract_document(clean_text(NEWS))
    assert doc.document.reported and doc.document.launch and doc.document.year == 2024
    (c,) = doc.citations
    assert (c.symbol, c.date, c.issuer) == ("19/CT-TTg", "2021-07-16", "Thủ tướng Chính phủ")
    assert [t.text for t in doc.themes] == ["Đoàn kết, kỷ cương, đổi mới, hiệu quả"]


# A school's header as a table export: each cell between lone "|" lines, its last line closed by " |"
# ("Số: 180/KH-THCSTrC |"), two whole body lines in the body's cell.
CELLS = """|
UBND QUẬN HẢI AN
TRƯỜNG THCS TRÀNG CÁT
Số: 180/KH-THCSTrC |
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải An, ngày 15 tháng 9 năm 2024 |
KẾ HOẠCH
Tổ chức phong trào thi đua năm học 2024 - 2025
Thực hiện Kế hoạch số 12/KH-PGDĐT ngày 10/9/2024 của Phòng Giáo dục và Đào tạo quận Hải An, Trường THCS
Tràng Cát xây dựng kế hoạch phát động phong trào thi đua như sau:
"""

# The legal-database form of the same table: one name in pieces across a cell's lines.
PIECES = """HỘI ĐỒNG
NHÂN DÂN
TỈNH TRÀ VINH
--------
|
CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
15/2020/NQ-HĐND
|
Trà Vinh, ngày
09 tháng 12 năm 2020
|
NGHỊ QUYẾT
VỀ NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH TRÀ VINH NĂM 2021
"""


@pytest.mark.parametrize(
    ("text", "symbol", "issuer", "parent"),
    [
        (CELLS, "180/KH-THCSTrC", "Trường THCS Tràng Cát", "UBND quận Hải An"),
        (PIECES, "15/2020/NQ-HĐND", "Hội đồng nhân dân tỉnh Trà Vinh", None),
    ],
    ids=["whole-lines", "pieces"],
)
def test_table_cells(text: str, symbol: str, issuer: str, parent: str | None) -> None:
    """Regression: a cell closed on its own last line hid the number, and two body lines in one cell
    became one body ("UBND quận Hải An Trường THCS Tràng Cát")."""
    d = extract_document(clean_text(text)).document
    assert (d.symbol, d.issuer, d.parent) == (symbol, issuer, parent)


def test_no_administrative_unit_begins_another() -> None:
    """``body_case`` looks units up by word count, which holds only while no unit is the first words
    of another ("thị" and "thị xã" could not both be units)."""
    from graph.vocab import ADMIN_UNITS

    assert not [(u, v) for u in ADMIN_UNITS for v in ADMIN_UNITS if v.startswith(u + " ")]


@pytest.mark.parametrize(
    ("capitals", "cased"),
    [
        ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "Sở Kế hoạch và Đầu tư"),
        ("UBND TỈNH LẠNG SƠN", "UBND tỉnh Lạng Sơn"),
        ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Bộ Lao động - Thương binh và Xã hội"),  # society, no commune
        ("KHỐI VĂN HÓA - XÃ HỘI TỈNH LONG AN", "Khối văn hóa - Xã hội tỉnh Long An"),
        ("UBND XÃ HỘI AN", "UBND xã Hội An"),  # a commune named Hội An
        ("TRƯỜNG THCS TRÀNG CÁT", "Trường THCS Tràng Cát"),  # a school's level, then its name
        # names that keep their capitals wherever they stand; the Front and firms under their heads
        ("HỘI NÔNG DÂN VIỆT NAM", "Hội Nông dân Việt Nam"),
        ("ĐOÀN TNCS HỒ CHÍ MINH", "Đoàn TNCS Hồ Chí Minh"),
        ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn"),
        ("TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM", "Tập đoàn Điện lực Việt Nam"),
        # a school's pioneers named after a person, or after their school
        ("LIÊN ĐỘI TÔ VĨNH DIỆN", "Liên đội Tô Vĩnh Diện"),
        ("LIÊN ĐỘI TRƯỜNG TH QUẢNG THẠCH", "Liên đội Trường TH Quảng Thạch"),
    ],
)
def test_header_bodies_are_recased(capitals: str, cased: str) -> None:
    from graph.extract.text import body_case

    assert body_case(capitals) == cased


def test_capitals_and_small_letters_are_spelt_out() -> None:
    """Regression: the class "[A-ZĐÀ-Ỹ]" meant "a capital" but the range À-Ỹ holds small letters ("đ", "ạ"), so
    "Cụm thi đua đạt trên 490 tỷ đồng" was a cluster's name and "; đã có" opened a sentence."""
    import re

    from graph import clean_text, extract_document
    from graph.vocab import LOWER, UPPER

    upper, lower = re.compile(f"[{UPPER}]"), re.compile(f"[{LOWER}]")
    assert all(upper.fullmatch(c) and not lower.fullmatch(c) for c in "ĐÀẠỸƯỰ")
    assert all(lower.fullmatch(c) and not upper.fullmatch(c) for c in "đàạỹưự")
    doc = extract_document(clean_text("Tổng thu ngân sách trong toàn Cụm thi đua đạt trên 490 tỷ đồng."))
    assert [c.name for c in doc.clusters] == []


def test_a_letter_has_its_subject_for_a_title() -> None:
    """Regression (blind round n2): a Công văn has no kind line; the "V/v ..." under its number is its title,
    and a letter that carries a named campaign to its level launches it."""
    text = (
        "UBND TỈNH NINH BÌNH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 810/SGDĐT-VP\nV/v hướng dẫn thực hiện Phong trào thi đua "
        "“Đổi mới, sáng tạo trong dạy và học” giai đoạn 2016-2020\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nNinh Bình, ngày 14 tháng 8 năm 2017\nKính gửi: Các phòng của Sở GD&ĐT.\n"
        "Thực hiện Công văn số 3282/BGDĐT-TĐKT ngày 28/7/2017 của Bộ Giáo dục và Đào tạo về việc hướng dẫn.\n"
    )
    d = extract_document(clean_text(text)).document
    assert d.title == "hướng dẫn thực hiện Phong trào thi đua “Đổi mới, sáng tạo trong dạy và học” giai đoạn 2016-2020"
    assert (d.kind, d.symbol, d.launch) == ("Công văn", "810/SGDĐT-VP", True)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the header's cells joined: the subject beside the number, the motto after it (blind rounds tj, t)
            "BỘ TÀI CHÍNH\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
            "Số: 15764/BTC-TĐKT\nV/v: tổng kết công tác thi đua, khen thưởng\nnăm 2013\n|\nHà Nội, ngày 15\n"
            "tháng 11 năm 2013\n|\nKính gửi:\n|\n- Thủ trưởng các cơ quan, tổ chức, đơn vị thuộc Bộ;\n",
            "tổng kết công tác thi đua, khen thưởng năm 2013",
        ),
        (  # in quotes, over two lines (blind round tf)
            " HỘI TRUYỀN THỐNG TRƯỜNG SƠN     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n   ĐƯỜNG HỒ CHÍ MINH VIỆT NAM"
            "                     Độc lập – Tự do – Hạnh phúc\n \n        Số:  281  / TB – HTS"
            "                                  Hà Nội, ngày 02 tháng 8 năm 2021\n“V/v Yêu cầu báo cáo tổng kết "
            "phong trào thi đua\n và đề nghị khen thưởng Nhiệm kỳ II” \n \n                     Kính gửi:     Hội "
            "Trường Sơn các tỉnh, thành phố;\n",
            "Yêu cầu báo cáo tổng kết phong trào thi đua và đề nghị khen thưởng Nhiệm kỳ II",
        ),
    ],
)
def test_a_letters_subject_as_real_headers_give_it(text: str, title: str) -> None:
    assert extract_document(clean_text(text)).document.title == title


def test_the_year_of_an_undated_text_is_not_a_day_it_names() -> None:
    """Regression: a decision with no number and no date took its year from the day of a law it rests on ("Luật
    ... ngày 22 tháng 11 năm 2019"); a plan for an anniversary from the day of history ("Ngày 27 tháng 02 năm
    1955, Chủ tịch Hồ Chí Minh viết thư ...")."""
    from graph import clean_text, extract_document

    text = (
        "QUYẾT ĐỊNH\nBan hành Quy chế Thi đua, Khen thưởng\ntrên địa bàn tỉnh Bạc Liêu\nỦY BAN NHÂN DÂN TỈNH BẠC LIÊU\n"
        "Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015 và Luật sửa đổi bổ sung một số điều của "
        "Luật Tổ chức Chính phủ và Luật Tổ chức Chính quyền địa phương ngày 22 tháng 11 năm 2019;\n"
        "Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003;\n"
    )
    d = extract_document(clean_text(text)).document
    assert (d.kind, d.issuer, d.year) == ("Quyết định", "Ủy ban nhân dân tỉnh Bạc Liêu", None)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("lãnh đạo, vận động viên thuộc Khối thi đua số 6 dự lễ khai mạc.", ["Khối thi đua số 6"]),
        ("Kế hoạch công tác năm 2023 của Khối thi đua các tổ chức Hội.", ["Khối thi đua các tổ chức Hội"]),
        (
            "Hội nghị tổng kết của Cụm thi đua, khen thưởng các huyện, thành phố năm 2024.",
            ["Cụm thi đua, khen thưởng các huyện, thành phố"],
        ),
        ("ký giao ước thi đua thuộc cụm thi đua số 2 năm 2020", ["cụm thi đua số 2"]),
        ("tạo điều kiện giao lưu trong khối thi đua THCS năm học 2022- 2023.", ["khối thi đua THCS"]),
        ("Cụm thi đua 3 ký Giao ước thi đua năm 2023", ["Cụm thi đua 3"]),
        ("các cụm, khối thi đua của tỉnh đã tổ chức ký kết", []),
    ],
)
def test_cluster_names_end_where_the_sentence_goes_on(text: str, names: list[str]) -> None:
    """Regression: a cluster's name ran on into the verb ("Khối thi đua số 6 dự lễ khai mạc"), stopped inside
    its own words ("Khối thi đua các [tổ chức Hội]"), or was not seen in small letters ("cụm thi đua số 2")."""
    from graph import clean_text, extract_document

    assert [c.name for c in extract_document(clean_text(text)).clusters] == names


def test_a_numbered_header_without_its_kind_line_keeps_its_title() -> None:
    """Regression (blind round v): a Party plan whose header gives the number and the date but no "KẾ HOẠCH" line
    lost its title, and with it the campaign it launches."""
    from graph import clean_text, extract_document

    text = (
        "Để sử dụng toàn bộ tiện ích vui lòng đăng ký gói cước.\nBAN CHẤP HÀNH TRUNG ƯƠNG | ĐẢNG CỘNG SẢN VIỆT NAM |\n"
        "Số: 01-KH/BCĐTW | Hà Nội, ngày 21 tháng 3 năm 2025 |\nTRIỂN KHAI PHONG TRÀO “BÌNH DÂN HỌC VỤ SỐ”\n"
        "- Căn cứ Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị;\n"
    )
    d = extract_document(clean_text(text)).document
    assert (d.kind, d.symbol, d.title, d.launch) == (
        "Kế hoạch",
        "01-KH/BCĐTW",
        "TRIỂN KHAI PHONG TRÀO “BÌNH DÂN HỌC VỤ SỐ”",
        True,
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Lễ ký kết giao ước thi đua khối ngân hàng I - Năm 2019.", ["khối ngân hàng I"]),
        ("Hội nghị ký kết giao ước thi đua năm 2022 khối Nội chính và các cơ quan.", ["khối Nội chính"]),
        ("các đơn vị ký giao ước thi đua trong khối.", []),
    ],
)
def test_a_covenant_names_its_cluster_without_the_words_thi_dua(text: str, names: list[str]) -> None:
    """Regression (blind round u): "giao ước thi đua khối ngân hàng I" named no cluster, so the page had no issuer."""
    from graph import clean_text, extract_document

    assert [c.name for c in extract_document(clean_text(text)).clusters] == names


def test_a_word_header_numbers_its_document_with_spaces_around_the_marks() -> None:
    """Regression (blind round tf): "Số:  281  / TB – HTS" beside the place and date gave no number, so the
    letter had no kind, and its own number was read as a citation."""
    text = (
        " HỘI TRUYỀN THỐNG TRƯỜNG SƠN     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "   ĐƯỜNG HỒ CHÍ MINH VIỆT NAM                     Độc lập – Tự do – Hạnh phúc\n \n"
        "        Số:  281  / TB – HTS                                  Hà Nội, ngày 02 tháng 8 năm 2021\n"
        "“V/v Yêu cầu báo cáo tổng kết phong trào thi đua và đề nghị khen thưởng Nhiệm kỳ II”\n\n"
        "Kính gửi: Hội Trường Sơn các tỉnh, thành phố;\n\nTrong những tháng qua, tình hình dịch bệnh diễn biến "
        "phức tạp, các cấp Hội vẫn chủ động tổ chức được nhiều hoạt động.\n"
    )
    doc = extract_document(clean_text(text))
    d = doc.document
    assert (d.kind, d.symbol, d.date) == ("Thông báo", "281/TB-HTS", "2021-08-02")
    assert d.issuer == "Hội Truyền thống Trường Sơn đường Hồ Chí Minh Việt Nam"
    assert not doc.citations


def test_a_decision_whose_kind_line_and_place_were_lost_in_a_table() -> None:
    """Regression (blind round tf): a database's table kept "ỦY BAN NHÂN DÂN |" without "TỈNH AN GIANG" and lost
    the kind line; the title under the date opens on "BAN HÀNH", which is no body's "BAN"; the authority line
    above "Căn cứ" names the body in full."""
    text = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 08/2012/QĐ-UBND | An Giang, ngày 06 tháng 6 năm "
        "2012 |\nBAN HÀNH QUY CHẾ VỀ CÔNG TÁC THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH AN GIANG.\nỦY BAN NHÂN DÂN TỈNH AN "
        "GIANG\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\n"
    )
    d = extract_document(clean_text(text)).document
    assert (d.kind, d.symbol, d.date) == ("Quyết định", "08/2012/QĐ-UBND", "2012-06-06")
    assert d.title == "BAN HÀNH QUY CHẾ VỀ CÔNG TÁC THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH AN GIANG"
    assert d.issuer == "Ủy ban nhân dân tỉnh An Giang"


@pytest.mark.parametrize(
    ("text", "kind", "symbol", "title"),
    [
        (  # a space after the code's dash ("Số: 734/KH- SXD")
            "ỦY BAN NHÂN DÂN TỈNH\n\nSỞ XÂY DỰNG\n\nSố: 734/KH- SXD\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - "
            "Tự do - Hạnh phúc\n\nHà Tĩnh, ngày  01 tháng 4 năm 2022\n\nKẾ HOẠCH\n\nTổ chức các hoạt động kỷ niệm 64 năm "
            "Ngày truyền thống\n\nngành Xây dựng Việt nam (29/4/1958 - 29/4/2022)\n\n---\n\nHướng tới kỷ niệm 64 năm "
            "Ngày truyền thống ngành Xây dựng Việt Nam, Sở Xây dựng ban hành Kế hoạch tổ chức như sau:\n",
            "Kế hoạch",
            "734/KH-SXD",
            "Tổ chức các hoạt động kỷ niệm 64 năm Ngày truyền thống ngành Xây dựng Việt nam (29/4/1958 - 29/4/2022)",
        ),
        (  # the kind line with its subject beside it ("KẾ HOẠCH ( V/v ... )")
            "LIÊN ĐỘI TRƯỜNG THCS ÂN HỮU\nSố 03-KHLĐ/THCS Ân Hữu, ngày 20 tháng 02 năm 2014\nKẾ HOẠCH ( V/v phát động "
            "phong trào “Hoa điểm 10 ” )\nCăn cứ Chương trình Công tác Đội và phong trào thiếu nhi năm học 2013 – 2014\n",
            "Kế hoạch",
            "03-KHLĐ/THCS",
            "phát động phong trào “Hoa điểm 10 ”",
        ),
    ],
)
def test_word_headers_as_schools_and_departments_type_them(text: str, kind: str, symbol: str, title: str) -> None:
    """Regressions (blind round tg, th): a symbol cut at its space ("734/KH-"); a kind line with its subject in
    brackets gave no kind and no launch."""
    d = extract_document(clean_text(text)).document
    assert (d.kind, d.symbol, d.title) == (kind, symbol, title)


def test_a_body_typed_with_its_letters_spaced_is_spelt_by_the_authority_line() -> None:
    """Regression (blind round tj): "T H  Ủ   T  Ư Ớ N G   C H  Í  N H   P H Ủ" gave the issuer "T H ủ"."""
    text = (
        "T H  Ủ   T  Ư Ớ N G   C H  Í  N H   P H Ủ\n\nSố: 263/QĐ-TTg\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập – "
        "Tự do – Hạnh phúc\n\nHà Nội, ngày  22  tháng  02  năm 2011\n\nQuyết định\nVề việc tặng thưởng Bằng khen của Thủ "
        "tướng Chính phủ\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\nCăn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n"
    )
    d = extract_document(clean_text(text)).document
    assert (d.kind, d.symbol, d.date, d.issuer) == ("Quyết định", "263/QĐ-TTg", "2011-02-22", "Thủ tướng Chính phủ")


def test_a_bare_head_dated_in_a_province_is_that_provinces_committee() -> None:
    """Blind round tn: "ỦY BAN NHÂN DÂN |" over a lost "TỈNH AN GIANG", dated "An Giang, ngày ..."; a legal
    database's numbered list of related documents above the header is no citation."""
    text = (
        "- 1 Kết luận 01-KL/TW năm 2021 về tiếp tục thực hiện Chỉ thị 05-CT/TW do Ban Chấp hành Trung ương ban hành\n"
        "- 2 Kế hoạch 206/KH-UBND năm 2022 thực hiện Đề án theo Quyết định 1677/QĐ-TTg trên địa bàn tỉnh An Giang\n"
        "- 3 Chỉ thị 08/CT-TTg năm 2022 về tăng cường triển khai công tác xây dựng văn hóa học đường\n"
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 11/CT-UBND | An Giang, ngày 11 tháng 9 năm 2023 |\n"
        "VỀ VIỆC THỰC HIỆN NHIỆM VỤ TRỌNG TÂM NĂM HỌC 2023-2024 TRÊN ĐỊA BÀN TỈNH AN GIANG\n"
        "Thực hiện Quyết định số 2457/QĐ-BGDĐT ngày 23/8/2023 của Bộ Giáo dục và Đào tạo Ban hành Kế hoạch nhiệm vụ "
        "năm học 2023-2024 của ngành Giáo dục, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở thực hiện.\n"
    )
    doc = extract_document(clean_text(text))
    assert (doc.document.symbol, doc.document.issuer) == ("11/CT-UBND", "Ủy ban nhân dân tỉnh An Giang")
    assert [c.symbol for c in doc.citations] == ["2457/QĐ-BGDĐT"]


def test_a_form_whose_cells_run_into_the_motto_names_no_body() -> None:
    """Blind round tj: a covenant form flattened into one line ("Đơn vị cấp trên | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
    ĐƠN VỊ ĐỀ NGHỊ NAM ...") gave that line as the issuer."""
    from graph.extract.header import _MOTTO_LEAKED

    assert _MOTTO_LEAKED.search("Đơn vị cấp trên cộng hòa xã Hội Chủ Nghĩa Việt Đơn Vị Đề Nghị Nam")
    assert not _MOTTO_LEAKED.search("Viện Nghiên cứu chủ nghĩa xã hội khoa học")
    from pathlib import Path

    page = Path(__file__).parent / "realworld" / "docs" / "tj03_central_mau1a_giaouoc_ldtbxh2011.txt"
    assert extract_document(clean_text(page.read_text(encoding="utf-8"))).document.issuer is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # blind round tj: a plan annexed to a Prime Minister's decision, on a legal site, with no header
            "KẾ HOẠCH\nTỔ CHỨC THỰC\nHIỆN PHONG TRÀO THI ĐUA “VÌ NGƯỜI NGHÈO - KHÔNG ĐỂ AI BỊ BỎ LẠI PHÍA SAU” GIAI\n"
            "ĐOẠN 2021 - 2025\n(Kèm theo Quyết định số 666/QĐ-TTg ngày 02 tháng 6 năm 2022 của Thủ tướng\nChính phủ)\n"
            "Công tác giảm nghèo bền vững là chủ trương\nlớn, nhất quán của Đảng, Nhà nước ta.\n",
            (
                "Kế hoạch",
                "TỔ CHỨC THỰC HIỆN PHONG TRÀO THI ĐUA “VÌ NGƯỜI NGHÈO - KHÔNG ĐỂ AI BỊ BỎ LẠI PHÍA SAU” GIAI ĐOẠN 2021 - "
                "2025",
                "Thủ tướng Chính phủ",
                2022,
            ),
        ),
        (  # blind round to: an outline annexed to a Party guidance
            "Văn bản mới\nĐỀ CƯƠNG TUYÊN TRUYỀN KỶ NIỆM 20 NĂM TÁI LẬP TỈNH HẢI DƯƠNG (01/01/1997 – 01/01/2017)\n"
            "16/12/2016 07:53:54\n\n(Kèm theo Hướng dẫn số 33-HD/BTGTU ngày 18/11/2016 của Ban Tuyên giáo Tỉnh ủy Hải "
            "Dương)\n\n\nI. KHÁI QUÁT ĐIỀU KIỆN TỰ NHIÊN\nHải Dương là tỉnh ở đồng bằng Bắc Bộ; phía bắc giáp tỉnh Bắc "
            "Giang.\n",
            (None, None, "Ban Tuyên giáo Tỉnh ủy Hải Dương", 2016),
        ),
    ],
)
def test_an_annex_is_issued_by_the_document_it_goes_with(text: str, want: tuple) -> None:
    """Regression (blind rounds tj, to): a text "(Kèm theo Quyết định số ... của Thủ tướng Chính phủ)" under its
    title had no issuer, and the annex line ran into its title."""
    from graph import clean_text, extract_document

    d = extract_document(clean_text(text)).document
    kind, title, issuer, year = want
    assert (d.kind, d.issuer, d.year) == (kind, issuer, year)
    assert title is None or d.title == title
    assert "Kèm theo" not in (d.title or "")


@pytest.mark.parametrize(
    ("text", "symbol", "date", "issuer", "cited"),
    [
        (  # blind round wl: a plan issued with a decision of the court's head is known by the decision's number
            "KẾ HOẠCH\nPHÁT ĐỘNG\nPHONG TRÀO THI ĐUA 6 THÁNG CUỐI NĂM 2022\n(Kèm theo Quyết định số 141/QĐ-TANDTC ngày "
            "31/5/2022 của Chánh án Tòa án\nnhân dân tối cao)\nThực hiện Nghị quyết số 33/2021/QH15 ngày 12/11/2021 "
            "của Quốc hội về tổ chức phiên tòa trực tuyến;\n",
            "141/QĐ-TANDTC",
            "2022-05-31",
            "Tòa án",
            ["33/2021/QH15"],
        ),
        (  # a guidance's outline has a number of its own, or none: the guidance is cited (blind round to)
            "Văn bản mới\nĐỀ CƯƠNG TUYÊN TRUYỀN KỶ NIỆM 20 NĂM TÁI LẬP TỈNH HẢI DƯƠNG\n16/12/2016 07:53:54\n\n(Kèm "
            "theo Hướng dẫn số 33-HD/BTGTU ngày 18/11/2016 của Ban Tuyên giáo Tỉnh ủy Hải Dương)\n\nI. KHÁI QUÁT\n"
            "Hải Dương là tỉnh ở đồng bằng Bắc Bộ; phía bắc giáp tỉnh Bắc Giang.\n",
            None,
            None,
            "Ban Tuyên giáo Tỉnh ủy Hải Dương",
            None,
        ),
    ],
)
def test_a_plan_issued_with_a_decision_is_known_by_its_number(
    text: str, symbol: str | None, date: str | None, issuer: str, cited: list[str] | None
) -> None:
    """Regression (blind round wl, and tj02): a plan "(Kèm theo Quyết định số 141/QĐ-TANDTC ...)" with no number of
    its own had none, and the decision that issues it was listed as its citation."""
    from graph import clean_text, extract_document

    out = extract_document(clean_text(text))
    d = out.document
    assert (d.symbol, d.date) == (symbol, date)
    assert issuer in (d.issuer or "")
    assert cited is None or [c.symbol for c in out.citations] == cited


def test_an_own_number_the_header_writes_without_its_code() -> None:
    """Regression (blind round wl): "Số: 15/HD" in the header, "Hướng dẫn 15/HD-VKSTC ..." as the page's title: the
    full number is the document's own, not a citation."""
    from graph import clean_text, extract_document

    text = (
        "Hướng dẫn 15/HD-VKSTC công tác thi đua khen thưởng năm 2020 của VKSNDTC\n\nVIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\n"
        "Số: 15/HD\nHà Nội, ngày 17 tháng 01 năm 2020\nHƯỚNG DẪN\nCông tác thi đua, khen thưởng năm 2020\nThực hiện "
        "Chỉ thị số 01/CT-VKSTC ngày 06/01/2020 của Viện trưởng Viện kiểm sát nhân dân tối cao;\n"
    )
    out = extract_document(clean_text(text))
    assert out.document.symbol == "15/HD"
    assert [c.symbol for c in out.citations] == ["01/CT-VKSTC"]


def test_a_site_counter_and_font_buttons_above_a_header_are_furniture() -> None:
    """Regression (blind round tz): a school site's visit counter ("Năm 2021 : 1.179") was read as the opening
    sentence, so the report under it had no kind, and its year was the counter's."""
    from graph import clean_text, extract_document

    text = (
        "Liên kết website\nThống kê truy cập\nHôm nay : 11\nTháng 10 : 39\nNăm 2021 : 1.179\n"
        "A- A A+ | Tăng tương phản Giảm tương phản\n\nSƠ KẾT HOẠT ĐỘNG CÔNG ĐOÀN\n\nCÔNG ĐOÀN\n\n"
        "CĐ PHÒNG GIÁO DỤC HIỆP HÒA\n\nCĐ TRƯỜNG THCS HOÀNG LƯƠNG\n\n \n\nBÁO CÁO\n\n"
        "SƠ KẾT THI ĐUA CHÀO MỪNG CÁC NGÀY LỄ LỚN\n\n(20/10, 20/11)\n\nHòa chung với không khí tưng bừng thi đua "
        "lập thành tích hướng về chào mừng Ngày phụ nữ Việt Nam 20/10. Ban chấp hành CĐ trường THCS Hoàng Lương "
        "đã tổ chức phát động thi đua tới tập thể CB, GV, CNV. Từ 1/10/2016 đến 18/11/2016.\n"
    )
    d = extract_document(clean_text(text)).document
    assert (d.kind, d.issuer, d.parent, d.title, d.launch) == (
        "Báo cáo",
        "CĐ Trường THCS Hoàng Lương",
        "CĐ Phòng Giáo dục hiệp hòa",
        "SƠ KẾT THI ĐUA CHÀO MỪNG CÁC NGÀY LỄ LỚN (20/10, 20/11)",
        False,
    )
    assert d.year != 2021


def test_a_long_title_under_its_kind_line_is_the_title() -> None:
    """Regression (blind round y): a title line of more than 160 characters under "KẾ HOẠCH" ended the header,
    and the plan had no title."""
    from graph import clean_text, extract_document

    title = (
        "Phát động thi đua lập thành tích chào mừng Đại hội Mặt trận Tổ quốc Việt Nam các cấp tiến tới Đại hội đại "
        "biểu toàn quốc lần thứ IX Mặt trận Tổ quốc Việt Nam nhiệm kỳ 2019-2024"
    )
    text = (
        "ỦY BAN MTTQ VIỆT NAM\n\nTHÀNH PHỐ CẦN THƠ\n\nBAN THƯỜNG TRỰC\n\nSố:  257/KH-MTTQ-BTT\n\nCỘNG HÒA XÃ HỘI CHỦ "
        "NGHĨA VIỆT NAM\n\nĐộc lập – Tự do – Hạnh phúc\n\nCần Thơ, ngày  16  tháng 7  năm 2018\n\n \n\nKẾ HOẠCH\n\n"
        f"{title}\n\n \n\nCăn cứ vào công văn hướng dẫn số 29/HD-MTTP-BTT ngày 23 tháng 3 năm 2018 của Ban Thường trực "
        "UBMTTQ Việt Nam thành phố.\n"
    )
    d = extract_document(clean_text(text)).document
    assert (d.kind, d.symbol, d.title, d.launch) == ("Kế hoạch", "257/KH-MTTQ-BTT", title, True)


@pytest.mark.parametrize(
    ("text", "title", "launch"),
    [
        (  # a title opening on "Thực hiện" right under the kind line (blind round y)
            "Số: 16/KH-THCSTTCT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nTT Châu Thành, ngày "
            "10 tháng 10 năm 2019\nKẾ HOẠCH\nThực hiện phong trào thi đua “Xây dựng trường học thân thiện –\nHọc sinh "
            "tích cực”. Năm học 2019 – 2020\nCăn cứ Chỉ thị số 40/CT-BGD-ĐT ngày 22/7/2008\ncủa Bộ trưởng Bộ GD & ĐT.\n",
            "Thực hiện phong trào thi đua “Xây dựng trường học thân thiện - Học sinh tích cực”. Năm học 2019 - 2020",
            True,
        ),
        (  # a basis right under the kind line is no title
            "Số: 16/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nHà Nội, ngày 10 tháng 10 "
            "năm 2019\nKẾ HOẠCH\nThực hiện Kế hoạch số 41/KH-PGDĐT ngày 03 tháng 9 năm 2019 của Phòng GD và ĐT.\n",
            None,
            False,
        ),
        (  # a section "I- MỤC ĐÍCH" in capitals ends a title in capitals (blind round hc)
            "Số 658 - KH/HNDTW\n\nHà Nội, ngày 18 tháng 7 năm 2014\n\nKẾ HOẠCH\n\nBÌNH CHỌN VÀ TRAO TẶNG DANH HIỆU\n\n "
            "“NÔNG DÂN VIỆT NAM XUẤT SẮC NĂM 2014”\n\nI- MỤC ĐÍCH, Ý NGHĨA\n\n- Chào mừng kỷ niệm 84 năm ngày thành "
            "lập Hội Nông dân Việt Nam (14/10/1930 – 14/10/2014).\n",
            "BÌNH CHỌN VÀ TRAO TẶNG DANH HIỆU “NÔNG DÂN VIỆT NAM XUẤT SẮC NĂM 2014”",
            False,
        ),
        (  # "CHƯƠNG TRÌNH" goes on a title in capitals: a programme, not a chapter (blind round s)
            "Số: 243/KH-UBND\nKiên Giang, ngày 16 tháng 11 năm 2022\nKẾ HOẠCH\nPHÁT ĐỘNG VÀ TỔ CHỨC THỰC HIỆN PHONG TRÀO "
            "THI ĐUA “KIÊN GIANG THỰC HIỆN\nCHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ” GIAI ĐOẠN 2022-2025\nCăn cứ Nghị quyết số "
            "52-NQ/TW ngày\n27/9/2019 của Bộ Chính trị.\n",
            "PHÁT ĐỘNG VÀ TỔ CHỨC THỰC HIỆN PHONG TRÀO THI ĐUA “KIÊN GIANG THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ” GIAI "
            "ĐOẠN 2022-2025",
            True,
        ),
        (  # the kind and a title "PHÁT ĐỘNG ..." in capitals on one line (blind round ta)
            "Số 04/ KH-THPTTX. PL\nPhước Long, ngày 9  tháng 10  năm 2014\n***\nKẾ HOẠCH PHÁT ĐỘNG THI ĐUA CHÀO MỪNG\n"
            "NGÀY NHÀ GIÁO VIỆT NAM 20/11.\nCăn cứ vào kế hoạch năm học 2014 -2015 của Nhà trường.\n",
            "PHÁT ĐỘNG THI ĐUA CHÀO MỪNG NGÀY NHÀ GIÁO VIỆT NAM 20/11",
            True,
        ),
        (  # the authority line above "Căn cứ" is who decides, not the end of the title (blind round tx)
            "TÒA ÁN NHÂN DÂN\nTỐI CAO\n-------\nSố: 45/2014/QĐTA-TĐKT\nHà Nội, ngày 28 tháng 07 năm 2014\nKẾ HOẠCH\n"
            "VỀ VIỆC CHẤM ĐIỂM THI ĐUA ÁP DỤNG ĐỐI VỚI TÒA ÁN NHÂN DÂN CẤP TỈNH VÀ CẤP HUYỆN\nCHÁNH ÁN TÒA ÁN NHÂN DÂN "
            "TỐI CAO\nCăn cứ Điều 25 Luật Tổ chức Tòa án nhân dân;\n",
            "VỀ VIỆC CHẤM ĐIỂM THI ĐUA ÁP DỤNG ĐỐI VỚI TÒA ÁN NHÂN DÂN CẤP TỈNH VÀ CẤP HUYỆN",
            False,
        ),
        (  # the kind line and its title in small letters on one line (blind round th)
            "LIÊN ĐỘI TÔ VĨNH DIỆN\n***\nSố: / KH-LĐ\nNại Hiên Đông, ngày 01 tháng 12 năm 2016\nKẾ HOẠCH Phát động phong "
            "trào xây dựng Công trình măng non cấp Liên Đội\n- Nhằm thực hiện tốt chương trình công tác Đội.\n",
            "Phát động phong trào xây dựng Công trình măng non cấp Liên Đội",
            True,
        ),
    ],
)
def test_a_title_under_its_kind_line_as_schools_write_it(text: str, title: str | None, launch: bool) -> None:
    from graph import clean_text, extract_document

    d = extract_document(clean_text(text)).document
    assert (d.kind, d.title, d.launch) == ("Kế hoạch", title, launch)


def test_a_party_documents_title_names_the_body_that_issues_it() -> None:
    """Regression (blind round wr): "CHỈ THỊ / CỦA BỘ CHÍNH TRỊ VỀ ..." under "BAN CHẤP HÀNH TRUNG ƯƠNG" was issued by
    the Central Committee (the header's, and the legal database's "Nơi ban hành"), its title opening on "CỦA"; and
    its review of ten years under Chỉ thị 34-CT/TW ("Sau 10 năm thực hiện ... tổ chức phong trào thi đua") made it
    a launch."""
    from graph import clean_text, extract_document

    text = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố: 41-CT/TW\nHà Nội, ngày 26 tháng 12 năm 2024\nCHỈ THỊ\nCỦA BỘ CHÍNH TRỊ VỀ "
        "TĂNG CƯỜNG SỰ LÃNH ĐẠO CỦA ĐẢNG ĐỐI VỚI CÔNG TÁC THI ĐUA, KHEN THƯỞNG TRONG TÌNH HÌNH MỚI\nSau 10 năm thực "
        "hiện Chỉ thị số 34-CT/TW, ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng đã "
        "đạt được nhiều kết quả tích cực: Nhận thức của cấp ủy trong lãnh đạo, chỉ đạo tổ chức phong trào thi đua yêu "
        "nước được nâng lên.\n"
    )
    d = extract_document(clean_text(text)).document
    assert (d.issuer, d.launch) == ("Bộ Chính trị", False)
    assert d.title == "VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO CỦA ĐẢNG ĐỐI VỚI CÔNG TÁC THI ĐUA, KHEN THƯỞNG TRONG TÌNH HÌNH MỚI"
