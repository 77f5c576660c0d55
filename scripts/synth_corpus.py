#!/usr/bin/env python3
"""Deterministic synthetic corpus of emulation documents in the style of the samples.

34 provinces, each with its Party committee, People's Committee, departments, districts and emulation
clusters; central directives (Politburo, Secretariat, Prime Minister, ministries); a yearly provincial
emulation directive (02/CT-UBND of each year); provincial plans and district plans in between, so
that citation chains run 3–6 documents deep; launches that cite them with the variation real text
has (with and without a header, every date form, symbols broken across lines, markdown, footnotes,
typos in mottos, localized campaign names).

Writes ``N`` text files under OUT/docs/ and OUT/truth.jsonl (per file: the citations a perfect
extractor returns, as (symbol, date)), so that extraction can be scored at scale.

    python scripts/synth_corpus.py --n 10000 --out /tmp/thidua-10k
"""

from __future__ import annotations

import argparse
import json
import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path

PROVINCES = [
    "Hải Dương",
    "Huế",
    "Lai Châu",
    "Điện Biên",
    "Sơn La",
    "Lạng Sơn",
    "Quảng Ninh",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Cao Bằng",
    "Tuyên Quang",
    "Lào Cai",
    "Thái Nguyên",
    "Phú Thọ",
    "Bắc Ninh",
    "Hưng Yên",
    "Hải Phòng",
    "Ninh Bình",
    "Quảng Trị",
    "Đà Nẵng",
    "Quảng Ngãi",
    "Gia Lai",
    "Khánh Hòa",
    "Lâm Đồng",
    "Đắk Lắk",
    "Hồ Chí Minh",
    "Đồng Nai",
    "Tây Ninh",
    "Cần Thơ",
    "Vĩnh Long",
    "Đồng Tháp",
    "Cà Mau",
    "An Giang",
]
DEPARTMENTS = [
    ("Sở Nội vụ", "SNV"),
    ("Sở Tài chính", "STC"),
    ("Sở Y tế", "SYT"),
    ("Sở Xây dựng", "SXD"),
    ("Sở Giáo dục và Đào tạo", "SGDĐT"),
    ("Sở Công Thương", "SCT"),
    ("Sở Tư pháp", "STP"),
    ("Sở Ngoại vụ", "SNgV"),
    ("Sở Nông nghiệp và Môi trường", "SNNMT"),
    ("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"),
]
DISTRICTS = ["Bắc Sơn", "Văn Lãng", "Tràng Định", "Cao Lộc", "Lộc Bình", "Đình Lập", "Hữu Lũng", "Chi Lăng"]
CENTRAL = [  # kind, symbol, date, issuer, subject
    ("Chỉ thị", "34-CT/TW", "2014-04-07", "Bộ Chính trị", "tiếp tục đổi mới công tác thi đua, khen thưởng"),
    (
        "Chỉ thị",
        "19/CT-TTg",
        "2021-07-16",
        "Thủ tướng Chính phủ",
        "phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hàng năm",
    ),
    (
        "Chỉ thị",
        "05-CT/TW",
        "2016-05-15",
        "Bộ Chính trị",
        "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    ),
    ("Kết luận", "01-KL/TW", "2021-05-18", "Bộ Chính trị", "tiếp tục thực hiện Chỉ thị số 05-CT/TW"),
    ("Nghị quyết", "18-NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương", "sắp xếp tổ chức bộ máy"),
    ("Chỉ thị", "12/CT-TTg", "2022-07-22", "Thủ tướng Chính phủ", "xây dựng kế hoạch phát triển kinh tế - xã hội"),
    ("Hướng dẫn", "09/HD-BNV", "2023-03-10", "Bộ Nội vụ", "công tác thi đua, khen thưởng"),
    ("Quyết định", "1315/QĐ-TTg", "2021-08-21", "Thủ tướng Chính phủ", "ban hành kế hoạch phát động phong trào"),
]
CAMPAIGNS = [
    "Cả nước chung sức xây dựng nông thôn mới",
    "Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau",
    "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở",
    "Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại và thực hành tiết kiệm, chống lãng phí",
]
MOTTOS = [
    "Siết chặt kỷ cương, tăng cường trách nhiệm, quyết liệt hành động, sáng tạo bứt phá",
    "Đoàn kết, kỷ cương, gương mẫu, đổi mới, sáng tạo, hiệu quả",
    "Đoàn kết, kỷ cương, bản lĩnh, sáng tạo, hiệu quả",
]
YEARS = [2023, 2024, 2025]
FILLER = (
    "Động viên cán bộ, công chức, viên chức và người lao động phát huy truyền thống thi đua yêu nước, "
    "tiếp tục nỗ lực, vượt qua khó khăn, bám sát thực tiễn, hành động quyết liệt, đoàn kết, đổi mới, "
    "sáng tạo, phấn đấu hoàn thành xuất sắc nhiệm vụ chính trị được giao. "
)


@dataclass
class Doc:
    name: str
    text: str
    truth: list[tuple[str, str | None]]


def fmt_date(iso: str, rng: random.Random) -> str:
    y, m, d = iso.split("-")
    form = rng.randrange(5)
    if form == 0:
        return f"ngày {int(d)}/{int(m)}/{y}"
    if form == 1:
        return f"ngày {d}/{m}/{y}"
    if form == 2:
        return f"ngày {int(d)}-{int(m)}-{y}"
    if form == 3:
        return f"ngày {int(d)}.{int(m)}.{y}"
    return f"ngày {int(d)} tháng {int(m)} năm {y}"


def cite(kind: str, symbol: str, date: str | None, issuer: str | None, subject: str, rng: random.Random) -> str:
    sym = symbol
    if rng.random() < 0.15 and "-" in symbol:  # broken across lines
        a, b = symbol.split("-", 1)
        sym = f"{a}- \n{b}"
    parts = [f"{kind} số {sym}"]
    if date:
        parts.append(fmt_date(date, rng))
    if issuer:
        parts.append(f"của {issuer}")
    return " ".join(parts) + f" về {subject}"


def noise(text: str, rng: random.Random) -> str:
    if rng.random() < 0.25:
        words = text.split(" ")
        for i in rng.sample(range(len(words)), k=min(12, len(words))):
            words[i] = unicodedata.normalize("NFD", words[i])
        text = " ".join(words)
    return text


def generate(n: int, seed: int = 20231) -> list[Doc]:
    rng = random.Random(seed)
    docs: list[Doc] = []
    i = 0
    while len(docs) < n:
        province = PROVINCES[i % len(PROVINCES)]
        year = YEARS[(i // len(PROVINCES)) % len(YEARS)]
        i += 1
        yearly = ("02/CT-UBND", f"{year}-01-{rng.randint(2, 20):02d}")
        plan_no = rng.randint(10, 400)
        plan = (f"{plan_no}/KH-UBND", f"{year}-02-{rng.randint(1, 27):02d}")
        tu = ("30-CT/TU", "2014-11-18")
        # a provincial plan that rests on the yearly directive, which rests on central ones (depth ≥ 3)
        for kind_doc in ("provincial", "district", *["launch"] * 6):
            if len(docs) >= n:
                break
            dep, code = rng.choice(DEPARTMENTS)
            truth: list[tuple[str, str | None]] = []
            lines = []
            header = rng.random() < 0.6
            if kind_doc == "provincial":
                issuer, own = f"UBND tỉnh {province}", plan
                lines += [
                    f"UBND TỈNH {province.upper()}",
                    f"Số: {own[0]}    {province}, ngày {int(own[1][8:])} tháng {int(own[1][5:7])} năm {year}",
                    "",
                    "KẾ HOẠCH",
                    f"Tổ chức phong trào thi đua năm {year}",
                    "",
                ]
                basis = [(("Chỉ thị", *yearly, f"Chủ tịch UBND tỉnh {province}", f"phát động thi đua năm {year}"))]
            elif kind_doc == "district":
                district = rng.choice(DISTRICTS)
                issuer, own = f"UBND huyện {district}", (f"{rng.randint(5, 90)}/KH-UBND", None)
                lines += ["KẾ HOẠCH", f"Thi đua thực hiện nhiệm vụ năm {year} của UBND huyện {district}", ""]
                basis = [("Kế hoạch", *plan, f"UBND tỉnh {province}", f"tổ chức phong trào thi đua năm {year}")]
            else:
                issuer, own = (
                    f"{dep} tỉnh {province}",
                    (f"{rng.randint(1, 500)}/PĐ-{code}", f"{year}-01-{rng.randint(21, 31)}"),
                )
                if header:
                    lines += [
                        f"UBND TỈNH {province.upper()}",
                        dep.upper(),
                        f"Số: {own[0]}   {province}, ngày {int(own[1][8:])} tháng 01 năm {year}",
                        "",
                        "PHÁT ĐỘNG",
                        f"Phong trào thi đua thực hiện thắng lợi nhiệm vụ chính trị năm {year}",
                        "",
                    ]
                else:
                    lines += ["PHÁT ĐỘNG", f"Phong trào thi đua thực hiện thắng lợi nhiệm vụ năm {year}", ""]
                basis = [("Chỉ thị", *yearly, "UBND tỉnh", f"phát động thi đua năm {year}")]
                if rng.random() < 0.3:
                    basis.append(("Kế hoạch", *plan, f"UBND tỉnh {province}", "tổ chức phong trào thi đua"))
            opening = "Thực hiện " + "; ".join(cite(k, s, d, iss, sub, rng) for k, s, d, iss, sub in basis)
            truth += [(s, d) for _k, s, d, _i, _s in basis]
            lines.append(f"{opening}, {issuer} phát động phong trào thi đua năm {year} như sau:")
            lines.append("I. MỤC ĐÍCH")
            lines.append(noise(FILLER * rng.randint(2, 5), rng))
            lines.append("II. NỘI DUNG")
            chosen = rng.sample(CENTRAL, k=rng.randint(2, 5))
            body = []
            for kind, sym, date, iss, sub in chosen:
                stated_date = date if rng.random() < 0.8 else None
                body.append(cite(kind, sym, stated_date, iss if rng.random() < 0.9 else None, sub, rng))
                truth.append((sym, stated_date))
            if rng.random() < 0.5:
                body.append(cite("Chỉ thị", *tu, "Ban Thường vụ Tỉnh ủy", "đổi mới công tác thi đua, khen thưởng", rng))
                truth.append(tu)
            lines.append("1. Tiếp tục thực hiện có hiệu quả " + "; ".join(body) + ".")
            motto = rng.choice(MOTTOS)
            if rng.random() < 0.2:
                motto = motto.replace("bứt phá", "bút phá")
            quote = f"**“{motto}”**" if rng.random() < 0.3 else f"“{motto}”"
            lines.append(f"2. Hưởng ứng phương châm hành động năm {year} của UBND tỉnh {quote}.")
            camp = [
                c if rng.random() < 0.6 else c.replace("Cả nước", f"{province} cùng cả nước")
                for c in rng.sample(CAMPAIGNS, k=2)
            ]
            lines.append(
                "3. Triển khai các phong trào thi đua do Thủ tướng Chính phủ phát động: "
                + ", ".join(f"“{c}”" for c in camp)
                + "."
            )
            lines.append(noise(FILLER * rng.randint(3, 8), rng))
            lines += [
                "Nơi nhận:",
                "- Hội đồng TĐKT tỉnh;",
                "- Ban TĐKT - Sở Nội vụ;",
                "- Lưu: VT.",
                "GIÁM ĐỐC",
                rng.choice(["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Hoàng Thị Dung"]),
            ]
            if any(s == "01-KL/TW" for s, _d in truth) and not any(s == "05-CT/TW" for s, _d in truth):
                truth.append(("05-CT/TW", None))  # named (undated) inside the subject of 01-KL/TW
            sep = "\n\n" if rng.random() < 0.4 else "\n"  # PDF-like blank lines between every line, or not
            docs.append(Doc(f"{len(docs):06d}.txt", sep.join(lines) + "\n", truth))
    return docs


def write(docs: list[Doc], out: Path) -> tuple[int, int]:
    folder = out / "docs"
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    with (out / "truth.jsonl").open("w", encoding="utf-8") as truth:
        for i, d in enumerate(docs):
            sub = folder / f"{i // 1000:03d}"
            sub.mkdir(exist_ok=True)
            data = d.text.encode("utf-8")
            (sub / d.name).write_bytes(data)
            total += len(data)
            truth.write(
                json.dumps(
                    {"file": f"{sub.name}/{d.name}", "citations": sorted(set(d.truth), key=str)}, ensure_ascii=False
                )
                + "\n"
            )
    return len(docs), total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=20231)
    args = ap.parse_args()
    n, size = write(generate(args.n, args.seed), args.out)
    print(f"{n} văn bản, {size / 1e6:.1f} MB → {args.out}")


if __name__ == "__main__":
    main()
