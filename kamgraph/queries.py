"""Load the Cypher queries of ``cypher/`` by name.

Each query lives in its own ``.cypher`` file; the ``//`` comment lines at the top
are its documentation. A query is named by its path below ``cypher/`` without
the suffix, e.g. ``"read/accounts"``. Queries take ``$parameters`` only: values are
never formatted into query text.

Examples
--------
>>> q = get("schema/person_key")
>>> q.name, q.text.startswith("CREATE CONSTRAINT")
('schema/person_key', True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TypedDict

from kamgraph.errors import QueryFileError
from kamgraph.i18n import N_

__all__ = ["Query", "get", "names", "query_root"]

@dataclass(frozen=True)
class Query:
    """One query file: its name, documentation, text and where it came from."""

    name: str
    doc: str
    text: str
    path: str
    first_line: int  # line of the file where the query text starts


def query_root() -> Path:
    """The ``cypher/`` folder: inside the installed package, else the checkout's."""
    packaged = resources.files("kamgraph").joinpath("cypher")
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parent.parent / "cypher"
    if checkout.is_dir():
        return checkout
    raise QueryFileError(N_("cannot find the cypher/ folder (kamgraph installation is "
                            "incomplete)"))


@cache
def names() -> tuple[str, ...]:
    """Names of every query, sorted."""
    root = query_root()
    return tuple(sorted(p.relative_to(root).with_suffix("").as_posix()
                        for p in root.rglob("*.cypher")))


def _parse(name: str, path: Path) -> Query:
    lines = path.read_text(encoding="utf-8").splitlines()
    doc: list[str] = []
    i = 0
    while i < len(lines) and (lines[i].startswith("//") or not lines[i].strip()):
        if lines[i].startswith("//"):
            doc.append(lines[i][2:].strip())
        i += 1
    if not doc:
        raise QueryFileError(
            N_("{path}:1: the query has no // comment at the top saying what it does"), path=path)
    body = "\n".join(lines[i:]).strip()
    if not body:
        raise QueryFileError(N_("{path}:{line}: the file holds no query"), path=path, line=i + 1)
    if body.rstrip().endswith(";"):
        body = body.rstrip()[:-1]
    return Query(name=name, doc=" ".join(doc), text=body, path=str(path), first_line=i + 1)


@cache
def get(name: str) -> Query:
    """The query called ``name`` (its path below ``cypher/`` without ``.cypher``)."""
    path = query_root() / f"{name}.cypher"
    if not path.is_file():
        raise QueryFileError(N_("no query named {name!r} (expected {path})"), name=name, path=path)
    return _parse(name, path)


def params_of(name: str) -> set[str]:
    """The ``$parameters`` a query uses."""
    return set(re.findall(r"\$(\w+)", get(name).text))


class QueryInfo(TypedDict):
    """A query for listings: its name, its doc comment and its ``$parameters``."""

    name: str
    doc: str
    params: list[str]


def describe(name: str) -> QueryInfo:
    """Name, doc and parameters of a query, for listings."""
    q = get(name)
    return {"name": q.name, "doc": q.doc, "params": sorted(params_of(name))}
