"""thidua — đọc chỉ thị, kế hoạch, phát động thi đua và dựng đồ thị tri thức.

A thin command line over the library: each command opens the library and makes one call.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from . import api
from .i18n import t

app = typer.Typer(
    help="thidua — đồ thị tri thức chỉ thị và phong trào thi đua (knowledge graph of Vietnamese "
    "directives and emulation campaigns).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


@app.callback()
def main(
    lang: Annotated[str | None, typer.Option("--lang", help="Ngôn ngữ thông báo: vi (mặc định) hoặc en.")] = None,
) -> None:
    """thidua — đồ thị tri thức chỉ thị và phong trào thi đua."""
    if lang:
        os.environ["THIDUA_LANG"] = lang


def _report_failures(failures: list[api.Failure], total: int) -> None:
    for f in failures:
        err.print(f"[red]{t('error_prefix')}:[/red] {f.path}: {f.reason}", markup=True)
    if failures:
        err.print(t("files_failed", failed=len(failures), total=total))


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Tệp hoặc thư mục (.txt .md .docx .pdf .html).")],
    as_json: Annotated[bool, typer.Option("--json", help="In JSON Lines, mỗi văn bản một dòng.")] = False,
) -> None:
    """Trích xuất những gì mỗi văn bản nêu: số hiệu, ngày, cơ quan, văn bản trích dẫn, phong trào, chủ đề.

    Extract what each document states (DESIGN.md §4 contract). Exit status 1 when a file failed.
    """
    results, failures = api.extract_paths([str(p) for p in paths])
    for doc in results:
        if as_json:
            sys.stdout.write(json.dumps(doc.to_json(), ensure_ascii=False) + "\n")
        else:
            _print_document(doc)
    sys.stdout.flush()
    _report_failures(failures, len(results) + len(failures))
    if failures:
        raise typer.Exit(1)


def _print_document(doc) -> None:  # type: ignore[no-untyped-def]
    d = doc.document
    out.print(f"[bold]{doc.source}[/bold]")
    head = " ".join(x for x in (d.kind, d.symbol) if x) or "—"
    out.print(f"  {head} · {d.issuer or '—'} · {d.date or d.year or '—'}")
    if d.title:
        out.print(f"  {d.title}")
    table = Table(t("col_cited"), t("col_date"), t("col_issuer"), t("col_role"), show_lines=False)
    for c in doc.citations:
        table.add_row(f"{c.kind or ''} {c.symbol}".strip(), c.date or "", c.issuer or "", t(f"role_{c.role}"))
    out.print(table)
    for c in doc.campaigns:
        out.print(f"  {t('campaign')}: “{c.name}”")
    for th in doc.themes:
        out.print(f"  {t('theme')}: “{th.text}”" + (f" ({th.owner})" if th.owner else ""))


if __name__ == "__main__":  # pragma: no cover
    app()
