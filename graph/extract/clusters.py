"""Emulation clusters and blocks (Cụm / Khối thi đua) named as issuer, member or recipient."""

from __future__ import annotations

import re

from ..models import Cluster
from ..scan import AnyOf
from ..vocab import UPPER
from .text import squash, strip_punct

_HEAD = AnyOf("Cụm", "Khối", "cụm", "khối", "CTĐ", "KTĐ")  # six literal scans
_CLUSTER = re.compile(
    r"(?P<head>[Cc]ụm thi đua(?:,?[ ]khen thưởng)?|[Kk]hối thi đua(?:,?[ ]khen thưởng)?|Cụm[ ]?TĐ\w*|Khối[ ]?TĐ\w*"
    r"|CTĐ|KTĐ)"
    r"(?P<rest>(?:[ ](?:số[ ]\d+|[^\s;.()\n\"“”]+)){0,14})"
)
# where a cluster's name ends: at a year, a verb or a preposition ("Khối thi đua số 6 dự lễ khai mạc", "Cụm thi
# đua 3 ký Giao ước"); "các tổ chức Hội" is a name ("Khối thi đua các tổ chức Hội"), "tổ chức hội nghị" a verb
_STOP = re.compile(
    r"[ ](?:năm[ ]\d{4}|năm học|trong|để|ra sức|phát động|tiếp tục|gồm|có|là|theo|đã|được|với|và|tham gia|thi đua[ ]"
    r"(?!số)|kêu gọi|(?<!các[ ])tổ chức|thực hiện|dự|tham dự|ký|ký kết|họp|tổng kết|sơ kết|triển khai|cam kết"
    r"|diễn ra|khai mạc|sẽ|[cC]hủ trì|bình xét|chấm điểm|đạt|nhận|xếp|do|tại|vào|cùng|nhằm|đề ra|thống nhất"
    r"|quyết tâm)\b.*$"
    r"|,[ ](?!(?:huyện|thành phố|thị xã|quận|xã|phường)\b).*$"
)
_NAME_START = re.compile(rf"(?:các|số|\d|[{UPPER}]|(?:huyện|thành phố|thị xã|quận|xã|phường|tỉnh)\b)")
_EXPAND = {
    "CTĐ": "Cụm thi đua",
    "KTĐ": "Khối thi đua",
    "Cụm TĐ": "Cụm thi đua",
    "Khối TĐ": "Khối thi đua",
    "CụmTĐ": "Cụm thi đua",
    "KhốiTĐ": "Khối thi đua",
}


# a covenant names its cluster without the words "thi đua" ("Lễ ký kết giao ước thi đua khối ngân hàng I", "giao ước
# thi đua năm 2022 khối Nội chính và các cơ quan")
_YEAR_ONLY = re.compile(r"(?:năm|năm học)[ ]\d{4}")
_AFTER_COVENANT = re.compile(
    r"giao ước thi đua(?:[ ]năm[ ]\d{4})?[ ](?:của[ ])?(?P<head>[Kk]hối|[Cc]ụm)[ ](?!thi đua)"
    r"(?P<rest>[^\s;.()\n\"“”]+(?:[ ](?:số[ ]\d+|[^\s;.()\n\"“”]+)){0,10})"
)


def find_clusters(text: str, issuer: str | None, recipients: tuple[str, ...]) -> list[Cluster]:
    found: dict[str, Cluster] = {}
    for m in _AFTER_COVENANT.finditer(text):
        rest = strip_punct(re.split(r"[ ][-–][ ]", _STOP.sub("", m.group("rest")))[0])
        if rest and not rest.startswith(("các ", "trong ")) and not _YEAR_ONLY.match(rest):  # ("giao ước thi đua của
            # Khối năm 2021": the cluster of the page, not a name)
            name = squash(f"{m.group('head')} {rest}")
            found.setdefault(name.casefold(), Cluster(name=name, role="member", span=(m.start("head"), m.end())))
    sources = [(text, "member")] + [(r, "recipient") for r in recipients]
    if issuer:
        sources.insert(0, (issuer, "issuer"))
    for source, role in sources:
        for h in _HEAD.finditer(source):
            if h.start() > 0 and (source[h.start() - 1].isalnum() or source[h.start() - 1] in "-/"):
                continue
            m = _CLUSTER.match(source, h.start())
            if m is None:
                continue
            head, rest = m.group("head"), m.group("rest")
            rest = _STOP.sub("", rest)
            rest = strip_punct(rest)
            if rest and not _NAME_START.match(rest):
                rest = ""  # "trong Cụm thi đua như ...": no name follows
            if head[0].islower() and not rest:
                continue  # "các cụm, khối thi đua": the clusters in general
            name = squash(f"{_EXPAND.get(head, head)} {rest}")
            if head.casefold().split(",")[0] in ("cụm thi đua", "khối thi đua") and not rest and role != "issuer":
                continue  # "trong Cụm thi đua": a reference to the document's own cluster, no name
            if name in ("Cụm thi đua", "Khối thi đua") and role != "issuer":
                continue
            key = name.casefold()
            if key not in found:
                found[key] = Cluster(name=name, role=role, span=(m.start(), m.end()) if role == "member" else (0, 0))
    return list(found.values())
