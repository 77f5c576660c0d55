"""The fast scans find exactly what the patterns they stand for find (``(?m)^body``, ``a|b|c``)."""

from __future__ import annotations

import random
import re

import pytest

from graph.scan import AnyOf, LinePattern

TEXTS = [
    "",
    "1\nTrang 2\n  - 3 -\nabc 4\n5/12",
    "Số: 12/KH-UBND\nSố hiệu: 2/KH-UBND   Ngày ban hành: 01/02/2023\nsố: 3/CT",
    "\n\n12\n",
    "Văn bản liên quan\nChỉ thị 1\n" + "x" * 230 + "\nTin khác",
    "đến hết ngày 31/12/2023, kết thúc vào ngày 1/1/2024; trước ngày 5/5; đến 2025, kết thúc 2026",
]
LINE_BODIES = [
    (r"[ ]*(?:-[ ]*)?(?:Trang[ ]+)?\d{1,3}(?:[ ]*/[ ]*\d{1,3})?(?:[ ]*-)?[ ]*$", 0),
    (r"[ ]*(?:Số hiệu|Số)[ ]*:[ ]*(?P<symbol>\S+)", re.I),
    (r"[^\n]{220,}$", 0),
    (r"(?:Văn bản liên quan|Tin khác)[^\n]{0,25}$", 0),
]
# bodies with the literal every match holds (the lines without it are not tried)
NEEDLED = [
    (r"[^\n]*?\b(?:được|bị)[ ](?:thay[ ]thế|sửa[ ]đổi)[^\n]{0,30}?[ ]bởi[ ][^\n]*", " bởi "),
    (r"[ ]*\d{1,3}[ ]*-[ ]*$", "-"),
    (r"(?:Tin khác|x)[^\n]*hết ", "hết "),
]
ALTERNATIVES = [
    ("đến (?:hết ngày |hết |ngày )?", "kết thúc (?:vào ngày |ngày )?", "trước ngày "),
    ("Số hiệu", "Số ký hiệu", "Ngày ban hành"),
    ("“", "”", '"'),
]


def _random_texts(n: int) -> list[str]:
    rng = random.Random(5)
    tokens = ["\n", " ", "  ", "1", "12", "Trang", "-", "Số", "số", ":", "x" * 120, "đến ", "hết ", "ngày ", "“", '"']
    tokens += ["được thay thế", "bị sửa đổi", " bởi ", "Tin khác"]
    return ["".join(rng.choice(tokens) for _ in range(rng.randint(0, 14))) for _ in range(n)]


@pytest.mark.parametrize(("body", "flags"), LINE_BODIES)
def test_line_pattern_finds_what_a_multiline_caret_finds(body: str, flags: int) -> None:
    plain = re.compile("(?m)^" + body, flags)
    fast = LinePattern(body, flags)
    for text in TEXTS + _random_texts(3000):
        assert [m.span() for m in plain.finditer(text)] == [m.span("line") for m in fast.finditer(text)], text
        for pos in (0, 1, len(text) // 2):
            a, b = plain.search(text, pos), fast.search(text, pos)
            assert (a.span() if a else None) == (b.span("line") if b else None), (text, pos)


@pytest.mark.parametrize(("body", "needle"), NEEDLED)
def test_a_needled_line_pattern_gives_the_matches_of_the_plain_scan(body: str, needle: str) -> None:
    plain, fast = LinePattern(body), LinePattern(body, needle=needle)
    for text in TEXTS + _random_texts(3000):
        for pos in (0, 1, len(text) // 3, len(text) // 2):
            for endpos in (None, len(text) - 1 if text else None):
                want = [(m.span(), m.span("line")) for m in plain.finditer(text, pos, endpos)]
                assert [(m.span(), m.span("line")) for m in fast.finditer(text, pos, endpos)] == want, (text, pos)


@pytest.mark.parametrize("alternatives", ALTERNATIVES)
def test_any_of_finds_what_the_alternation_finds(alternatives: tuple[str, ...]) -> None:
    plain = re.compile("|".join(alternatives))
    fast = AnyOf(*alternatives)
    for text in TEXTS + _random_texts(3000):
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)], text
        a, b = plain.search(text), fast.search(text)
        assert (a.span() if a else None) == (b.span() if b else None), text
