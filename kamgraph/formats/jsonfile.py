"""Accounts as JSON files: the YAML format's structure, written as JSON.

The reader is the YAML reader (JSON is read with the line of every field, and refuses
``NaN``/``Infinity``, which JSON does not have); the writer writes the YAML structure
with dates as ``YYYY-MM-DD``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from kamgraph.formats.yamlfile import to_document
from kamgraph.model import AccountData

__all__ = ["dump_json", "write_json"]


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} to JSON")


def dump_json(data: AccountData, *, include_private: bool = False) -> str:
    """The account as JSON text with the YAML structure (dates as ``YYYY-MM-DD``)."""
    doc = to_document(data, include_private=include_private)
    return json.dumps(doc, ensure_ascii=False, indent=2, default=_jsonable) + "\n"


def write_json(data: AccountData, out: Path, *, include_private: bool = False,
               **_: Any) -> list[Path]:
    """Write the account as one JSON file."""
    out.write_text(dump_json(data, include_private=include_private), encoding="utf-8")
    return [out]
