"""Bad and hostile input: one clear line per failed file, the others still come out, exit 1, no traceback.

Run through the real console command in a subprocess, as a user would.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

GOOD = (
    "Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị, Sở Nội vụ phát động phong trào thi đua "
    "“Cán bộ, công chức thi đua thực hiện văn hóa công sở”."
)


def run_cli(*args: str | Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "THIDUA_LANG": "vi"}
    return subprocess.run(
        [sys.executable, "-m", "graph.cli", *map(str, args)], capture_output=True, text=True, timeout=timeout, env=env
    )


def _docx_bytes() -> bytes:
    docx = pytest.importorskip("docx")
    buf = io.BytesIO()
    d = docx.Document()
    d.add_paragraph(GOOD)
    d.save(buf)
    return buf.getvalue()


def _image_only_pdf(path: Path) -> None:
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.rect(50, 50, 400, 600, fill=1)  # a "scan": graphics, no text
    c.showPage()
    c.save()


def test_bad_files_each_get_one_line_and_the_good_one_comes_out(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(_docx_bytes()[:1500])
    notzip = tmp_path / "fake.docx"
    notzip.write_bytes(b"PK\x03\x04 this is not really a zip")
    scanned = tmp_path / "scan.pdf"
    _image_only_pdf(scanned)
    broken_pdf = tmp_path / "broken.pdf"
    broken_pdf.write_bytes(b"%PDF-1.7\n garbage")
    unknown = tmp_path / "mystery.txt"
    unknown.write_bytes(bytes([0xC3, 0x28, 0xA0, 0xA1]) * 500)  # invalid UTF-8, no Vietnamese in any reading
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    missing = tmp_path / "missing.txt"
    bad = [binary, empty, truncated, notzip, scanned, broken_pdf, unknown, image, missing]

    run = run_cli("extract", "--json", good, *bad)

    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    docs = [json.loads(line) for line in run.stdout.splitlines()]
    assert [d["source"] for d in docs] == [str(good)]
    assert docs[0]["citations"][0]["symbol"] == "34-CT/TW"
    error_lines = [line for line in run.stderr.splitlines() if line.startswith("Lỗi:")]
    assert len(error_lines) == len(bad)
    for path in bad:
        (line,) = [e for e in error_lines if f" {path}:" in e]
        assert len(line.split(": ", 2)[2]) > 5  # a reason follows the name
    reasons = "\n".join(error_lines)
    assert "nhị phân" in reasons and "rỗng" in reasons and "DOCX" in reasons and "OCR" in reasons


def test_english_messages(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    run = run_cli("--lang", "en", "extract", empty)
    assert run.returncode == 1
    assert f"Error: {empty}: the file is empty" in run.stderr


def test_huge_single_line(tmp_path: Path) -> None:
    """A 50 MB line: a result, not a hang (the time is measured in scripts/bench_extract.py)."""
    unit = GOOD + " " + "thi đua yêu nước, đổi mới sáng tạo " * 40
    p = tmp_path / "huge.txt"
    with p.open("w", encoding="utf-8") as f:
        written = 0
        while written < 50_000_000:
            f.write(unit)
            written += len(unit.encode("utf-8"))
    run = run_cli("extract", "--json", p)
    assert run.returncode == 0, run.stderr[-500:]
    doc = json.loads(run.stdout)
    assert doc["citations"][0]["symbol"] == "34-CT/TW"


def test_many_so_and_unbalanced_quote(tmp_path: Path) -> None:
    so = tmp_path / "so.txt"
    so.write_text("số " * 100_000, encoding="utf-8")
    quote = tmp_path / "quote.txt"
    quote.write_text("Phong trào thi đua “" + GOOD * 3000, encoding="utf-8")
    run = run_cli("extract", "--json", so, quote)
    assert run.returncode == 0, run.stderr[-500:]
    docs = {Path(d["source"]).name: d for d in map(json.loads, run.stdout.splitlines())}
    assert docs["so.txt"]["citations"] == []
    names = [c["name"] for c in docs["quote.txt"]["campaigns"]]
    assert all(len(n) <= 400 for n in names)  # the unbalanced quote did not swallow the paragraph
    assert docs["quote.txt"]["citations"][0]["symbol"] == "34-CT/TW"


def test_folder_input(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a" / "notes.json").write_text("{}", encoding="utf-8")  # not a document: skipped in folders
    run = run_cli("extract", "--json", tmp_path)
    assert run.returncode == 0
    assert len(run.stdout.splitlines()) == 1


def test_zip_bomb_like_docx_is_refused_cleanly(tmp_path: Path) -> None:
    p = tmp_path / "odd.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("[Content_Types].xml", "<not-xml")
    run = run_cli("extract", p)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr and "DOCX" in run.stderr


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("\x01\x02\x03 Thực hiện " * 2000, True),  # valid UTF-8 full of control characters, no NUL up front
        ("Thực hiện " * 4000 + "\x00\x01" * 300, True),  # the control characters come late
        ("Thực hiện\x0c Chỉ thị\x1b " * 5 + GOOD, False),  # a few stray control characters: read
        (("\x01\x02 Thực hiện " * 7000), True),  # longer than the 64 K characters counted
    ],
    ids=["many", "late", "few", "long"],
)
def test_control_characters_in_valid_utf8(tmp_path: Path, text: str, refused: bool) -> None:
    from graph.errors import LoadError
    from graph.load import load

    path = tmp_path / "x.txt"
    path.write_text(text, encoding="utf-8")
    if refused:
        with pytest.raises(LoadError, match=r"x\.txt"):
            load(path)
    else:
        assert load(path).text.endswith("văn hóa công sở”.")
