"""Audit rules: what each launch must cite, written in TOML, one ``[[rule]]`` per requirement::

    [[rule]]
    id = "lang-son-2023"
    title = "..."
    applies_to = { province = "Lạng Sơn", year = 2023, kind = "launch" }
    requires = ["34-CT/TW", "19/CT-TTg", { symbol = "02/CT-UBND", date = "2023-01-13" }]

Read and checked here (:func:`load_rules`, one clear line when a file is wrong); compiled to SHACL by
:mod:`graph.shacl`; checked against the store by :mod:`graph.audit`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import iris
from .build import KIND_CLASS
from .errors import ThiduaError
from .i18n import t as message
from .resolve.names import slug
from .resources import ontology_dir

JURISDICTION = iris.JURISDICTION


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
