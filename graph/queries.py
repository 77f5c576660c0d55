"""Named SPARQL queries (``queries/*.rq``): discovery, parameters, execution, output formats.

Each file opens with comment lines that the engine reads::

    # title: Văn bản trích dẫn nhiều nhất | Most-cited documents
    # purpose-vi: ...
    # purpose-en: ...
    # param: symbol string — số hiệu văn bản, ví dụ 34-CT/TW
    # columns: document, label, citations

Parameters are bound by the engine (a ``VALUES`` block of RDF terms, see :mod:`graph.store`); they are
never pasted into the query text.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import UserError
from .i18n import shown, t
from .resources import queries_dir
from .store import IRI, Binding, Store

_HEADER = re.compile(r"^#\s*(?P<key>[a-z-]+)\s*:\s*(?P<value>.*)$")
_PARAM = re.compile(r"^(?P<name>\w+)\s+(?P<type>string|iri|integer|path)\s*(?:—|-)?\s*(?P<doc>.*)$")


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    type: str  # string | iri | integer | path (a file path, made absolute)
    doc: str


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    path: Path
    title: str
    purpose_vi: str
    purpose_en: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    text: str
    meta: dict[str, str] = field(default_factory=dict)


def parse(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    params: list[Param] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = _HEADER.match(line)
        if not m:
            continue
        key, value = m.group("key"), m.group("value").strip()
        if key == "param":
            pm = _PARAM.match(value)
            if not pm:
                raise ValueError(f"{path}: bad param line: {value}")
            params.append(Param(pm.group("name"), pm.group("type"), pm.group("doc")))
        else:
            meta[key] = value
    for required in ("title", "purpose-vi", "purpose-en", "columns"):
        if required not in meta:
            raise ValueError(f"{path}: missing '# {required}:' header")
    return NamedQuery(
        name=path.stem,
        path=path,
        title=meta["title"],
        purpose_vi=meta["purpose-vi"],
        purpose_en=meta["purpose-en"],
        params=tuple(params),
        columns=tuple(c.strip() for c in meta["columns"].split(",")),
        text=text,
        meta=meta,
    )


def catalogue(folder: Path | None = None) -> dict[str, NamedQuery]:
    folder = folder or queries_dir()
    return {q.name: q for q in (parse(p) for p in sorted(folder.glob("*.rq")))}


def resolve(name_or_file: str) -> NamedQuery:
    """A query by name from the catalogue, or an ``.rq`` file given by path."""
    p = Path(name_or_file)
    if p.suffix == ".rq" and p.exists():
        try:
            return parse(p)
        except ValueError:
            text = p.read_text(encoding="utf-8")
            return NamedQuery(p.stem, p, p.stem, "", "", (), (), text)
    cat = catalogue()
    if name_or_file not in cat:
        raise UserError(t("no_query", name=name_or_file))
    return cat[name_or_file]


def bind(query: NamedQuery, raw: dict[str, str]) -> dict[str, Binding]:
    """Typed bindings from ``k=v`` strings; unknown or missing parameters are errors."""
    declared = {p.name: p for p in query.params}
    unknown = set(raw) - set(declared)
    if unknown:
        raise UserError(t("unknown_param", query=query.name, names=", ".join(sorted(unknown))))
    out: dict[str, Binding] = {}
    for name, p in declared.items():
        if name not in raw:
            raise UserError(t("missing_param", name=name, doc=p.doc))
        value = raw[name]
        if p.type == "iri":
            import pyoxigraph

            try:
                pyoxigraph.NamedNode(value)
            except ValueError:
                raise UserError(t("bad_iri_param", name=name, value=shown(value))) from None
            out[name] = IRI(value)
        elif p.type == "integer":
            try:
                out[name] = int(value)
            except ValueError:
                raise UserError(t("int_param", name=name, value=shown(value))) from None
        elif p.type == "path":
            out[name] = str(Path(value).resolve()) if Path(value).exists() else value
        else:
            out[name] = value
    return out


def run(store: Store, query: NamedQuery, params: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """The rows of a named query, the same on every engine: the columns its ``# booleans:`` header names are
    true/false (Virtuoso answers a boolean expression with 1 or 0), and an empty text is no value (an
    aggregate over nothing is "" on Virtuoso, unbound on Oxigraph)."""
    rows = store.select(query.text, bind(query, params or {}))
    booleans = [c.strip() for c in query.meta.get("booleans", "").split(",") if c.strip()]
    for row in rows:
        for c in booleans:
            if isinstance(row.get(c), int) and not isinstance(row[c], bool):
                row[c] = bool(row[c])
        for c, v in row.items():
            if v == "":
                row[c] = None
    return rows


def render(rows: list[dict[str, Any]], fmt: str, columns: tuple[str, ...] = ()) -> str:
    cols = list(columns) or (list(rows[0]) if rows else [])
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1, default=str)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: "" if r.get(k) is None else r.get(k) for k in cols})
        return buf.getvalue()
    raise ValueError(fmt)
