"""Every file format kamgraph reads and writes, one module per format, one table.

The formats and their modules (see :data:`kamgraph.formats.table.FORMATS`):

* ``yaml`` (:mod:`~kamgraph.formats.yamlfile`) and ``json`` (:mod:`~kamgraph.formats.jsonfile`):
  one account per file;
* ``csv`` (:mod:`~kamgraph.formats.csvdir`): a folder, one file per record kind;
* ``xlsx`` (:mod:`~kamgraph.formats.workbook`): a workbook, one sheet per record kind;
* ``graphml`` and ``gexf`` (:mod:`~kamgraph.formats.graphfile`): the graph, written only;
* ``salesforce`` (:mod:`~kamgraph.formats.salesforce`) and ``hubspot``
  (:mod:`~kamgraph.formats.hubspot`): CRM exports, read only with ``--from`` (what the CRM
  readers share is in :mod:`~kamgraph.formats.crm`).

Every reader hands its records to the same validation (:mod:`~kamgraph.formats.records`,
:mod:`~kamgraph.formats.checks`, :mod:`~kamgraph.formats.limits`).

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

from kamgraph.errors import ImportValidationError, KamgraphError
from kamgraph.formats.csvdir import parse_csv_dir
from kamgraph.formats.records import Issues
from kamgraph.formats.table import FORMATS, Format, by_suffix, folder_format
from kamgraph.formats.yamlfile import parse_yaml
from kamgraph.i18n import N_, Text
from kamgraph.model import AccountData

__all__ = ["load_paths", "export_account", "parse_yaml", "parse_csv_dir",
           "ImportValidationError", "FORMATS", "Format"]


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
            issues.add_at(label, None, "account", Text(N_("account {id!r} is also in {file}"),
                                                       id=aid, file=owner[aid]))
        owner.setdefault(aid, label)
        for kind, word in (("staff", N_("staff member {id!r} differs from the one in {file} "
                                        "(shared by all accounts: it must read the same "
                                        "everywhere)")),
                           ("competitor", N_("competitor {id!r} differs from the one in {file} "
                                             "(shared by all accounts: it must read the same "
                                             "everywhere)"))):
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
                                  Text(word, id=s["id"], file=first[0]))


def _reader(path: Path, label: str, source: str | None, issues: Issues) -> Format | None:
    """The format to read ``path`` with, or None with the reason in ``issues``."""
    if source is not None:
        fmt = FORMATS.get(source)
        if fmt is None or fmt.reader is None:
            raise KamgraphError(N_("cannot import from {source!r}"), source=source)
        return fmt
    if path.is_dir():
        return folder_format()
    if not path.exists():
        issues.add_at(label, None, None, Text(N_("no such file or folder")))
        return None
    fmt = by_suffix(path.suffix)
    if fmt is None:
        suffixes = [s for f in FORMATS.values() if f.reader and not f.crm for s in f.suffixes]
        issues.add_at(label, None, None, Text(
            N_("is neither an account file ({suffixes}) nor a folder of {format} files"),
            suffixes=", ".join(suffixes), format=folder_format().name.upper()))
    return fmt


def load_paths(paths: Sequence[str | Path], *, max_bytes: int | None = None,
               source: str | None = None) -> list[AccountData]:
    """Read and validate every path; return one :class:`AccountData` per account.

    Parameters
    ----------
    paths
        Account files (``.yaml``, ``.yml``, ``.json``), Excel workbooks (``.xlsx``) and
        folders of CSV files: each read by the format its suffix names.
    max_bytes
        Largest file accepted (default 20 MB, or ``KAMGRAPH_MAX_IMPORT_MB``); a larger
        one is refused without being read.
    source
        A CRM export format (``"salesforce"``, ``"hubspot"``): every path is a folder of
        its exports.

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
        fmt = _reader(path, label, source, issues)
        if fmt is not None and fmt.reader is not None:
            found += [(label, d) for d in fmt.reader(path, issues, label=label,
                                                     max_bytes=max_bytes)]
    _cross_checks(found, issues)
    if issues:
        raise ImportValidationError(list(dict.fromkeys(issues)))
    return [d for _, d in found]


def export_account(
    data: AccountData, fmt: str, out: Path, *, include_private: bool = False,
    bom: bool = False, excel_safe: bool = False,
) -> list[Path]:
    """Write one account to ``out`` in format ``fmt`` and return the paths written.

    File formats write one file (``out/<account>.<suffix>`` when ``out`` is an existing
    folder); folder formats (``csv``) write a folder. For CSV, ``bom`` starts each file
    with a UTF-8 byte-order mark (Excel on Windows then reads the Chinese right; the
    importer accepts it) and ``excel_safe`` neutralises formula cells (see
    :func:`~kamgraph.formats.csvdir.dump_csv`). Private person fields are left out
    unless ``include_private`` is true.
    """
    out = Path(out)
    format_ = FORMATS.get(fmt)
    if format_ is None or format_.writer is None:
        names = [f.name for f in FORMATS.values() if f.writer is not None]
        raise KamgraphError(N_("unknown export format {format!r}; use one of {names}"),
                            format=fmt, names=", ".join(names))
    if not format_.folder:
        if out.is_dir():
            out = out / f"{data.account_id}{format_.suffixes[0]}"
        out.parent.mkdir(parents=True, exist_ok=True)
    return format_.writer(data, out, include_private=include_private, bom=bom,
                          excel_safe=excel_safe)
