"""Fast scans with Python's ``re``: patterns it would otherwise try at every character.

``re`` finds a pattern that opens with a literal string by a fast search for that string; a pattern that
opens with ``(?m)^`` or with an alternation (``đến |kết thúc |trước ngày ``) is tried at every position
of the text instead.  The two classes here keep the matches the same and the scan fast:

* :class:`LinePattern` — ``body`` at every line start, like ``(?m)^body``: found after each ``"\\n"``;
* :class:`AnyOf` — alternatives that each open with a literal, like ``a|b|c``: each found by its own
  scan, merged in text order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from operator import methodcaller

_START = methodcaller("start")


class LinePattern:
    """``body`` matched at the start of every line.  The body must not match a line break; the match
    of the line itself is the group ``line`` (``m.start("line")``, ``m.end()``).  ``needle``: a literal
    that every match holds (" bởi "); then only the lines that hold it are tried (a fast literal scan)."""

    __slots__ = ("_first", "_needle", "_next")

    def __init__(self, body: str, flags: int = 0, needle: str | None = None) -> None:
        self._first = re.compile(f"(?P<line>{body})", flags | re.M)  # at a position that starts a line
        self._next = re.compile(f"\n(?P<line>{body})", flags | re.M)  # after a line break ("$" ends a line)
        self._needle = needle

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """Every match, in order, like ``re.compile("(?m)^" + body).finditer(text, pos, endpos)``."""
        endpos = len(text) if endpos is None else endpos
        if self._needle is not None:
            yield from self._needled(text, pos, endpos, self._needle)
            return
        if pos == 0 or text[pos - 1 : pos] == "\n":
            m = self._first.match(text, pos, endpos)
            if m:
                yield m
                pos = m.end()
        yield from self._next.finditer(text, pos, endpos)

    def _needled(self, text: str, pos: int, endpos: int, needle: str) -> Iterator[re.Match[str]]:
        """The matches of the lines that hold ``needle``: the same match objects as the plain scan gives."""
        at = text.find(needle, pos, endpos)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1  # the line that holds it
            m = None
            if start - 1 >= pos:
                m = self._next.match(text, start - 1, endpos)
            elif start == pos:  # (a line that starts at ``pos``: the plain scan tries it too)
                m = self._first.match(text, pos, endpos)
            if m:
                yield m
            end = text.find("\n", at, endpos)
            if end < 0:
                return
            at = text.find(needle, end, endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match at or after ``pos``, like ``re.compile("(?m)^" + body).search(text, pos)``."""
        return next(self.finditer(text, pos, endpos), None)


class AnyOf:
    """Alternatives, each opening with a literal, matched like one alternation ``a|b|...``.  No
    alternative may match where another matches, nor inside another's match (so that the merged
    matches are exactly those of the alternation)."""

    __slots__ = ("_patterns",)

    def __init__(self, *alternatives: str, flags: int = 0) -> None:
        self._patterns = tuple(re.compile(a, flags) for a in alternatives)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        endpos = len(text) if endpos is None else endpos
        found = [m for p in self._patterns for m in p.finditer(text, pos, endpos)]
        found.sort(key=_START)  # few matches: sorting them costs less than merging the scans lazily
        return iter(found)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        endpos = len(text) if endpos is None else endpos
        found = [m for m in (p.search(text, pos, endpos) for p in self._patterns) if m]
        return min(found, key=_START) if found else None
