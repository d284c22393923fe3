"""Write account records in the CSV folder format of ``docs/formats.md``.

Each account is serialized on its own (:func:`account_chunks`), so accounts can be
made in worker processes and written in order by the parent.

Examples
--------
>>> cell(["a", "b"]), cell(True), cell(None), cell(0.5)
('a;b', 'true', '', '0.5')
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from kamgraph.model import KINDS, AccountData
from kamgraph.records import KnowsRecord, StaffRecord
from kamgraph.synth.normal import written_stance

__all__ = ["cell", "account_chunks", "staff_chunk", "write_csv", "file_names"]

_FIELDS = {name: [f.name for f in kind.fields] for name, kind in KINDS.items()}
_NEEDS_CELL = {name for name, kind in KINDS.items()
               if any(f.type in ("bool", "list", "reflist") for f in kind.fields)}


def cell(v: Any) -> str:
    """One CSV cell: lists ``;``-joined, booleans ``true``/``false``, dates ISO."""
    if v is None:
        return ""
    t = type(v)
    if t is str:
        return str(v)  # already a str: the same object
    if t is bool:
        return "true" if v else "false"
    if t is list or t is tuple:
        return ";".join(v)
    if t is dt.date:
        return dt.date.isoformat(v)
    return str(v)


def file_names() -> list[str]:
    """CSV file names in :data:`~kamgraph.model.KINDS` order."""
    return [f"{k.plural}.csv" for k in KINDS.values()]


def _knows_text(acc: str, recs: list[KnowsRecord]) -> str:
    # ids, enums, numbers and dates never need quoting: format the lines directly
    memo: dict[Any, str] = {}

    def s(v: Any) -> str:
        if v is None:
            return ""
        out = memo.get(v)
        if out is None:
            out = memo[v] = cell(v)
            if any(c in out for c in ',"\r\n'):
                raise ValueError(f"unexpected value {out!r} in knows")
        return out

    return "".join([f"{acc},{s(r['source'])},{s(r['target'])},{s(r['strength'])},"
                    f"{s(r.get('circle'))},{s(r.get('since'))}\n" for r in recs])


def account_chunks(data: AccountData) -> dict[str, tuple[str, int]]:
    """One account's rows as CSV text (no header) per file name, with row counts."""
    acc = data.account_id
    out: dict[str, tuple[str, int]] = {}
    for name, kind in KINDS.items():
        recs = data[name]
        if name == "staff" or not recs:
            continue
        fname = f"{kind.plural}.csv"
        if name == "knows" and _FIELDS["knows"] == ["source", "target", "strength", "circle",
                                                     "since"]:
            out[fname] = (_knows_text(acc, data.of("knows")), len(recs))
            continue
        names = _FIELDS[name]
        written: Sequence[Mapping[str, object]] = (
            [written_stance(r) for r in data.of("stance")] if name == "stance" else recs)
        rows: list[list[Any]]
        if name in _NEEDS_CELL:  # lists and booleans; csv writes the rest itself
            rows = [[cell(r.get(f)) for f in names] for r in written]
        else:  # None -> "", dates -> ISO, numbers -> str: csv does this
            rows = [list(map(r.get, names)) for r in written]
        if kind.account_scoped:
            rows = [[acc, *row] for row in rows]
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(rows)
        out[fname] = (buf.getvalue(), len(rows))
    return out


def staff_chunk(staff: list[StaffRecord]) -> str:
    """The rows of ``staff.csv`` (no header)."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(
        [[cell(s.get(f)) for f in _FIELDS["staff"]] for s in staff])
    return buf.getvalue()


def write_csv(out_dir: Path, chunks: Iterable[dict[str, tuple[str, int]]],
              staff: list[StaffRecord]) -> dict[str, int]:
    """Write every file (header first) from per-account chunks; returns rows per file."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files = {}
    counts = {f: 0 for f in file_names()}
    try:
        for kind in KINDS.values():
            fname = f"{kind.plural}.csv"
            f = files[fname] = open(out_dir / fname, "w", encoding="utf-8", newline="")
            f.write(",".join(kind.columns) + "\n")
        files["staff.csv"].write(staff_chunk(staff))
        counts["staff.csv"] = len(staff)
        for chunk in chunks:
            for fname, (text, n) in chunk.items():
                files[fname].write(text)
                counts[fname] += n
    finally:
        for f in files.values():
            f.close()
    return counts
