"""Citations: every numbered document the text cites, merged to one entry per document.

Steps (eyecite-like): find symbol tokens → read the context of each mention (kind word
before; date, issuer, subject after; a date or issuer stated before the verb in news
phrasing) → decide its role → merge mentions of the same document → links between
cited documents stated by the text ("... về tiếp tục thực hiện Chỉ thị số 05-CT/TW").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from ..models import Citation, Link
from ..scan import LinePattern
from ..vocab import KIND_BY_CODE, KIND_WORD_CANONICAL, KINDS
from . import regexes as rx
from .text import clean_body, clean_name, iso_date, sentence_bounds, squash, strip_punct, symbol_key, symbol_text

_ROLE_RANK = {"basis": 2, "implements": 1, "mention": 0}
# where a cited document's subject ends: a clause break, "và" before another document, or a comma before the
# next document of a list ("thực hiện Hướng dẫn số 69-HD/BTGTW ... về ..., Chỉ thị số 19/CT-TTg ...")
_SUBJECT_END = re.compile(
    r";|\.(?:[ ]|$)|\n|[ ]và[ ](?:các[ ])?(?=" + rx.KIND_WORD_RE + r")"
    r"|,[ ](?=(?:" + rx.KIND_CITE_RE + r")[ ](?:(?i:số)[ ]?)?\d)"
)
_BODY_HEAD = rx.BODY_HEAD  # (one home: regexes.py)


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of a symbol in the clean text (offsets into the clean text)."""

    start: int
    end: int
    symbol: str
    key: str
    kind: str | None
    kind_start: int
    date: str | None
    issuer: str | None
    subject: str | None
    subject_span: tuple[int, int]
    role: str
    by_subject: bool = False  # its issuer is named before it, governing the list it opens ("UBND tỉnh đã có
    # Quyết định số ...", "chỉ đạo của X tại Công văn số ...")
    own: bool = False  # the text's own number


def _kind_from_code(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    code = groups.get("p_kind") or groups.get("s_kind") or groups.get("q_kind") or groups.get("d_kind")
    if groups.get("s_law"):
        return "Luật"
    if not code:
        return None
    code = code.replace(" ", "")
    if code in KIND_BY_CODE:
        return KIND_BY_CODE[code]
    if code.upper() in KIND_BY_CODE:
        return KIND_BY_CODE[code.upper()]
    return "Công văn" if groups.get("s_kind") else None


# "văn bản số 4912/UBND-NC": a numbered letter with no kind code is a Công văn (Nghị định 30/2020/NĐ-CP)
_CANONICAL_KIND = {
    name.lower(): KIND_WORD_CANONICAL.get(name, name) for name in (*KIND_WORD_CANONICAL, *KINDS, "Hiến pháp")
}


def canonical_kind(word: str) -> str:
    """The kind a word names, as the vocabulary writes it ("chỉ thị" → "Chỉ thị", "Chương trình hành động" →
    "Chương trình")."""
    word = squash(word)
    return _CANONICAL_KIND.get(word.lower()) or word[:1].upper() + word[1:]


def _issuer(text: str) -> str | None:
    stop = rx.ISSUER_STOP.search(text)
    issuer = text[: stop.start()] if stop else text[:120]
    issuer = clean_body(strip_punct(issuer))[0]
    words = issuer.split()
    if not words or len(words) > 14:
        return None
    return issuer


def _subject(text: str, pos: int, limit: int) -> tuple[str | None, tuple[int, int]]:
    """Subject after ``pos`` (clean-text offset); returns (subject, span)."""
    window = text[pos:limit]
    q = rx.QUOTED_AFTER.match(window)
    if q:
        return clean_name(q.group("subject")), (pos + q.start("subject"), pos + q.end("subject"))
    m = rx.SUBJECT_AFTER.match(window) or rx.SUBJECT_VERB.match(window)
    if not m:
        return None, (pos, pos)
    start = pos + m.start("subject")
    body = m.group("subject")
    if m.group("lead") not in ("về", "về việc", "v/v", "V/v", "V/V"):
        start = pos + m.start("lead")
        body = m.group("lead") + " " + body
    q2 = re.match(r"[ ]?[“\"]([^”\"\n]{3,400})[”\"]", body)
    if q2 and m.group("lead").lower().startswith(("về", "v/v")):
        return clean_name(q2.group(1)), (start + q2.start(1), start + q2.end(1))
    end = _SUBJECT_END.search(body)
    body = body[: end.start()] if end else body[:300]
    subject = clean_name(body)
    return (subject or None), (start, start + len(body))


def _owns_in_full(own_keys: frozenset[str], key: str) -> bool:
    """``key`` is an own number written in full where the header wrote it without its issuer's code ("Số: 15/HD"
    over a page title "Hướng dẫn 15/HD-VKSTC ..."): the same number and kind code, the code of the body added."""
    return any(
        ("-" not in own.split("/", 1)[-1] and key.startswith(own + "-"))
        or (own.startswith(key) and own[len(key)] in ".&")  # a code the pattern reads short ("04/KH-THPTTX.PL")
        for own in own_keys
        if "/" in own and own != key
    )


def find_mentions(text: str, own_keys: frozenset[str], skip: list[tuple[int, int]]) -> list[Mention]:
    mentions: list[Mention] = []
    first_heading = _first_section(text)
    found = rx.find_symbols(text)
    extra = [rx.PARTY_BROKEN_AT.match(text, m.start("q_num")) for m in rx.PARTY_BROKEN.finditer(text)]
    extra += [rx.BARE_NUMBER_AT.match(text, m.start("b_num")) for m in rx.BARE_NUMBER.finditer(text)]
    extra += [rx.LETTER_NUMBER_AT.match(text, m.start("l_num")) for m in rx.LETTER_NUMBER.finditer(text)]
    extra += rx.old_party(text)  # ("Tổng kết Chỉ thị 35/TW của Bộ Chính trị")
    extra += rx.party_dashed(text)  # ("Kế hoạch số 34-KH-TU ngày 02/10/2017 của Tỉnh ủy", a hyphen for its slash)
    if extra:  # numbers the symbol scan did not find (rare): merged in text order
        found += [x for x in extra if x and not any(f.start() <= x.start() < f.end() for f in found)]
        found.sort(key=lambda m: m.start())
    for m in found:
        if any(a <= m.start() < b for a, b in skip):
            continue
        groups = m.groupdict()
        bare = "b_num" in groups
        symbol = symbol_text(m.group(0))
        if groups.get("q_num"):  # the hyphen lost at a line break stands where the line broke
            symbol = f"{groups['q_num']}-{groups['q_kind']}/{groups['q_issuer']}"
        key = symbol_key(symbol)
        own = key in own_keys or _owns_in_full(own_keys, key)  # the text's own number: no citation, but read, for
        # what it shares with the documents listed beside it ("UBND tỉnh có Quyết định số <own> ... và Quyết định ...")
        # kind word before (on the same line, close by)
        line_start = _line_start(text, m.start())
        before = text[max(line_start, m.start() - 90) : m.start()]
        code_kind = _kind_from_code(m)
        kb = _nearest_kind(before, code_kind)
        kind_start = m.start()
        kind = None
        named_law = kb is not None and canonical_kind(kb.group("kind")) in ("Luật", "Bộ luật", "Pháp lệnh")
        if kb and (not re.search(r"[,;]", kb.group("name") or "") or (named_law and kb.group("name").count(",") <= 1)):
            kind = canonical_kind(kb.group("kind"))
            kind_start = m.start() - len(before) + kb.start()
        if bare and (kind is None or kb is None or kb.end() != len(before)):
            continue  # a bare number names a document only right after its kind word ("Chỉ thị số 34")
        if groups.get("l_num") and kind is None and (letter := _letter_word(before)):
            # "đã ban hành văn bản số 1599/TLĐ": a letter numbered with its sender's code (the ANNOTATION rule)
            kind, kind_start = "Công văn", m.start() - len(before) + letter.start()
        if kind in (None, "Văn bản") and code_kind:
            kind = code_kind  # "văn bản số 1073/UBND-TH2": a letter without a kind code is a Công văn
            if kind_start == m.start() and (letter := _letter_word(before)):
                kind_start = m.start() - len(before) + letter.start()  # (what stands before it is before "văn bản":
                # "đề nghị của Ban Tuyên giáo Trung ương tại văn bản số 86-CV/BTGTW")
        # what follows: date, issuer, subject
        line_end = _line_end(text, m.end())
        after_pos = m.end()
        date = None
        d = rx.DATE_AFTER.match(text, after_pos, min(line_end, after_pos + 60))
        if d:
            date = iso_date(d.groupdict())
            after_pos = d.end()
            if text[after_pos : after_pos + 1] == ")":
                after_pos += 1
        issuer, by_subject = None, False
        window_end = min(line_end, after_pos + 600)
        im = rx.ISSUER_AFTER.match(text[after_pos:window_end]) or (
            rx.ISSUER_BARE.match(text[after_pos:window_end]) if d else None
        )
        if im:
            session = _SESSION.match(im.group("issuer"))  # "của kỳ họp thứ nhất, Quốc hội khoá XV": the Assembly
            past = session.end() if session else 0
            issuer = _issuer(im.group("issuer")[past:])
            if issuer:
                after_pos = after_pos + im.start("issuer") + past + len(issuer)
                issuer = _PLENUM.sub("", issuer) or issuer  # "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng": the
                # committee whose plenum passed it
                paren = re.match(r"[ ]?\([^)]{0,40}\)", text[after_pos:window_end])
                if paren:
                    after_pos += paren.end()
                if date is None:  # "Chỉ thị số 02/CT-UBND của UBND tỉnh ngày 13/01/2023 về ..."
                    d = rx.DATE_AFTER.match(text, after_pos, min(line_end, after_pos + 40))
                    if d:
                        date = iso_date(d.groupdict())
                        after_pos = d.end()
        # news phrasing: "Ngày 13/01/2023, UBND tỉnh ban hành Chỉ thị số ..."
        if date is None or issuer is None:
            clause_start = max(line_start, *(text.rfind(c, line_start, kind_start) + 1 for c in ".;"))
            prefix = text[max(clause_start, kind_start - 200) : kind_start]
            passive = rx.PASSIVE_ISSUER.search(prefix) if issuer is None and "tại " in prefix[-8:] else None
            if passive:
                issuer = clean_body(strip_punct(passive.group("who")))[0]
            proposer = rx.PROPOSER.search(prefix) if issuer is None and _PROPOSING.search(prefix) else None
            if issuer is None and proposer is None:  # "đề nghị của X (Tờ trình số A ...; Tờ trình số B ...)",
                paren = text.rfind("(", max(line_start, kind_start - 300), kind_start)  # "“bộ tứ Nghị quyết” của
                if paren >= 0 and ")" not in text[paren:kind_start]:  # Bộ Chính trị (Nghị quyết 57/2024, ...)"
                    lo = max(line_start, paren - 160)
                    proposer = rx.PROPOSER.search(text, lo, paren + 1) or rx.OWNER_OF_LIST.search(text, lo, paren + 1)
            if proposer and _BODY_HEAD.search(proposer.group("who")):
                issuer = clean_body(strip_punct(proposer.group("who")))[0]
                by_subject = True  # ("chỉ đạo của X tại Công văn số A ... và Công văn số B": X's, both)
            if issuer is None and (owner := _WITH_ITS_DOCUMENT.search(prefix)):  # "nhất là Bộ Chính trị với
                issuer = clean_body(strip_punct(owner.group("who")))[0]  # Nghị quyết số 72-NQ/TW về ..."
            bv = rx.BEFORE_VERB.search(prefix) if rx.VERB_END.search(prefix[-24:]) else None
            if bv:
                if date is None:
                    date = iso_date(bv.groupdict(), "b")
                who = strip_punct(bv.group("who")).split(",")[-1].strip()
                head = _BODY_HEAD.search(who)  # "(Báo X) - UBND tỉnh vừa ban hành": the body starts at its head
                if issuer is None and head and (head.start() == 0 or not who[head.start() - 1].isalpha()):
                    issuer, by_subject = who[head.start() :], True
        subject, subject_span = _subject(text, after_pos, window_end)
        # role
        role = "mention"
        dot = text.rfind(". ", line_start, m.start())
        sent_start = dot + 2 if dot >= 0 else line_start
        if rx.BASIS_OPENING.match(text, sent_start) and (first_heading < 0 or m.start() < first_heading):
            role = "basis"
        elif rx.IMPLEMENTS_CUE.search(text[max(line_start, kind_start - 60) : kind_start]):
            role = "implements"
        elif mentions and mentions[-1].role == "implements" and _coordinated(text, mentions[-1], kind_start):
            role = "implements"  # "thực hiện Chỉ thị A ...; Chỉ thị B ..." : B is implemented too
        mentions.append(
            Mention(
                m.start(),
                m.end(),
                symbol,
                key,
                kind,
                kind_start,
                date,
                issuer,
                subject,
                subject_span,
                role,
                by_subject,
                own,
            )
        )
    return [m for m in _without_short_forms(_shared_issuers(text, mentions)) if not m.own]


# "Chỉ thị 78-CT/QUTW, Chỉ thị 855-CT/TW của Thường vụ Quân ủy Trung ương": the body after a list issues each item
# what stands between two listed documents: the first one's date or a bracket, then the separator
_LIST_ITEM_END = r"[ ]*(?:\([^()]{0,40}\))?(?:,?[ ]*ngày[ ]?\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d\d)?[ ]*"
_LIST_GAP = re.compile(_LIST_ITEM_END + r"(?:,[ ]*(?:và[ ])?|[ ]và[ ])[ ]*(?:số[ ])?$")  # ("các Nghị định số
# 42/2010/NĐ-CP ngày 15/4/2010, số 39/2012/NĐ-CP ngày 27/4/2012 và số 65/2014/NĐ-CP ... của Chính phủ": "số" opens
# each item after the first)
# documents of one kind listed with semicolons, or "và" glued to a date ("ngày 27/4/2012và"), share the issuer too
_LIST_GAP_SEMI = re.compile(_LIST_ITEM_END + r"(?:;[ ]*(?:và[ ])?|và[ ])[ ]*$")


def _shared_issuers(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions listed one after another ("A, B của X", "A và B của X") with no issuer of their own take the
    issuer of the list's last item."""
    out = list(mentions)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if (
            a.subject
            and a.subject_span[0] <= b.kind_start < a.subject_span[1]
            and _LIST_GAP.match(text, a.end, b.kind_start)
        ):  # a "subject" that is the next item of a list (not a document named in a subject: "... về thực hiện ...")
            a = out[i] = replace(a, subject=None, subject_span=(0, 0))  # ("Chỉ thị số 35-CT/TW ngày 30/5/2019,
            # hướng dẫn số 26-HD/BTCTW ... của Bộ Chính trị": no subject, the list's issuer)
        if a.issuer is None and b.issuer and not a.subject and _LIST_GAP.match(text, a.end, b.kind_start):
            out[i] = replace(a, issuer=b.issuer)
        elif (
            a.issuer is None
            and b.issuer
            and not a.subject
            and (a.kind == b.kind or ((code := _code(a.symbol)) is not None and code == _code(b.symbol)))
            and _LIST_GAP_SEMI.match(text, a.end, b.kind_start)
        ):  # ("Nghị định số 42/2010/NĐ-CP ngày 15/4/2010; Nghị định số 39/2012/NĐ-CP ... của Chính phủ"; "Kế hoạch
            # số 81-KH/ĐUK ngày 15/8/2019; Hướng dẫn số 23-HD/ĐUK ... của Đảng ủy Khối ...": one sender's code)
            out[i] = replace(a, issuer=b.issuer)
    for i in range(1, len(out)):  # the subject of the verb issues each document it governs: "UBND tỉnh đã có Quyết
        a, b = out[i - 1], out[i]  # định số 661/QĐ-UBND ban hành Đề án ... và Quyết định số 1008/QĐ-UBND ..."
        if a.by_subject and b.issuer is None and _AND_THEN.match(text, max(a.end, a.subject_span[1]), b.kind_start):
            out[i] = replace(b, issuer=a.issuer, by_subject=True)
    return out


_SESSION = re.compile(r"(?:[Kk]ỳ[ ]họp[ ]thứ[ ]\w+|[Kk]ỳ[ ]họp[ ]lần[ ]thứ[ ]\w+),?[ ](?:của[ ])?(?=[A-ZĐ])")
_PLENUM = re.compile(r"^(?:Hội nghị|hội nghị)[ ](?:lần[ ]thứ[ ]\w+|Trung ương[ ]\w+)[ ](?:của[ ])?(?=[A-ZĐ])")
_AND_THEN = re.compile(r"[ ]*(?:\([^()]{0,40}\))?[ ]*,?[ ]*và[ ]*$")  # the next object of the same verb


def _code(symbol: str) -> str | None:
    """The sender's code a number ends with ("81-KH/ĐUK" → "ĐUK", "12/KH-UBND" → "UBND"); None for a bare number."""
    parts = re.split(r"[/\-]", symbol)
    return parts[-1] if len(parts) > 1 and not parts[-1].isdigit() else None


def _without_short_forms(mentions: list[Mention]) -> list[Mention]:
    """A bare number ("Nghị quyết 54 của Bộ Chính trị") that the text also cites in full, with the same kind
    ("Nghị quyết số 54-NQ/TW"), is that document again, not another one."""
    short = [rx.SHORT_NUMBER.fullmatch(m.symbol) for m in mentions]
    full = {(m.kind, re.split(r"[-/]", m.symbol, maxsplit=1)[0]) for m, s in zip(mentions, short, strict=True) if not s}
    return [m for m, s in zip(mentions, short, strict=True) if not s or (m.kind, s.group("n")) not in full]


_WITH_ITS_DOCUMENT = re.compile(rf"(?:^|[ ,])(?P<who>(?:{rx.BODY_HEAD_RE})[^,.;:“”()]{{0,60}}?)[ ]với[ ]$")
_PROPOSING = re.compile(r"(?:đề nghị|chỉ đạo|hướng dẫn|yêu cầu) của[ ]")  # "chỉ đạo của X tại Công văn số ..."
_REACH = 2000  # how far a mention's context may reach (keeps hostile one-line files linear)


def _line_start(text: str, pos: int) -> int:
    lo = max(0, pos - _REACH)
    return max(lo, text.rfind("\n", lo, pos) + 1)


def _line_end(text: str, pos: int) -> int:
    hi = min(len(text), pos + _REACH)
    end = text.find("\n", pos, hi)
    return hi if end < 0 else end


def _coordinated(text: str, previous: Mention, kind_start: int) -> bool:
    """Is this mention the next item of the same list as ``previous`` (same sentence, close by)?"""
    gap_start = max(previous.end, previous.subject_span[1])
    if not 0 <= kind_start - gap_start <= 250 or ". " in text[previous.end : kind_start]:
        return False
    tail = re.split(r"[;,]|\bvà\b", text[previous.end : kind_start])[-1]
    return len(tail.strip(' ”"')) <= 3


_LETTER_WORD = re.compile(r"(?i)(?<!\w)(?:công văn|văn bản)(?:[ ]số)?[ ]$")


def _letter_word(before: str) -> re.Match[str] | None:
    """ "văn bản (số)" / "công văn (số)" right before a number (looked for in the last characters only)."""
    return _LETTER_WORD.search(before, max(0, len(before) - 16))


def _nearest_kind(before: str, code_kind: str | None = None) -> re.Match[str] | None:
    """The kind word nearest to the number that still reaches it ("... Chỉ thị số "); when it is not the kind
    the number's code says and an earlier one reaching it is, the earlier ("Kế hoạch phát động thi đua số
    84/KH-UBND": a plan, whose title names the launch)."""
    nearest = None
    for km in reversed(list(rx.KIND_WORD_AT.finditer(before))):
        if km.start() > 0 and before[km.start() - 1].isalnum():
            continue
        m = rx.KIND_BEFORE.match(before, km.start())
        if m is None:
            continue
        if nearest is None:
            nearest = m
            if code_kind is None or canonical_kind(m.group("kind")) == code_kind:
                return m
        elif canonical_kind(m.group("kind")) == code_kind and not re.search(r"[,;]", m.group("name") or ""):
            return m
    return nearest


_SECTION = LinePattern(r"(?:[IVX]{1,4}[.)/]|PHẦN|Phần thứ|Điều 1)")


def _first_section(text: str) -> int:
    m = _SECTION.search(text)
    return m.start("line") if m else -1


def merge(text: str, mentions: list[Mention], to_source) -> tuple[list[Citation], list[Link]]:  # type: ignore[no-untyped-def]
    """One citation per distinct document; links stated between them."""
    # a mention inside another's subject is not the launch's own basis
    adjusted: list[Mention] = []
    nested_at: set[int] = set()  # mentions that stand inside another citation's subject
    for i, mt in enumerate(mentions):
        earlier = mentions[max(0, i - 20) : i]  # a subject runs a few hundred characters at most
        inside = any(
            o.subject_span[0] <= mt.kind_start < o.subject_span[1] and not (o.date and mt.date and mt.date > o.date)
            for o in earlier
        )  # (a document dated after the one whose subject it follows is none of that subject: no text names a later
        # one; "Nghị quyết số 86/NQ-CP ngày 06/8/2021 ... về ... và Phong trào ... do Thủ tướng phát động tại Quyết định
        # số 1497/QĐ-TTg ngày 10/9/2021": the list goes on, the decision is cited by the text itself)
        if inside:
            nested_at.add(mt.start)
            if mt.role == "basis":
                mt = replace(mt, role="mention")
        adjusted.append(mt)
    groups: dict[tuple[str, str | None], list[Mention]] = {}
    dated: dict[str, list[str]] = {}
    for mt in adjusted:
        if mt.date:
            dated.setdefault(mt.key, [])
            if mt.date not in dated[mt.key]:
                dated[mt.key].append(mt.date)
    for mt in adjusted:
        date = mt.date or (dated[mt.key][0] if mt.key in dated else None)
        groups.setdefault((mt.key, date), []).append(mt)
    citations: list[Citation] = []
    for (_key, date), ms in groups.items():
        best = max(ms, key=lambda x: (x.date is not None, x.issuer is not None, x.subject is not None))
        issuer = best.issuer or next((x.issuer for x in ms if x.issuer), None)
        subject = best.subject or next((x.subject for x in ms if x.subject), None)
        kind = best.kind or next((x.kind for x in ms if x.kind), None)
        role = max((x.role for x in ms), key=_ROLE_RANK.__getitem__)
        s, e = sentence_bounds(text, best.kind_start, best.end)
        citations.append(
            Citation(
                kind=kind,
                symbol=ms[0].symbol,
                date=date,
                issuer=issuer,
                subject=subject,
                role=role,
                nested=all(x.start in nested_at for x in ms),
                span=to_source(best.kind_start, best.end),
                sentence=squash(text[s:e]),
                mentions=tuple(to_source(x.start, x.end) for x in ms),
            )
        )
    return citations, _links(text, adjusted, citations, to_source)


def _links(text: str, mentions: list[Mention], citations: list[Citation], to_source) -> list[Link]:  # type: ignore[no-untyped-def]
    links: list[Link] = []
    seen: set[tuple[str, str]] = set()
    by_key = {symbol_key(c.symbol): c for c in citations}
    starts = [b.kind_start for b in mentions]
    for a in mentions:
        if not a.subject:
            continue
        lead = rx.IMPLEMENTS_LEAD.match(text[a.subject_span[0] : a.subject_span[1]])
        if not lead:
            continue
        target_start = a.subject_span[0] + lead.start("target")
        # the implemented document: the next mention whose kind word opens the target...
        k = bisect_left(starts, target_start)
        target = mentions[k] if k < len(mentions) and mentions[k].kind_start <= target_start + 3 else None
        target_sym = target.symbol if target else None
        if target is None:  # ...or a document named without its number, cited elsewhere with it
            target_sym = _named_target(lead.group("target"), a, citations)
        if not target_sym or symbol_key(target_sym) == a.key:
            continue
        target_sym = by_key.get(symbol_key(target_sym)).symbol if symbol_key(target_sym) in by_key else target_sym
        pair = (a.symbol, target_sym)
        if pair in seen:
            continue
        seen.add(pair)
        links.append(
            Link(
                source=by_key[a.key].symbol if a.key in by_key else a.symbol,
                target=target_sym,
                relation="implements",
                span=to_source(a.kind_start, a.subject_span[1]),
            )
        )
    return links


_WORDS = re.compile(r"\w+")


def _named_target(target_text: str, source: Mention, citations: list[Citation]) -> str | None:
    """``thực hiện Đề án phát hiện, bồi dưỡng ...`` → the citation whose subject issues that Đề án."""
    kw = rx.KIND_ANY.match(target_text)
    if not kw:
        return None
    name = _WORDS.findall(target_text[kw.end() :].lower())[:6]
    if len(name) < 3:
        return None
    kind_word = kw.group(0).lower()
    for c in citations[:500]:
        if symbol_key(c.symbol) == source.key or not c.subject:
            continue
        subj = " ".join(_WORDS.findall(c.subject.lower()))
        if kind_word in subj and " ".join(name) in subj:
            return c.symbol
    return None
