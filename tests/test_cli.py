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
