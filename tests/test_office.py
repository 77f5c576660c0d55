"""Formats older offices send (issue 16): Word 97–2003 (.doc), OpenDocument (.odt), Rich Text (.rtf).

The files are made here by LibreOffice (Debian's libreoffice-writer-nogui, installed by scripts/setup.sh)
from the bundled samples and from a DOCX with a two-column header table and a footnote, as an office would
save them; thidua must read each as it reads the original: the same document, citations, campaigns and
themes.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import thidua

from graph.errors import LoadError
from graph.extract import extract_file
from graph.load import load_file

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
FORMATS = ("doc", "odt", "rtf")


def _soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        pytest.fail("LibreOffice is missing: apt-get install libreoffice-writer-nogui (scripts/setup.sh does)")
    return exe


def _convert(files: list[Path], fmt: str, out: Path, *, text: bool) -> None:
    """One LibreOffice run for all the files (its start costs seconds), in a profile of its own."""
    args = [_soffice(), "--headless", f"-env:UserInstallation=file://{out / '.lo-profile'}"]
    if text:
        args.append("--infilter=Text (encoded):UTF8,LF,,,")
    args += ["--convert-to", fmt, "--outdir", str(out), *map(str, files)]
    subprocess.run(args, check=True, capture_output=True, timeout=300)


def _signature(path: Path) -> tuple:
    d = extract_file(path)
    x = d.document
    return (
        x.kind,
        x.symbol,
        x.date,
        x.year,
        x.issuer,
        x.parent,
        x.title,
        x.launch,
        sorted((c.symbol, c.kind, c.date, c.issuer, c.role) for c in d.citations),
        sorted(c.name for c in d.campaigns),
        sorted(t.text for t in d.themes),
    )


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("office")
    copies = [Path(shutil.copy(p, out / p.name)) for p in SAMPLES]
    for fmt in FORMATS:
        _convert(copies, fmt, out, text=True)
    return out


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sample", [p.stem for p in SAMPLES])
def test_an_office_file_reads_as_its_text(converted: Path, sample: str, fmt: str) -> None:
    original = converted / f"{sample}.txt"
    office = converted / f"{sample}.{fmt}"
    assert load_file(office).format == fmt
    assert _signature(office) == _signature(original)


def test_a_formatted_word_file_reads_as_its_docx(tmp_path: Path) -> None:
    """A header in a two-column table and a footnote, as offices write them, saved as .doc/.odt/.rtf."""
    from test_formats import test_docx_with_table_header_and_footnote

    test_docx_with_table_header_and_footnote(tmp_path)  # makes tmp_path / "a.docx" (and checks it)
    for fmt in FORMATS:
        _convert([tmp_path / "a.docx"], fmt, tmp_path, text=False)
        got = _signature(tmp_path / f"a.{fmt}")
        want = _signature(tmp_path / "a.docx")
        assert got[:6] == want[:6] and got[8] == want[8], fmt  # kind, number, date, year, issuer, parent; citations


def test_a_folder_of_office_files_builds_the_graph_of_their_text(converted: Path, tmp_path: Path) -> None:
    texts, office = tmp_path / "texts", tmp_path / "office"
    texts.mkdir()
    office.mkdir()
    for p in SAMPLES:
        shutil.copy(converted / p.name, texts / p.name)
        fmt = FORMATS[SAMPLES.index(p) % len(FORMATS)]
        shutil.copy(converted / f"{p.stem}.{fmt}", office / f"{p.stem}.{fmt}")
    counts = {}
    for name, folder in (("texts", texts), ("office", office)):
        store = tmp_path / f"store-{name}"
        thidua("build", folder, "--province", "Lạng Sơn", "--store", store)
        counts[name] = {
            kind: thidua("list", kind, "--json", "--store", store).stdout.count('"label"')
            for kind in ("documents", "bodies", "campaigns", "themes")
        }
        counts[name]["cascade"] = thidua("cascade", "34-CT/TW", "--json", "--store", store).stdout.count('"path"')
    assert counts["office"] == counts["texts"]


def test_office_files_that_are_not_what_they_say(tmp_path: Path, converted: Path) -> None:
    """One clear reason each; an RTF or a web page saved as ".doc" (as offices do) is read for what it is."""
    rtf_as_doc = tmp_path / "rtf.doc"
    shutil.copy(converted / f"{SAMPLES[0].stem}.rtf", rtf_as_doc)
    assert load_file(rtf_as_doc).format == "rtf"
    html_as_doc = tmp_path / "web.doc"
    html_as_doc.write_text("<html><body><p>Kế hoạch phát động thi đua năm 2024</p></body></html>", encoding="utf-8")
    assert load_file(html_as_doc).format == "html"
    cases = {
        "garbage.doc": b"\x00\x01 not a word file at all" * 50,
        "cut.doc": (converted / f"{SAMPLES[0].stem}.doc").read_bytes()[:3000],
        "garbage.odt": b"PK\x03\x04 mimetype application/vnd.oasis.opendocument.text" + b"\x00" * 300,
        "garbage.rtf": b"plain words, not rich text" * 20,
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(LoadError) as caught:
            load_file(tmp_path / name)
        assert name in str(caught.value) and "\n" not in str(caught.value) and "Traceback" not in str(caught.value)


def test_a_machine_without_antiword_is_told_what_to_install(tmp_path: Path, converted: Path, monkeypatch) -> None:
    doc = tmp_path / "a.doc"
    shutil.copy(converted / f"{SAMPLES[0].stem}.doc", doc)
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    with pytest.raises(LoadError) as caught:
        load_file(doc)
    assert "apt-get install antiword" in str(caught.value)
