"""Campaigns and themes: surface forms → one node per movement, one node per motto.

Campaigns.  A name is split into a *core* and a *scope*: national scope prefixes ("Cả nước chung
sức", "Toàn dân chung tay", "Toàn quốc") are dropped from the core; a place named in the name
("Lạng Sơn cùng cả nước ...", "... tỉnh Lạng Sơn ...", "Châu Thành chung tay ...") makes it a
*localized* variant.  Names whose cores match (after folding punctuation and "và", and within
:data:`CAMPAIGN_SIMILARITY` for typos) are one movement; a localized variant is its own node that
``localizes`` the national node when the corpus has one.

Themes.  Compared without diacritics ("bút phá" = "bứt phá") and within :data:`THEME_SIMILARITY`
(rapidfuzz ratio): close enough for a dropped or doubled letter, far from a motto that only shares
its first words.  Both thresholds are pinned by tests/test_resolve.py.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from ..vocab import PROVINCES, UPPER
from .names import fold, folded_key, slug, words_key

CAMPAIGN_SIMILARITY = 92.0
THEME_SIMILARITY = 95.0

_PROVINCE_WORDS = sorted((words_key(p) for p in PROVINCES), key=len, reverse=True)
# The scope a national movement is named with ("Cả nước chung sức", "Toàn dân chung tay", "Toàn quốc"),
# and the verb a local variant joins it with ("Sóc Trăng chung tay ...", "Lạng Sơn cùng cả nước chung sức").
_SCOPE = re.compile(r"^(?:(?:cả nước|toàn dân|toàn quốc)\s+)?(?:chung sức|chung tay|cùng)\s+|^(?:cả nước|toàn quốc)\s+")
# A place that is not a province opening a local variant ("Châu Thành chung tay vì người nghèo ..."): capitalised
# words right before the joining verb.
_LOCAL_NAMED = re.compile(
    rf"^(?P<place>[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{0,3}})\s+(?:cùng cả nước\s+)?(?=chung sức|chung tay)"
)
_NATIONAL_SCOPES = ("cả nước", "toàn dân", "toàn quốc")
_LOCAL_PREFIX = re.compile(r"^(?P<place>" + "|".join(map(re.escape, _PROVINCE_WORDS)) + r")\s+cùng\s+")
_LOCAL_INFIX = re.compile(
    r"\s*(?:trên địa bàn\s+)?(?:tỉnh|thành phố|tp)?\s*\b(?P<place>" + "|".join(map(re.escape, _PROVINCE_WORDS)) + r")\b"
)


@dataclass(frozen=True, slots=True)
class CampaignForm:
    core: str  # folded words of the movement without scope and place
    place: str | None  # the province a localized variant names


@lru_cache(maxsize=65536)  # (a corpus names the same movements thousands of times; resolved again on each change)
def campaign_form(name: str) -> CampaignForm:
    words = words_key(name)
    place = None
    named = _LOCAL_NAMED.match(name.strip())
    if named and words_key(named.group("place")) not in _NATIONAL_SCOPES:
        place = words_key(named.group("place"))
        words = words_key(name.strip()[named.end() :])
        return CampaignForm(core=fold(_SCOPE.sub("", words)), place=fold(place))
    m = _LOCAL_PREFIX.match(words)
    if m:
        place = m.group("place")
        words = words[m.end() :]
    else:
        m = _LOCAL_INFIX.search(words)
        if m:
            place = m.group("place")
            words = (words[: m.start()] + " " + words[m.end() :]).strip()
    words = _SCOPE.sub("", words)
    return CampaignForm(core=fold(words), place=fold(place) if place else None)


_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class Cluster:
    key: str  # IRI path
    label: str
    variants: tuple[str, ...]
    members: tuple[int, ...]  # indexes of the input names
    localizes: str | None = None  # key of the national cluster this one localizes


def _group(keys: list[str], threshold: float) -> list[list[int]]:
    """Group indexes whose keys are equal or within ``threshold`` (single link, deterministic order)."""
    distinct = sorted(set(keys))
    parent = {k: k for k in distinct}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i, a in enumerate(distinct):
        for b in distinct[i + 1 :]:
            if abs(len(a) - len(b)) > max(len(a), len(b)) * (1 - threshold / 100) + 1:
                continue
            if _DIGITS.findall(a) != _DIGITS.findall(b):
                continue  # "... năm 2023" and "... năm 2024" are two themes, however close
            if fuzz.ratio(a, b) >= threshold:
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        groups[find(k)].append(i)
    return [groups[k] for k in sorted(groups)]


def _label(names: list[str], sources: list[str]) -> str:
    """The form used by the most documents; ties go to the national "Cả nước ..." form, then to the longest,
    then to the first in order."""
    counts: Counter[str] = Counter()
    seen: set[tuple[str, str]] = set()
    for n, s in zip(names, sources, strict=True):
        if (n, s) not in seen:
            seen.add((n, s))
            counts[n] += 1
    return sorted(counts, key=lambda n: (-counts[n], not n.startswith("Cả nước"), -len(n), n))[0]


def cluster_campaigns(names: list[str], sources: list[str]) -> list[Cluster]:
    forms = [campaign_form(n) for n in names]
    national_idx = [i for i, f in enumerate(forms) if f.place is None]
    local_idx = [i for i, f in enumerate(forms) if f.place is not None]
    clusters: list[Cluster] = []
    national_by_core: dict[str, str] = {}
    for group in _group([forms[i].core for i in national_idx], CAMPAIGN_SIMILARITY):
        members = [national_idx[g] for g in group]
        core = sorted(Counter(forms[i].core for i in members).items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        key = "campaign/" + slug(core)
        for i in members:
            national_by_core[forms[i].core] = key
        clusters.append(_cluster(key, members, names, sources))
    national_cores = list(national_by_core)
    for group in _group([f"{forms[i].place}|{forms[i].core}" for i in local_idx], CAMPAIGN_SIMILARITY):
        members = [local_idx[g] for g in group]
        place, core = forms[members[0]].place, forms[members[0]].core
        localizes = national_by_core.get(core)
        if localizes is None and national_cores:
            best = max(national_cores, key=lambda c: fuzz.ratio(c, core))
            if fuzz.ratio(best, core) >= CAMPAIGN_SIMILARITY:
                localizes = national_by_core[best]
        key = f"campaign/{slug(place or '')}/{slug(core)}"
        clusters.append(_cluster(key, members, names, sources, localizes))
    return clusters


def cluster_themes(texts: list[str], sources: list[str]) -> list[Cluster]:
    keys = [folded_key(t) for t in texts]
    clusters = []
    for group in _group(keys, THEME_SIMILARITY):
        key_counts = Counter(keys[i] for i in group)
        key = sorted(key_counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        clusters.append(_cluster("theme/" + slug(key), group, texts, sources))
    return clusters


def _cluster(
    key: str, members: list[int], texts: list[str], sources: list[str], localizes: str | None = None
) -> Cluster:
    """A cluster over ``members`` (indices into ``texts``): labelled by its most attested variant."""
    return Cluster(
        key,
        _label([texts[i] for i in members], [sources[i] for i in members]),
        tuple(sorted({texts[i] for i in members})),
        tuple(members),
        localizes,
    )
