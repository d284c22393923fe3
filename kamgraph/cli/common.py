"""What every CLI command shares: store options, opening the store, errors."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from kamgraph.config import Settings, resolve_settings

__all__ = ["store_options", "json_option", "open_from", "settings_from_kwargs"]

F = TypeVar("F", bound=Callable[..., Any])


def store_options(fn: F) -> F:
    """Add ``--uri/--user/--password/--database/--home`` (with NEO4J_* env fallbacks)."""
    opts = [
        click.option("--uri", envvar="NEO4J_URI", default=None, metavar="URI",
                     help="Neo4j bolt:// or neo4j:// URI [env NEO4J_URI]; "
                          "default: the embedded engine."),
        click.option("--user", envvar="NEO4J_USERNAME", default=None, help="[env NEO4J_USERNAME]"),
        click.option("--password", envvar="NEO4J_PASSWORD", default=None,
                     help="[env NEO4J_PASSWORD]"),
        click.option("--database", envvar="NEO4J_DATABASE", default=None,
                     help="Database name [env NEO4J_DATABASE]."),
        click.option("--home", envvar="KAMGRAPH_HOME", default=None,
                     type=click.Path(file_okay=False, path_type=Path),
                     help="kamgraph home: embedded data and credentials [env KAMGRAPH_HOME]."),
    ]
    for opt in reversed(opts):
        fn = opt(fn)
    return fn


def json_option(fn: F) -> F:
    return click.option("--json", "as_json", is_flag=True,
                        help="Print JSON instead of a table.")(fn)


def settings_from_kwargs(kwargs: dict[str, Any]) -> Settings:
    """Pop the store options out of a command's kwargs and resolve them."""
    return resolve_settings(
        uri=kwargs.pop("uri", None), user=kwargs.pop("user", None),
        password=kwargs.pop("password", None), database=kwargs.pop("database", None),
        home=kwargs.pop("home", None),
    )


@contextmanager
def open_from(settings: Settings) -> Iterator[Any]:
    """Open the configured store for the length of one command."""
    from kamgraph.store import open_store

    with open_store(settings) as store:
        yield store


def with_store(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Decorator: resolve the store options and pass an open ``store`` to the command."""

    @store_options
    @functools.wraps(fn)
    def wrapper(**kwargs: Any) -> Any:
        settings = settings_from_kwargs(kwargs)
        with open_from(settings) as store:
            return fn(store=store, **kwargs)

    return wrapper
