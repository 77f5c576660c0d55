"""Cleaning keeps a map back to the source: every word of the clean text points at its source words."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from graph import clean_loaded, clean_text, load_file

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_every_word_maps_back_to_its_source(path: Path) -> None:
    ct = clean_loaded(load_file(path))
    src = ct.source.text
    for view, to_source in ((ct.text, ct.source_span), (ct.lines, ct.source_span_lines)):
        for m in re.finditer(r"\w+", view):
            s, e = to_source(m.start(), m.end())
            assert unicodedata.normalize("NFC", src[s:e]).replace("*", "") == m.group(0)


def test_reflow_joins_broken_lines_and_keeps_paragraphs() -> None:
    ct = clean_text(
        "Thực hiện Chỉ thị \n\nsố 34-CT/TW ngày 07/4/2014 \n\ncủa Bộ Chính trị.\n\nI. MỤC ĐÍCH\n\n1. Động viên"
    )
    assert ct.text.split("\n") == [
        "Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị.",
        "I. MỤC ĐÍCH",
        "1. Động viên",
    ]


def test_page_numbers_markdown_and_glue() -> None:
    ct = clean_text("**Chỉ thị số 02/CT-UBND** ngày22/01/2024 của\n\n2\n\nUBND tỉnh; Thông báo 70-TB/TWngày 30/5/2023")
    assert ct.text == "Chỉ thị số 02/CT-UBND ngày 22/01/2024 của UBND tỉnh; Thông báo 70-TB/TW ngày 30/5/2023"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Trưởng banBan Thi đua-Khen thưởng Trung ương", "Trưởng ban Ban Thi đua-Khen thưởng Trung ương"),
        ("tặng 7 đơn vị thuộc Bộ CôngThương", "tặng 7 đơn vị thuộc Bộ Công Thương"),
        ("UBND tỉnh yêu cầuThủ trưởng các sở", "UBND tỉnh yêu cầu Thủ trưởng các sở"),
        # codes keep their small letters: never split inside a symbol
        ("Tờ trình số 19/TTr-BTĐKT; Kế hoạch 69-CTr/ThU; Nghị quyết 05-NQ/QĐi", None),
    ],
)
def test_words_run_together_are_parted(raw: str, expected: str | None) -> None:
    """Regression (a legal database's text, blind round k): "Trưởng banBan ..." did not name the body."""
    ct = clean_text(raw)
    assert ct.text == (expected or raw)
    assert ct.source_span(0, len(ct.text)) == (0, len(raw))


def test_a_database_table_whose_cells_ran_together_is_read_cell_by_cell() -> None:
    """Regression (blind round tx, a legal database's attribute table): "Số hiệu:91/2022/NQ-HĐNDNgày đăng công
    báo:Đang cập nhật" gave the number "91/2022/NQ-HĐNDNgàyđăngcôngbáo:Đangcậpnhật", and a citation of it."""
    from graph.extract import extract_document

    raw = (
        "thuộc tính Nghị quyết 91/2022/NQ-HĐND\n"
        "Cơ quan ban hành: Hội đồng nhân dân Thành phố Đà NẵngSố công báo:Đang cập nhật\n"
        "Số hiệu:91/2022/NQ-HĐNDNgày đăng công báo:Đang cập nhật\n"
        "Loại văn bản:Nghị quyếtNgười ký:Lương Nguyễn Minh Triết\n"
        "Ngày ban hành:15/12/2022Ngày hết hiệu lực:Đang cập nhật\n"
    )
    ct = clean_text(raw)
    assert "Số hiệu:91/2022/NQ-HĐND  Ngày đăng công báo:" in ct.lines
    d = extract_document(ct)
    assert (d.document.symbol, d.document.date, d.document.issuer) == (
        "91/2022/NQ-HĐND",
        "2022-12-15",
        "Hội đồng nhân dân Thành phố Đà Nẵng",
    )
    assert d.citations == ()


def test_footnote_moves_after_the_body_and_keeps_its_anchor() -> None:
    text = (
        "Thi đua về chuyển đổi số1, cải cách hành chính, có \n\n                    \n\n"
        "1 Theo Nghị quyết số 49-NQ/TU, ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy.\n tính chất liên kết vùng."
    )
    ct = clean_text(text)
    assert ct.text.startswith("Thi đua về chuyển đổi số, cải cách hành chính, có tính chất liên kết vùng.")
    assert ct.text.endswith("1 Theo Nghị quyết số 49-NQ/TU, ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy.")
    (note,) = ct.footnotes
    assert text[note.anchor] == "1" and text[note.anchor - 2 : note.anchor] == "số"
    assert text[note.span[0] : note.span[1]].startswith("1 Theo")


def test_nfc_everywhere() -> None:
    ct = clean_text(unicodedata.normalize("NFD", "Sở Xây dựng phát động phong trào thi đua"))
    assert ct.text == "Sở Xây dựng phát động phong trào thi đua"


# The reflow, edge by edge: the line-by-line implementation (regression, 2026-11-22) must read every
# run of spaces and line breaks as the earlier run-by-run scan did.
REFLOW = [
    ("", ""),
    (" ", " "),
    ("  ", " "),
    ("\n", ""),
    (" \n ", ""),
    ("  abc", " abc"),
    ("abc  ", "abc "),
    ("abc ", "abc "),
    ("a  b", "a b"),
    ("\n\nabc", "abc"),
    ("abc\n\n", "abc"),
    ("abc\n  \n", "abc"),
    ("a\nb", "a b"),
    ("a.\nB", "a.\nB"),
    ("a,\nThực hiện x", "a, Thực hiện x"),
    ("x.\n\n- y", "x.\n- y"),
    ("kinh tế\n- xã hội", "kinh tế - xã hội"),
    ("MỤC ĐÍCH\nnội dung", "MỤC ĐÍCH\nnội dung"),
    ("a\n-----\nb", "a\n-----\nb"),
    ("  \n  abc  \n  def  ", "abc def "),
    ("a\n\n\n  b", "a b"),
    ("1. Một\n2. Hai", "1. Một\n2. Hai"),
    ("Nơi nhận:\n- Như trên;", "Nơi nhận:\n- Như trên;"),
    ("x" * 320 + "\nY", "x" * 320 + "\nY"),
    # a page's date stamp is no part of the title under it; a lead opening on its day is a new paragraph
    ("Thứ Ba, 25/6/2024\nKế hoạch số 771-KH/BDVTW", "Thứ Ba, 25/6/2024\nKế hoạch số 771-KH/BDVTW"),
    ("28/02/2020 - 16:45\nKhối thi đua", "28/02/2020 - 16:45\nKhối thi đua"),
    ("năm 2017\n\nNgày 26/02/2009, Ban Dân vận", "năm 2017\nNgày 26/02/2009, Ban Dân vận"),
    ("ban hành\nngày 26/02/2009 của Ban", "ban hành ngày 26/02/2009 của Ban"),  # (in a sentence: "ngày")
    ("Tết quân - dân”\nThứ Năm, ngày 13/06/2024 | 09:14", "Tết quân - dân”\nThứ Năm, ngày 13/06/2024 | 09:14"),
    ("cụ thể như sau:\nPhát động các phong trào", "cụ thể như sau:\nPhát động các phong trào"),
    ("các nội dung gồm:\nSở Nội vụ", "các nội dung gồm: Sở Nội vụ"),  # (only "như sau:" ends a paragraph)
    ("năm 2024. (Ảnh: Xuân Khu/TTXVN)\n“Động viên", "năm 2024. (Ảnh: Xuân Khu/TTXVN)\n“Động viên"),  # a credit
]


@pytest.mark.parametrize(("raw", "expected"), REFLOW, ids=[repr(r)[:30] for r, _ in REFLOW])
def test_reflow_runs_of_spaces_and_line_breaks(raw: str, expected: str) -> None:
    from graph.clean import _reflow

    out, (omap,) = _reflow(raw)
    assert out == expected
    for m in re.finditer(r"\S+", out):  # every word still points at itself in the input
        s, e = omap.span(m.start(), m.end())
        assert raw[s:e] == m.group(0)


def test_a_caption_without_its_stop_does_not_swallow_what_happened_at_the_event() -> None:
    """Blind rounds (th10): "Hình ảnh: ... tại hội nghị" then "Tại Hội nghị, UBND xã ... đã phát động ..."."""
    text = (
        "Hình ảnh: Đc Y Thắng Êban - CT.UBND xã báo cáo kết quả tại hội nghị\n"
        "Tại Hội nghị, UBND xã Ea H’Leo đã phát động phong trào thi đua yêu nước giai đoạn 2025 – 2030.\n"
    )
    assert "\nTại Hội nghị, UBND xã" in clean_text(text).text
