"""Import accounts from YAML/JSON files and CSV folders, validated completely first.

:func:`load_paths` is what ``kamgraph import`` calls: it reads every path, checks
everything, and either returns one :class:`~kamgraph.model.AccountData` per account
or raises :class:`~kamgraph.errors.ImportValidationError` listing every problem of
every file, so that nothing is written. The formats are in ``docs/formats.md``.

Normalised records hold only their kind's fields, coerced (dates as
:class:`datetime.date`, lists as ``list[str]``); unset optional fields are absent
unless the model gives a default. Stance records also carry ``raw`` (the value as
written) next to ``value`` (on the 7-point scale); a field-scale ``-10`` is stored
``toward`` the competitor it names. Every list is sorted by its kind's key.

Examples
--------
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "acme.yaml"
>>> _ = path.write_text("account: {id: acme, name: Acme}\\npeople:\\n"
...                     "  - {id: p1, name: 王强, level: ceo}\\n", encoding="utf-8")
>>> try:
...     load_paths([path])
... except ImportValidationError as exc:
...     print(exc.issues[0].line, exc.issues[0].field, exc.issues[0].message)
3 level 'ceo' is not one of staff, manager, director, vp, c-level, board
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kamgraph.errors import ImportValidationError
from kamgraph.importers.csvdir import parse_csv_dir, read_csv_dir
from kamgraph.importers.records import Issues
from kamgraph.importers.yamlfile import parse_yaml, read_yaml
from kamgraph.model import AccountData

__all__ = ["load_paths", "load_salesforce", "parse_yaml", "parse_csv_dir", "ImportValidationError",
           "FILE_SUFFIXES"]

#: Suffixes read as one account file (JSON has the YAML structure).
FILE_SUFFIXES: tuple[str, ...] = (".yaml", ".yml", ".json")


def _cross_checks(found: list[tuple[str, AccountData]], issues: Issues) -> None:
    """An account may come from one path only; a staff member or competitor (shared by
    every account) must read the same everywhere."""
    owner: dict[str, str] = {}
    shared: dict[tuple[str, str], tuple[str, dict[str, object]]] = {}
    for label, data in found:
        aid = data["account"][0].get("id") if data["account"] else None
        if aid is None:
            continue
        if aid in owner and owner[aid] != label:
            issues.add_at(label, None, "account", f"account {aid!r} is also in {owner[aid]}")
        owner.setdefault(aid, label)
        for kind, word in (("staff", "staff member"), ("competitor", "competitor")):
            for s in data[kind]:
                if "id" not in s:
                    continue
                where = data.where(kind, s["id"])
                first = shared.setdefault((kind, s["id"]), (where, s))
                if first[1] != s:
                    file, _, line = where.rpartition(":")
                    if not line.isdigit():
                        file, line = where, ""
                    issues.add_at(file, int(line) if line else None, kind,
                                  f"{word} {s['id']!r} differs from the one in {first[0]} "
                                  "(shared by all accounts: it must read the same everywhere)")


def load_paths(paths: Sequence[str | Path], *, max_bytes: int | None = None) -> list[AccountData]:
    """Read and validate every path; return one :class:`AccountData` per account.

    Parameters
    ----------
    paths
        Account files (``.yaml``, ``.yml``, ``.json``), Excel workbooks (``.xlsx``) and
        folders of CSV files.
    max_bytes
        Largest file accepted (default 20 MB, or ``KAMGRAPH_MAX_IMPORT_MB``); a larger
        one is refused without being read.

    Raises
    ------
    ImportValidationError
        When anything is wrong anywhere; ``issues`` lists every problem (file,
        line or row, field, message) and nothing should be written.
    """
    issues = Issues()
    found: list[tuple[str, AccountData]] = []
    for p in paths:
        path, label = Path(p), str(p)
        if path.is_dir():
            found += [(label, d) for d in read_csv_dir(path, issues, label=label,
                                                       max_bytes=max_bytes)]
        elif not path.exists():
            issues.add_at(label, None, None, "no such file or folder")
        elif path.suffix.lower() == ".xlsx":
            from kamgraph.importers.workbook import read_workbook

            found += [(label, d) for d in read_workbook(path, issues, label=label,
                                                        max_bytes=max_bytes)]
        elif path.suffix.lower() in FILE_SUFFIXES:
            data = read_yaml(path, issues, label=label, max_bytes=max_bytes)
            if data is not None:
                found.append((label, data))
        else:
            issues.add_at(label, None, None,
                          "is neither a .yaml/.yml/.json account file, an .xlsx workbook nor "
                          "a folder of CSV files")
    _cross_checks(found, issues)
    if issues:
        raise ImportValidationError(list(dict.fromkeys(issues)))
    return [d for _, d in found]


def load_salesforce(folders: Sequence[str | Path]) -> list[AccountData]:
    """Read and validate folders of Salesforce exports (see
    :mod:`kamgraph.importers.salesforce`); raise as :func:`load_paths` does."""
    from kamgraph.importers.salesforce import read_salesforce

    issues = Issues()
    found: list[tuple[str, AccountData]] = []
    for p in folders:
        found += [(str(p), d) for d in read_salesforce(Path(p), issues)]
    _cross_checks(found, issues)
    if issues:
        raise ImportValidationError(list(dict.fromkeys(issues)))
    return [d for _, d in found]
