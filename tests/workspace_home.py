"""The workspace the web tests serve: the samples' store (province Lạng Sơn), their audit rules and one
hostile document whose title holds a script (shared by test_web.py and test_browser_web.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
RULES = ROOT / "ontology" / "audit" / "lang-son.toml"

XSS_DOC = """UBND TỈNH LẠNG SƠN
SỞ Y TẾ
Số: 77/KH-SYT                      Lạng Sơn, ngày 10 tháng 3 năm 2024
KẾ HOẠCH
Phát động phong trào thi đua <script>window.__xss = 1</script><img src=x onerror="window.__xss=2"> năm 2024
Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen
thưởng, Sở Y tế phát động phong trào thi đua như sau:
"""


def make_home(folder: Path) -> Path:
    """Build the store under ``folder/store`` and copy the rules to ``folder/rules.toml``."""
    from graph.pipeline import build
    from graph.store import OxigraphStore

    docs = folder / "docs"
    docs.mkdir()
    for f in SAMPLES.glob("*.txt"):
        shutil.copy(f, docs / f.name)
    (docs / "xss.txt").write_text(XSS_DOC, encoding="utf-8")
    store = OxigraphStore(folder / "store")
    build([docs], store, province="Lạng Sơn", workers=1)
    store.close()
    shutil.copy(RULES, folder / "rules.toml")
    return folder
