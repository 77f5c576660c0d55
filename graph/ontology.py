"""The thidua ontology, authored with owlready2 and written to ``ontology/`` as RDF/XML and Turtle.

It reuses ELI (legal resources and citations), W3C ORG (organizations, posts), SKOS (campaigns,
themes, code lists), PROV-O (where each statement comes from), DCTERMS and FOAF, and adds only the
domain terms they lack: launches and campaigns, themes, issuing bodies with a level, emulation
clusters, and the relations basis / implements / promotes / adoptsTheme / sentTo / memberOf /
signedBy / localizes.  Classes defined by restriction (central directive, launch, provincial body)
are inferred by a reasoner (HermiT, tests/test_ontology.py).

Run ``python scripts/build_ontology.py`` after changing this file.
"""

from __future__ import annotations

from pathlib import Path

from .iris import DCT, ELI, FOAF, ORG, PROV, SKOS, TD, VOCAB
from .relations import DECLARED
from .vocab import ISSUER_CODES, KINDS, LEVELS


def _labels(entity, vi: str, en: str, comment_vi: str = "", comment_en: str = "") -> None:  # type: ignore[no-untyped-def]
    from owlready2 import locstr

    # one value at a time: a list assigned at once is stored in set order, which changes from run to run
    entity.label.append(locstr(vi, lang="vi"))
    entity.label.append(locstr(en, lang="en"))
    if comment_vi or comment_en:
        entity.comment.append(locstr(comment_vi, lang="vi"))
        entity.comment.append(locstr(comment_en, lang="en"))


def author(world=None):  # type: ignore[no-untyped-def]
    """Build the ontology in an owlready2 World and return it."""
    from owlready2 import (
        AnnotationProperty,
        DataProperty,
        FunctionalProperty,
        ObjectProperty,
        Thing,
        TransitiveProperty,
        World,
    )

    world = world or World()
    onto = world.get_ontology(TD.rstrip("#"))
    td = onto.get_namespace(TD)
    eli = onto.get_namespace(ELI)
    org = onto.get_namespace(ORG)
    skos = onto.get_namespace(SKOS)
    prov = onto.get_namespace(PROV)
    dct = onto.get_namespace(DCT)
    foaf = onto.get_namespace(FOAF)
    level_ns = onto.get_namespace(VOCAB + "level/")

    with onto:
        onto.metadata.comment = [
            "thidua — ontology of Vietnamese directives, launches and emulation campaigns (phong trào thi đua)."
        ]
        # --- reused classes (declared so that the ontology is self-contained for reasoners)
        with eli:

            class LegalResource(Thing):
                pass

        with org:

            class Organization(Thing):
                pass

            class Post(Thing):
                pass

        with skos:

            class Concept(Thing):
                pass

            class ConceptScheme(Thing):
                pass

        with prov:

            class Entity(Thing):
                pass

        with foaf:

            class Person(Thing):
                pass

        # --- domain classes
        with td:

            class Document(LegalResource):
                pass

            _labels(
                Document,
                "Văn bản",
                "Document",
                "Văn bản chỉ đạo, điều hành hoặc phát động.",
                "A directive, plan, decision or launch, as a legal resource (ELI).",
            )
            for cls_name, vi, en in (
                ("Directive", "Chỉ thị", "Directive"),
                ("Resolution", "Nghị quyết", "Resolution"),
                ("Conclusion", "Kết luận", "Conclusion"),
                ("Plan", "Kế hoạch", "Plan"),
                ("Decision", "Quyết định", "Decision"),
                ("Decree", "Nghị định", "Decree"),
                ("Circular", "Thông tư", "Circular"),
                ("Notice", "Thông báo", "Notice"),
                ("Guidance", "Hướng dẫn", "Guidance"),
                ("Programme", "Chương trình", "Programme"),
                ("Scheme", "Đề án", "Scheme"),
                ("Report", "Báo cáo", "Report"),
                ("LaunchDocument", "Văn bản phát động", "Launch document"),
                ("Regulation", "Quy định, quy chế", "Regulation"),
                ("Submission", "Tờ trình", "Submission"),
                ("OfficialLetter", "Công văn", "Official letter"),
                ("Dispatch", "Công điện", "Official dispatch"),
                ("Law", "Luật", "Law"),
                ("Ordinance", "Pháp lệnh", "Ordinance"),
                ("Appeal", "Lời kêu gọi", "Appeal"),
            ):
                cls = type(cls_name, (Document,), {"namespace": td})
                _labels(cls, vi, en)

            class IssuingBody(Organization):
                pass

            _labels(
                IssuingBody,
                "Cơ quan ban hành",
                "Issuing body",
                "Cơ quan, tổ chức ban hành hoặc nhận văn bản, có cấp (Trung ương, tỉnh, sở, huyện...).",
                "A body that issues or receives documents, with its level.",
            )

            class EmulationCluster(IssuingBody):
                pass

            _labels(
                EmulationCluster,
                "Cụm, khối thi đua",
                "Emulation cluster",
                "Cụm hoặc khối thi đua do Hội đồng Thi đua - Khen thưởng tổ chức.",
                "A cluster or block of bodies that emulate together.",
            )

            class BodyLevel(Concept):
                pass

            _labels(BodyLevel, "Cấp cơ quan", "Body level")

            class Campaign(Concept):
                pass

            _labels(
                Campaign,
                "Phong trào thi đua",
                "Emulation campaign",
                "Phong trào thi đua, cuộc vận động; biến thể địa phương liên kết với phong trào gốc.",
                "An emulation movement; a provincial variant localizes the national one.",
            )

            class Theme(Concept):
                pass

            _labels(
                Theme,
                "Chủ đề, phương châm",
                "Theme or motto",
                "Chủ đề thi đua, phương châm hành động, khẩu hiệu.",
                "An emulation theme, motto or slogan.",
            )

            class Jurisdiction(Thing):
                pass

            _labels(
                Jurisdiction,
                "Địa bàn",
                "Jurisdiction",
                "Cả nước (Trung ương) hoặc một tỉnh, thành phố.",
                "The nation (central level) or a province.",
            )

            class SourceFile(Entity):
                pass

            _labels(
                SourceFile,
                "Tệp nguồn",
                "Source file",
                "Tệp văn bản đã đọc, với mã băm SHA-256.",
                "A file that was read, with its SHA-256.",
            )

            class Citation(Entity):
                pass

            _labels(
                Citation,
                "Trích dẫn",
                "Citation statement",
                "Một lần văn bản này trích dẫn văn bản kia: câu trích, vị trí ký tự, vai trò.",
                "One stated citation, with its sentence, character offsets and role (n-ary node).",
            )

            class Mention(Entity):
                pass

            _labels(
                Mention,
                "Nhắc đến",
                "Mention statement",
                "Một lần văn bản nêu phong trào, chủ đề, nơi nhận hay cụm thi đua.",
                "One stated mention of a campaign, theme, recipient or cluster (n-ary node).",
            )

            class Conflict(Thing):
                pass

            _labels(
                Conflict,
                "Mâu thuẫn",
                "Conflict",
                "Các văn bản nêu khác nhau về cùng một đối tượng (ngày, cơ quan ban hành).",
                "Sources that disagree about one entity (date, issuer).",
            )

        # --- reused properties
        with eli:

            class cites(ObjectProperty):
                pass

            cites.domain, cites.range = [LegalResource], [LegalResource]

            class based_on(cites):
                pass

            class passed_by(ObjectProperty):
                pass

            passed_by.domain, passed_by.range = [LegalResource], [Organization]

            class type_document(ObjectProperty):
                pass

            class id_local(DataProperty):
                pass

            class date_document(DataProperty):
                pass

            class title(DataProperty):
                pass

        with org:

            class subOrganizationOf(ObjectProperty):
                pass

            class memberOf(ObjectProperty):
                pass

            class postIn(ObjectProperty):
                pass

        with skos:

            class prefLabel(AnnotationProperty):
                pass

            class altLabel(AnnotationProperty):
                pass

            class hiddenLabel(AnnotationProperty):
                pass

            class inScheme(ObjectProperty):
                pass

            class notation(DataProperty):
                pass

        with prov:

            class wasDerivedFrom(ObjectProperty):
                pass

            class atLocation(DataProperty):
                pass

        with dct:

            class subject(DataProperty):
                pass

        with foaf:

            class name(DataProperty):
                pass

        # --- domain properties
        with td:

            def prop(bases, name, vi, en, domain, range_):  # type: ignore[no-untyped-def]
                p = type(name, bases, {"namespace": td})
                if domain is not None:
                    p.domain = [domain]
                if range_ is not None:
                    p.range = [range_]
                _labels(p, vi, en)
                return p

            def obj(name: str, vi: str, en: str, domain=None, range_=None, parent=ObjectProperty):  # type: ignore[no-untyped-def]
                return prop(parent if isinstance(parent, tuple) else (parent,), name, vi, en, domain, range_)

            def data(name: str, vi: str, en: str, domain=None, range_=None, functional=False):  # type: ignore[no-untyped-def]
                bases = (DataProperty, FunctionalProperty) if functional else (DataProperty,)
                return prop(bases, name, vi, en, domain, range_)

            restsOn = obj(
                "restsOn",
                "dựa trên (trực tiếp hoặc gián tiếp)",
                "rests on (directly or through others)",
                Document,
                Document,
                parent=(ObjectProperty, TransitiveProperty),
            )  # type: ignore[arg-type]
            cites.is_a.append(restsOn)
            classes = {
                "Document": Document,
                "Campaign": Campaign,
                "Theme": Theme,
                "IssuingBody": IssuingBody,
                "EmulationCluster": EmulationCluster,
                "Person": Person,
                "BodyLevel": BodyLevel,
            }
            parents = {"cites": cites, "passed_by": passed_by, "memberOf": memberOf}
            made = {
                r.name: obj(
                    r.name,
                    r.vi,
                    r.en,
                    classes[r.domain],
                    classes[r.range],
                    parent=parents.get(r.parent, ObjectProperty),
                )
                for r in DECLARED  # the relation registry
            }
            launches, level = made["launches"], made["level"]
            obj("jurisdiction", "địa bàn", "jurisdiction", None, Jurisdiction)
            obj("sourceFile", "tệp nguồn", "source file", Document, SourceFile, parent=wasDerivedFrom)
            obj("citingDocument", "văn bản trích dẫn", "citing document", Citation, Document)
            obj("citedDocument", "văn bản được trích dẫn", "cited document", Citation, Document)
            obj("statedIssuer", "cơ quan được nêu", "stated issuer", Citation, IssuingBody)
            obj("inDocument", "trong văn bản", "in document", Mention, Document)
            obj("statedBody", "cơ quan được nêu kèm", "stated body (owner, launcher)", Mention, IssuingBody)
            obj("mentioned", "đối tượng được nêu", "mentioned", Mention, Thing)
            obj("conflictSubject", "đối tượng mâu thuẫn", "conflict subject", Conflict, Thing)
            for name_, vi, en, dom in (
                ("role", "vai trò", "role", Citation),
                ("relation", "quan hệ", "relation", Mention),
                ("quote", "câu trích", "quoted words", Entity),
                ("symbolAsWritten", "số hiệu như viết", "symbol as written", Citation),
                ("statedIssuerText", "cơ quan như viết", "issuer as written", Citation),
                ("statedSymbol", "số hiệu tự ghi", "own symbol as written", Document),
                ("place", "địa danh", "place", Document),
                ("signerPosition", "chức vụ người ký", "signer position", Document),
                ("recipientText", "nơi nhận", "recipient as written", Document),
                ("awardForm", "hình thức khen thưởng", "award form", Document),
                ("position", "chức vụ", "position", Person),
                ("sha256", "mã băm SHA-256", "SHA-256", SourceFile),
                ("extractorVersion", "phiên bản bộ trích xuất", "extractor version", SourceFile),
                ("sourceFormat", "định dạng", "format", SourceFile),
                ("batchProvince", "tỉnh của lô", "batch province", SourceFile),
                ("jurisdictionSource", "nguồn xác định địa bàn", "jurisdiction source", SourceFile),
                # (in stores built before the extraction cache, graph/cache.py; read, no longer written)
                ("extraction", "kết quả trích xuất (JSON)", "extraction (JSON)", SourceFile),
                ("issuerCode", "mã cơ quan", "issuer code", Document),
                ("symbolKey", "khóa số hiệu", "symbol key (normalised)", Document),
                ("conflictField", "trường mâu thuẫn", "conflict field", Conflict),
                ("conflictValue", "giá trị mâu thuẫn", "conflict value", Conflict),
            ):
                data(name_, vi, en, dom)
            for name_, vi, en in (
                ("startOffset", "vị trí đầu", "start offset"),
                ("endOffset", "vị trí cuối", "end offset"),
            ):
                data(name_, vi, en, Entity, int)
            # where a statement read by OCR stands on the scan (graph/ocr.py)
            data("readByOcr", "đọc bằng OCR", "read by OCR", Entity, bool)
            data("page", "trang", "page of the scan", Entity, int)
            data(
                "pageBox",
                "khung chữ trên trang",
                "box of its words on the page (pixels: left top width height)",
                Entity,
            )
            data("ocrConfidence", "độ tin cậy OCR", "OCR confidence (0-100, its least sure word)", Entity, float)
            data("year", "năm", "year", Document, int)
            data("inCorpus", "có trong kho", "in corpus", Document, bool)
            data("nested", "chỉ được nêu trong trích dẫn khác", "only named inside another citation", Citation, bool)
            data("issuerInferredFromCode", "cơ quan suy ra từ ký hiệu", "issuer inferred from code", Document, bool)
            for name_, vi, en in (
                ("statedDate", "ngày được nêu", "stated date"),
                ("periodStart", "bắt đầu", "period start"),
                ("periodEnd", "kết thúc", "period end"),
            ):
                data(name_, vi, en)
            data("contentHash", "mã băm nội dung đồ thị", "graph content hash")
            data("tripleCount", "số bộ ba", "triple count")

            # --- levels (individuals) and classes defined by restriction
            levels = {}
            for key, (vi, en, _rank) in LEVELS.items():
                ind = BodyLevel(key, namespace=level_ns)
                _labels(ind, vi, en)
                levels[key] = ind

            class CentralBody(IssuingBody):
                pass

            CentralBody.equivalent_to = [
                IssuingBody
                & (
                    level.value(levels["central-party"])
                    | level.value(levels["central-state"])
                    | level.value(levels["ministry"])
                )
            ]
            _labels(
                CentralBody,
                "Cơ quan Trung ương",
                "Central body",
                "Suy luận: cơ quan cấp Trung ương.",
                "Inferred: a body of the central level (Party, State, ministry).",
            )

            class ProvincialBody(IssuingBody):
                pass

            ProvincialBody.equivalent_to = [
                IssuingBody & (level.value(levels["provincial-party"]) | level.value(levels["provincial-state"]))
            ]
            _labels(
                ProvincialBody,
                "Cơ quan cấp tỉnh",
                "Provincial body",
                "Suy luận: Tỉnh ủy, UBND, HĐND tỉnh.",
                "Inferred: provincial Party committee or People's Committee/Council.",
            )

            class CentralDirective(Document):
                pass

            CentralDirective.equivalent_to = [Document & passed_by.some(CentralBody)]
            _labels(
                CentralDirective,
                "Văn bản Trung ương",
                "Central directive",
                "Suy luận: văn bản do cơ quan Trung ương ban hành.",
                "Inferred: a document passed by a central body.",
            )

            class Launch(Document):
                pass

            Launch.equivalent_to = [Document & launches.some(Campaign)]
            _labels(
                Launch,
                "Văn bản phát động thi đua",
                "Launch",
                "Suy luận: văn bản phát động một phong trào.",
                "Inferred: a document that launches a campaign.",
            )
    return onto


def write(folder: Path) -> list[Path]:
    """Write thidua.owl (RDF/XML, for Protégé), thidua.ttl and vocab.ttl (SKOS code lists)."""
    from rdflib import Graph

    folder.mkdir(parents=True, exist_ok=True)
    onto = author()
    owl = folder / "thidua.owl"
    onto.save(file=str(owl), format="rdfxml")
    g = Graph()
    g.parse(str(owl), format="xml")
    _bind(g)
    ttl = folder / "thidua.ttl"
    ttl.write_text(_stable_turtle(g), encoding="utf-8")
    vocab = folder / "vocab.ttl"
    vocab.write_text(_stable_turtle(vocabulary()), encoding="utf-8")
    return [owl, ttl, vocab]


def _bind(g) -> None:  # type: ignore[no-untyped-def]
    for prefix, ns in (
        ("td", TD),
        ("eli", ELI),
        ("org", ORG),
        ("skos", SKOS),
        ("prov", PROV),
        ("dct", DCT),
        ("foaf", FOAF),
        ("level", VOCAB + "level/"),
        ("kind", VOCAB + "kind/"),
        ("issuer", VOCAB + "issuer/"),
    ):
        g.bind(prefix, ns)


def _stable_turtle(g) -> str:  # type: ignore[no-untyped-def]
    """Turtle whose text does not change from run to run: rdflib sorts subjects and writes the blank
    nodes of class expressions inline."""
    _bind(g)
    return g.serialize(format="turtle")


def vocabulary():  # type: ignore[no-untyped-def]
    """SKOS code lists: document kinds and codes, issuer codes (with the body and level each implies), levels."""
    from rdflib import RDF, Graph, Literal, Namespace, URIRef
    from rdflib.namespace import SKOS as S

    g = Graph()
    v = Namespace(VOCAB)
    td = Namespace(TD)
    for scheme, vi, en in (
        ("kind", "Loại văn bản", "Document kinds"),
        ("issuer", "Mã cơ quan ban hành", "Issuer codes"),
        ("level", "Cấp cơ quan", "Body levels"),
    ):
        s = URIRef(VOCAB + scheme)
        g.add((s, RDF.type, S.ConceptScheme))
        g.add((s, S.prefLabel, Literal(vi, lang="vi")))
        g.add((s, S.prefLabel, Literal(en, lang="en")))
    for name, (en, codes) in KINDS.items():
        c = v["kind/" + (codes[0] if codes else _ascii(name))]
        g.add((c, RDF.type, S.Concept))
        g.add((c, S.inScheme, URIRef(VOCAB + "kind")))
        g.add((c, S.prefLabel, Literal(name, lang="vi")))
        g.add((c, S.prefLabel, Literal(en, lang="en")))
        for code in codes:
            g.add((c, S.notation, Literal(code)))
    for code, (body, level) in ISSUER_CODES.items():
        c = v["issuer/" + _ascii(code)]
        g.add((c, RDF.type, S.Concept))
        g.add((c, S.inScheme, URIRef(VOCAB + "issuer")))
        g.add((c, S.notation, Literal(code)))
        g.add((c, S.prefLabel, Literal(body, lang="vi")))
        g.add((c, td.level, v["level/" + level]))
    for key, (vi, en, rank) in LEVELS.items():
        c = v["level/" + key]
        g.add((c, RDF.type, S.Concept))
        g.add((c, RDF.type, td.BodyLevel))
        g.add((c, S.inScheme, URIRef(VOCAB + "level")))
        g.add((c, S.prefLabel, Literal(vi, lang="vi")))
        g.add((c, S.prefLabel, Literal(en, lang="en")))
        g.add((c, S.notation, Literal(str(rank))))
    return g


def _ascii(text: str) -> str:
    from .resolve.names import slug

    return slug(text)
