"""The web workspace (``thidua serve``) over a real embedded store of the samples, through Starlette's test
client: what each page answers, and its safety (roles, CSRF, CSP, escaping, uploads, a read-only /sparql).
The same flows in a real browser are in ``test_browser_web.py``."""

from __future__ import annotations

import csv
import io
import re
import warnings
from pathlib import Path
from urllib.parse import unquote

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from workspace_home import XSS_DOC, make_home

from graph.accounts import ACCOUNTS_FILE, Accounts
from graph.errors import UserError
from graph.web import CSP, create_app

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_home(tmp_path_factory.mktemp("workspace"))


@pytest.fixture(scope="module")
def store(home: Path):  # type: ignore[no-untyped-def]
    from graph.store import OxigraphStore

    st = OxigraphStore(home / "store")
    yield st
    st.close()


def _app(store, home: Path, accounts: Accounts | None = None, host: str = "127.0.0.1"):  # type: ignore[no-untyped-def]
    return create_app(
        store,
        accounts or Accounts(home / "none" / ACCOUNTS_FILE),
        rules_file=home / "rules.toml",
        uploads=home / "uploads",
        host=host,
    )


@pytest.fixture(scope="module")
def client(store, home: Path) -> TestClient:  # type: ignore[no-untyped-def]
    web = _app(store, home)
    web.ws.warm()  # as `thidua serve` does before the first request
    return TestClient(web.app)


def _csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]


def _hits(html: str) -> list[str]:
    return [unquote(x) for x in re.findall(r'<a class="doc" href="/doc\?id=([^"]+)"', html)]


# ---- search ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["34-CT/TW", "34/CT-TW", "ct 34", "chỉ thị 34", "Chỉ thị số 34-CT/TW", "CT 34"])
def test_a_number_is_found_however_it_is_typed(client: TestClient, typed: str) -> None:
    hits = _hits(client.get("/", params={"q": typed}).text)
    assert hits and hits[0].endswith("/eli/vn/ct/2014/34/tw"), (typed, hits)


def test_words_of_the_text_find_documents_and_facets_narrow_them(client: TestClient) -> None:
    page = client.get("/", params={"q": "giải phóng mặt bằng"}).text
    assert _hits(page), "a phrase of a quoted campaign finds the launch that names it"
    every = client.get("/").text
    total = int(re.search(r'id="count">(\d+)', every).group(1))  # type: ignore[union-attr]
    narrowed = client.get("/", params={"kind": "LaunchDocument"}).text
    n = int(re.search(r'id="count">(\d+)', narrowed).group(1))  # type: ignore[union-attr]
    assert 0 < n < total
    assert 'data-facet="province" data-value="lang-son"' in every


def test_a_near_miss_says_what_was_meant(client: TestClient) -> None:
    page = client.get("/", params={"q": "34-CT/TU"}).text
    assert 'id="dym"' in page and "34-CT/TW" in page


def test_results_are_paged(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("graph.workspace.PER_PAGE", 3)
    page = client.get("/", params={"q": "năm"}).text
    assert 'id="next"' in page  # more documents than one page holds
    second = client.get("/", params={"q": "năm", "page": 2}).text
    assert set(_hits(page)).isdisjoint(_hits(second))


# ---- document page, source, cascade ----------------------------------------------------------------


def test_the_document_page_shows_both_directions_and_opens_the_sentence(client: TestClient) -> None:
    directive = client.get("/doc", params={"id": "https://w3id.org/thidua/eli/vn/ct/2014/34/tw"}).text
    assert 'id="edges-in"' in directive and "Được thực hiện bởi" in directive
    launch_id = _hits(client.get("/", params={"q": "173/PĐ-SKHĐT"}).text)[0]
    page = client.get("/doc", params={"id": launch_id}).text
    assert "Căn cứ" in page and 'id="edges-out"' in page and "SHA-256" in page
    statements = [unquote(s) for s in re.findall(r'href="/source\?st=([^"]+)"', page)]
    assert statements
    source = client.get("/source", params={"st": statements[0]}).text
    marked = re.search(r'<mark id="hl">(.*?)</mark>', source, re.S).group(1)  # type: ignore[union-attr]
    quote_shown = re.search(r'class="quote" href="/source\?st=[^"]+"[^>]*>“(.*?)”</a>', page, re.S).group(1)  # type: ignore[union-attr]
    assert marked.strip() and " ".join(marked.split()) == " ".join(quote_shown.split())


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/doc", {"id": "https://example.org/nothing"}),
        ("/doc", {"id": "<script>"}),
        ("/doc", {"id": "https://x/a> } DROP ALL { <b"}),
        ("/source", {"st": '" } DROP ALL {'}),
        ("/source", {"st": "https://w3id.org/thidua/statement/none"}),
        ("/source", {}),
    ],
)
def test_an_unknown_or_hostile_address_is_a_page_not_a_crash(client: TestClient, path: str, params: dict) -> None:
    """Regression: a statement that was not an IRI reached the store and failed with a server error."""
    r = client.get(path, params=params)
    assert r.status_code == 404 and 'id="problem"' in r.text


def test_the_cascade_is_aggregated_then_expanded(client: TestClient) -> None:
    page = client.get("/cascade", params={"symbol": "chỉ thị 34"}).text
    assert 'id="summary"' in page
    groups = re.findall(r'data-group="([^"]+)"', page)
    assert groups
    data = re.search(r'id="network-data">(.*?)</script>', page, re.S).group(1)  # type: ignore[union-attr]
    assert data.count('"id"') == 1 + len(groups)  # the directive and one node per group, no launch nodes
    expanded = client.get("/cascade", params={"symbol": "34-CT/TW", "group": groups[0]}).text
    assert 'id="launches"' in expanded and "→" in expanded


def test_a_number_nobody_holds_is_said_on_the_cascade_page(client: TestClient) -> None:
    page = client.get("/cascade", params={"symbol": "999-CT/TW"}).text
    assert 'id="problem"' in page


# ---- audit and its exports ------------------------------------------------------------------------


def test_the_audit_filters_and_exports(client: TestClient) -> None:
    from openpyxl import load_workbook

    page = client.get("/audit").text
    assert "Chưa đạt" in page and 'id="xlsx"' in page
    failing = client.get("/audit", params={"status": "fail"}).text
    assert failing.count('<tr class="fail">') >= 1 and '<tr class="pass">' not in failing
    r = client.get("/audit.xlsx", params={"year": 2023})
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    ws = load_workbook(io.BytesIO(r.content)).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "Kết quả" and len(rows) > 1 and all(row[5] == 2023 for row in rows[1:])
    assert any(row[0] == "Chưa đạt" and row[8] for row in rows[1:])  # a failure with what it misses
    assert rows[0][3] == "Trích yếu" and all(row[3] for row in rows[1:])  # each launch with its title
    text = client.get("/audit.csv").content.decode("utf-8-sig")
    assert next(csv.reader(io.StringIO(text)))[:4] == ["Kết quả", "Số, ký hiệu", "Văn bản", "Trích yếu"]
    pdf = client.get("/audit.pdf").content
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000


# ---- safety ------------------------------------------------------------------------------------------


def test_every_page_carries_the_security_headers(store, home: Path) -> None:  # type: ignore[no-untyped-def]
    r = TestClient(_app(store, home).app).get("/")  # a new visitor: the session cookie is set
    assert r.headers["content-security-policy"] == CSP and "unsafe-inline" not in CSP
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["x-frame-options"] == "DENY"
    cookie = r.headers.get("set-cookie", "")
    assert "httponly" in cookie.lower() and "samesite=strict" in cookie.lower()
    assert "<script>" not in r.text.replace('<script src="', "")  # no inline script on any page


def test_the_framework_refuses_in_vietnamese(client: TestClient) -> None:
    r = client.delete("/")
    assert r.status_code == 405 and "không nhận yêu cầu kiểu này" in r.text
    r = client.get("/no/such/page")
    assert r.status_code == 404 and "Không có trang này" in r.text


def test_text_from_documents_is_escaped(client: TestClient) -> None:
    page = client.get("/", params={"q": "77/KH-SYT"}).text
    doc_id = _hits(page)[0]
    for html in (page, client.get("/doc", params={"id": doc_id}).text):
        assert "<script>window.__xss" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in client.get("/doc", params={"id": doc_id}).text


def test_a_form_without_its_csrf_token_is_refused(client: TestClient, home: Path) -> None:
    before = (home / "rules.toml").read_text(encoding="utf-8")
    r = client.post("/rules", data={"rules": "nothing"})
    assert r.status_code == 403 and "Biểu mẫu" in r.text
    r = client.post("/rules", data={"rules": "nothing", "csrf": "forged"})
    assert r.status_code == 403
    r = client.post("/add", files={"files": ("a.txt", b"x" * 100, "text/plain")})
    assert r.status_code == 403
    assert (home / "rules.toml").read_text(encoding="utf-8") == before


@pytest.mark.parametrize(
    "how",
    [
        ("get", {"params": {"update": "DROP ALL"}}),
        ("post", {"content": b"DROP ALL", "headers": {"content-type": "application/sparql-update"}}),
        ("post", {"data": {"update": "CLEAR ALL"}}),
        ("get", {"params": {"query": "PREFIX x: <http://x/>\nDELETE WHERE { ?s ?p ?o }"}}),
        (
            "post",
            {"content": b"INSERT DATA { <a:b> <a:c> <a:d> }", "headers": {"content-type": "application/sparql-query"}},
        ),
    ],
    ids=["get-update", "post-update-body", "post-update-form", "delete-as-query", "insert-as-query"],
)
def test_sparql_refuses_updates(client: TestClient, how: tuple) -> None:
    method, kwargs = how
    r = getattr(client, method)("/sparql", **kwargs)
    assert r.status_code in (400, 403)
    count = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"})
    assert int(count.json()["results"]["bindings"][0]["n"]["value"]) > 1000  # nothing was dropped


def test_sparql_answers_the_protocol(client: TestClient) -> None:
    q = "PREFIX eli: <http://data.europa.eu/eli/ontology#> SELECT ?d WHERE { GRAPH ?g { ?d eli:id_local ?s } } LIMIT 3"
    r = client.get("/sparql", params={"query": q})
    assert r.headers["content-type"].startswith("application/sparql-results+json")
    assert len(r.json()["results"]["bindings"]) == 3
    r = client.post("/sparql", content=q.encode(), headers={"content-type": "application/sparql-query"})
    assert r.status_code == 200
    r = client.post("/sparql", data={"query": "ASK { GRAPH ?g { ?s ?p ?o } }"})
    assert r.json()["boolean"] is True
    assert client.get("/sparql", params={"query": "SELECT nonsense"}).status_code == 400


def test_the_console_runs_a_named_query(client: TestClient) -> None:
    page = client.get("/console", params={"name": "most_cited"}).text
    assert 'id="results"' in page and "34-CT/TW" in page


def test_rules_are_checked_before_they_are_saved(client: TestClient, home: Path) -> None:
    before = (home / "rules.toml").read_text(encoding="utf-8")
    token = _csrf(client.get("/rules").text)
    r = client.post("/rules", data={"rules": "[[rule]]\nid = 'x'\n", "csrf": token})
    assert r.status_code == 400 and 'id="problem"' in r.text
    assert (home / "rules.toml").read_text(encoding="utf-8") == before
    r = client.post("/rules", data={"rules": before, "csrf": token}, follow_redirects=True)
    assert 'id="saved"' in r.text


def test_a_public_address_needs_accounts(store, home: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="thidua user add"):
        _app(store, home, host="0.0.0.0")


def test_accounts_and_roles(store, home: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    accounts = Accounts(tmp_path / ACCOUNTS_FILE)
    accounts.add("lan.viewer", "mat-khau-dai-1", "viewer")
    accounts.add("minh.editor", "mat-khau-dai-2", "editor")
    raw = (tmp_path / ACCOUNTS_FILE).read_text(encoding="utf-8")
    assert "mat-khau-dai" not in raw and "$argon2id$" in raw
    assert (tmp_path / ACCOUNTS_FILE).stat().st_mode & 0o077 == 0
    web = _app(store, home, accounts)
    c = TestClient(web.app)
    r = c.get("/", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    assert c.get("/sparql", params={"query": "ASK {}"}).status_code == 401
    login = c.get("/login").text
    r = c.post("/login", data={"name": "lan.viewer", "password": "wrong-password", "csrf": _csrf(login)})
    assert r.status_code == 401
    r = c.post("/login", data={"name": "lan.viewer", "password": "mat-khau-dai-1", "csrf": _csrf(login)})
    assert r.status_code == 200 and "lan.viewer" in r.text
    assert c.get("/add").status_code == 403
    token = _csrf(c.get("/").text)
    r = c.post("/add", data={"csrf": token}, files={"files": ("a.txt", b"Ke hoach", "text/plain")})
    assert r.status_code == 403
    assert c.post("/rules", data={"rules": "", "csrf": token}).status_code == 403
    c.post("/logout", data={"csrf": token})
    assert c.get("/", follow_redirects=False).status_code == 303
    c2 = TestClient(web.app)
    login = c2.get("/login").text
    c2.post("/login", data={"name": "minh.editor", "password": "mat-khau-dai-2", "csrf": _csrf(login)})
    assert c2.get("/add").status_code == 200


def test_an_admin_manages_accounts_in_the_browser(store, home: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    accounts = Accounts(tmp_path / ACCOUNTS_FILE)
    c = TestClient(_app(store, home, accounts).app)
    token = _csrf(c.get("/accounts").text)  # no account yet: the local user is admin
    r = c.post(
        "/accounts",
        data={"csrf": token, "name": "an.admin", "password": "mat-khau-dai-3", "role": "admin"},
        follow_redirects=False,
    )
    assert r.status_code == 303 and accounts.get("an.admin").role == "admin"  # type: ignore[union-attr]
    assert c.get("/", follow_redirects=False).status_code == 303  # from now on everybody logs in
    login = c.get("/login").text
    c.post("/login", data={"name": "an.admin", "password": "mat-khau-dai-3", "csrf": _csrf(login)})
    token = _csrf(c.get("/accounts").text)
    r = c.post("/accounts", data={"csrf": token, "name": "v", "password": "mat-khau-dai-4", "role": "viewer"})
    assert r.status_code == 400 and 'id="problem"' in r.text  # a name too short, said on the page
    c.post("/accounts", data={"csrf": token, "name": "lan.viewer", "password": "mat-khau-dai-4", "role": "viewer"})
    r = c.post("/accounts", data={"csrf": token, "name": "an.admin", "action": "remove"})
    assert r.status_code == 400 and accounts.get("an.admin")  # not one's own
    c.post("/accounts", data={"csrf": token, "name": "lan.viewer", "action": "remove"})
    assert accounts.get("lan.viewer") is None
    viewer = TestClient(_app(store, home, accounts).app)
    accounts.add("lan.viewer", "mat-khau-dai-4", "viewer")
    login = viewer.get("/login").text
    viewer.post("/login", data={"name": "lan.viewer", "password": "mat-khau-dai-4", "csrf": _csrf(login)})
    assert viewer.get("/accounts").status_code == 403


def test_account_rules(tmp_path: Path) -> None:
    accounts = Accounts(tmp_path / ACCOUNTS_FILE)
    for name, password, role in (
        ("x", "long-enough-1", "viewer"),
        ("ok.name", "short", "viewer"),
        ("ok", "long-enough-1", "boss"),
    ):
        with pytest.raises(UserError):
            accounts.add(name, password, role)
    accounts.add("ok.name", "long-enough-1", "admin")
    assert accounts.check("ok.name", "long-enough-1") == accounts.get("ok.name")
    assert accounts.check("ok.name", "long-enough-2") is None and accounts.check("nobody", "long-enough-1") is None


# ---- uploads -----------------------------------------------------------------------------------------


def _wait(c: TestClient, location: str) -> str:
    import time

    for _ in range(300):
        page = c.get(location).text
        if 'data-finished="yes"' in page:
            return page
        time.sleep(0.1)
    raise AssertionError("the upload did not finish")


def test_an_upload_goes_in_and_bad_files_get_their_reason(client: TestClient, home: Path) -> None:
    token = _csrf(client.get("/add").text)
    before = int(re.search(r'id="count">(\d+)', client.get("/").text).group(1))  # type: ignore[union-attr]
    new = (
        XSS_DOC.replace("77/KH-SYT", "78/KH-SGD")
        .replace("SỞ Y TẾ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO")
        .replace("Sở Y tế", "Sở Giáo dục và Đào tạo")
    )
    files = [
        ("files", ("../../../etc/ke-hoach-78.txt", new.encode("utf-8"), "text/plain")),
        ("files", ("hong.pdf", b"%PDF-1.4 this is not a pdf", "application/pdf")),
        ("files", ("virus.exe", b"MZ\x90\x00", "application/octet-stream")),
    ]
    r = client.post("/add", data={"csrf": token, "province": "Lạng Sơn"}, files=files, follow_redirects=False)
    assert r.status_code == 303
    page = _wait(client, r.headers["location"])
    assert "hong.pdf" in page and "virus.exe" in page and 'id="failures"' in page
    assert not (home / "etc").exists() and not Path("/etc/ke-hoach-78.txt").exists()
    assert all(p.is_relative_to(home / "uploads") for p in (home / "uploads").rglob("*"))
    assert _hits(client.get("/", params={"q": "78/KH-SGD"}).text)
    after = int(re.search(r'id="count">(\d+)', client.get("/").text).group(1))  # type: ignore[union-attr]
    assert after == before + 1  # the new document in, nothing stored lost


def test_an_upload_too_large_is_refused_whole(client: TestClient) -> None:
    from graph import web

    token = _csrf(client.get("/add").text)
    r = client.post(
        "/add",
        data={"csrf": token},
        files={"files": ("big.txt", b"a", "text/plain")},
        headers={"content-length": str(web.MAX_BODY + 1)},
    )
    assert r.status_code in (400, 413)


def test_the_language_switches_per_session(store, home: Path) -> None:  # type: ignore[no-untyped-def]
    c = TestClient(_app(store, home).app)
    assert "Tìm kiếm" in c.get("/").text
    c.get("/lang/en", params={"back": "/audit"})
    page = c.get("/audit").text
    assert "Audit of launches" in page and "Kiểm tra trích dẫn văn bản" not in page
    other = TestClient(_app(store, home).app)
    assert "Tìm kiếm" in other.get("/").text  # another person keeps Vietnamese
