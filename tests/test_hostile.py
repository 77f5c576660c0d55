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
    from graph.load import load_file

    path = tmp_path / "x.txt"
    path.write_text(text, encoding="utf-8")
    if refused:
        with pytest.raises(LoadError, match=r"x\.txt"):
            load_file(path)
    else:
        assert load_file(path).text.endswith("văn hóa công sở”.")


# --- names, pipes, control characters, parameters, a full disk (each one line, the other files in) ----------


def _good_and(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


def test_a_file_name_that_is_not_utf8_fails_alone(tmp_path: Path) -> None:
    """Regression: one file, because of its name, made ``thidua build`` die with a traceback; nothing went in."""
    folder = _good_and(tmp_path / "in")
    with open(os.path.join(os.fsencode(folder), b"bad\xff\xfename.txt"), "wb") as f:
        f.write(GOOD.encode("utf-8"))
    run = run_cli("build", folder, "--store", tmp_path / "store", "--json", timeout=120)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert "bad\\xff\\xfename.txt" in run.stderr and "UTF-8" in run.stderr
    assert json.loads(run.stdout)["documents"] == 1


def test_a_fifo_named_on_the_command_line_does_not_hang(tmp_path: Path) -> None:
    """Regression: a FIFO named on the command line hung ``extract`` and ``build`` for ever."""
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    run = run_cli("extract", fifo, timeout=60)
    assert run.returncode == 1 and "không phải tệp thường" in run.stderr
    run = run_cli("build", fifo, tmp_path / "in", "--store", tmp_path / "store", timeout=120)
    assert "không phải tệp thường" in run.stderr and "Traceback" not in run.stderr


def test_a_line_break_in_a_name_cannot_forge_a_line(tmp_path: Path) -> None:
    """Regression: a file name with a line break split its error message and could forge a "Lỗi: …" line."""
    folder = _good_and(tmp_path / "in")
    (folder / "x\nLỗi: mọi thứ đều ổn.txt").write_bytes(b"\x00\x01\x02binary")
    run = run_cli("build", folder, "--store", tmp_path / "store", timeout=120)
    errors = [line for line in run.stderr.splitlines() if line.startswith("Lỗi:")]
    assert len(errors) == 1 and "x\\nLỗi: mọi thứ đều ổn.txt" in errors[0]


def test_control_characters_never_reach_the_exports(tmp_path: Path) -> None:
    """Regression: control characters inside a campaign name crashed GraphML and made GEXF invalid XML."""
    from xml.dom import minidom

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "cc.txt").write_text(
        "PHÁT ĐỘNG\nPhong trào thi đua năm 2024\n\nSở Tài chính tỉnh Cao Bằng phát động phong trào thi đua "
        "“Cao\x0bBằng\x1b chung sức xây dựng nông thôn mới” năm 2024.\n",
        encoding="utf-8",
    )
    store = tmp_path / "store"
    assert run_cli("build", folder, "--store", store).returncode == 0
    for fmt in ("graphml", "gexf"):
        out = tmp_path / f"net.{fmt}"
        run = run_cli("export", "--format", fmt, "--out", out, "--store", store)
        assert run.returncode == 0, run.stderr
        minidom.parse(str(out))  # well-formed XML
        assert "\x1b" not in out.read_text(encoding="utf-8")


def test_an_invalid_iri_parameter_is_one_line(tmp_path: Path, seed_store_path: Path) -> None:
    query = tmp_path / "q.rq"
    query.write_text(
        "# title: t | t\n# purpose-vi: thử\n# purpose-en: test\n# param: doc iri — a document\n# columns: label\n"
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?label WHERE { ?doc rdfs:label ?label }\n",
        encoding="utf-8",
    )
    run = run_cli("query", query, "--param", "doc=not an iri>", "--store", seed_store_path)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and "IRI" in run.stderr


def test_a_full_disk_is_one_line(tmp_path: Path) -> None:
    """Regression: a full disk during a build gave a traceback (the store stayed intact)."""
    tiny = tmp_path / "tiny"
    tiny.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(tiny)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("a small file system cannot be mounted here (needs root)")
    try:
        docs = Path(__file__).parent / "realworld" / "docs"
        run = run_cli("build", docs, "--store", tiny / "store", timeout=300)
        assert run.returncode == 2 and "Traceback" not in run.stderr
        assert "đĩa đầy" in run.stderr and len(run.stderr.strip().splitlines()) == 1
    finally:
        subprocess.run(["umount", str(tiny)], capture_output=True)


def test_a_docx_bomb_is_refused_before_it_expands(tmp_path: Path) -> None:
    """Regression: a 1 MB DOCX that expands was refused only after 7.6 s and 2.1 GB of memory per worker."""
    import time

    p = tmp_path / "bomb.docx"
    with zipfile.ZipFile(p, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("word/document.xml", b"<w:document>" + b" " * (600 * 2**20) + b"</w:document>")
    assert p.stat().st_size < 2 * 2**20
    started = time.perf_counter()
    run = run_cli("extract", p, timeout=60)
    seconds = time.perf_counter() - started
    # the reason can only come from the check of the zip's directory, made before anything expands
    assert run.returncode == 1 and "Traceback" not in run.stderr and "bung ra quá lớn" in run.stderr
    assert seconds < 15


def test_link_loops_and_dangling_links_are_counted_not_followed(tmp_path: Path) -> None:
    """Regression: a FIFO or a symlink loop inside a folder was skipped without a word."""
    folder = _good_and(tmp_path / "in")
    (folder / "sub").mkdir()
    os.symlink("..", folder / "sub" / "up")  # a directory loop
    os.symlink("b.txt", folder / "a.txt")
    os.symlink("a.txt", folder / "b.txt")  # a link loop
    os.symlink("nowhere.txt", folder / "dangling.txt")
    run = run_cli("build", folder, "--store", tmp_path / "store", "--json", timeout=120)
    assert run.returncode == 0 and "Traceback" not in run.stderr
    assert json.loads(run.stdout)["files"] == 1
    assert "3 tệp đặc biệt" in run.stderr


# --- the hostile suite: every case alone in a process bounded in time and memory --------------------------
_MEMORY = 2 * 2**30  # bytes of address space a case may use (the build's workers run under the same bound)
_SECONDS = 60


def _bounded_cli(*args: str | Path) -> tuple[subprocess.CompletedProcess[str], float]:
    import resource
    import time

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (_MEMORY, _MEMORY))

    env = {**os.environ, "THIDUA_LANG": "vi"}
    started = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-m", "graph.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=_SECONDS,
        env=env,
        preexec_fn=limit,
    )
    return run, time.perf_counter() - started


def _nested_html(p: Path) -> None:
    p.write_text("<html><body>" + "<div>" * 200_000 + GOOD + "</div>" * 200_000 + "</body></html>", encoding="utf-8")


def _huge_table_docx(p: Path) -> None:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph(GOOD)
    table = d.add_table(rows=1500, cols=6)
    for row in table.rows:
        for cell in row.cells:
            cell.text = "Phong trào thi đua"
    d.save(p)


def _encrypted_pdf(p: Path) -> None:
    pytest.importorskip("reportlab")
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    enc = pdfencrypt.StandardEncryption("mật khẩu", canPrint=0)
    c = canvas.Canvas(str(p), encrypt=enc)
    c.drawString(72, 720, "Chi thi so 34-CT/TW")
    c.showPage()
    c.save()


def _docx_named_pdf(p: Path) -> None:
    p.write_bytes(_docx_bytes())


def _pdf_named_docx(p: Path) -> None:
    _encrypted_pdf(p)


def _archive(p: Path) -> None:
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("inside.docx", _docx_bytes())


def _xxe_docx(p: Path) -> None:
    with zipfile.ZipFile(io.BytesIO(_docx_bytes())) as src, zipfile.ZipFile(p, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(
                    b"?>",
                    b'?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
                    1,
                ).replace(b"</w:body>", b"<w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body>", 1)
            out.writestr(item, data)


def _short_lines(p: Path) -> None:
    p.write_text(GOOD + "\n" + "a\n" * 3_000_000, encoding="utf-8")


def _utf16_no_bom(p: Path) -> None:
    p.write_bytes(GOOD.encode("utf-16-le"))


def _billion_laughs_html(p: Path) -> None:
    entities = '<!ENTITY a "ha">' + "".join(
        f'<!ENTITY {c} "&{b};&{b};&{b};&{b};&{b};&{b};&{b};&{b};&{b};&{b};">'
        for b, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    p.write_text(
        f'<?xml version="1.0"?><!DOCTYPE html [{entities}]><html><body><p>&i;</p><p>{GOOD}</p></body></html>',
        encoding="utf-8",
    )


def _deep_json_named_txt(p: Path) -> None:
    p.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")


# name, how to make it, what must come out: "doc" (read, with the good citation) or "error" (one line)
HOSTILE = [
    ("nested.html", _nested_html, "doc"),
    ("table.docx", _huge_table_docx, "doc"),
    ("encrypted.pdf", _encrypted_pdf, "error"),
    ("mislabelled.pdf", _docx_named_pdf, "error"),
    ("mislabelled.docx", _pdf_named_docx, "error"),
    ("archive.zip", _archive, "error"),
    ("xxe.docx", _xxe_docx, "doc"),
    ("lines.txt", _short_lines, "doc"),
    ("utf16.txt", _utf16_no_bom, "doc"),
    ("laughs.html", _billion_laughs_html, "doc"),  # regression: bs4 printed an English XMLParsedAsHTMLWarning
    ("deep.txt", _deep_json_named_txt, "any"),
    ("$(touch pwned); `id` | rm -rf ~.txt", lambda p: p.write_text(GOOD, encoding="utf-8"), "doc"),
    ("t" * 240 + ".txt", lambda p: p.write_text(GOOD, encoding="utf-8"), "doc"),
]


@pytest.mark.parametrize(("name", "make", "outcome"), HOSTILE, ids=[h[0][:16] for h in HOSTILE])
def test_hostile_input_is_bounded_and_alone(tmp_path: Path, name: str, make, outcome: str) -> None:  # type: ignore[no-untyped-def]
    """Each hostile file beside a good one: bounded time and memory, no traceback, the good file out, and the
    hostile one either read or refused with one line naming it (never both, never a crash)."""
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad = tmp_path / name
    make(bad)
    run, seconds = _bounded_cli("extract", "--json", good, bad)
    assert "Traceback" not in run.stderr and "MemoryError" not in run.stderr, run.stderr[-800:]
    assert "Warning" not in run.stderr, run.stderr[-800:]  # no library's English advice reaches the officer
    assert seconds < _SECONDS
    docs = {Path(d["source"]).name: d for d in map(json.loads, run.stdout.splitlines())}
    assert docs["good.txt"]["citations"][0]["symbol"] == "34-CT/TW"
    errors = [line for line in run.stderr.splitlines() if line.startswith("Lỗi:")]
    read = name in docs
    assert read != bool(errors), (read, errors)
    assert run.returncode == (0 if read else 1)
    if outcome == "doc":
        assert read and docs[name]["citations"][0]["symbol"] == "34-CT/TW", run.stderr[-500:]
    elif outcome == "error":
        (line,) = errors
        assert name in line and len(line) < 400
    assert not (tmp_path / "pwned").exists()
    if read:
        assert "root:" not in json.dumps(docs[name], ensure_ascii=False)  # no external entity was read
