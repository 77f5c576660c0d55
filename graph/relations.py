"""The one registry of relation types: what the ontology declares, what a build states, what listings,
exports and views show.  Adding a relation is one entry here (and a test); the ontology (``ontology.py``),
the build (``build.py``), the entity network (``listing.py``) and the hierarchy view (``visualize.py``) read
this table.

``role``: the citation role of the extraction (``Citation.role``) the relation states; ``mention``: stated
from a document's mention (``DocumentMention.relation``) of a campaign, theme or body; ``edge``: an edge of
the entity network (GraphML, GEXF); ``drawn``: its place in the legend of the hierarchy view, with its
``color``.  Relations of the ``td:`` namespace with a ``domain`` are declared by the ontology, in this order.
"""

from __future__ import annotations

from dataclasses import dataclass

from .iris import ELI, ORG, TD


@dataclass(frozen=True, slots=True)
class Relation:
    name: str  # the property's local name, as listings and views call it
    namespace: str
    vi: str
    en: str
    domain: str | None = None  # ontology classes (local names) of a td: relation
    range: str | None = None
    parent: str | None = None  # super-property: "cites", "passed_by" (ELI) or "memberOf" (ORG)
    role: str | None = None
    mention: bool = False
    edge: bool = False
    drawn: int | None = None
    color: str | None = None

    @property
    def iri(self) -> str:
        return self.namespace + self.name


RELATIONS: tuple[Relation, ...] = (
    Relation("cites", ELI, "trích dẫn", "cites", edge=True, drawn=0, color="#9e9e9e"),
    Relation("based_on", ELI, "căn cứ", "based on", role="basis", edge=True, drawn=1, color="#1565c0"),
    Relation("passed_by", ELI, "do ... ban hành", "passed by", edge=True),
    Relation("subOrganizationOf", ORG, "trực thuộc", "sub-organisation of", edge=True),
    Relation(
        "implements",
        TD,
        "thực hiện",
        "implements",
        "Document",
        "Document",
        parent="cites",
        role="implements",
        edge=True,
        drawn=2,
        color="#2e7d32",
    ),
    Relation(
        "launches",
        TD,
        "phát động",
        "launches",
        "Document",
        "Campaign",
        mention=True,
        edge=True,
        drawn=4,
        color="#c62828",
    ),
    Relation(
        "promotes",
        TD,
        "hưởng ứng phong trào",
        "promotes",
        "Document",
        "Campaign",
        mention=True,
        edge=True,
        drawn=3,
        color="#ef6c00",
    ),
    Relation("adoptsTheme", TD, "theo chủ đề", "adopts theme", "Document", "Theme", mention=True, edge=True),
    Relation("sentTo", TD, "gửi tới", "sent to", "Document", "IssuingBody", mention=True, edge=True),
    Relation("issuedBy", TD, "do ... ban hành", "issued by", "Document", "IssuingBody", parent="passed_by"),
    Relation("mentionsCluster", TD, "nêu cụm thi đua", "mentions cluster", "Document", "EmulationCluster"),
    Relation(
        "memberOf",
        TD,
        "là thành viên của",
        "member of",
        "IssuingBody",
        "EmulationCluster",
        parent="memberOf",
        edge=True,
    ),
    Relation("signedBy", TD, "người ký", "signed by", "Document", "Person"),
    Relation("worksFor", TD, "công tác tại", "works for", "Person", "IssuingBody"),
    Relation("localizes", TD, "là biến thể địa phương của", "localizes", "Campaign", "Campaign", edge=True),
    Relation("launchedBy", TD, "do ... phát động", "launched by", "Campaign", "IssuingBody"),
    Relation("ownedBy", TD, "của", "owned by", "Theme", "IssuingBody", edge=True),
    Relation("level", TD, "cấp", "level", "IssuingBody", "BodyLevel"),
)

BY_NAME = {r.name: r for r in RELATIONS}
DECLARED = tuple(r for r in RELATIONS if r.namespace == TD and r.domain)  # declared by the ontology, in order
BY_ROLE = {r.role: r for r in RELATIONS if r.role}  # citation role → relation
MENTIONS = {r.name: r for r in RELATIONS if r.mention}  # mention relation → relation
EDGES = {r.iri: r.name for r in RELATIONS if r.edge}  # IRI → edge name of the entity network
DRAWN = tuple(sorted((r for r in RELATIONS if r.drawn is not None), key=lambda r: r.drawn or 0))
