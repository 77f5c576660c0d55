"""Audit: does each launch cite the directives it must cite, and does it cite a wrong one?

The rules (:mod:`graph.rules`) say, per province and year, which documents a launch must cite.  The launches
and what they cite come from the citation index; the missing requirements are found there directly
(``engine="index"``) or by pySHACL validating the rules' shapes (:mod:`graph.shacl`) over a data graph of just
what they read (``engine="shacl"``: launches, cited documents, their keys and dates).  The report is rendered
by :mod:`graph.reports` (HTML, XLSX, CSV, PDF) and the CLI.

A *suspect* is a probable wrong reference: for a missing document, the launch cites another document of
the same issuer, kind and year on the same subject, with another number or date (e.g. 01/CT-UBND of
09/01/2023 where 02/CT-UBND of 13/01/2023 is required).  It is reported with the sentence that cites it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

from rapidfuzz import fuzz

from . import iris
from .analysis import doc_brief
from .extract.text import symbol_key
from .i18n import t as message
from .index import CitationIndex, citation_index
from .iris import PREFIXES
from .rules import Requirement, Rule, RuleError
from .shacl import absent_by_shacl
from .store import IRI, Store, values_table

SUBJECT_SIMILARITY = 60  # token-set ratio of the stated subjects for a suspect


_EVIDENCE = (
    PREFIXES
    + """
SELECT ?launch ?doc ?subject ?quote ?start ?end ?source WHERE {
  GRAPH ?g { ?st td:citingDocument ?launch ; td:citedDocument ?doc ; td:quote ?quote ;
      td:startOffset ?start ; td:endOffset ?end . ?src a td:SourceFile ; prov:atLocation ?source
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
    absent_of = absent_by_shacl(index, rules, scope) if engine == "shacl" else _absent_by_index(index, scope, profiles)
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
