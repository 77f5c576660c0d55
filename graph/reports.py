"""The audit as officers file it: filtered rows, and the same rows as XLSX (openpyxl), CSV and a printable PDF
(reportlab, DejaVu fonts for Vietnamese), each with the document's number and title, not only its path; and the
whole audit as one self-contained HTML page (:func:`html_report`)."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .analysis import place_name
from .audit import AuditReport
from .i18n import human_dates, t
from .rules import Rule

STATUSES = ("fail", "pass", "no_rule")
COLUMNS = ("status", "symbol", "label", "title", "issuer", "year", "province", "rule", "missing", "suspect", "source")


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: str
    status: str  # "fail", "pass" or "no_rule"
    symbol: str
    label: str
    title: str
    issuer: str
    year: int | None
    province: str
    rule: str
    missing: tuple[str, ...]
    suspect: tuple[dict[str, Any], ...]
    source: str

    def cells(self) -> list[Any]:
        """The row as a table shows it, in :data:`COLUMNS` order."""
        suspects = "; ".join(
            f"{s['cited']} {human_dates(s['date'] or '')} ≠ {s['instead_of']}: “{s['evidence']}”".replace("  ", " ")
            for s in self.suspect
        )
        return [
            status_label(self.status),
            self.symbol,
            self.label,
            self.title,
            self.issuer,
            self.year if self.year is not None else "",
            place_name(self.province),
            self.rule,
            "; ".join(self.missing),
            suspects,
            self.source,
        ]


def status_label(status: str) -> str:
    return t({"fail": "fail", "pass": "pass", "no_rule": "web_no_rule"}[status])


def column_label(name: str) -> str:
    return t("web_col_" + name)


def audit_rows(report: AuditReport) -> list[AuditRow]:
    """The audit's rows: the checks (failures first), then the launches no rule covers."""
    return [
        AuditRow(
            r["id"],
            "pass" if r["pass"] else "fail",
            r["symbol"] or "",
            r["label"] or "",
            r.get("title") or "",
            r["issuer"] or "",
            r["year"],
            r["jurisdiction"],
            r["rule"],
            tuple(r["missing"]),
            tuple(r["suspect"]),
            r["source"] or "",
        )
        for r in report.results
    ] + [
        AuditRow(
            u["id"],
            "no_rule",
            u["symbol"] or "",
            u["label"] or "",
            u.get("title") or "",
            u["issuer"] or "",
            u["year"],
            u["jurisdiction"],
            "",
            (t(u["reason"]),),
            (),
            u["source"] or "",
        )
        for u in report.uncovered
    ]


def filter_rows(
    rows: list[AuditRow],
    province: str | None = None,
    year: int | None = None,
    status: str | None = None,
    rule: str | None = None,
) -> list[AuditRow]:
    """The rows of a province (slug), year, status and rule."""
    return [
        r
        for r in rows
        if (not province or r.province == province)
        and (year is None or r.year == year)
        and (not status or r.status == status)
        and (not rule or r.rule == rule)
    ]


def to_csv(rows: list[AuditRow]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow([column_label(c) for c in COLUMNS])
    for r in rows:
        w.writerow([_safe_cell(c) for c in r.cells()])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")  # the BOM: Excel opens UTF-8 Vietnamese as such


def to_xlsx(rows: list[AuditRow]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = t("web_audit_sheet")[:31]
    ws.append([column_label(c) for c in COLUMNS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    fill = {"fail": PatternFill("solid", fgColor="FDE2E1"), "pass": PatternFill("solid", fgColor="E3F4E1")}
    for r in rows:
        ws.append([_safe_cell(c) for c in r.cells()])
        if r.status in fill:
            ws.cell(row=ws.max_row, column=1).fill = fill[r.status]
    for col, width in zip("ABCDEFGHIJK", (10, 18, 40, 50, 30, 6, 14, 16, 30, 50, 40), strict=True):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _safe_cell(value: Any) -> Any:
    """A text that a spreadsheet would run as a formula ("=HYPERLINK(...)") is kept as text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


_FONTS = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
)


def to_pdf(rows: list[AuditRow], title: str, subtitle: str = "") -> bytes:
    """A printable A4 landscape report: a summary, then one row per launch with its number and title."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if not _FONTS[0].exists():
        raise RuntimeError(t("web_pdf_no_font", path=_FONTS[0]))
    pdfmetrics.registerFont(TTFont("DejaVu", str(_FONTS[0])))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(_FONTS[1] if _FONTS[1].exists() else _FONTS[0])))
    base = ParagraphStyle("base", fontName="DejaVu", fontSize=8, leading=10)
    head = ParagraphStyle("head", parent=base, fontName="DejaVu-Bold")
    big = ParagraphStyle("big", parent=base, fontName="DejaVu-Bold", fontSize=14, leading=18)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=title,
        author="thidua",
    )
    counts = {s: sum(r.status == s for r in rows) for s in STATUSES}
    story: list[Any] = [Paragraph(escape(title), big)]
    if subtitle:
        story.append(Paragraph(escape(subtitle), base))
    story.append(
        Paragraph(escape(t("web_audit_counts", fail=counts["fail"], ok=counts["pass"], none=counts["no_rule"])), base)
    )
    story.append(Spacer(1, 4 * mm))
    shown = ("status", "symbol", "label", "issuer", "year", "rule", "missing", "suspect")
    data = [[Paragraph(escape(column_label(c)), head) for c in shown]]
    for r in rows:
        cells = dict(zip(COLUMNS, r.cells(), strict=True))
        text = {c: escape(str(cells[c])) for c in shown}
        if cells["title"]:  # the document, then what it is about
            text["label"] += f"<br/><i>{escape(str(cells['title']))}</i>"
        data.append([Paragraph(text[c], base) for c in shown])
    widths = [16 * mm, 26 * mm, 62 * mm, 40 * mm, 11 * mm, 22 * mm, 40 * mm, 56 * mm]
    table = Table(data, colWidths=widths, repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF6")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for i, r in enumerate(rows, 1):
        if r.status == "fail":
            style.append(("BACKGROUND", (0, i), (0, i), colors.HexColor("#FDE2E1")))
    table.setStyle(TableStyle(style))
    story.append(table)
    doc.build(story)
    return out.getvalue()


def html_report(report: AuditReport, rules: list[Rule], rules_file: str) -> str:
    """The audit as a self-contained Vietnamese HTML page: failures first, grouped by issuing body, then the
    launches no rule covers and the rules that matched nothing (text escaped)."""
    import os

    from jinja2 import Environment, FileSystemLoader, select_autoescape

    from . import __version__

    def short(path: str | None) -> str:
        if not path:
            return ""
        return os.path.relpath(path) if path.startswith(os.getcwd() + os.sep) else path

    env = Environment(
        loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=select_autoescape(["html"])
    )
    rows = [
        {
            **r,
            "source_short": short(r["source"]),
            "suspect": [{**s, "source_short": short(s["source"])} for s in r["suspect"]],
        }
        for r in report.results
    ]
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[r["issuer"] or "Chưa rõ cơ quan"].append(r)
    reasons = {
        "no_rule": "không có quy tắc",
        "no_rule_for_year": "không có quy tắc cho năm này",
        "no_province": "chưa rõ tỉnh (dựng lại với --province)",
    }
    uncovered = [
        {**u, "source_short": short(u["source"]), "reason_text": reasons[u["reason"]]} for u in report.uncovered
    ]
    return env.get_template("audit.html").render(
        results=rows,
        rules=rules,
        rules_file=rules_file,
        version=__version__,
        launches=report.launches,
        checked=report.checked,
        passed=sum(1 for r in rows if r["pass"]),
        failed=sum(1 for r in rows if not r["pass"]),
        suspects=sum(len(r["suspect"]) for r in rows),
        groups=sorted(groups.items(), key=lambda g: (all(r["pass"] for r in g[1]), g[0])),
        uncovered=uncovered,
        unused_rules=report.unused_rules,
    )
