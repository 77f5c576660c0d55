"""Errors that reach people: one line, naming the file and the reason."""

from __future__ import annotations

from .i18n import shown, t


class ThiduaError(Exception):
    """Base class of every error thidua reports to its users."""


class LoadError(ThiduaError):
    """A file that cannot be read as a document."""

    def __init__(self, path: str, key: str, **params: object) -> None:
        self.path = path
        self.key = key
        self.params = params
        super().__init__(f"{shown(path)}: {t(key, **params)}")

    @property
    def reason(self) -> str:
        return t(self.key, **self.params)


class UserError(ThiduaError):
    """A request that cannot be answered as asked (an unknown document number, query or parameter): the
    store is fine, the question is not; the message says what would be answerable."""
