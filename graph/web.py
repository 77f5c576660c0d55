"""``thidua serve``: the workspace in a browser (Starlette, Jinja2 templates, uvicorn), over the same library.

Every page renders what :mod:`graph.workspace`, :mod:`graph.reports` and the audit return; nothing here
reads the graph by itself.  Safety: loopback by default and accounts required anywhere else; Argon2id
passwords (:mod:`graph.accounts`); a signed session cookie (HttpOnly, SameSite=Strict, Secure off loopback);
a CSRF token on every form; a Content-Security-Policy with no inline script; every text autoescaped; uploads
bounded in size, count and type, stored under names made from their content.  Vietnamese by default.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import secrets
import tempfile
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .accounts import Accounts, User
from .errors import ThiduaError, UserError
from .i18n import human_dates, lang, set_lang, t
from .reports import COLUMNS, STATUSES, column_label, status_label, to_csv, to_pdf, to_xlsx
from .store import StoreError
from .workspace import FACETS, Workspace, facet_label

MAX_FILE = 25 * 1024 * 1024  # bytes per uploaded file
MAX_FILES = 50  # files per upload
MAX_BODY = MAX_FILE * 4  # bytes per request
UPLOAD_SUFFIXES = (
    ".txt",
    ".md",
    ".docx",
    ".doc",
    ".odt",
    ".rtf",
    ".pdf",
    ".html",
    ".htm",
    ".png",
    ".jpg",
    ".jpeg",
    ".tif",
    ".tiff",
)
MAX_RULES = 512 * 1024
AUDIT_PAGE = 100  # audit rows on one page (the exports hold them all)
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
LOCAL = User("local", "admin")  # the one person at this machine, when no account exists and only loopback listens


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass
class Job:
    """One upload going through the build, watched from its page."""

    id: str
    user: str
    files: list[str]
    stage: str = "queued"
    done: int = 0
    total: int = 0
    finished: bool = False
    report: Any = None
    error: str | None = None
    rejected: list[tuple[str, str]] = field(default_factory=list)
    started: float = field(default_factory=time.time)


class _Security:
    """Security headers on every response (pure ASGI middleware)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                have = {k.lower() for k, _ in headers}
                for k, v in (
                    (b"content-security-policy", CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"cross-origin-opener-policy", b"same-origin"),
                    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
                ):
                    if k not in have:
                        headers.append((k, v))
                if not scope["path"].startswith("/static/") and b"cache-control" not in have:
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


class Web:
    """The application and what it keeps between requests."""

    def __init__(
        self, workspace: Workspace, accounts: Accounts, *, host: str = "127.0.0.1", secret: str | None = None
    ) -> None:
        self.ws = workspace
        self.accounts = accounts
        self.host = host
        if not is_loopback(host) and accounts.empty():
            raise UserError(t("web_needs_accounts", host=host))
        self.jobs: dict[str, Job] = {}
        self.env = Environment(
            loader=PackageLoader("graph", "templates/web"),
            autoescape=select_autoescape(["html"], default=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.globals.update(t=t, human_dates=human_dates, column_label=column_label, status_label=status_label)
        from .analysis import place_name
        from .i18n import cell, column
        from .vocab import LEVELS

        self.env.globals.update(
            place=place_name,
            level_name=lambda lv: LEVELS.get(lv, LEVELS["unknown"])[0 if lang() == "vi" else 1],
            qcolumn=column,
            qcell=cell,
        )
        # JSON inside <script type="application/json">: no "<" can close the element or open a comment
        self.env.filters["safe_json"] = lambda s: Markup(
            s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        )
        self.env.filters["q"] = lambda d: urlencode({k: v for k, v in d.items() if v not in (None, "")})
        secret = secret or secrets.token_urlsafe(32)
        import pyvis

        vis = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
        routes = [
            Route("/", self.search),
            Route("/doc", self.document),
            Route("/source", self.source),
            Route("/cascade", self.cascade),
            Route("/audit", self.audit),
            Route("/audit.{fmt}", self.audit_export),
            Route("/add", self.add, methods=["GET", "POST"]),
            Route("/jobs/{job}", self.job),
            Route("/rules", self.rules, methods=["GET", "POST"]),
            Route("/accounts", self.accounts_page, methods=["GET", "POST"]),
            Route("/sparql", self.sparql, methods=["GET", "POST"]),
            Route("/console", self.console),
            Route("/login", self.login, methods=["GET", "POST"]),
            Route("/logout", self.logout, methods=["POST"]),
            Route("/lang/{code}", self.switch_lang),
            Route("/static/vis/{name}", lambda r: self._vis(vis, r)),
            Mount("/static", StaticFiles(packages=[("graph", "static")]), name="static"),
        ]
        self.app = Starlette(
            routes=routes,
            middleware=[
                Middleware(_Security),
                Middleware(
                    SessionMiddleware,
                    secret_key=secret,
                    session_cookie="thidua_session",
                    max_age=8 * 3600,
                    same_site="strict",
                    https_only=not is_loopback(host),
                ),
            ],
            exception_handlers={HTTPException: self._http_error, 404: self._not_found, 500: self._server_error},
        )

    @property
    def local_mode(self) -> bool:
        """No account yet and only this machine listens: its one user may do everything (read every request,
        so that the first account made on the accounts page ends it)."""
        return is_loopback(self.host) and self.accounts.empty()

    # ---- plumbing ------------------------------------------------------------------------------
    def _begin(self, request: Request) -> None:
        set_lang(request.session.get("lang", "vi"))

    def user(self, request: Request) -> User | None:
        if self.local_mode:
            return LOCAL
        name = request.session.get("user")
        return self.accounts.get(name) if name else None

    def csrf(self, request: Request) -> str:
        token = request.session.get("csrf")
        if not token:
            token = request.session["csrf"] = secrets.token_urlsafe(32)
        return token

    def _csrf_ok(self, request: Request, form: Any) -> bool:
        sent = form.get("csrf") or request.headers.get("x-csrf-token") or ""
        want = request.session.get("csrf") or ""
        return bool(want) and isinstance(sent, str) and hmac.compare_digest(sent, want)

    def page(self, request: Request, template: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        user = self.user(request)
        html = self.env.get_template(template).render(
            request=request,
            user=user,
            local_mode=self.local_mode,
            csrf=self.csrf(request),
            lang=lang(),
            path=request.url.path,
            **ctx,
        )
        return HTMLResponse(html, status_code=status)

    def error(self, request: Request, message: str, status: int = 400) -> HTMLResponse:
        return self.page(request, "error.html", status=status, message=message)

    def _guard(self, request: Request, role: str = "viewer") -> Response | User:
        self._begin(request)
        user = self.user(request)
        if user is None:
            return RedirectResponse("/login?" + urlencode({"next": str(request.url.path)}), status_code=303)
        if not user.can(role):
            return self.error(request, t("web_forbidden", role=t("role_" + role)), status=403)
        return user

    async def _not_found(self, request: Request, exc: Exception) -> Response:
        self._begin(request)
        return self.error(request, t("web_not_found"), status=404)

    async def _http_error(self, request: Request, exc: Exception) -> Response:
        """The framework's own refusals (a method not allowed, a malformed request) in the reader's language."""
        self._begin(request)
        code = getattr(exc, "status_code", 400)
        key = {404: "web_not_found", 405: "web_method"}.get(code, "web_bad_request")
        return self.error(request, t(key), status=code)

    async def _server_error(self, request: Request, exc: Exception) -> Response:
        return PlainTextResponse(t("web_server_error"), status_code=500)

    def _vis(self, folder: Path, request: Request) -> Response:
        name = request.path_params["name"]
        if name not in ("vis-network.min.js", "vis-network.css"):
            return PlainTextResponse("", status_code=404)
        return FileResponse(folder / name, headers={"cache-control": "max-age=86400"})

    # ---- pages ---------------------------------------------------------------------------------
    def search(self, request: Request) -> Response:
        user = self._guard(request)
        if isinstance(user, Response):
            return user
        q = request.query_params.get("q", "")
        filters = {f: request.query_params.get(f, "") for f in FACETS}
        try:
            page = int(request.query_params.get("page", "1") or 1)
        except ValueError:
            page = 1
        try:
            result = self.ws.search(q, filters, page)
        except (UserError, StoreError) as exc:
            return self.error(request, str(exc))
        active = [(f, v, facet_label(f, v)) for f, v in filters.items() if v]
        return self.page(request, "search.html", result=result, filters=filters, active=active)

    def document(self, request: Request) -> Response:
        user = self._guard(request)
        if isinstance(user, Response):
            return user
        try:
            page = self.ws.document(request.query_params.get("id", ""))
        except (UserError, StoreError) as exc:
            return self.error(request, str(exc), status=404)
        return self.page(request, "document.html", p=page)

    def source(self, request: Request) -> Response:
        user = self._guard(request)
        if isinstance(user, Response):
            return user
        try:
            view = self.ws.source(request.query_params.get("st", ""))
        except (UserError, StoreError) as exc:
            return self.error(request, str(exc), status=404)
        return self.page(request, "source.html", v=view)

    def cascade(self, request: Request) -> Response:
        user = self._guard(request)
        if isinstance(user, Response):
            return user
        symbol = request.query_params.get("symbol", "").strip()
        year = _int(request.query_params.get("year"))
        group = request.query_params.get("group", "")
        if not symbol:
            return self.page(request, "cascade.html", result=None, symbol="", year=year)
        chosen = tuple(group.split("|", 1)) if "|" in group else None
        try:
            result = self.ws.cascade(symbol, year, chosen)  # type: ignore[arg-type]
        except (UserError, StoreError) as exc:
            return self.page(request, "cascade.html", result=None, symbol=symbol, year=year, problem=str(exc))
        return self.page(
            request,
            "cascade.html",
            result=result,
            symbol=symbol,
            year=year,
            chosen=chosen,
            network=json.dumps(_cascade_network(result), ensure_ascii=False),
        )

    def _audit_filters(self, request: Request) -> dict[str, Any]:
        qp = request.query_params
        status = qp.get("status", "")
        return {
            "province": qp.get("province", "") or None,
            "year": _int(qp.get("year")),
            "status": status if status in STATUSES else None,
            "rule": qp.get("rule", "") or None,
        }

    def audit(self, request: Request) -> Response:
        user = self._guard(request)
        if isinstance(user, Response):
            return user
        try:
            view = self.ws.audit_view()
        except (UserError, StoreError) as exc:
            return self.error(request, str(exc))
        if view is None:
            return self.page(request, "audit.html", report=None, rows=[], filters={}, provinces=[], years=[], rules=[])
        f = self._audit_filters(request)
        rows = view.filtered(**f)
        pages = max(1, -(-len(rows) // AUDIT_PAGE))
        page = min(max(1, _int(request.query_params.get("page")) or 1), pages)
        return self.page(
            request,
            "audit.html",
            report=view.report,
            rows=rows[(page - 1) * AUDIT_PAGE : page * AUDIT_PAGE],
            page=page,
            pages=pages,
            filters=f,
            provinces=view.provinces,
            years=view.years,
            rules=view.rules,
            counts=Counter(r.status for r in rows),
            columns=COLUMNS,
        )

    def audit_export(self, request: Request) -> Response:
        user = self._guard(request)
        if isinstance(user, Response):
            return user
        fmt = request.path_params["fmt"]
        if fmt not in ("xlsx", "csv", "pdf"):
            return self.error(request, t("web_not_found"), status=404)
        view = self.ws.audit_view()
        if view is None:
            return self.error(request, t("web_no_rules"), status=404)
        f = self._audit_filters(request)
        rows = view.filtered(**f)
        stamp = time.strftime("%Y%m%d")
        name = f"thidua-kiem-tra-{stamp}.{fmt}"
        if fmt == "xlsx":
            body, media = to_xlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        elif fmt == "csv":
            body, media = to_csv(rows), "text/csv; charset=utf-8"
        else:
            where = ", ".join(str(v) for v in (f["province"], f["year"], f["rule"]) if v)
            body = to_pdf(
                rows, t("web_audit_title"), human_dates(time.strftime("%Y-%m-%d")) + (f" · {where}" if where else "")
            )
            media = "application/pdf"
        return Response(body, media_type=media, headers={"content-disposition": f'attachment; filename="{name}"'})

    async def add(self, request: Request) -> Response:
        user = self._guard(request, "editor")
        if isinstance(user, Response):
            return user
        if request.method == "GET":
            return self.page(
                request, "add.html", limits=(MAX_FILES, MAX_FILE // (1024 * 1024)), suffixes=UPLOAD_SUFFIXES
            )
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > MAX_BODY:
            return self.error(request, t("web_upload_too_big", mb=MAX_BODY // (1024 * 1024)), status=413)
        try:
            form = await request.form(max_files=MAX_FILES, max_fields=20, max_part_size=MAX_FILE)
        except Exception as exc:  # a malformed body, too many parts, a part too large
            return self.error(request, t("web_upload_bad", detail=str(exc)[:200]), status=400)
        if not self._csrf_ok(request, form):
            return self.error(request, t("web_csrf"), status=403)
        province = str(form.get("province") or "").strip() or None
        saved: list[Path] = []
        rejected: list[tuple[str, str]] = []
        for item in form.getlist("files"):
            if not isinstance(item, UploadFile) or not item.filename:
                continue
            name = item.filename
            data = await item.read(MAX_FILE + 1)
            if len(data) > MAX_FILE:
                rejected.append((name, t("web_file_too_big", mb=MAX_FILE // (1024 * 1024))))
            elif not name.lower().endswith(UPLOAD_SUFFIXES):
                rejected.append((name, t("unsupported", suffix=Path(name).suffix or name)))
            elif not data:
                rejected.append((name, t("empty")))
            else:
                saved.append(self.ws.save_upload(name, data))
        if not saved and not rejected:
            return self.error(request, t("web_no_files"), status=400)
        job = Job(uuid.uuid4().hex, user.name, [p.name for p in saved], rejected=rejected, total=len(saved))
        self.jobs[job.id] = job
        if saved:
            threading.Thread(target=self._run_job, args=(job, saved, province, lang()), daemon=True).start()
        else:
            job.finished = True
        return RedirectResponse(f"/jobs/{job.id}", status_code=303)

    def _run_job(self, job: Job, paths: list[Path], province: str | None, language: str) -> None:
        set_lang(language)

        def progress(stage: str, done: int, total: int) -> None:
            job.stage, job.done, job.total = stage, done, total

        try:
            job.stage = "extract"
            job.report = self.ws.add(paths, province=province, progress=progress)
        except (ThiduaError, OSError) as exc:
            job.error = str(exc)
        except Exception as exc:  # the page says it; the store keeps what it held (the build is atomic per file)
            job.error = t("extract_failed", detail=f"{type(exc).__name__}: {exc}"[:200])
        finally:
            job.finished = True

    def job(self, request: Request) -> Response:
        user = self._guard(request, "editor")
        if isinstance(user, Response):
            return user
        job = self.jobs.get(request.path_params["job"])
        if job is None or (job.user != user.name and not user.can("admin")):
            return self.error(request, t("web_not_found"), status=404)
        return self.page(request, "job.html", job=job)

    async def rules(self, request: Request) -> Response:
        user = self._guard(request)
        if isinstance(user, Response):
            return user
        path = self.ws.rules_file
        text = path.read_text(encoding="utf-8") if path and path.exists() else ""
        if request.method == "GET":
            return self.page(request, "rules.html", text=text, rules_path=path, saved=request.query_params.get("saved"))
        if not user.can("editor"):
            return self.error(request, t("web_forbidden", role=t("role_editor")), status=403)
        form = await request.form(max_files=0, max_fields=5, max_part_size=MAX_RULES)
        if not self._csrf_ok(request, form):
            return self.error(request, t("web_csrf"), status=403)
        new = str(form.get("rules") or "").replace("\r\n", "\n")
        if path is None:
            return self.error(request, t("web_no_rules"), status=400)
        from .rules import RuleError, load_rules

        with tempfile.NamedTemporaryFile("w", suffix=".toml", dir=path.parent, delete=False, encoding="utf-8") as f:
            f.write(new)
            tmp = Path(f.name)
        try:
            load_rules(tmp)
        except RuleError as exc:
            tmp.unlink(missing_ok=True)
            return self.page(
                request,
                "rules.html",
                status=400,
                text=new,
                rules_path=path,
                problem=str(exc).replace(str(tmp), path.name),
            )
        tmp.replace(path)  # whole or not at all
        return RedirectResponse("/rules?saved=1", status_code=303)

    async def accounts_page(self, request: Request) -> Response:
        user = self._guard(request, "admin")
        if isinstance(user, Response):
            return user
        problem = None
        if request.method == "POST":
            form = await request.form(max_files=0, max_fields=10, max_part_size=4096)
            if not self._csrf_ok(request, form):
                return self.error(request, t("web_csrf"), status=403)
            name = str(form.get("name") or "").strip()
            try:
                if form.get("action") == "remove":
                    if name == user.name:
                        raise UserError(t("web_account_self"))
                    self.accounts.remove(name)
                else:
                    self.accounts.add(name, str(form.get("password") or ""), str(form.get("role") or "viewer"))
            except UserError as exc:
                problem = str(exc)
            else:
                return RedirectResponse("/accounts", status_code=303)
        return self.page(
            request, "accounts.html", status=400 if problem else 200, users=self.accounts.users(), problem=problem
        )

    async def sparql(self, request: Request) -> Response:
        user = self._guard(request)
        if isinstance(user, Response):
            return PlainTextResponse(t("web_login_needed"), status_code=401)
        if request.method == "GET":
            query = request.query_params.get("query")
            if request.query_params.get("update"):
                return PlainTextResponse(t("sparql_read_only"), status_code=403)
        else:
            ctype = request.headers.get("content-type", "").split(";")[0].strip()
            if ctype == "application/sparql-update":
                return PlainTextResponse(t("sparql_read_only"), status_code=403)
            if ctype == "application/sparql-query":
                query = (await request.body()).decode("utf-8", "replace")
            else:
                form = await request.form(max_files=0, max_fields=10, max_part_size=1024 * 1024)
                if form.get("update"):
                    return PlainTextResponse(t("sparql_read_only"), status_code=403)
                query = str(form.get("query") or "") or None
        if not query:
            return RedirectResponse("/console", status_code=303)
        if _looks_like_update(query):
            return PlainTextResponse(t("sparql_read_only"), status_code=403)
        try:
            media, body = self.ws.store.protocol_query(query)
        except StoreError as exc:
            return PlainTextResponse(str(exc), status_code=400)
        return Response(body, media_type=media)

    def console(self, request: Request) -> Response:
        user = self._guard(request)
        if isinstance(user, Response):
            return user
        from .queries import bind, catalogue, run

        named = catalogue()
        name = request.query_params.get("name", "")
        text = request.query_params.get("query", "")
        rows: list[dict[str, Any]] | None = None
        columns: list[str] = []
        problem = None
        params = {k[2:]: v for k, v in request.query_params.items() if k.startswith("p.") and v}
        try:
            if name in named:
                nq = named[name]
                bind(nq, params)
                rows = run(self.ws.store, nq, params)
                columns = list(nq.columns) or (list(rows[0]) if rows else [])
                text = text or nq.text
            elif text:
                if _looks_like_update(text):
                    raise UserError(t("sparql_read_only"))
                rows = self.ws.store.select(text)
                columns = list(rows[0]) if rows else []
        except (UserError, StoreError, ThiduaError) as exc:
            problem = str(exc)
        return self.page(
            request,
            "console.html",
            named=named,
            name=name,
            text=text,
            rows=(rows or [])[:2000],
            columns=columns,
            count=len(rows or []),
            problem=problem,
            params=params,
            ran=rows is not None,
        )

    async def login(self, request: Request) -> Response:
        self._begin(request)
        nxt = request.query_params.get("next", "/")
        nxt = nxt if nxt.startswith("/") and not nxt.startswith("//") else "/"
        if request.method == "GET":
            return self.page(request, "login.html", next=nxt)
        form = await request.form(max_files=0, max_fields=5, max_part_size=4096)
        if not self._csrf_ok(request, form):
            return self.error(request, t("web_csrf"), status=403)
        user = self.accounts.check(str(form.get("name") or ""), str(form.get("password") or ""))
        if user is None:
            time.sleep(0.3)
            return self.page(request, "login.html", status=401, next=nxt, problem=t("web_login_failed"))
        language = request.session.get("lang", "vi")
        request.session.clear()  # a new session on login (no fixation)
        request.session.update({"user": user.name, "lang": language, "csrf": secrets.token_urlsafe(32)})
        return RedirectResponse(nxt, status_code=303)

    async def logout(self, request: Request) -> Response:
        self._begin(request)
        form = await request.form(max_files=0, max_fields=5, max_part_size=4096)
        if not self._csrf_ok(request, form):
            return self.error(request, t("web_csrf"), status=403)
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    def switch_lang(self, request: Request) -> Response:
        code = request.path_params["code"]
        request.session["lang"] = "en" if code == "en" else "vi"
        back = request.query_params.get("back", "/")
        back = back if back.startswith("/") and not back.startswith("//") else "/"
        return RedirectResponse(back, status_code=303)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


_UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")


def _looks_like_update(query: str) -> bool:
    """An update, as the grammar starts one after its prologue (the store refuses it too: two locks)."""
    import re

    body = re.sub(r"(?m)#.*$", "", query)
    body = re.sub(r"(?is)^\s*(?:(?:PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*", "", body)
    return body.lstrip().upper().startswith(_UPDATE_WORDS)


def _cascade_network(result: dict[str, Any]) -> dict[str, Any]:
    """The cascade aggregated for drawing: the directive, one node per level, one per (province, level)
    group sized by its launches — never one node per launch."""
    from .analysis import place_name
    from .vocab import LEVELS

    vi = lang() == "vi"
    d = result["directive"]
    nodes = [
        {"id": "d", "label": d["label"], "level": 0, "shape": "box", "color": "#1f4e79", "font": {"color": "#fff"}}
    ]
    edges = []
    for (prov, level), n in sorted(result["groups"].items()):
        gid = f"{prov}|{level}"
        name = LEVELS.get(level, LEVELS["unknown"])[0 if vi else 1]
        rank = LEVELS.get(level, LEVELS["unknown"])[2]
        nodes.append(
            {"id": gid, "label": f"{place_name(prov)}\n{name}\n{n}", "level": 1 + rank, "value": n, "shape": "box"}
        )
        edges.append({"from": gid, "to": "d", "arrows": "to", "value": n})
    return {"nodes": nodes, "edges": edges}


def create_app(
    store: Any,
    accounts: Accounts,
    *,
    rules_file: Path | None = None,
    uploads: Path | None = None,
    host: str = "127.0.0.1",
    secret: str | None = None,
) -> Web:
    """The workspace over ``store`` (what ``thidua serve`` runs, and what the tests start)."""
    return Web(Workspace(store, rules_file=rules_file, uploads=uploads), accounts, host=host, secret=secret)
