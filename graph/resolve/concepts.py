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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from ..models import record
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


@record  # (pickled as its values)
class Cluster:
    key: str  # IRI path
    label: str
    variants: tuple[str, ...]
    members: tuple[int, ...]  # indexes of the input names
    localizes: str | None = None  # key of the national cluster this one localizes


def _close(a: str, b: str, threshold: float) -> bool:
    """Are two distinct keys one concept: within ``threshold`` (rapidfuzz ratio), with the same numbers?"""
    if abs(len(a) - len(b)) > max(len(a), len(b)) * (1 - threshold / 100) + 1:
        return False
    if _DIGITS.findall(a) != _DIGITS.findall(b):
        return False  # "... năm 2023" and "... năm 2024" are two themes, however close
    return fuzz.ratio(a, b) >= threshold


class Grouping:
    """Distinct keys grouped by single link (keys equal or within ``threshold`` are joined), kept as keys come
    and go: a key that comes is compared with every key kept, a key that goes splits only its own group again.
    The groups are the connected components, whatever the order keys came in."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.group_of: dict[str, int] = {}
        self.groups: dict[int, set[str]] = {}
        self._next = 0

    def _new(self, keys: set[str]) -> None:
        self._next += 1
        self.groups[self._next] = keys
        for k in keys:
            self.group_of[k] = self._next

    def add(self, key: str) -> None:
        if key in self.group_of:
            return
        near = {g for k, g in self.group_of.items() if _close(key, k, self.threshold)}
        self._new({key}.union(*(self.groups.pop(g) for g in near)))

    def remove(self, key: str) -> None:
        rest = self.groups.pop(self.group_of.pop(key))
        rest.discard(key)
        while rest:
            seed = rest.pop()
            component, frontier = {seed}, [seed]
            while frontier:
                at = frontier.pop()
                near = {k for k in rest if _close(at, k, self.threshold)}
                rest -= near
                component |= near
                frontier.extend(near)
            self._new(component)

    def ordered(self) -> list[list[str]]:
        """The groups, each sorted, in the order of their first keys."""
        return sorted(sorted(g) for g in self.groups.values())


@dataclass(frozen=True, slots=True)
class NameStats:
    """What the corpus says of one distinct name (a campaign's or a theme's): how often it is named, by how many
    sources, and where first (a position in corpus order).  A cluster is a function of its names' statistics."""

    mentions: int
    sources: int
    first: tuple[str, int]


def name_stats(names: list[str], sources: list[str]) -> dict[str, NameStats]:
    """The statistics of each distinct name of a list in corpus order (``sources``: the source naming each)."""
    mentions: Counter[str] = Counter(names)
    by: dict[str, set[str]] = defaultdict(set)
    first: dict[str, tuple[str, int]] = {}
    for i, (n, s) in enumerate(zip(names, sources, strict=True)):
        by[n].add(s)
        first.setdefault(n, ("", i))
    return {n: NameStats(mentions[n], len(by[n]), first[n]) for n in mentions}


@dataclass(frozen=True, slots=True)
class Grouped:
    """A cluster as its names make it: key, label, variants (its names, sorted) and, for a localized campaign, the
    national one it localizes."""

    key: str
    label: str
    variants: tuple[str, ...]
    localizes: str | None = None


def _label(stats: Mapping[str, NameStats], names: Iterable[str]) -> str:
    """The form used by the most documents; ties go to the national "Cả nước ..." form, then to the longest,
    then to the first in order."""
    return min(names, key=lambda n: (-stats[n].sources, not n.startswith("Cả nước"), -len(n), n))


def _most_named(counts: Mapping[str, int]) -> str:
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


class CampaignClusters:
    """The campaign clusters of a corpus from its names' statistics: the national names grouped by core, the
    localized ones by place and core (a localized cluster's key is its first-named member's); kept as names come
    and go (:meth:`update`), the localization of each local core remembered while the national cores stay."""

    def __init__(self) -> None:
        self.national = Grouping(CAMPAIGN_SIMILARITY)
        self.local = Grouping(CAMPAIGN_SIMILARITY)
        self.names_of: dict[str, set[str]] = defaultdict(set)  # a grouping key → its names
        self._national: list[tuple[str, str]] = []  # (core, key) in the order the corpus's clusters give them
        self._localizes: dict[str, str | None] = {}

    def update(self, came: Iterable[str], went: Iterable[str]) -> None:
        """Names new to the corpus (``came``) and names it no longer has (``went``)."""
        for name in went:
            f = campaign_form(name)
            grouping, key = (self.national, f.core) if f.place is None else (self.local, f"{f.place}|{f.core}")
            names = self.names_of[key]
            names.discard(name)
            if not names:
                del self.names_of[key]
                grouping.remove(key)
        for name in came:
            f = campaign_form(name)
            grouping, key = (self.national, f.core) if f.place is None else (self.local, f"{f.place}|{f.core}")
            self.names_of[key].add(name)
            grouping.add(key)

    def clusters(self, stats: Mapping[str, NameStats]) -> list[tuple[Grouped, tuple[str, ...]]]:
        """Every cluster (with its names), national ones first, each kind in the order of its groups' first keys."""
        out: list[tuple[Grouped, tuple[str, ...]]] = []
        national: dict[str, str] = {}
        firsts: list[tuple[int, tuple[str, int], str, str]] = []
        for n, group in enumerate(self.national.ordered()):
            names = tuple(sorted(name for core in group for name in self.names_of[core]))
            core = _most_named({c: sum(stats[name].mentions for name in self.names_of[c]) for c in group})
            key = "campaign/" + slug(core)
            for c in group:
                national[c] = key
                firsts.append((n, min(stats[name].first for name in self.names_of[c]), c, key))
            out.append((Grouped(key, _label(stats, names), names), names))
        ordered = [(c, key) for _, _, c, key in sorted(firsts)]  # as the corpus names them, group by group
        if ordered != self._national:
            self._national, self._localizes = ordered, {}
        cores = [c for c, _ in ordered]
        for group in self.local.ordered():
            names = tuple(sorted(name for k in group for name in self.names_of[k]))
            form = campaign_form(min(names, key=lambda name: stats[name].first))
            out.append(
                (
                    Grouped(
                        f"campaign/{slug(form.place or '')}/{slug(form.core)}",
                        _label(stats, names),
                        names,
                        self._localized(form.core, national, cores),
                    ),
                    names,
                )
            )
        return out

    def _localized(self, core: str, national: Mapping[str, str], cores: list[str]) -> str | None:
        """The national cluster a local core localizes: the one of the same core, else of the closest core."""
        if core not in self._localizes:
            localizes = national.get(core)
            if localizes is None and cores:
                best = max(cores, key=lambda c: fuzz.ratio(c, core))
                if fuzz.ratio(best, core) >= CAMPAIGN_SIMILARITY:
                    localizes = national[best]
            self._localizes[core] = localizes
        return self._localizes[core]


class ThemeClusters:
    """The theme clusters of a corpus from its texts' statistics, compared folded (:func:`folded_key`)."""

    def __init__(self) -> None:
        self.grouping = Grouping(THEME_SIMILARITY)
        self.names_of: dict[str, set[str]] = defaultdict(set)

    def update(self, came: Iterable[str], went: Iterable[str]) -> None:
        for text in went:
            key = folded_key(text)
            self.names_of[key].discard(text)
            if not self.names_of[key]:
                del self.names_of[key]
                self.grouping.remove(key)
        for text in came:
            key = folded_key(text)
            self.names_of[key].add(text)
            self.grouping.add(key)

    def clusters(self, stats: Mapping[str, NameStats]) -> list[tuple[Grouped, tuple[str, ...]]]:
        out = []
        for group in self.grouping.ordered():
            names = tuple(sorted(t for k in group for t in self.names_of[k]))
            key = _most_named({k: sum(stats[t].mentions for t in self.names_of[k]) for k in group})
            out.append((Grouped("theme/" + slug(key), _label(stats, names), names), names))
        return out


def _clusters(made: CampaignClusters | ThemeClusters, names: list[str], sources: list[str]) -> list[Cluster]:
    """Clusters over a list of names in corpus order, each with the indexes of its members."""
    stats = name_stats(names, sources)
    made.update(stats, ())
    at: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(names):
        at[n].append(i)
    return [
        Cluster(g.key, g.label, g.variants, tuple(sorted(i for n in group for i in at[n])), g.localizes)
        for g, group in made.clusters(stats)
    ]


def cluster_campaigns(names: list[str], sources: list[str]) -> list[Cluster]:
    """The campaigns named (``sources``: the source naming each, in corpus order) clustered into movements."""
    return _clusters(CampaignClusters(), names, sources)


def cluster_themes(texts: list[str], sources: list[str]) -> list[Cluster]:
    """The themes named clustered into mottos."""
    return _clusters(ThemeClusters(), texts, sources)
