"""Output helpers of the CLI: aligned tables for people, JSON for machines."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import click

from kamgraph.tables import table, to_jsonable, width

__all__ = ["to_jsonable", "echo_json", "table", "echo_table", "width"]


def echo_json(value: Any) -> None:
    click.echo(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2))


def echo_table(rows: Iterable[Sequence[Any]], headers: Sequence[str]) -> None:
    click.echo(table(rows, headers))
