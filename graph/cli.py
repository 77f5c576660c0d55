"""thidua — đọc chỉ thị, kế hoạch, phát động thi đua và dựng đồ thị tri thức.

A thin command line over the library: each command opens the library and makes one call.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from . import api, iris
from .i18n import cell, column, human_dates, lang, shown, t

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
        err.print(f"[red]{t('error_prefix')}:[/red] {escape(shown(f.path))}: {escape(f.reason)}", markup=True)
    if failures:
        err.print(t("files_failed", failed=len(failures), total=total))


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Tệp hoặc thư mục (.txt .md .docx .doc .odt .rtf .pdf .html).")],
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


StoreOpt = Annotated[
    Path | None,
    typer.Option("--store", help="Thư mục kho dữ liệu nhúng (mặc định $THIDUA_STORE hoặc .thidua/store)."),
]
EndpointOpt = Annotated[
    str | None, typer.Option("--endpoint", help="Điểm truy vấn SPARQL 1.1 từ xa (thay cho kho nhúng).")
]
UpdateOpt = Annotated[
    str | None, typer.Option("--update-endpoint", help="Điểm cập nhật SPARQL (mặc định như --endpoint).")
]


def _read(store: Path | None, endpoint: str | None, update_endpoint: str | None, fn):  # type: ignore[no-untyped-def]
    """Open the store (read-only) or the endpoint, run ``fn(store)``; a store's error or a question it cannot
    answer as asked is one line and exit 2."""
    from .errors import UserError
    from .store import StoreError

    st = _open(store, endpoint, update_endpoint, read_only=True)
    try:
        return fn(st)
    except (StoreError, UserError) as exc:
        err.print(f"[red]{t('error_prefix')}:[/red] {exc}")
        raise typer.Exit(2) from None
    finally:
        st.close()


def _open(store: Path | None, endpoint: str | None, update_endpoint: str | None, read_only: bool = False):  # type: ignore[no-untyped-def]
    from .store import StoreError, open_store

    try:
        return open_store(store, endpoint, update_endpoint, read_only=read_only)
    except StoreError as exc:
        err.print(f"[red]{t('error_prefix')}:[/red] {exc}")
        raise typer.Exit(2) from None


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Tệp hoặc thư mục văn bản.")],
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    update_endpoint: UpdateOpt = None,
    province: Annotated[
        str | None, typer.Option("--province", help="Tỉnh của lô văn bản, dùng khi văn bản không tự nêu.")
    ] = None,
    workers: Annotated[
        int | None, typer.Option("--workers", help="Số tiến trình trích xuất (mặc định: mọi lõi).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="In báo cáo dạng JSON.")] = False,
) -> None:
    """Dựng đồ thị tri thức: trích xuất (song song), hợp nhất thực thể, ghi vào kho (mỗi văn bản một đồ thị).

    Trạng thái thoát: 0 xong, 1 có tệp không đọc được, 3 không có văn bản nào để dựng.

    Build the knowledge graph: extract on all cores, resolve entities across the corpus, store one named
    graph per source file. Unchanged files change nothing; a changed file replaces its graph atomically.
    Exit status: 0 done, 1 some files could not be read, 3 nothing to build.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .pipeline import build as run_build
    from .store import StoreError

    st = _open(store, endpoint, update_endpoint)
    labels = {
        "extract": t("stage_extract"),
        "ocr": t("stage_ocr"),
        "store": t("stage_store"),
        "optimize": t("stage_optimize"),
    }
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=as_json or not err.is_terminal,
    ) as bar:
        tasks: dict[str, int] = {}

        machine = os.environ.get("THIDUA_PROGRESS") == "jsonl"  # machine-readable progress on stderr

        told = threading.Lock()  # (the pages of scans are told from another thread)

        def progress(stage: str, done: int, total: int) -> None:
            with told:
                if machine:
                    sys.stderr.write(json.dumps({"stage": stage, "done": done, "total": total}) + "\n")
                    sys.stderr.flush()
                if stage not in tasks:
                    tasks[stage] = bar.add_task(labels.get(stage, stage), total=total)
                bar.update(tasks[stage], completed=done, total=total)

        try:
            report = run_build([str(p) for p in paths], st, province=province, workers=workers, progress=progress)
        except StoreError as exc:  # the server refused, another build holds the store: one line
            err.print(f"[red]{t('error_prefix')}:[/red] {escape(str(exc))}")
            raise typer.Exit(2) from None
        except OSError as exc:  # a full disk, a store folder that cannot be written: one line, nothing half done
            import errno

            key = "disk_full" if exc.errno == errno.ENOSPC or "No space left" in str(exc) else "store_write_failed"
            err.print(f"[red]{t('error_prefix')}:[/red] {t(key, detail=escape(shown(str(exc))))}")
            raise typer.Exit(2) from None
        finally:
            st.close()
    summary = {
        "files": report.files,
        "extracted": report.extracted,
        "unchanged": report.unchanged,
        "from_cache": report.from_cache,
        "cache": report.cache,
        "graphs_written": report.written_graphs,
        "graphs_kept": report.kept_graphs,
        "resolved": report.resolved,
        "documents": report.documents,
        "cited_only": report.cited_only,
        "bodies": report.bodies,
        "campaigns": report.campaigns,
        "themes": report.themes,
        "conflicts": report.conflicts,
        "triples": report.triples,
        "launches": report.launches,
        "no_province": report.no_province,
        "skipped": dict(report.skipped),
        "failed": [{"path": shown(f.path), "reason": f.reason} for f in report.failures],
    }
    if as_json:
        sys.stdout.write(json.dumps(summary, ensure_ascii=False) + "\n")
    else:
        table = Table(t("build_title"), "", show_header=True)
        for key in (
            "files",
            "extracted",
            "unchanged",
            "from_cache",
            "graphs_written",
            "graphs_kept",
            "documents",
            "launches",
            "cited_only",
            "bodies",
            "campaigns",
            "themes",
            "conflicts",
            "triples",
        ):
            table.add_row(t("sum_" + key), str(summary[key]))
        table.add_row(t("sum_resolved"), t("resolved_" + report.resolved))
        out.print(table)
    if report.cache_set_aside:
        err.print(
            f"[yellow]{t('warning_prefix')}:[/yellow] " + t("build_cache_damaged", path=escape(report.cache_set_aside))
        )
    if endpoint and report.cache and not as_json:
        err.print(t("build_cache_at", path=escape(report.cache)))
    if report.skipped:
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(report.skipped.items(), key=lambda kv: (-kv[1], kv[0])))
        err.print(
            f"[yellow]{t('warning_prefix')}:[/yellow] "
            + t("build_skipped", n=sum(report.skipped.values()), kinds=kinds)
        )
    if not report.files:
        err.print(f"[yellow]{t('warning_prefix')}:[/yellow] {t('build_nothing')}")
        raise typer.Exit(3)
    if report.no_province:
        err.print(
            f"[yellow]{t('warning_prefix')}:[/yellow] "
            + t("build_no_province", n=len(report.no_province), first=_short(report.no_province[0]))
        )
    if report.missing:
        err.print(
            f"[yellow]{t('warning_prefix')}:[/yellow] "
            + t("build_missing", n=len(report.missing), first=escape(_short(report.missing[0])))
        )
    _report_failures(report.failures, report.files)
    if report.failures:
        raise typer.Exit(1)


@app.command()
def remove(
    paths: Annotated[list[Path], typer.Argument(help="Tệp hoặc thư mục đã dựng vào kho.")],
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    update_endpoint: UpdateOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="In báo cáo dạng JSON.")] = False,
) -> None:
    """Gỡ văn bản khỏi kho (nạp nhầm, văn bản bị thu hồi): đồ thị của tệp và những gì chỉ dựa vào nó.

    Trạng thái thoát: 0 đã gỡ, 1 có đường dẫn không có trong kho.

    Take files out of the store (ingested by mistake, withdrawn): their graphs and what rested only on them;
    the corpus is resolved again without them. A folder takes every stored file under it.
    Exit status: 0 removed, 1 some paths are not in the store.
    """
    from .pipeline import remove as run_remove
    from .store import StoreError

    st = _open(store, endpoint, update_endpoint)
    try:
        report = run_remove([str(p) for p in paths], st)
    except StoreError as exc:
        err.print(f"[red]{t('error_prefix')}:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from None
    finally:
        st.close()
    if as_json:
        summary = {
            "removed": report.removed,
            "not_stored": report.not_stored,
            "documents": report.documents,
            "graphs_written": report.written_graphs,
        }
        sys.stdout.write(json.dumps(summary, ensure_ascii=False) + "\n")
    else:
        out.print(t("remove_done", n=len(report.removed), documents=report.documents))
        for path in report.removed:
            out.print(f"  • {escape(_short(path))}")
    for path in report.not_stored:
        err.print(f"[red]{t('error_prefix')}:[/red] {t('remove_not_stored', path=escape(_short(path)))}")
    if report.not_stored:
        raise typer.Exit(1)


@app.command("list")
def list_command(
    kind: Annotated[str, typer.Argument(help="documents | bodies | campaigns | themes")],
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    update_endpoint: UpdateOpt = None,
    limit: Annotated[int, typer.Option("--limit", help="Số dòng in ra sau phần tóm tắt.")] = 50,
    show_all: Annotated[bool, typer.Option("--all", help="In hết.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="In một mảng JSON (đủ mọi dòng).")] = False,
) -> None:
    """Liệt kê văn bản, cơ quan, phong trào hoặc chủ đề trong đồ thị: tóm tắt theo tỉnh, rồi từng mục.

    List documents, bodies, campaigns or themes: counts by province (and kind or level) first, then each item
    with its label, details and how many sources use it (--limit, --all; --json for everything).
    """
    from collections import Counter

    from .analysis import place_name
    from .listing import KINDS, list_entities
    from .vocab import LEVELS

    if kind not in KINDS:
        err.print(f"[red]{t('error_prefix')}:[/red] {t('bad_kind', kind=kind, kinds=', '.join(KINDS))}")
        raise typer.Exit(2)
    items = _read(store, endpoint, update_endpoint, lambda st: list_entities(st, kind))
    if as_json:
        sys.stdout.write(json.dumps(items, ensure_ascii=False, indent=1) + "\n")
        return
    lang = 0 if os.environ.get("THIDUA_LANG", "vi").startswith("vi") else 1

    def level(item: dict) -> str:
        return LEVELS.get(item.get("level") or "unknown", LEVELS["unknown"])[lang]

    if kind in ("documents", "bodies") and len(items) > limit and not show_all:
        per_place: dict[str, Counter[str]] = {}
        for item in items:
            what = (item.get("kind") or t("other")) if kind == "documents" else level(item)
            per_place.setdefault(place_name(item.get("jurisdiction") or "unknown"), Counter())[what] += 1
        summary = Table(t("col_province"), t("col_count"), t("col_kind") if kind == "documents" else t("col_level"))
        for place, counts in sorted(per_place.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
            split = ", ".join(f"{w} {n}" for w, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
            summary.add_row(place, str(sum(counts.values())), split)
        out.print(summary)
    table = Table("", t("col_label"), t("col_details"), t("col_used_by"))
    shown_items = items if show_all else items[: max(0, limit)]
    for i, item in enumerate(shown_items, 1):
        parts = [
            str(item[k]) for k in ("symbol", "date", "ownerLabel", "issuerLabel", "launchedByLabel") if item.get(k)
        ]
        if item.get("level"):
            parts.append(level(item))
        if item.get("localizesLabel"):
            parts.append(f"{t('localizes')}: {item['localizesLabel']}")
        table.add_row(str(i), item["label"], " · ".join(parts), str(len(item["used_by"])))
    out.print(table)
    if len(items) > len(shown_items):
        out.print(t("list_more", n=len(items) - len(shown_items), total=len(items)))


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="ttl | trig | nq | jsonld | graphml | gexf")] = "ttl",
    output: Annotated[Path | None, typer.Option("--out", help="Tệp đích (mặc định: in ra màn hình).")] = None,
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    update_endpoint: UpdateOpt = None,
) -> None:
    """Xuất đồ thị: RDF (Turtle, TriG, N-Quads, JSON-LD) hoặc mạng thực thể (GraphML, GEXF cho Gephi).

    Export the graph as RDF, or its network of documents, bodies, campaigns and themes.
    """
    from .listing import EXPORT_FORMATS
    from .listing import export as run_export

    if fmt not in EXPORT_FORMATS:
        err.print(f"[red]{t('error_prefix')}:[/red] {t('bad_format', fmt=fmt, formats=', '.join(EXPORT_FORMATS))}")
        raise typer.Exit(2)
    data = _read(store, endpoint, update_endpoint, lambda st: run_export(st, fmt))
    if output:
        output.write_bytes(data)
        err.print(t("export_written", path=output, size=_size(len(data)), fmt=fmt))
    else:
        sys.stdout.buffer.write(data)


def _short(value: object) -> str:
    """Table cells: IRIs without the thidua base, files relative to the current folder."""
    if value is None:
        return ""
    text = str(value)
    if text.startswith(iris.BASE):
        return iris.short(text)
    if text.startswith(os.getcwd() + os.sep):
        return os.path.relpath(text)
    return text


def _labelled(cols: list[str], rows: list[dict[str, object]]) -> list[str]:
    """The table's columns: a column of IRIs that its label follows ("document", "label"; "level", "levelLabel")
    is for programs, not for officers (csv and json keep it)."""

    def iris_only(c: str) -> bool:
        return bool(rows) and all(str(r.get(c) or "").startswith(("http://", "https://")) for r in rows)

    return [
        c
        for i, c in enumerate(cols)
        if not (i + 1 < len(cols) and cols[i + 1] in ("label", f"{c}Label") and iris_only(c))
    ]


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{n / 1024:.1f} kB" if n >= 1024 else f"{n} B"


def _run_explained(st, q, raw: dict[str, str], run_query) -> tuple[list, list[str]]:  # type: ignore[no-untyped-def]
    """The rows, and when there are none, a line for each parameter that matched nothing in the store
    (with the nearest symbols for a document number typed as people write it)."""
    rows = run_query(st, q, raw)
    if rows or not raw:
        return rows, []
    from .analysis import nearest_symbols, symbol_forms
    from .index import citation_index

    index = citation_index(st)
    sources = {d.source for d in index.docs if d.source}
    hints = []
    for k, v in raw.items():
        if k in ("symbol", "directive", "target"):
            if not any(index.by_symbol(f) for f in symbol_forms(v)):
                near = nearest_symbols(index, v)
                hints.append(
                    t("param_matched_nothing", param=f"{k}={v}")
                    + (t("did_you_mean", symbols=", ".join(near)) if near else "")
                )
            elif not index.by_symbol(v):
                forms = [f for f in symbol_forms(v) if index.by_symbol(f)]
                hints.append(t("param_matched_nothing", param=f"{k}={v}") + t("did_you_mean", symbols=forms[0]))
        elif k in ("source", "path", "file") and os.path.abspath(v) not in sources and v not in sources:
            hints.append(t("param_matched_nothing", param=f"{k}={v}"))
    return rows, hints or [t("param_matched_nothing", param=", ".join(f"{k}={v}" for k, v in raw.items()))]


@app.command()
def queries() -> None:
    """Liệt kê các truy vấn có sẵn (queries/*.rq) với mục đích và tham số.

    List the named SPARQL queries with their purpose and parameters.
    """
    from .queries import catalogue

    vi = not os.environ.get("THIDUA_LANG", "vi").startswith("en")
    table = Table(t("col_query"), t("col_purpose"), t("col_params"))
    for name, q in catalogue().items():
        params = ", ".join(f"{p.name} ({p.type})" for p in q.params)
        table.add_row(name, q.purpose_vi if vi else q.purpose_en, params)
    out.print(table)


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="Tên truy vấn (xem: thidua queries) hoặc đường dẫn tệp .rq")],
    param: Annotated[list[str] | None, typer.Option("--param", help="Tham số k=v (lặp lại được).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table | csv | json")] = "table",
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    update_endpoint: UpdateOpt = None,
) -> None:
    """Chạy một truy vấn SPARQL có tên hoặc một tệp .rq; tham số được gắn bởi máy truy vấn, không chèn vào văn bản.

    Run a named SPARQL query or an .rq file. Parameters are bound by the engine, never spliced into the text.
    """
    from .errors import UserError
    from .queries import render, resolve
    from .queries import run as run_query

    raw = {}
    for item in param or []:
        if "=" not in item:
            err.print(f"[red]{t('error_prefix')}:[/red] {t('bad_param', item=item)}")
            raise typer.Exit(2)
        k, v = item.split("=", 1)
        raw[k.strip()] = v
    if fmt not in ("table", "csv", "json"):
        err.print(f"[red]{t('error_prefix')}:[/red] {t('bad_format', fmt=fmt, formats='table, csv, json')}")
        raise typer.Exit(2)
    try:
        q = resolve(name)
    except UserError as exc:
        err.print(f"[red]{t('error_prefix')}:[/red] {exc}")
        raise typer.Exit(2) from None
    rows, hints = _read(store, endpoint, update_endpoint, lambda st: _run_explained(st, q, raw, run_query))
    for hint in hints:
        err.print(f"[yellow]{t('warning_prefix')}:[/yellow] {hint}")
    if fmt == "table":
        cols = _labelled(list(q.columns) or (list(rows[0]) if rows else []), rows)
        title = q.title.split(" | ")[0 if lang() == "vi" else -1] if q.title else None
        table = Table(*(column(c) for c in cols), title=title)
        for r in rows:
            table.add_row(*(cell(_short(r.get(c))) for c in cols))
        out.print(table)
        out.print(t("rows", n=len(rows)))
    else:
        sys.stdout.write(render(rows, fmt, q.columns) + ("\n" if fmt == "json" else ""))


@app.command("audit")
def audit_command(
    rules: Annotated[
        Path,
        typer.Option(
            "--rules", help="Tệp quy tắc TOML, hoặc tên một bộ quy tắc có sẵn trong ontology/audit/ (ví dụ lang-son)."
        ),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="In JSON.")] = False,
    html: Annotated[Path | None, typer.Option("--html", help="Ghi báo cáo HTML tiếng Việt vào tệp này.")] = None,
    shapes_out: Annotated[
        Path | None, typer.Option("--shapes", help="Ghi các SHACL shape đã biên dịch (Turtle).")
    ] = None,
    show_all: Annotated[bool, typer.Option("--all", help="Liệt kê hết văn bản không có quy tắc.")] = False,
    engine: Annotated[
        str,
        typer.Option(
            "--engine",
            help="Cách kiểm tra: index (chỉ mục trích dẫn, nhanh) hoặc shacl (pySHACL trên các shape); cùng kết quả.",
        ),
    ] = "index",
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    update_endpoint: UpdateOpt = None,
) -> None:
    """Kiểm tra văn bản phát động có trích dẫn đủ, đúng các văn bản phải căn cứ (quy tắc SHACL).

    Trạng thái thoát: 0 tất cả đạt, 1 có văn bản chưa đạt, 3 không kiểm tra được văn bản nào.

    Audit: does each launch cite what it must cite? Reports missing documents and probable wrong references
    with the sentence that cites them, every launch no rule covers and every rule that matches nothing.
    Exit status: 0 all pass, 1 some fail, 3 nothing checked.
    """
    from .audit import ENGINES, audit
    from .reports import html_report
    from .rules import RuleError, load_rules
    from .shacl import shapes_turtle

    try:
        rule_list = load_rules(rules)
    except RuleError as exc:
        err.print(f"[red]{t('error_prefix')}:[/red] {exc}")
        raise typer.Exit(2) from None
    if shapes_out:
        shapes_out.write_text(shapes_turtle(rule_list), encoding="utf-8")
    if engine not in ENGINES:
        err.print(f"[red]{t('error_prefix')}:[/red] {t('engine_choice', engine=engine, choices=' | '.join(ENGINES))}")
        raise typer.Exit(2)
    report = _read(store, endpoint, update_endpoint, lambda st: audit(st, rule_list, engine))
    if html:
        html.write_text(html_report(report, rule_list, str(rules)), encoding="utf-8")
    if as_json:
        sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False, indent=1) + "\n")
    else:
        table = Table(t("col_document"), t("col_issuer"), t("col_rule"), t("col_result"), t("col_missing"))
        for r in report.results:
            notes = [f"{t('missing')}: {m}" for m in r["missing"]]
            notes += [
                f"{t('suspect_date' if s['reason'] == 'date' else 'suspect')}: {s['cited']} {s['date'] or ''} ≠ "
                f"{s['instead_of']}"
                for s in r["suspect"]
            ]
            notes = [human_dates(n) for n in notes]
            table.add_row(
                _launch_name(r), r["issuer"] or "", r["rule"], t("pass") if r["pass"] else t("fail"), "\n".join(notes)
            )
        shown = report.uncovered if show_all else report.uncovered[:AUDIT_UNCOVERED_SHOWN]
        for u in shown:
            table.add_row(_launch_name(u), u["issuer"] or "", "", t(u["reason"]), "")
        out.print(table)
        if len(report.uncovered) > len(shown):
            out.print(t("audit_more", n=len(report.uncovered) - len(shown)))
        for rule_id in report.unused_rules:
            err.print(f"[yellow]{t('warning_prefix')}:[/yellow] {t('audit_unused_rule', rule=rule_id)}")
        out.print(
            t(
                "audit_summary",
                launches=report.launches,
                checked=report.checked,
                failed=report.failed,
                uncovered=len(report.uncovered),
            )
        )
        if report.status == "empty":
            err.print(f"[yellow]{t('warning_prefix')}:[/yellow] {t('audit_nothing_checked')}")
    raise typer.Exit(AUDIT_EXIT[report.status])


AUDIT_UNCOVERED_SHOWN = 20
AUDIT_EXIT = {"pass": 0, "fail": 1, "empty": 3}  # documented in the command's help


def _launch_name(row: dict) -> str:
    """A launch as officers name it: its number and year, or its label, then the file."""
    name = row["label"] or row["symbol"] or ""
    if title := row.get("title"):  # what it is about, as it says it (cut to one line of the table)
        name += "\n" + (title if len(title) <= _TITLE_SHOWN else title[: _TITLE_SHOWN - 1].rstrip() + "…")
    return f"{name}\n{_short(row['source'])}" if row["source"] else name


_TITLE_SHOWN = 70


@app.command("viz")
def viz_command(
    out_file: Annotated[Path, typer.Option("--out", help="Tệp HTML kết quả.")] = Path("thidua-hierarchy.html"),
    focus: Annotated[str | None, typer.Option("--focus", help="Chỉ hiện văn bản này và những gì dựa trên nó.")] = None,
    year: Annotated[int | None, typer.Option("--year", help="Chỉ hiện văn bản phát động của năm này.")] = None,
    focus_year: Annotated[
        int | None, typer.Option("--focus-year", help="Năm của văn bản --focus, khi số hiệu trùng giữa các năm.")
    ] = None,
    max_nodes: Annotated[int, typer.Option("--max-nodes", help="Quá số nút này thì gộp theo cơ quan.")] = 1000,
    campaigns: Annotated[
        bool, typer.Option("--campaigns", help="Hiện cả phong trào được phát động, hưởng ứng.")
    ] = False,
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    update_endpoint: UpdateOpt = None,
) -> None:
    """Vẽ hệ thống văn bản chỉ đạo từ trên xuống theo cấp (trang HTML tự chứa, mở được khi không có mạng).

    Draw the directive hierarchy top-down by body level (a self-contained offline HTML page).
    """
    from .visualize import write

    lang = "en" if os.environ.get("THIDUA_LANG", "vi").startswith("en") else "vi"
    view = _read(
        store,
        endpoint,
        update_endpoint,
        lambda st: write(
            st,
            out_file,
            focus=focus,
            focus_year=focus_year,
            year=year,
            max_nodes=max_nodes,
            lang=lang,
            campaigns=campaigns,
        ),
    )
    out.print(t("viz_written", path=str(out_file), nodes=len(view.nodes), edges=len(view.edges)))


@app.command("cascade")
def cascade_command(
    symbol: Annotated[
        str, typer.Argument(help="Số hiệu văn bản, ví dụ 34-CT/TW (viết 34/CT-TW hay Chỉ thị 34 cũng được).")
    ],
    year: Annotated[int | None, typer.Option("--year", help="Năm ban hành, khi số hiệu trùng giữa các năm.")] = None,
    province: Annotated[
        str | None, typer.Option("--province", help="Tỉnh của văn bản, khi số hiệu trùng giữa các tỉnh.")
    ] = None,
    issuer: Annotated[str | None, typer.Option("--issuer", help="Cơ quan ban hành (một phần tên cũng được).")] = None,
    limit: Annotated[int, typer.Option("--limit", help="Số văn bản phát động in ra sau phần tóm tắt.")] = 20,
    show_all: Annotated[bool, typer.Option("--all", help="In hết các văn bản phát động.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="In JSON.")] = False,
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    update_endpoint: UpdateOpt = None,
) -> None:
    """Văn bản phát động nào dựa trên một chỉ thị, qua chuỗi trích dẫn nào: tóm tắt theo tỉnh và cấp, rồi chi tiết.

    The launches a directive reaches through any chain of citations: counts by province and level first, then
    each launch with the path of documents between them (--limit, --all).
    """
    from .analysis import cascade, place_name
    from .vocab import LEVELS

    result = _read(
        store, endpoint, update_endpoint, lambda st: cascade(st, symbol, year, province=province, issuer=issuer)
    )
    if as_json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
        return
    d = result["directive"]
    when = human_dates(str(d.get("date") or d.get("year") or ""))
    out.print(f"[bold]{d['label']}[/bold] · {d.get('issuer') or ''} · {when}")
    out.print(t("cascade_reach", n=len(result["launches"])))
    if result["summary"]:
        lang_at = 0 if os.environ.get("THIDUA_LANG", "vi").startswith("vi") else 1
        table = Table(t("col_province"), t("col_level"), t("col_launches"))
        for row in result["summary"]:
            level = LEVELS.get(row["level"], LEVELS["unknown"])[lang_at]
            table.add_row(place_name(row["province"]), level, str(row["launches"]))
        out.print(table)
    shown = result["launches"] if show_all else result["launches"][: max(0, limit)]
    for launch in shown:
        chain = " → ".join(p["label"] for p in launch["path"])
        out.print(f"  • {_short(launch['source'])}: {chain}")
    if len(result["launches"]) > len(shown):
        out.print(t("cascade_more", n=len(result["launches"]) - len(shown)))


@app.command("analyze")
def analyze_command(
    as_json: Annotated[bool, typer.Option("--json", help="In JSON.")] = False,
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    update_endpoint: UpdateOpt = None,
) -> None:
    """Phân tích mạng chỉ đạo: độ lan tỏa của văn bản Trung ương, dòng chảy giữa các cấp, văn bản trung chuyển.

    Network analysis: reach, coverage, depth and lag of central directives; flow between body levels;
    most-cited and broker documents; co-citation communities; launches citing nothing above them.
    """
    from .analysis import analyze
    from .vocab import LEVELS

    report = _read(store, endpoint, update_endpoint, lambda st: analyze(st))
    if as_json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=1) + "\n")
        return
    lang = 0 if not os.environ.get("THIDUA_LANG", "vi").startswith("en") else 1
    out.print(
        t("analyze_head", launches=report["launches"], documents=report["documents"], citations=report["citations"])
    )
    table = Table(t("col_directive"), t("col_reach"), t("col_coverage"), t("col_depth"), t("col_lag"))
    for d in report["central_directives"]:
        lag = d["lag_days"]
        table.add_row(
            d["label"],
            str(d["reach"]),
            f"{d['coverage']:.0%}",
            str(d["depth"]),
            f"{lag['median']:.0f}" if lag.get("n") else "—",
        )
    out.print(table)
    out.print(t("analyze_legend"))
    levels = report["level_flow"]["levels"]
    names = [LEVELS.get(lv, (lv, lv))[lang] for lv in levels]
    flow = Table(t("col_flow"), *names)
    for lv, name in zip(levels, names, strict=True):
        flow.add_row(name, *(str(report["level_flow"]["matrix"][lv][b]) for b in levels))
    out.print(flow)
    brokers = Table(t("col_broker"), "PageRank", t("col_betweenness"))
    pr = {x["id"]: x["score"] for x in report["pagerank"]}
    for b in report["brokers"]:
        brokers.add_row(b["label"], f"{pr.get(b['id'], 0):.3f}", f"{b['betweenness']:.3f}")
    out.print(brokers)
    out.print(t("brokers_legend"))
    for i, group in enumerate(report["cocitation_communities"], 1):
        out.print(f"{t('community')} {i}: " + ", ".join(group))
    if report["launches_citing_nothing_above"]:
        out.print(t("unanchored"))
        for x in report["launches_citing_nothing_above"]:
            out.print(f"  • {_short(x['source'])}")


HomeOpt = Annotated[
    Path | None,
    typer.Option(
        "--home",
        help="Thư mục của không gian làm việc: tài khoản, quy tắc kiểm tra, tệp gửi lên (mặc định: thư mục chứa kho).",
    ),
]


def _home(home: Path | None, store: Path | None, endpoint: str | None) -> Path:
    """The workspace's folder: given, else the folder holding the embedded store, else the user's data folder."""
    if home:
        return home
    if endpoint:
        return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "thidua"
    from .store import default_store_path

    return (store or default_store_path()).absolute().parent


@app.command()
def serve(
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    update_endpoint: UpdateOpt = None,
    host: Annotated[
        str, typer.Option("--host", help="Địa chỉ lắng nghe (mặc định chỉ máy này: 127.0.0.1).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Cổng.")] = 8000,
    rules: Annotated[
        str | None,
        typer.Option("--rules", help="Quy tắc kiểm tra ban đầu (tệp TOML hoặc tên bộ có sẵn, ví dụ lang-son)."),
    ] = None,
    home: HomeOpt = None,
) -> None:
    """Mở không gian làm việc trên trình duyệt: tìm kiếm, trang văn bản, lan tỏa, kiểm tra, thêm văn bản, SPARQL.

    Serve the workspace in a browser (search, document pages, cascade, audit with exports, uploads, a read-only
    SPARQL endpoint). Listens on 127.0.0.1 unless --host says otherwise; any other address needs accounts
    (`thidua user add`).
    """
    import shutil

    import uvicorn

    from .accounts import ACCOUNTS_FILE, Accounts
    from .errors import UserError
    from .rules import RuleError, load_rules, rules_path
    from .web import Web
    from .workspace import Workspace

    folder = _home(home, store, endpoint)
    rules_file = folder / "rules.toml"
    if rules and not rules_file.exists():
        try:
            load_rules(rules)
        except RuleError as exc:
            err.print(f"[red]{t('error_prefix')}:[/red] {exc}")
            raise typer.Exit(2) from None
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(rules_path(rules), rules_file)
    st = _open(store, endpoint, update_endpoint)
    try:
        web = Web(
            Workspace(st, rules_file=rules_file, uploads=folder / "uploads"),
            Accounts(folder / ACCOUNTS_FILE),
            host=host,
        )
    except UserError as exc:
        st.close()
        err.print(f"[red]{t('error_prefix')}:[/red] {exc}")
        raise typer.Exit(2) from None
    import threading

    threading.Thread(target=web.ws.warm, daemon=True).start()  # pages answer meanwhile
    err.print(t("web_serving", host=host, port=port))
    try:
        uvicorn.run(web.app, host=host, port=port, log_level="warning", server_header=False)
    finally:
        st.close()


user_app = typer.Typer(help="Tài khoản của không gian làm việc (accounts of the workspace).", no_args_is_help=True)
app.add_typer(user_app, name="user")


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="Tên đăng nhập.")],
    role: Annotated[
        str, typer.Option("--role", help="Vai trò: viewer (xem), editor (biên tập), admin (quản trị).")
    ] = "viewer",
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Đọc mật khẩu từ dòng đầu của đầu vào chuẩn.")
    ] = False,
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    home: HomeOpt = None,
) -> None:
    """Tạo tài khoản (hoặc đặt lại mật khẩu, vai trò). Create an account, or reset its password and role."""
    from .accounts import ACCOUNTS_FILE, Accounts
    from .errors import UserError

    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt(t("account_password_prompt"), hide_input=True, confirmation_prompt=True)
    path = _home(home, store, endpoint) / ACCOUNTS_FILE
    try:
        user = Accounts(path).add(name, password, role)
    except UserError as exc:
        err.print(f"[red]{t('error_prefix')}:[/red] {exc}")
        raise typer.Exit(2) from None
    out.print(t("account_added", name=user.name, role=t("role_" + user.role), path=str(path)))


@user_app.command("remove")
def user_remove(
    name: Annotated[str, typer.Argument(help="Tên đăng nhập.")],
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    home: HomeOpt = None,
) -> None:
    """Xóa tài khoản. Remove an account."""
    from .accounts import ACCOUNTS_FILE, Accounts
    from .errors import UserError

    try:
        Accounts(_home(home, store, endpoint) / ACCOUNTS_FILE).remove(name)
    except UserError as exc:
        err.print(f"[red]{t('error_prefix')}:[/red] {exc}")
        raise typer.Exit(2) from None
    out.print(t("account_removed", name=name))


def run(argv: list[str] | None = None) -> None:
    """The ``thidua`` command: the language decided once (``--lang`` anywhere on the line, else
    ``THIDUA_LANG``), the framework's own words in it, and every usage error one line in it."""
    from .i18n import LANGUAGES, framework_error, lang

    args = list(sys.argv[1:] if argv is None else argv)
    chosen = None
    for i, a in enumerate(args):
        if a == "--lang" and i + 1 < len(args):
            chosen = args[i + 1]
            del args[i : i + 2]
            break
        if a.startswith("--lang="):
            chosen = a.split("=", 1)[1]
            del args[i]
            break
    if chosen is not None:
        if chosen.lower() not in LANGUAGES:
            err.print(f"[red]{t('error_prefix')}:[/red] {t('bad_lang', value=chosen)}")
            raise SystemExit(2)
        os.environ["THIDUA_LANG"] = chosen.lower()
    _localise_framework(lang())
    try:
        code = app(args=args, prog_name="thidua", standalone_mode=False)
        if isinstance(code, int) and code:  # an exit status the command chose (typer.Exit)
            raise SystemExit(code)
    except typer.Exit as exc:
        raise SystemExit(exc.exit_code) from None
    except _usage_errors() as exc:
        command = exc.ctx.command_path if getattr(exc, "ctx", None) else "thidua"
        said = framework_error(exc.format_message())
        err.print(f"[red]{t('error_prefix')}:[/red] {said} ({t('see_help', command=command)})")
        raise SystemExit(2) from None


def _usage_errors() -> tuple[type[BaseException], ...]:
    from typer._click import exceptions as ce

    return (ce.UsageError,)


def _localise_framework(language: str) -> None:
    """The framework's panel titles, help words and type names in ``language`` (its own are English)."""
    from .i18n import FRAMEWORK_VI, TYPE_WORDS

    try:
        import typer.core as tcore
        import typer.rich_utils as ru
    except ImportError:  # pragma: no cover - a framework without these modules keeps its English
        return
    words = FRAMEWORK_VI if language == "vi" else {}
    for name, english in (
        ("ARGUMENTS_PANEL_TITLE", "Arguments"),
        ("OPTIONS_PANEL_TITLE", "Options"),
        ("COMMANDS_PANEL_TITLE", "Commands"),
        ("ERRORS_PANEL_TITLE", "Error"),
        ("ABORTED_TEXT", "Aborted."),
        ("REQUIRED_LONG_STRING", "[required]"),
        ("DEFAULT_STRING", "[default: {}]"),
        ("ENVVAR_STRING", "[env var: {}]"),
        ("DEPRECATED_STRING", "(deprecated) "),
        ("RICH_HELP", "Try [blue]'{command_path} {help_option}'[/] for help."),
    ):
        if hasattr(ru, name):
            setattr(ru, name, words.get(english, english))
    help_text = words.get("Show this message and exit.", "Show this message and exit.")
    original = tcore.TyperOption.display_type_rich if hasattr(tcore, "TyperOption") else None

    def typed(self, ctx):  # type: ignore[no-untyped-def]
        """No programmer's types in help: a flag shows none, a value a word ("SỐ", "ĐƯỜNG_DẪN")."""
        if getattr(self, "metavar", None) is not None:
            return self.metavar
        if getattr(self, "is_flag", False) or getattr(self, "is_bool_flag", False):
            return None
        shown = original(self, ctx) if original else None
        bare = (shown or "").strip("<>").removesuffix("...").strip("<>")
        word = TYPE_WORDS.get(bare, {}).get(language)
        return word if word else shown

    for cls_name in ("TyperOption", "TyperArgument"):
        cls = getattr(tcore, cls_name, None)
        if cls is not None and hasattr(cls, "display_type_rich"):
            cls.display_type_rich = typed  # type: ignore[method-assign]
    try:
        import typer._click.decorators as deco
    except ImportError:  # pragma: no cover
        return
    original_help = getattr(deco, "_thidua_original_help_option", deco.help_option)
    deco._thidua_original_help_option = original_help  # type: ignore[attr-defined]

    def help_option(param_decls: list[str]):  # type: ignore[no-untyped-def]
        decorate = original_help(param_decls)

        def apply(f):  # type: ignore[no-untyped-def]
            f = decorate(f)
            f.params[-1].help = help_text
            return f

        return apply

    deco.help_option = help_option
    try:
        from typer._click.formatting import HelpFormatter
    except ImportError:  # pragma: no cover
        return
    original_usage = getattr(HelpFormatter, "_thidua_original_write_usage", HelpFormatter.write_usage)
    HelpFormatter._thidua_original_write_usage = original_usage  # type: ignore[attr-defined]
    usage_word = "Cách dùng: " if language == "vi" else None

    def write_usage(self, prog, args="", prefix=None):  # type: ignore[no-untyped-def]
        return original_usage(self, prog, args, prefix if prefix is not None else usage_word)

    HelpFormatter.write_usage = write_usage  # type: ignore[method-assign]


if __name__ == "__main__":  # pragma: no cover
    run()
