"""Accounts of the web workspace: names, roles and Argon2id password hashes (argon2-cffi), in one JSON file.

Roles, each including the one before: ``viewer`` reads; ``editor`` adds documents and edits the audit rules;
``admin`` also manages accounts.  The file is written whole and atomically, readable by its owner only.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from .errors import UserError
from .i18n import t

ROLES = ("viewer", "editor", "admin")
ACCOUNTS_FILE = "thidua-accounts.json"
_NAME = re.compile(r"^[\w.\-@]{2,64}$")
MIN_PASSWORD = 10
_HASHER = PasswordHasher()  # Argon2id with the library's recommended parameters (RFC 9106)
# verifying an unknown name costs the same as a known one: no timing tells which names exist
_DUMMY = _HASHER.hash("thidua-no-such-account")


@dataclass(frozen=True, slots=True)
class User:
    name: str
    role: str

    def can(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)


class Accounts:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._seen: tuple[tuple[int, int], dict[str, dict[str, str]]] | None = None  # (mtime, size) → content

    def _read(self) -> dict[str, dict[str, str]]:
        """The accounts as the file holds them now (read again only when the file changed: every request
        asks who is logged in)."""
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise UserError(t("accounts_unreadable", path=self.path, detail=exc)) from None
        stamp = (st.st_mtime_ns, st.st_size)
        if self._seen is not None and self._seen[0] == stamp:
            return {k: dict(v) for k, v in self._seen[1].items()}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise UserError(t("accounts_unreadable", path=self.path, detail=exc)) from None
        if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
            raise UserError(t("accounts_unreadable", path=self.path, detail="format"))
        self._seen = (stamp, data)
        return {k: dict(v) for k, v in data.items()}

    def _write(self, data: dict[str, dict[str, str]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".accounts-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, ensure_ascii=False, indent=1, sort_keys=True)
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def empty(self) -> bool:
        return not self._read()

    def users(self) -> list[User]:
        return [User(name, v["role"]) for name, v in sorted(self._read().items())]

    def add(self, name: str, password: str, role: str) -> User:
        if not _NAME.match(name):
            raise UserError(t("account_bad_name", name=name))
        if role not in ROLES:
            raise UserError(t("account_bad_role", role=role, roles=", ".join(ROLES)))
        if len(password) < MIN_PASSWORD:
            raise UserError(t("account_short_password", n=MIN_PASSWORD))
        data = self._read()
        data[name] = {"role": role, "hash": _HASHER.hash(password)}
        self._write(data)
        return User(name, role)

    def remove(self, name: str) -> None:
        data = self._read()
        if name not in data:
            raise UserError(t("account_unknown", name=name))
        del data[name]
        self._write(data)

    def check(self, name: str, password: str) -> User | None:
        """The account when the password is right, else None (the same work either way)."""
        entry = self._read().get(name)
        try:
            _HASHER.verify(entry["hash"] if entry else _DUMMY, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if entry is None:
            return None
        if _HASHER.check_needs_rehash(entry["hash"]):
            data = self._read()
            data[name]["hash"] = _HASHER.hash(password)
            self._write(data)
        return User(name, entry["role"])

    def get(self, name: str) -> User | None:
        entry = self._read().get(name)
        return User(name, entry["role"]) if entry else None
