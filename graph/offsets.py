"""Offset maps: text rewritten in passes keeps a way back to the characters it came from.

A pass is a list of edits ``(start, end, replacement)`` on its input (sorted, not
overlapping) plus optional pieces appended at the end (copies of input ranges,
e.g. footnotes moved out of the running text).  :func:`apply_edits` returns the
output text and an :class:`OffsetMap` from output offsets back to input offsets;
maps of successive passes chain.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Edit = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Piecewise map from output offsets to input offsets.

    Segment ``k`` covers output ``[out_starts[k], out_starts[k+1])``.  A copied segment maps
    one-to-one onto input ``src_starts[k] + (i - out_starts[k])``; a replaced segment maps
    its start to ``src_starts[k]`` and its end to ``src_ends[k]``.
    """

    out_starts: tuple[int, ...]
    src_starts: tuple[int, ...]
    src_ends: tuple[int, ...]
    copied: tuple[bool, ...]
    out_len: int
    src_len: int

    @property
    def is_identity(self) -> bool:
        return len(self.out_starts) == 1 and self.copied[0] and self.src_starts[0] == 0 and self.out_len == self.src_len

    def point(self, i: int, *, end: bool = False) -> int:
        """Input offset of output offset ``i`` (``end=True`` for an exclusive span end)."""
        if not self.out_starts:
            return 0
        if end:
            if i <= 0:
                return self.point(0)
            k = bisect_right(self.out_starts, i - 1) - 1
            if k < 0:
                return 0
            if self.copied[k]:
                return min(self.src_starts[k] + (i - self.out_starts[k]), self.src_len)
            return self.src_ends[k]
        k = bisect_right(self.out_starts, i) - 1
        if k < 0:
            return 0
        if k >= len(self.out_starts) or i >= self.out_len:
            return self.src_len
        if self.copied[k]:
            return self.src_starts[k] + (i - self.out_starts[k])
        return self.src_starts[k]

    def span(self, start: int, end: int) -> tuple[int, int]:
        s = self.point(start)
        e = self.point(end, end=True)
        return (s, max(s, e))


def identity(length: int) -> OffsetMap:
    return OffsetMap((0,), (0,), (length,), (True,), length, length)


def apply_edits(
    src: str, edits: Iterable[Edit], appended: Sequence[tuple[str, int, int]] = ()
) -> tuple[str, OffsetMap]:
    """Apply sorted, non-overlapping edits; ``appended`` holds ``(prefix, start, end)`` input
    ranges copied after the text, each preceded by the literal ``prefix``."""
    edits = list(edits)
    if not edits and not appended:
        return src, identity(len(src))
    parts: list[str] = []
    out_starts: list[int] = []
    src_starts: list[int] = []
    src_ends: list[int] = []
    copied: list[bool] = []
    pos = 0
    cursor = 0

    def emit(text: str, s: int, e: int, is_copy: bool) -> None:
        nonlocal pos
        if not text:
            return
        parts.append(text)
        out_starts.append(pos)
        src_starts.append(s)
        src_ends.append(e)
        copied.append(is_copy)
        pos += len(text)

    run_out = run_src = 0  # where the copy run being written began (output, input)

    def close_copy_run(src_end: int) -> None:
        if pos > run_out:
            out_starts.append(run_out)
            src_starts.append(run_src)
            src_ends.append(src_end)
            copied.append(True)

    for start, end, repl in edits:
        if start < cursor:
            continue  # overlapping edit: the earlier one wins
        if end - start == 1 and len(repl) == 1:
            # one character for one ("\n" → " "): maps exactly like a copy, so the copy run goes on
            parts.append(src[cursor:start])
            parts.append(repl)
            pos += start - cursor + 1
            cursor = end
            continue
        parts.append(src[cursor:start])
        pos += start - cursor
        close_copy_run(start)
        emit(repl, start, end, False)
        cursor = run_src = end
        run_out = pos
    parts.append(src[cursor:])
    pos += len(src) - cursor
    close_copy_run(len(src))
    for prefix, s, e in appended:
        emit(prefix, s, s, False)
        emit(src[s:e], s, e, True)
    out = "".join(parts)
    if not out_starts:
        return out, OffsetMap((0,), (0,), (0,), (False,), 0, len(src))
    return out, OffsetMap(tuple(out_starts), tuple(src_starts), tuple(src_ends), tuple(copied), pos, len(src))


@dataclass(frozen=True, slots=True)
class MapChain:
    """Successive maps, first pass first; maps an offset of the last output to the first input."""

    maps: tuple[OffsetMap, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        for m in reversed(self.maps):
            start, end = m.span(start, end)
        return (start, end)

    def point(self, i: int) -> int:
        for m in reversed(self.maps):
            i = m.point(i)
        return i
