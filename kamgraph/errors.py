"""Every exception kamgraph raises, in one hierarchy.

The library raises these; the CLI turns each into one ``Error: ...`` line (``错误：...``
in Chinese) and a non-zero exit. Driver and engine errors are wrapped ``from`` the
original so the cause stays available to Python callers.

A message given with its parameters apart, ``NotFound(N_("no staff member {staff!r}"),
staff=s)``, is English in ``str(e)`` and reaches the user in their language through
:meth:`KamgraphError.localized` (the template is a message of the catalogue).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = [
    "KamgraphError",
    "ConfigError",
    "QueryFileError",
    "StoreError",
    "StoreUnavailable",
    "EngineBusy",
    "NotFound",
    "ValidationIssue",
    "ImportValidationError",
    "AnalysisError",
]


class KamgraphError(Exception):
    """Base class of every error kamgraph raises on purpose.

    Examples
    --------
    >>> from kamgraph.i18n import N_, set_lang
    >>> e = NotFound(N_("no staff member {staff!r}"), staff="s-x")
    >>> str(e)
    "no staff member 's-x'"
    >>> set_lang("zh"); e.localized()
    "没有我方人员 's-x'"
    >>> KamgraphError("not in the catalogue").localized()
    'not in the catalogue'
    >>> set_lang(None)
    """

    template: str | None = None
    params: dict[str, Any] = {}

    def __init__(self, message: object = "", *args: object, **params: Any) -> None:
        if isinstance(message, str):
            self.template, self.params = message, params
            message = message.format(**params) if params else message
        super().__init__(message, *args)

    def localized(self) -> str:
        """The message in the current language (as ``str(self)`` when not in the catalogue)."""
        if (self.template is None or type(self).__str__ is not Exception.__str__
                or self.args[:1] != (self._english(),)):
            return str(self)  # a subclass that words itself, or a message set otherwise
        from kamgraph.i18n import _, localized

        text = _(self.template)
        if not self.params:
            return text
        return text.format(**{k: localized(v) for k, v in self.params.items()})

    def _english(self) -> str:
        assert self.template is not None
        return self.template.format(**self.params) if self.params else self.template


class ConfigError(KamgraphError):
    """A setting (option, environment variable, home directory) is unusable."""


class QueryFileError(KamgraphError):
    """A file in ``cypher/`` is missing or malformed; the message names file and line."""


class StoreError(KamgraphError):
    """The store refused or failed a query."""


class StoreUnavailable(StoreError):
    """The store cannot be reached (Neo4j down, embedded engine crashed or not started)."""


class EngineBusy(StoreError):
    """The embedded engine's home is held by a process that does not answer."""


class NotFound(KamgraphError):
    """An account, person, opportunity or staff member named by the user does not exist."""


@dataclass(frozen=True, order=True)
class ValidationIssue:
    """One problem found in an input file: where it is and what is wrong."""

    file: str
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
        if self.field:
            where += f": {self.field}"
        return f"{where}: {self.message}"

    def localized(self) -> str:
        """As ``str(self)``, the message in the current language."""
        from kamgraph.i18n import localized

        head = str(self)[:-len(self.message)] if self.message else str(self)
        return head + str(localized(self.message))


class ImportValidationError(KamgraphError):
    """An import found problems; nothing was written. ``issues`` lists them all."""

    def __init__(self, issues: list[ValidationIssue]) -> None:
        self.issues = sorted(issues, key=lambda i: (i.file, i.line or 0, i.field or ""))
        n = len(self.issues)
        files = sorted({i.file for i in self.issues})
        head = f"{n} problem{'s' if n != 1 else ''} in {', '.join(files)}; nothing was written"
        super().__init__(head + "\n" + "\n".join(f"  {i}" for i in self.issues))

    def localized(self) -> str:
        """The refusal in the current language: file, row and field as they are."""
        from kamgraph.i18n import ngettext

        n = len(self.issues)
        files = ", ".join(sorted({i.file for i in self.issues}))
        head = ngettext("{n} problem in {files}; nothing was written",
                        "{n} problems in {files}; nothing was written", n).format(n=n, files=files)
        return head + "\n" + "\n".join(f"  {i.localized()}" for i in self.issues)


class AnalysisError(KamgraphError):
    """An analyzer was asked something the graph cannot answer (e.g. unknown opportunity)."""
