"""One test per format and encoding: each file is made here by a real tool, then read back."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from graph import extract_file, legacy, load_file

BODY = (
    "Thực hiện Chỉ thị số 02/CT-UBND ngày 13/01/2023 của UBND tỉnh về phát động thi đua năm 2023, "
    "Sở Nội vụ phát động phong trào thi đua với chủ đề “Đoàn kết, kỷ cương, sáng tạo”."
)
CITED = ("02/CT-UBND", "2023-01-13")


def _cited(path: Path) -> list[tuple[str, str | None]]:
    return [(c.symbol, c.date) for c in extract_file(path).citations]


@pytest.mark.parametrize(("encoding", "bom"), [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b"")])
def test_unicode_text(tmp_path: Path, encoding: str, bom: bytes) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(bom + BODY.encode(encoding))
    assert _cited(p) == [CITED]


def test_utf16_without_bom(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(BODY.encode("utf-16-le"))
    assert _cited(p) == [CITED]


def test_windows_1258(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(legacy.encode_cp1258(BODY))
    loaded = load_file(p)
    assert loaded.encoding == "cp1258"
    assert unicodedata.normalize("NFC", loaded.text) == BODY
    assert _cited(p) == [CITED]


@pytest.mark.parametrize(("convert", "label"), [(legacy.to_tcvn3, "tcvn3"), (legacy.to_vni, "vni")])
def test_legacy_encodings(tmp_path: Path, convert, label: str) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "a.txt"
    p.write_bytes(convert(BODY).encode("cp1252"))
    loaded = load_file(p)
    assert loaded.encoding == label
    assert "Thực hiện Chỉ thị số 02/CT-UBND" in loaded.text
    assert _cited(p) == [CITED]


def test_legacy_text_saved_as_utf8(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(legacy.to_tcvn3(BODY), encoding="utf-8")
    assert load_file(p).encoding == "utf-8+tcvn3"
    assert _cited(p) == [CITED]


def test_nfd_input(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(unicodedata.normalize("NFD", BODY), encoding="utf-8")
    doc = extract_file(p)
    assert [(c.symbol, c.date) for c in doc.citations] == [CITED]
    assert doc.themes[0].text == "Đoàn kết, kỷ cương, sáng tạo"
    assert unicodedata.is_normalized("NFC", doc.themes[0].text)


def test_markdown(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text("# PHÁT ĐỘNG\n\n" + BODY.replace("Chỉ thị số", "**Chỉ thị số**"), encoding="utf-8")
    assert _cited(p) == [CITED]


def test_html(tmp_path: Path) -> None:
    p = tmp_path / "a.html"
    p.write_text(
        f"<html><head><meta charset='utf-8'><script>var x='99/CT-TTg';</script></head><body>"
        f"<nav>Trang chủ</nav><article><p>{BODY}</p></article></body></html>",
        encoding="utf-8",
    )
    assert _cited(p) == [CITED]


@pytest.mark.parametrize(
    ("saved", "fmt"),
    [
        # a page's source saved as text (blind round uq: "<p><strong>S&aacute;ng nay, ng&agrave;y 04/12/2021 ...")
        (
            f"Tin tức\n\n<html><head><meta charset='utf-8'></head><body> <p><strong>Tin</strong></p> <p>{BODY}</p>"
            "<p style='text-align:center'><img src='1.jpg' /></p></body></html>",
            "html",
        ),
        # character references left in plain text
        (BODY.replace("à", "&agrave;").replace("á", "&aacute;"), "txt"),
    ],
)
def test_a_text_file_holding_markup_or_character_references(tmp_path: Path, saved: str, fmt: str) -> None:
    p = tmp_path / "a.txt"
    p.write_text(saved, encoding="utf-8")
    assert _cited(p) == [CITED]
    loaded = load_file(p)
    assert loaded.format == fmt and "&agrave;" not in loaded.text and "<p>" not in loaded.text


def test_a_text_file_holding_only_a_pages_head_is_its_title(tmp_path: Path) -> None:
    """Regression (blind round uz): the head of a page saved as text gave its meta tags' values as campaigns."""
    from graph import extract_file

    p = tmp_path / "a.txt"
    p.write_text(
        '<!DOCTYPE html>\n\t<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">\n\t<head>\n<title>Thái Nguyên phát động phong trào thi đua yêu nước giai đoạn 2026 - 2030&#x3A; Sáng tạo, tăng tốc, bứt phá</title>\n<meta name="description" content="Thái Nguyên phát động phong trào thi đua yêu nước giai đoạn 2026 - 2030&#x3A; Sáng tạo, tăng tốc, bứt phá - Savefile - Tin Tức -...">\n<meta name="author" content="Sở Tư pháp tỉnh Thái Nguyên - Cổng thông tin điện tử Phổ biến giáo dục pháp luật">\n<meta name="copyright" content="Sở Tư pháp tỉnh Thái Nguyên - Cổng thông tin điện tử Phổ biến giáo dục pháp luật [lienhe@netsite.vn]">\n<meta name="generator" content="Netsite.,JSC">\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<meta property="og:title" content="Thái Nguyên phát động phong trào thi đua yêu nước giai đoạn 2026 - 2030&#x3A; Sáng tạo, tăng tốc, bứt phá">\n<meta property="og:type" content="website">\n<meta property="og:description" content="Savefile - Tin Tức -...">\n<meta property="og:site_name" content="Sở Tư pháp tỉnh Thái Nguyên - Cổng thông tin điện tử Phổ biến giáo dục pháp luật">\n<meta property="og:url" content="https://pbgdplthainguyen.gov.vn/news/hoat-dong-pbgdpl-cap-tinh/thai-nguyen-phat-dong-phong-trao-thi-dua-yeu-nuoc-giai-doan-2026-2030-sang-tao-tang-toc-but-pha-1690.html">\n<link rel="shortcut icon" href="https://pbgdplthainguyen.gov.vn/uploads/botuphap.png">\n<link rel="canonical" href="https://pbgdplthainguyen.gov.vn/news/hoat-dong-pbgdpl-cap-tinh/thai-nguyen-phat-dong-phong-trao-thi-dua-yeu-nuoc-giai-doan-2026-2030-sang-tao-tang-toc-but-pha-1690.html">\n<link rel="alternate" href="https://pbgdplthainguyen.gov.vn/news/rss/" title="Tin Tức" type="application/rss+xml">\n<link rel="alternate" href="https://pbgdplthainguyen.gov.vn/news/rss/hoat-dong-pbgdpl-o-trung-uong/" t',
        encoding="utf-8",
    )
    doc = extract_file(p)
    assert (
        doc.document.title
        == "Thái Nguyên phát động phong trào thi đua yêu nước giai đoạn 2026 - 2030: Sáng tạo, tăng tốc, bứt phá"
    )
    assert doc.document.issuer == "Thái Nguyên" and doc.document.launch and not doc.campaigns


def test_a_text_file_with_an_ampersand_keeps_it(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Sở GD&ĐT và Bộ TN&MT; R&D. " + BODY, encoding="utf-8")
    assert load_file(p).text.startswith("Sở GD&ĐT và Bộ TN&MT; R&D.")


def test_docx_with_table_header_and_footnote(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "UBND TỈNH LẠNG SƠN\nSỞ NỘI VỤ"
    table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    table.cell(1, 0).text = "Số: 15/PĐ-SNV"
    table.cell(1, 1).text = "Lạng Sơn, ngày 20 tháng 01 năm 2023"
    document.add_paragraph("PHÁT ĐỘNG")
    document.add_paragraph("Phong trào thi đua năm 2023")
    para = document.add_paragraph(BODY + " Thi đua chuyển đổi số")
    _add_footnote(
        document, para, "Theo Nghị quyết số 49-NQ/TU ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy.", OxmlElement, qn
    )
    para.add_run(", cải cách hành chính.")
    p = tmp_path / "a.docx"
    document.save(str(p))
    doc = extract_file(p)
    assert doc.document.symbol == "15/PĐ-SNV"
    assert doc.document.issuer == "Sở Nội vụ"
    assert doc.document.parent == "UBND tỉnh Lạng Sơn"
    assert doc.document.date == "2023-01-20"
    assert [(c.symbol, c.date) for c in doc.citations] == [CITED, ("49-NQ/TU", "2021-09-28")]


def _add_footnote(document, paragraph, text, OxmlElement, qn) -> None:  # type: ignore[no-untyped-def]
    """python-docx has no footnote API: write the footnotes part and a reference by hand."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        f'<w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    ).encode()
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml,
        document.part.package,
    )
    document.part.relate_to(part, RT.FOOTNOTES)
    run = paragraph.add_run()
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), "1")
    run._r.append(ref)


def test_pdf_made_by_reportlab(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not font.exists():
        pytest.skip("DejaVu font missing (Debian fonts-dejavu-core)")
    pdfmetrics.registerFont(TTFont("DejaVu", str(font)))
    p = tmp_path / "a.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("DejaVu", 10)
    y = 800
    for line in (
        "UBND TỈNH LẠNG SƠN",
        "SỞ NỘI VỤ",
        "PHÁT ĐỘNG",
        "Phong trào thi đua năm 2023",
        BODY[:70],
        BODY[70:140],
        BODY[140:],
    ):
        c.drawString(50, y, line)
        y -= 16
    c.showPage()
    c.save()
    assert load_file(p).format == "pdf"
    assert _cited(p) == [CITED]


def test_a_tcvn3_launch_reads_as_its_unicode_text(tmp_path: Path) -> None:
    """Regression: legacy TCVN3 text was read wrong in places: a department's launch credited to the provincial
    People's Committee, "19/CT-TTg" read as "19/CT-TTG"."""
    from graph import extract_file

    sample = Path(__file__).resolve().parent.parent / "samples" / "000_12c2003f901a3d71.txt"
    legacy_file = tmp_path / "tcvn3.txt"
    legacy_file.write_bytes(legacy.to_tcvn3(sample.read_text(encoding="utf-8")).encode("latin-1", "replace"))
    want, got = extract_file(sample), extract_file(legacy_file)
    assert got.encoding.endswith("tcvn3")
    assert [c.symbol for c in got.citations] == [c.symbol for c in want.citations]
    assert got.document.issuer == want.document.issuer and got.document.symbol == want.document.symbol
