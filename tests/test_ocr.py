"""Scans and photos (issue 16): Tesseract with its Vietnamese model reads what has no text layer.

The scans are made here from a bundled sample (``scripts/make_scans.py``: A4 at 300 dpi, the two-column
header, a slight rotation, speckle noise, a stamp) as an image-only PDF, a PNG and a multi-page TIFF; what
thidua extracts from them is held against what it extracts from the text.  Hostile scans get one line each.
Speed and accuracy on more documents: ``scripts/bench_ocr.py``.
"""

from __future__ import annotations

import shutil
import sys
import warnings
from pathlib import Path

import pytest

from graph.errors import LoadError
from graph.extract import extract_file
from graph.load import load_file

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
SAMPLE = sorted((ROOT / "samples").glob("*.txt"))[1]  # Sở Nội vụ Lạng Sơn: ten citations, three themes


@pytest.fixture(scope="module")
def scans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    if shutil.which("tesseract") is None:
        pytest.fail("Tesseract is missing: apt-get install tesseract-ocr tesseract-ocr-vie (scripts/setup.sh does)")
    from make_scans import render, save

    folder = tmp_path_factory.mktemp("scans")
    pages = render(SAMPLE.read_text(encoding="utf-8"))
    out = {}
    for name, kept in (("scan.pdf", pages), ("scan.tiff", pages), ("page1.png", pages[:1])):
        save(kept, folder / name)
        out[name] = folder / name
    return out


def test_a_scanned_pdf_reads_as_its_text(scans: dict[str, Path]) -> None:
    text, scan = extract_file(SAMPLE), extract_file(scans["scan.pdf"])
    assert load_file(scans["scan.pdf"]).format == "pdf-ocr"  # (the evidence says the text came from OCR)
    d, s = text.document, scan.document
    assert (s.kind, s.issuer, s.year, s.launch) == (d.kind, d.issuer, d.year, d.launch)
    want, got = {c.symbol for c in text.citations}, {c.symbol for c in scan.citations}
    assert len(want & got) >= 0.9 * len(want) and len(got - want) <= 1, (want - got, got - want)
    assert {t.text for t in scan.themes} & {t.text for t in text.themes}


def test_a_multi_page_tiff_and_a_photo_of_one_page(scans: dict[str, Path]) -> None:
    tiff = load_file(scans["scan.tiff"])
    assert tiff.format == "image-ocr" and tiff.text.count("\n\n") >= 3  # every page read
    assert {c.symbol for c in extract_file(scans["scan.tiff"]).citations} >= {"02/CT-UBND", "34-CT/TW"}
    png = extract_file(scans["page1.png"])
    assert png.document.kind == "Phát động" and png.document.launch


def test_every_statement_of_a_scan_keeps_its_page_box_and_confidence(scans: dict[str, Path], tmp_path: Path) -> None:
    """Provenance for scans: each citation read by OCR knows the page it is on, the box of its words there and
    the OCR's confidence, besides its offsets; the store says it was read by OCR."""
    loaded = load_file(scans["scan.pdf"])
    pages = {w.page for w in loaded.words}
    assert pages == set(range(1, len(pages) + 1)) and len(pages) >= 2
    assert all(loaded.text[w.start : w.end].strip() == loaded.text[w.start : w.end] for w in loaded.words[:200])
    doc = extract_file(scans["scan.pdf"])
    spots = {x.span: x for x in doc.scan}
    width, height = 2480 + 2, 3508 + 2  # an A4 page at the OCR's 300 dpi (make_scans.render), a pixel's rounding
    for c in doc.citations:
        spot = spots[c.span]
        left, top, w, h = spot.box
        assert 1 <= spot.page <= len(pages) and 0 <= left < left + w <= width and 0 <= top < top + h <= height
        assert 0 <= spot.confidence <= 100
    assert {spots[c.span].page for c in doc.citations} >= {1, 2}  # citations on the first two pages
    symbol_34 = next(c for c in doc.citations if c.symbol == "34-CT/TW")
    words = [w for w in loaded.words if w.start < symbol_34.span[1] and w.end > symbol_34.span[0]]
    assert spots[symbol_34.span].box[2] >= max(w.box[2] for w in words if w.page == spots[symbol_34.span].page)

    from graph.pipeline import build
    from graph.store import OxigraphStore

    store = OxigraphStore(tmp_path / "store")
    build([scans["scan.pdf"]], store, workers=1)
    rows = store.select(
        "PREFIX td: <https://w3id.org/thidua/ontology#> SELECT ?st ?page ?box ?conf WHERE { GRAPH ?g { "
        '?st td:symbolAsWritten "34-CT/TW" ; td:readByOcr true ; td:page ?page ; td:pageBox ?box ; '
        "td:ocrConfidence ?conf } }"
    )
    assert rows and int(str(rows[0]["page"])) >= 1 and len(str(rows[0]["box"]).split()) == 4
    from graph.workspace import Workspace

    view = Workspace(store).source(str(rows[0]["st"]))  # the workspace's source page says where on the scan
    store.close()
    assert view.scan is not None and view.scan[0] == int(str(rows[0]["page"])) and "34-CT/TW" in view.marked


@pytest.mark.parametrize(
    ("ocr", "repaired"),
    [
        ("Phong trào thị đua năm 2023", "Phong trào thi đua năm 2023"),
        ("I. CHỦ ĐỀ THỊ ĐUA", "I. CHỦ ĐỀ THI ĐUA"),
        ("Thực hiện Chỉ thị số 02/C1-UBND ngày 13/01/2023", "Thực hiện Chỉ thị số 02/CT-UBND ngày 13/01/2023"),
        ("Chỉ thị số 34-C1/1W ngày 07/4/2014", "Chỉ thị số 34-CT/TW ngày 07/4/2014"),
        ("II. NỘI DƯNG THỊ ĐUA", "II. NỘI DUNG THI ĐUA"),
        ("thị xã Đông Triều, thị trường", "thị xã Đông Triều, thị trường"),  # real words stay
    ],
)
def test_what_ocr_misreads_is_repaired_where_the_conventions_allow(ocr: str, repaired: str) -> None:
    from graph.clean import clean_loaded
    from graph.models import LoadedText

    ct = clean_loaded(LoadedText(path="scan.pdf", text=ocr, format="pdf-ocr", encoding="pdf", sha256=""))
    assert ct.text == repaired
    typed = clean_loaded(LoadedText(path="a.pdf", text=ocr, format="pdf", encoding="pdf", sha256=""))
    assert typed.text == ocr  # a text layer is as the author typed it


def test_hostile_scans_get_one_line_each(tmp_path: Path) -> None:
    from PIL import Image

    cases: dict[str, tuple[bytes | None, str]] = {}
    huge = tmp_path / "huge.png"  # 20,000 × 20,000: refused from its header, before it is decoded
    Image.new("1", (20_000, 20_000), 1).save(huge, optimize=False)
    cases["huge.png"] = (None, "quá lớn")
    cases["corrupt.tiff"] = (b"II*\x00" + b"\xff" * 600, "ảnh hỏng")
    cases["not-an-image.jpg"] = (b"<html>not a photo</html>" * 10, "ảnh hỏng")
    many = tmp_path / "many.pdf"  # 500 blank scanned pages: more than read at once
    page = Image.new("L", (200, 280), 255)
    page.save(many, save_all=True, append_images=[page] * 499, resolution=72)
    cases["many.pdf"] = (None, "500 trang")
    for name, (data, reason) in cases.items():
        if data is not None:
            (tmp_path / name).write_bytes(data)
        with warnings.catch_warnings(), pytest.raises(LoadError) as caught:
            warnings.simplefilter("error")  # a library's English warning on the screen is a failure too
            load_file(tmp_path / name)
        line = str(caught.value)
        assert name in line and reason in line and "\n" not in line, line


def test_a_machine_without_tesseract_is_told_what_to_install(scans: dict[str, Path], monkeypatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    with pytest.raises(LoadError) as caught:
        load_file(scans["page1.png"])
    assert "apt-get install tesseract-ocr tesseract-ocr-vie" in str(caught.value)


def test_a_build_shows_the_pages_ocr_reads(scans: dict[str, Path], tmp_path: Path) -> None:
    """Issue 16: OCR runs in the build's worker pool with a progress bar per page (told here as JSON lines)."""
    import json
    import os
    import subprocess

    folder = tmp_path / "in"
    folder.mkdir()
    for name, path in scans.items():
        (folder / name).write_bytes(path.read_bytes())
    for sample in sorted((ROOT / "samples").glob("*.txt"))[:2]:  # with typed files: the worker pool's path
        (folder / sample.name).write_bytes(sample.read_bytes())
    run = subprocess.run(
        [sys.executable, "-m", "graph.cli", "build", str(folder), "--store", str(tmp_path / "store"), "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "THIDUA_PROGRESS": "jsonl", "THIDUA_LANG": "vi"},
    )
    assert run.returncode == 0, run.stderr[-2000:]
    events = [json.loads(line) for line in run.stderr.splitlines() if line.startswith('{"stage"')]
    pages = [e for e in events if e["stage"] == "ocr"]
    import pypdfium2
    from PIL import Image

    with Image.open(scans["scan.tiff"]) as tiff:
        want = len(pypdfium2.PdfDocument(scans["scan.pdf"])) + tiff.n_frames + 1  # the PDF, the TIFF, the photo
    assert pages and pages[-1]["done"] == pages[-1]["total"] == want


def test_a_page_photographed_sideways_is_turned_and_read(tmp_path: Path) -> None:
    """Issue 16 (rotation): a page Tesseract reads badly as it stands is turned as its orientation detection says
    and read again; a page read well costs no second pass."""
    from make_scans import render, save

    page = render(SAMPLE.read_text(encoding="utf-8"))[0]
    save([page.rotate(90, expand=True)], tmp_path / "sideways.png")
    doc = extract_file(tmp_path / "sideways.png")
    assert doc.document.kind == "Phát động" and {"02/CT-UBND", "34-CT/TW"} <= {c.symbol for c in doc.citations}
    words = load_file(tmp_path / "sideways.png").words
    assert sum(w.confidence for w in words) / len(words) > 80
