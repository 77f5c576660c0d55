"""Cascade and network analysis on the samples, through the commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import thidua

ROOT = Path(__file__).resolve().parent.parent
CASCADE = json.loads((ROOT / "tests" / "gold" / "_corpus.json").read_text(encoding="utf-8"))["cascade"]


@pytest.mark.parametrize("symbol", [k for k in CASCADE if k != "note"])
def test_cascade_matches_the_corpus(symbol: str, seed_store_path: Path) -> None:
    result = json.loads(thidua("cascade", symbol, "--json", "--store", seed_store_path).stdout)
    assert result["directive"]["symbol"] == symbol
    assert sorted(Path(x["source"]).stem for x in result["launches"]) == sorted(CASCADE[symbol])
    for launch in result["launches"]:
        assert {"id", "source", "symbol", "issuer", "year", "path"} <= set(launch)
        assert launch["path"][0]["id"] == launch["id"] and launch["path"][-1]["symbol"] == symbol


def test_cascade_goes_through_the_stated_link(seed_store_path: Path) -> None:
    result = json.loads(thidua("cascade", "05-CT/TW", "--json", "--store", seed_store_path).stdout)
    paths = {Path(x["source"]).stem: [p["symbol"] for p in x["path"][1:]] for x in result["launches"]}
    assert paths["003_ef26167016bed370"] == ["05-CT/TW"]  # cited directly
    assert paths["000_12c2003f901a3d71"] == ["01-KL/TW", "05-CT/TW"]  # through Kết luận 01-KL/TW


def test_cascade_asks_for_the_year_when_a_number_is_reused(seed_store_path: Path) -> None:
    run = thidua("cascade", "02/CT-UBND", "--store", seed_store_path, code=2)
    assert "--year" in run.stderr and "Traceback" not in run.stderr
    result = json.loads(thidua("cascade", "02/CT-UBND", "--year", "2024", "--json", "--store", seed_store_path).stdout)
    assert [Path(x["source"]).stem for x in result["launches"]] == ["004_07af803d77207afe"]


def test_analyze(seed_store_path: Path) -> None:
    report = json.loads(thidua("analyze", "--json", "--store", seed_store_path).stdout)
    assert report["launches"] == 5
    central = {d["symbol"]: d for d in report["central_directives"]}
    assert central["34-CT/TW"]["reach"] == 5 and central["34-CT/TW"]["coverage"] == 1.0
    assert central["19/CT-TTg"]["reach"] == 4 and central["05-CT/TW"]["depth"] == 2
    assert central["34-CT/TW"]["lag_days"]["n"] == 2  # two launches carry their own date
    flow = report["level_flow"]["matrix"]
    assert flow["department"]["central-party"] > 0 and flow["emulation"]["provincial-state"] > 0
    assert report["most_cited"][0]["symbol"] in ("05-CT/TW", "34-CT/TW")
    assert any(b["symbol"] == "01-KL/TW" for b in report["brokers"])  # the link between launches and 05-CT/TW
    assert report["cocitation_communities"] and report["launches_citing_nothing_above"] == []
    text = thidua("analyze", "--store", seed_store_path).stdout
    assert "Văn bản Trung ương" in text and "Chỉ thị 34-CT/TW" in text
