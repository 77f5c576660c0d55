"""The workspace in a real browser: Debian's Chromium driven by Selenium through Debian's chromium-driver,
against ``thidua serve``'s application run by uvicorn on 127.0.0.1 (a port of its own), over a real store.

What an officer does without a terminal: find a directive however its number is written, open the sentence
that justifies an edge, expand the cascade, filter the audit and export it to Excel, add a DOCX launch that
then shows up, log in with a role that cannot upload; and a document whose title holds a script runs nothing.
``THIDUA_SCREENSHOTS=DIR`` keeps a screenshot of each page there (the README's come from this)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from workspace_home import make_home

from graph.accounts import ACCOUNTS_FILE, Accounts

ROOT = Path(__file__).resolve().parent.parent
LAUNCH_DOCX = [
    "UBND TỈNH LẠNG SƠN",
    "SỞ TƯ PHÁP",
    "Số: 91/KH-STP                       Lạng Sơn, ngày 05 tháng 3 năm 2024",
    "KẾ HOẠCH",
    "Phát động phong trào thi đua thực hiện nhiệm vụ công tác tư pháp năm 2024",
    "Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen "
    "thưởng; Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ, Sở Tư pháp phát động phong trào thi đua "
    "như sau:",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """The workspace served by uvicorn in a thread, on 127.0.0.1 only."""

    def __init__(self, app) -> None:  # type: ignore[no-untyped-def]
        import uvicorn

        self.port = _free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        for _ in range(200):
            if self.server.started:
                return f"http://127.0.0.1:{self.port}"
            time.sleep(0.05)
        raise RuntimeError("uvicorn did not start")

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_home(tmp_path_factory.mktemp("browser-workspace"))


@pytest.fixture(scope="module")
def store(home: Path):  # type: ignore[no-untyped-def]
    from graph.store import OxigraphStore

    st = OxigraphStore(home / "store")
    yield st
    st.close()


def _web(store, home: Path, accounts: Accounts):  # type: ignore[no-untyped-def]
    from graph.web import create_app

    return create_app(store, accounts, rules_file=home / "rules.toml", uploads=home / "uploads")


@pytest.fixture(scope="module")
def base(store, home: Path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    web = _web(store, home, Accounts(home / "no-accounts" / ACCOUNTS_FILE))
    web.ws.warm()
    with Server(web.app) as url:
        yield url


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(downloads: Path):  # type: ignore[no-untyped-def]
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not chromium or not driver:
        pytest.fail("Chromium and its driver are needed: apt-get install chromium chromium-driver (scripts/setup.sh)")
    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        "--disable-background-networking",
        "--no-first-run",
        "--lang=vi",
    ):
        opts.add_argument(flag)
    opts.add_experimental_option(
        "prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False}
    )
    b = webdriver.Chrome(service=Service(executable_path=driver), options=opts)  # no driver download
    b.set_page_load_timeout(60)
    yield b
    b.quit()


def _shot(browser, name: str) -> None:  # type: ignore[no-untyped-def]
    folder = os.environ.get("THIDUA_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(Path(folder) / f"{name}.png"))


def _by(browser, css: str):  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    return browser.find_element(By.CSS_SELECTOR, css)


def _all(browser, css: str):  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    return browser.find_elements(By.CSS_SELECTOR, css)


def _wait(browser, css: str, timeout: float = 20):  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, timeout).until(ec.presence_of_element_located((By.CSS_SELECTOR, css)))


def test_search_document_edge_sentence(browser, base: str) -> None:  # type: ignore[no-untyped-def]
    browser.get(base + "/")
    box = _by(browser, "#q")
    box.send_keys("chỉ thị 34")
    _by(browser, "#go").click()
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 20).until(lambda b: "q=" in b.current_url)  # the results page, not the links of the page
    _wait(browser, "a.doc")  # it came from (which a click can leave stale while the next one loads)
    _shot(browser, "search")
    hits = _all(browser, "a.doc")
    assert hits[0].text == "Chỉ thị 34-CT/TW"
    hits[0].click()
    _wait(browser, "#edges-in")
    assert _by(browser, "#doc-title").text == "Chỉ thị 34-CT/TW"
    _shot(browser, "document")
    link = _all(browser, "#edges-in a.quote")[0]
    sentence = link.text.strip("“”")
    link.click()
    mark = _wait(browser, "mark#hl")
    assert " ".join(mark.text.split()) == " ".join(sentence.split())
    top = browser.execute_script("return arguments[0].getBoundingClientRect().top", mark)
    assert 0 <= top <= browser.execute_script("return window.innerHeight")  # scrolled to the sentence
    _shot(browser, "source")


def test_cascade_drawn_and_expanded(browser, base: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(base + "/cascade")
    _by(browser, "#symbol").send_keys("34/CT-TW")
    _by(browser, "#go").click()
    _wait(browser, "#summary")
    WebDriverWait(browser, 20).until(lambda b: _by(b, "#network").get_attribute("data-drawn"))
    groups = _all(browser, "a.expand")
    assert int(_by(browser, "#network").get_attribute("data-drawn")) == 1 + len(groups)  # vis-network ran, under CSP
    assert browser.execute_script("return document.querySelectorAll('#network canvas').length") >= 1
    _shot(browser, "cascade")
    groups[0].click()
    _wait(browser, "#launches li")
    assert "→" in _by(browser, "#launches").text


def test_audit_filter_and_excel(browser, base: str, downloads: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook
    from selenium.webdriver.support.ui import Select, WebDriverWait

    browser.get(base + "/audit")
    _wait(browser, "#audit")
    _shot(browser, "audit")
    Select(_by(browser, "#f-status")).select_by_value("fail")
    _by(browser, "#filter").click()
    WebDriverWait(browser, 20).until(lambda b: "status=fail" in b.current_url)  # the filtered page, not the old one
    _wait(browser, "#audit")
    rows = _all(browser, "#audit tbody tr")
    assert rows and all(r.get_attribute("class") == "fail" for r in rows)
    _by(browser, "#xlsx").click()
    for _ in range(100):
        done = [p for p in downloads.glob("*.xlsx")]
        if done:
            break
        time.sleep(0.1)
    assert done, "the XLSX was not downloaded"
    sheet = load_workbook(done[0]).active
    body = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(body) == len(rows) and all(r[0] == "Chưa đạt" for r in body)


def test_upload_a_docx_then_find_it(browser, base: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import docx

    d = docx.Document()
    for line in LAUNCH_DOCX:
        d.add_paragraph(line)
    path = tmp_path / "ke-hoach-91-STP.docx"
    d.save(str(path))
    browser.get(base + "/add")
    _by(browser, "#files").send_keys(str(path))
    _by(browser, "#province").send_keys("Lạng Sơn")
    _shot(browser, "add")
    _by(browser, "#send").click()
    _wait(browser, '#job-state[data-finished="yes"]', timeout=120)
    assert not _all(browser, "#failures")
    browser.get(base + "/cascade")
    _by(browser, "#symbol").send_keys("91/KH-STP")  # a search box on a page without results
    _by(browser, "#go").click()
    assert "91/KH-STP" in _wait(browser, "#directive").text
    browser.get(base + "/?q=91%2FKH-STP")
    assert "91/KH-STP" in _wait(browser, "a.doc").text


def test_a_title_with_a_script_runs_nothing(browser, base: str) -> None:  # type: ignore[no-untyped-def]
    browser.get(base + "/?q=77%2FKH-SYT")
    _wait(browser, "a.doc").click()
    _wait(browser, "#doc-title")
    assert browser.execute_script("return window.__xss === undefined")
    assert "<script>" in _by(browser, "#subject").text  # shown as text, not run


def test_login_and_a_viewer_cannot_upload(store, home: Path, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    accounts = Accounts(tmp_path / ACCOUNTS_FILE)
    accounts.add("lan.viewer", "mat-khau-dai-1", "viewer")
    with Server(_web(store, home, accounts).app) as url:
        browser.delete_all_cookies()
        browser.get(url + "/")
        _wait(browser, "#login")
        _shot(browser, "login")
        _by(browser, "#name").send_keys("lan.viewer")
        _by(browser, "#password").send_keys("mat-khau-dai-1")
        _by(browser, "#login").click()
        _wait(browser, "#q")
        assert "Thêm văn bản" not in _by(browser, "header nav").text
        browser.get(url + "/add")
        assert "không có quyền" in _wait(browser, "#problem").text
        _by(browser, "#logout").click()
        _wait(browser, "#login")
