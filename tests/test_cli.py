"""The command line: every command documented, JSON Lines contract, table output."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from graph.cli import app

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def test_every_command_has_help() -> None:
    import typer.main

    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert command.help and len(command.help) > 20, name
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, name


def test_extract_json_lines_contract() -> None:
    sample = ROOT / "samples" / "000_12c2003f901a3d71.txt"
    result = runner.invoke(app, ["extract", "--json", str(sample)])
    assert result.exit_code == 0
    (line,) = result.stdout.splitlines()
    doc = json.loads(line)
    assert set(doc) >= {"source", "document", "citations", "links", "campaigns", "themes", "clusters"}
    assert doc["document"]["symbol"] == "173/PĐ-SKHĐT"
    c = doc["citations"][0]
    assert set(c) >= {"kind", "symbol", "date", "issuer", "subject", "span"}
    text = sample.read_text(encoding="utf-8")
    assert text[c["span"][0] : c["span"][1]].startswith("Chỉ thị")
    assert doc["links"][0].keys() >= {"from", "to", "relation"}


def test_extract_table() -> None:
    result = runner.invoke(app, ["extract", str(ROOT / "samples" / "003_ef26167016bed370.txt")])
    assert result.exit_code == 0
    assert "01/CT-UBND" in result.stdout and "Sở Xây dựng" in result.stdout


def test_every_message_key_exists_in_both_languages() -> None:
    """Regression: a message key used in code but missing from the catalogue crashed the CLI."""
    import re

    from graph.i18n import MESSAGES

    used: set[str] = set()
    for path in (ROOT / "graph").rglob("*.py"):
        used |= set(re.findall(r"\bt\(\s*\"([a-z_]+[a-z])\"", path.read_text(encoding="utf-8")))
    assert sorted(k for k in used if k not in MESSAGES) == []
    assert all(set(v) == {"vi", "en"} for v in MESSAGES.values())


# --- what a newcomer hits first (issue: commands and messages) ---------------------------------------------


def test_a_symbol_written_as_people_write_it(seed_store_path: Path) -> None:
    """Regression: "34/CT-TW", "Chỉ thị 34-CT/TW" and "ct 34" were refused without help; "ct 34" and "chỉ thị 34"
    then only gave a hint although one directive has that number and kind."""
    from helpers import thidua

    for typed in ("34/CT-TW", "Chỉ thị 34-CT/TW", "ct 34", "chỉ thị 34"):
        run = thidua("cascade", typed, "--store", seed_store_path)
        assert run.stdout.startswith("Chỉ thị 34-CT/TW")
    run = thidua("cascade", "34-CT/TU", "--store", seed_store_path, code=2)
    assert "Có phải: 34-CT/TW?" in run.stderr and len(run.stderr.strip().splitlines()) == 1
    run = thidua("cascade", "34-CT/TU", "--store", seed_store_path, code=2, lang="en")
    assert "Did you mean: 34-CT/TW?" in run.stderr


def test_a_query_parameter_that_matches_nothing_says_so(seed_store_path: Path) -> None:
    """Regression: a parameter that matched nothing gave "0 dòng" and no word."""
    from helpers import thidua

    run = thidua("query", "rests_on", "--param", "symbol=34/CT-TW", "--store", seed_store_path)
    assert "0 dòng" in run.stdout
    assert "symbol=34/CT-TW" in run.stderr and "Có phải: 34-CT/TW?" in run.stderr
    run = thidua("query", "citation_chain", "--param", "source=no/such/file.txt", "--store", seed_store_path)
    assert "source=no/such/file.txt" in run.stderr and "không khớp" in run.stderr


def test_query_tables_show_labels_not_iris(seed_store_path: Path) -> None:
    """Regression: a query table showed each document as a cut IRI ("eli/lang-son/pd/…") beside its label; the
    table now leaves out a column of IRIs that its label follows, and csv keeps it for programs."""
    from helpers import thidua

    run = thidua("query", "rests_on", "--param", "symbol=34-CT/TW", "--store", seed_store_path)
    assert "eli/" not in run.stdout and "Tên" in run.stdout and "5 dòng" in run.stdout
    run = thidua("query", "rests_on", "--param", "symbol=34-CT/TW", "--format", "csv", "--store", seed_store_path)
    assert run.stdout.startswith("document,label,") and "https://w3id.org/thidua/eli/" in run.stdout


def test_no_store_here_says_where_it_looked_and_what_to_do(tmp_path: Path) -> None:
    """Regression: from another folder every reader failed with "IO error … CURRENT: No such file"."""
    from helpers import thidua

    missing = tmp_path / "nowhere"
    for lang, words in (("vi", "chưa có kho dữ liệu"), ("en", "there is no store")):
        run = thidua("list", "campaigns", "--store", missing, code=2, lang=lang)
        assert words in run.stderr and str(missing) in run.stderr and "thidua build" in run.stderr
        assert "IO error" not in run.stderr and "Traceback" not in run.stderr


def test_an_empty_folder_and_unread_files_are_reported(tmp_path: Path) -> None:
    """Regression: an empty folder built with exit 0 and no warning; other files were skipped silently."""
    import os

    from helpers import thidua

    folder = tmp_path / "in"
    folder.mkdir()
    run = thidua("build", folder, "--store", tmp_path / "s1", code=3)
    assert "không có văn bản nào để dựng" in run.stderr
    for name in ("a.xlsx", "b.xlsx", "notes"):
        (folder / name).write_bytes(b"x")
    os.mkfifo(folder / "pipe")
    run = thidua("build", folder, "--store", tmp_path / "s2", code=3)
    assert "bỏ qua 4 tệp" in run.stderr and "2 .xlsx" in run.stderr and "tệp đặc biệt" in run.stderr


def test_export_says_what_it_wrote(seed_store_path: Path, tmp_path: Path) -> None:
    from helpers import thidua

    out = tmp_path / "graph.ttl"
    run = thidua("export", "--format", "ttl", "--out", out, "--store", seed_store_path)
    assert out.exists() and str(out) in run.stderr and "Đã ghi" in run.stderr


def test_cascade_summarises_first_then_limits_the_detail(seed_store_path: Path) -> None:
    """Regression: the cascade of a directive in a 2,000-document store printed 1,028 lines."""
    from helpers import thidua

    run = thidua("cascade", "34-CT/TW", "--limit", "2", "--store", seed_store_path)
    assert "Lạng Sơn" in run.stdout and "Sở, ban, ngành tỉnh" in run.stdout
    assert run.stdout.count("  • ") == 2 and "… và 3 văn bản khác" in run.stdout
    assert thidua("cascade", "34-CT/TW", "--all", "--store", seed_store_path).stdout.count("  • ") == 5
    data = json.loads(thidua("cascade", "34-CT/TW", "--json", "--store", seed_store_path).stdout)
    assert sum(r["launches"] for r in data["summary"]) == len(data["launches"]) == 5


def test_a_shared_number_is_narrowed_by_year_province_or_issuer(seed_store_path: Path) -> None:
    from helpers import thidua

    run = thidua("cascade", "02/CT-UBND", "--store", seed_store_path, code=2)
    assert "--province" in run.stderr and "2023" in run.stderr and "2024" in run.stderr
    assert thidua("cascade", "02/CT-UBND", "--year", "2024", "--province", "Lạng Sơn", "--store", seed_store_path)
    run = thidua(
        "cascade", "02/CT-UBND", "--year", "2024", "--province", "Cao Bằng", "--store", seed_store_path, code=2
    )
    assert "không có văn bản" in run.stderr


def test_the_framework_speaks_the_chosen_language(seed_store_path: Path) -> None:
    """Regression: the framework's own messages were English ("No such command", "Missing argument", "Show
    this message and exit."), --lang was refused after the subcommand, --lang fr was ignored, and help showed
    programmer types (<bool>, <list[Path]>)."""
    from helpers import thidua

    run = thidua("casade", code=2)
    assert run.stderr.strip() == "Lỗi: không có lệnh 'casade' — có phải: 'cascade'? (xem: thidua --help)"
    assert "Missing argument" not in thidua("cascade", code=2).stderr
    assert "thiếu đối số 'symbol'" in thidua("cascade", code=2).stderr
    english = thidua("casade", code=2, lang="en")
    assert "No such command 'casade'" in english.stderr
    after = thidua("cascade", "34-CT/TW", "--lang", "en", "--store", seed_store_path)
    assert "Reaches 5 launches" in after.stdout
    run = thidua("--lang", "fr", "list", "campaigns", code=2)
    assert "--lang fr" in run.stderr and "vi" in run.stderr and "en" in run.stderr
    help_vi = thidua("build", "--help").stdout
    assert "Tùy chọn" in help_vi and "Hiện hướng dẫn này rồi thoát." in help_vi and "Cách dùng" in help_vi
    assert "<bool>" not in help_vi and "<list[Path]>" not in help_vi and "Show this message" not in help_vi
    help_en = thidua("build", "--help", lang="en").stdout
    assert "Options" in help_en and "Show this message and exit." in help_en


def test_list_summarises_first_then_limits(seed_store_path: Path) -> None:
    """Regression: ``list documents`` of a 2,000-document store printed 5,523 lines."""
    from helpers import thidua

    run = thidua("list", "documents", "--limit", "3", "--store", seed_store_path)
    assert "Lạng Sơn" in run.stdout and "Trung ương" in run.stdout and "… và 21 mục khác (tổng 24" in run.stdout
    assert "tổng" not in thidua("list", "documents", "--all", "--store", seed_store_path).stdout


def test_tables_are_written_for_officers(seed_store_path: Path) -> None:
    """Regression: query columns were English identifiers and True/False, dates inside Vietnamese sentences
    were ISO, and analysis terms came without a word of explanation."""
    from helpers import thidua

    run = thidua("query", "rests_on", "--param", "symbol=34-CT/TW", "--store", seed_store_path)
    assert "Tên" in run.stdout and "Trực tiếp" in run.stdout and "True" not in run.stdout
    assert " có " in run.stdout
    assert "07/04/2014" in thidua("cascade", "34-CT/TW", "--store", seed_store_path).stdout
    english = thidua("cascade", "34-CT/TW", "--store", seed_store_path, lang="en").stdout
    assert "2014-04-07" in english
    analyze = thidua("analyze", "--store", seed_store_path).stdout
    assert "Độ trễ: số ngày" in analyze and "PageRank: mức được trích dẫn" in analyze
