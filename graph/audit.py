"""Audit: does each launch cite the directives it must cite, and does it cite a wrong one?

Rules are written in TOML, one ``[[rule]]`` per requirement::

    [[rule]]
    id = "lang-son-2023"
    title = "..."
    applies_to = { province = "Lạng Sơn", year = 2023, kind = "launch" }
    requires = ["34-CT/TW", "19/CT-TTg", { symbol = "02/CT-UBND", date = "2023-01-13" }]

Each rule compiles to one readable SHACL node shape (a SPARQL target selecting the launches of that
province and year; one qualified property shape per required document, named after it).  The launches
and what they cite come from the citation index; the missing requirements are found there directly
(``engine="index"``) or by pySHACL validating the shapes over a data graph of just what they read
(``engine="shacl"``, launches, cited documents, their keys and dates).

A *suspect* is a probable wrong reference: for a missing document, the launch cites another document of
the same issuer, kind and year on the same subject, with another number or date (e.g. 01/CT-UBND of
09/01/2023 where 02/CT-UBND of 13/01/2023 is required).  It is reported with the sentence that cites it.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef

from . import iris
from .analysis import doc_brief
from .build import KIND_CLASS
from .errors import ThiduaError
from .extract.text import symbol_key
from .i18n import t as message
from .index import CitationIndex, citation_index
from .iris import PREFIXES
from .resolve.names import slug
from .resources import ontology_dir
from .store import IRI, Store, values_table

SH = Namespace(iris.SH)
TD = Namespace(iris.TD)
ELI = Namespace(iris.ELI)
RULES = Namespace(iris.AUDIT)
JURISDICTION = iris.JURISDICTION
SUBJECT_SIMILARITY = 60  # token-set ratio of the stated subjects for a suspect


class RuleError(ThiduaError):
    pass


@dataclass(frozen=True, slots=True)
class Requirement:
    symbol: str
    date: str | None = None

    @property
    def label(self) -> str:
        return f"{self.symbol} ({self.date})" if self.date else self.symbol


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    title: str
    province: str
    year: int | None
    kind: str  # "launch": every launch; else a document kind ("Kế hoạch"): the launches of that kind
    requires: tuple[Requirement, ...]

    @property
    def jurisdiction(self) -> str:
        return JURISDICTION + slug(self.province)

    def applies(self, d: Any) -> bool:
        """Does the rule apply to this launch (of the rule's jurisdiction)?"""
        return (self.year is None or d.year == self.year) and (self.kind == "launch" or d.kind == KIND_CLASS[self.kind])


def rules_path(name: str | Path) -> Path:
    """A rules file given as a path, or by the name of one shipped in ``ontology/audit/`` ("lang-son")."""
    p = Path(name)
    if p.exists() or len(p.parts) > 1:
        return p
    shipped = ontology_dir() / "audit" / (p.name if p.suffix == ".toml" else f"{p.name}.toml")
    return shipped if shipped.exists() else p


def load_rules(path: str | Path) -> list[Rule]:
    """Read and check a TOML rules file; one clear error line when it is wrong."""
    p = rules_path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(message("rules_unreadable", path=p, detail=exc)) from None
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(message("rules_bad_toml", path=p, detail=exc)) from None
    rules = []
    for i, r in enumerate(data.get("rule", []), 1):
        try:
            applies = r["applies_to"]
            reqs = []
            for item in r["requires"]:
                if isinstance(item, str):
                    reqs.append(Requirement(item.strip()))
                else:
                    reqs.append(Requirement(item["symbol"].strip(), str(item["date"]) if item.get("date") else None))
            rules.append(
                Rule(
                    id=str(r["id"]),
                    title=str(r.get("title", r["id"])),
                    province=str(applies["province"]),
                    year=int(applies["year"]) if "year" in applies else None,
                    kind=str(applies.get("kind", "launch")),
                    requires=tuple(reqs),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise RuleError(message("rule_bad_field", path=p, n=i, detail=exc)) from None
        if rules[-1].kind != "launch" and rules[-1].kind not in KIND_CLASS:
            raise RuleError(message("rule_bad_kind", path=p, rule=rules[-1].id, kind=rules[-1].kind))
    if not rules:
        raise RuleError(message("rules_none", path=p))
    return rules


def shapes(rules: list[Rule]) -> Graph:
    """The SHACL shapes graph of the rules (readable Turtle via ``shapes(rules).serialize()``)."""
    g = Graph()
    for prefix, ns in (("sh", SH), ("td", TD), ("eli", ELI), ("rule", RULES), ("xsd", XSD)):
        g.bind(prefix, ns)
    prefixes = RULES["prefixes"]
    g.add((prefixes, RDF.type, URIRef(iris.OWL + "Ontology")))
    for p, ns in (("td", TD), ("eli", ELI)):
        decl = BNode()
        g.add((prefixes, SH.declare, decl))
        g.add((decl, SH.prefix, Literal(p)))
        g.add((decl, SH.namespace, Literal(str(ns), datatype=XSD.anyURI)))
    for rule in rules:
        shape = RULES[rule.id]
        g.add((shape, RDF.type, SH.NodeShape))
        g.add((shape, RDFS.label, Literal(rule.title, lang="vi")))
        target = BNode()
        g.add((shape, SH.target, target))
        g.add((target, RDF.type, SH.SPARQLTarget))
        g.add((target, SH.prefixes, prefixes))
        year = f" ; td:year {rule.year}" if rule.year is not None else ""
        if rule.kind != "launch":
            year += f" ; a td:{KIND_CLASS[rule.kind]}"
        g.add(
            (
                target,
                SH.select,
                Literal(
                    "SELECT ?this WHERE { ?this td:launches ?campaign ; "
                    f"td:jurisdiction <{rule.jurisdiction}>{year} . }}"
                ),
            )
        )
        for req in rule.requires:
            prop = BNode()
            g.add((shape, SH.property, prop))
            g.add((prop, SH.path, ELI.cites))
            g.add((prop, SH.name, Literal(req.label)))
            g.add((prop, SH.message, Literal(f"Thiếu căn cứ: {req.label}", lang="vi")))
            g.add((prop, SH.qualifiedMinCount, Literal(1)))
            value = BNode()
            g.add((prop, SH.qualifiedValueShape, value))
            key_shape = BNode()
            g.add((key_shape, SH.path, TD.symbolKey))
            g.add((key_shape, SH.hasValue, Literal(symbol_key(req.symbol))))
            parts = [key_shape]
            if req.date:
                date_shape = BNode()
                g.add((date_shape, SH.path, ELI.date_document))
                g.add((date_shape, SH.hasValue, Literal(req.date, datatype=XSD.date)))
                parts.append(date_shape)
            for part in parts:
                g.add((value, SH.property, part))
    return g


_EVIDENCE = (
    PREFIXES
    + """
SELECT ?launch ?doc ?subject ?quote ?start ?end ?source WHERE {
  GRAPH ?g { ?st td:citingDocument ?launch ; td:citedDocument ?doc ; td:quote ?quote ;
      td:startOffset ?start ; td:endOffset ?end ; prov:wasDerivedFrom ?src . ?src prov:atLocation ?source
      OPTIONAL { ?st dct:subject ?subject } } }"""
)
_SUBJECTS = (
    PREFIXES + "SELECT DISTINCT ?doc ?subject WHERE { GRAPH ?g { ?st td:citedDocument ?doc ; dct:subject ?subject } }"
)
ENGINES = ("index", "shacl")


@dataclass(frozen=True, slots=True)
class Profile:
    """What is known of a required document: its issuers, kinds, years and stated subjects."""

    req: Requirement
    key: str
    issuers: frozenset
    kinds: frozenset
    years: frozenset
    subjects: tuple[str, ...] = ()

    def may_be_mistaken(self, key: str | None, date: Any, issuer: Any, kind: Any, year: Any, rule: Rule) -> bool:
        """A cited document of the same issuer, kind and year as the missing one (not the missing one itself).
        When the required document is nowhere in the graph: judged by its symbol and the rule's year."""
        if key == self.key and self.req.date and date and str(date) != self.req.date:
            return True  # the required number with another date: probably the wrong date ("nghi nhầm ngày")
        known = self.issuers or self.kinds or self.years
        years = self.years if known else ({int(self.req.date[:4])} if self.req.date else {rule.year})
        if year not in years:
            return False
        if key == self.key and (not self.req.date or str(date) == self.req.date):
            return False  # this is the required document itself
        same_issuer = issuer in self.issuers if known and self.issuers else _same_codes(key, self.key)
        same_kind = kind in self.kinds if known and self.kinds else _same_codes(key, self.key)
        return same_issuer and same_kind


@dataclass(frozen=True, slots=True)
class AuditReport:
    """What an audit found, never silent: the checks, the launches no rule covers, the rules that matched
    nothing, and how many launches the store holds."""

    results: tuple[dict[str, Any], ...]  # one per (launch, rule) checked, failures first
    uncovered: tuple[dict[str, Any], ...]  # launches in the store no rule applies to, with the reason
    unused_rules: tuple[str, ...]  # ids of rules that matched no launch
    launches: int  # launches in the store
    checked: int  # launches checked by at least one rule

    @property
    def failed(self) -> int:
        return len({r["id"] for r in self.results if not r["pass"]})

    @property
    def status(self) -> str:
        """``pass`` (every checked launch passes), ``fail`` (some fail) or ``empty`` (nothing was checked)."""
        return "empty" if not self.checked else ("fail" if self.failed else "pass")

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "summary": {
                "launches_in_store": self.launches,
                "checked": self.checked,
                "failed": self.failed,
                "no_rule": len(self.uncovered),
                "unused_rules": list(self.unused_rules),
            },
            "results": list(self.results),
            "no_rule": list(self.uncovered),
        }


def audit(store: Store, rules: list[Rule], engine: str = "index") -> AuditReport:
    """Every launch a rule applies to, checked: pass, missing requirements, suspects with evidence; and,
    so that the audit never stays silent, every launch no rule covers and every rule that matched nothing.

    ``engine="index"`` checks the launches against the citation index (fast on a national store);
    ``engine="shacl"`` validates the compiled SHACL shapes with pySHACL over the same launches and
    citations.  Both give the same results (a test holds them equal); the shapes stay the exported,
    standard form of the rules."""
    if engine not in ENGINES:
        raise RuleError(message("audit_engine", engine=engine, choices=", ".join(ENGINES)))
    index = citation_index(store)
    docs = index.docs
    by_jurisdiction: dict[str, list[Rule]] = defaultdict(list)
    for rule in rules:
        by_jurisdiction[rule.jurisdiction].append(rule)
    scope = []  # (launch position, rule)
    uncovered = []
    for i, d in enumerate(docs[: index.launches]):  # launches come first in the index
        applying = [rule for rule in by_jurisdiction.get(d.jurisdiction, ()) if rule.applies(d)]
        scope.extend((i, rule) for rule in applying)
        if not applying:
            uncovered.append(_uncovered(d, by_jurisdiction))
    profiles = _profiles_from_index(index, rules)
    absent_of = _absent_by_shacl(index, rules, scope) if engine == "shacl" else _absent_by_index(index, scope, profiles)
    checked = []  # (launch, rule, absent requirements, candidate documents for suspects)
    for i, rule in scope:
        cited = [docs[c] for c in index.stated(i)]
        absent = absent_of[(i, rule.id)]
        candidates = [
            c
            for req in absent
            for c in cited
            if profiles[req.label].may_be_mistaken(c.key, c.date, c.issuer, c.kind, c.year, rule)
        ]
        checked.append((docs[i], rule, absent, candidates))
    wanted = {req.label for _, _, absent, cands in checked if cands for req in absent}
    profiles = _with_subjects(store, index, profiles, wanted)
    evidence = _evidence(store, [(d.id, c.id) for d, _, _, cands in checked for c in cands])
    results = []
    for d, rule, absent, candidates in checked:
        cited = [{**_row(c), **evidence[(d.id, c.id)]} for c in sorted(set(candidates), key=lambda c: c.id)]
        results.append(_result(d, rule, absent, cited, profiles))
    results.sort(key=lambda r: (r["pass"], r["source"] or "", r["id"], r["rule"]))  # failures first
    used = {rule.id for _, rule in scope}
    return AuditReport(
        results=tuple(results),
        uncovered=tuple(sorted(uncovered, key=lambda u: (u["reason"], u["source"] or "", u["id"]))),
        unused_rules=tuple(rule.id for rule in rules if rule.id not in used),
        launches=index.launches,
        checked=len({i for i, _ in scope}),
    )


UNKNOWN_JURISDICTION = iris.UNKNOWN_JURISDICTION


def _uncovered(d: Any, by_jurisdiction: dict[str, list[Rule]]) -> dict[str, Any]:
    """A launch no rule applies to, and why: its province is unknown, no rule names its province, or the
    province's rules are for other years."""
    if d.jurisdiction == UNKNOWN_JURISDICTION:
        reason = "no_province"
    elif d.jurisdiction in by_jurisdiction:
        reason = "no_rule_for_year"
    else:
        reason = "no_rule"
    return {**_launch_row(d), "reason": reason}


def _launch_row(d: Any) -> dict[str, Any]:
    """How a launch is shown to people: its number or label, title, issuer, year, province and source."""
    return {**doc_brief(d), "title": d.title, "source": d.source, "jurisdiction": d.jurisdiction.rsplit("/", 1)[-1]}


def _absent_by_index(
    index: CitationIndex, scope: list[tuple[int, Rule]], profiles: dict[str, Profile]
) -> dict[tuple[int, str], list[Requirement]]:
    """The requirements each launch does not cite, read from what it states it cites."""
    out = {}
    for i, rule in scope:
        have = {(index.docs[c].key, index.docs[c].date) for c in index.stated(i)}
        out[(i, rule.id)] = [req for req in rule.requires if not _satisfied(profiles[req.label], have)]
    return out


def _absent_by_shacl(
    index: CitationIndex, rules: list[Rule], scope: list[tuple[int, Rule]]
) -> dict[tuple[int, str], list[Requirement]]:
    """The same, found by pySHACL: the rules' shapes validated over the launches and what they cite."""
    from pyshacl import validate

    data = Graph()
    for i in {i for i, _ in scope}:
        d = index.docs[i]
        node = URIRef(d.id)
        data.add((node, TD.launches, RULES["campaign"]))
        data.add((node, TD.jurisdiction, URIRef(d.jurisdiction)))
        if d.year is not None:
            data.add((node, TD.year, Literal(d.year)))
        for c in index.stated(i):
            cited = index.docs[c]
            doc = URIRef(cited.id)
            data.add((node, ELI.cites, doc))
            if cited.key:
                data.add((doc, TD.symbolKey, Literal(cited.key)))
            if cited.date:
                data.add((doc, ELI.date_document, Literal(cited.date, datatype=XSD.date)))
    # The exported shapes select their launches with SPARQL targets (readable, self-contained); for the
    # validation itself each shape gets the same launches as explicit sh:targetNode — equivalent, and
    # much cheaper for pySHACL than running one SPARQL target per rule.
    shape_graph = shapes(rules)
    for i, rule in scope:
        shape_graph.add((RULES[rule.id], SH.targetNode, URIRef(index.docs[i].id)))
    for target in list(shape_graph.objects(None, SH.target)):
        shape_graph.remove((None, SH.target, target))
    _conforms, report, _text = validate(data, shacl_graph=shape_graph, allow_warnings=True)
    missing: dict[tuple[str, str], set[str]] = defaultdict(set)  # (launch IRI, rule id) → requirement labels
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = str(report.value(result, SH.focusNode))
        source_shape = report.value(result, SH.sourceShape)
        name = str(shape_graph.value(source_shape, SH.name))
        rule_shape = next(shape_graph.subjects(SH.property, source_shape))
        missing[(focus, str(rule_shape).rsplit("/", 1)[-1])].add(name)
    return {
        (i, rule.id): [req for req in rule.requires if req.label in missing[(index.docs[i].id, rule.id)]]
        for i, rule in scope
    }


def _row(d: Any) -> dict[str, Any]:
    return {
        "doc": d.id,
        "key": d.key,
        "symbol": d.symbol,
        "date": d.date,
        "year": d.year,
        "kind": d.kind,
        "issuer": d.issuer,
    }


def _satisfied(profile: Profile, have: set[tuple[str | None, str | None]]) -> bool:
    date = profile.req.date
    return (profile.key, date) in have if date else any(k == profile.key for k, _ in have)


def _profiles_from_index(index: Any, rules: list[Rule]) -> dict[str, Profile]:
    out = {}
    for req in {req for rule in rules for req in rule.requires}:
        found = [index.docs[i] for i in index.by_symbol(req.symbol)]
        ds = [d for d in found if not req.date or d.date == req.date]
        out[req.label] = Profile(
            req,
            symbol_key(req.symbol),
            frozenset(d.issuer for d in ds if d.issuer),
            frozenset(d.kind for d in ds if d.kind),
            frozenset(d.year for d in ds if d.year),
        )
    return out


def _with_subjects(store: Store, index: Any, profiles: dict[str, Profile], labels: set[str]) -> dict[str, Profile]:
    """The subjects stated where the required documents are cited (only those a suspect is judged by)."""
    known = {}
    for label in labels:
        req = profiles[label].req
        found = [index.docs[i] for i in index.by_symbol(req.symbol)]
        known[label] = [d.id for d in found if not req.date or d.date == req.date]
    wanted = sorted({x for ids in known.values() for x in ids})
    subjects: dict[str, set[str]] = defaultdict(set)
    for batch in range(0, len(wanted), 500):
        rows = store.select(values_table(_SUBJECTS, ["doc"], [[IRI(x)] for x in wanted[batch : batch + 500]]))
        for r in rows:
            subjects[r["doc"]].add(r["subject"])
    return {
        label: replace(p, subjects=tuple(sorted(s for x in known[label] for s in subjects[x]))) if label in known else p
        for label, p in profiles.items()
    }


def _evidence(store: Store, pairs: list[tuple[str, str]]) -> dict[tuple[str, str], dict[str, Any]]:
    """The statement that cites ``doc`` in ``launch`` (the first in the text), for each pair."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    unique = sorted(set(pairs))
    for batch in range(0, len(unique), 500):
        rows = store.select(
            values_table(_EVIDENCE, ["launch", "doc"], [[IRI(a), IRI(b)] for a, b in unique[batch : batch + 500]])
        )
        for r in sorted(rows, key=lambda r: (r["start"], r["end"], r["quote"], r["subject"] or "")):
            out.setdefault((r["launch"], r["doc"]), r)
    return out


def _result(
    d: Any,
    rule: Rule,
    absent: list[Requirement],
    cited: list[dict],
    profiles: dict[str, Profile],
) -> dict[str, Any]:
    suspects = []
    for req in absent:
        suspects.extend(_suspects(req, rule, cited, profiles[req.label]))
    return {
        **_launch_row(d),
        "rule": rule.id,
        "pass": not absent,
        "missing": [req.label for req in absent],
        "suspect": suspects,
    }


def _suspects(req: Requirement, rule: Rule, cited: list[dict], profile: Profile) -> list[dict]:
    """Cited documents of the same issuer, kind and year (and a close subject) as the missing one."""
    out = []
    seen = set()
    for c in cited:
        if c["doc"] in seen or not profile.may_be_mistaken(
            c["key"], c["date"], c["issuer"], c["kind"], c["year"], rule
        ):
            continue
        if profile.subjects and c["subject"] and c["key"] != profile.key:
            score = max(fuzz.token_set_ratio(c["subject"].lower(), s.lower()) for s in profile.subjects)
            if score < SUBJECT_SIMILARITY:
                continue
        seen.add(c["doc"])
        out.append(
            {
                "reason": "date" if c["key"] == profile.key else "document",
                "cited": c["symbol"] or c["key"],
                "date": str(c["date"]) if c["date"] else None,
                "instead_of": req.label,
                "evidence": c["quote"],
                "source": c["source"],
                "span": [c["start"], c["end"]],
            }
        )
    return out


def _same_codes(key: str | None, want: str) -> bool:
    """Same kind and issuer codes ("01/CT-UBND" and "02/CT-UBND")."""
    if not key:
        return False
    return key.split("/", 1)[-1] == want.split("/", 1)[-1] and key != want


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


def shapes_turtle(rules: list[Rule]) -> str:
    return shapes(rules).serialize(format="turtle")
