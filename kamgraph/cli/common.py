"""What every CLI command shares: store options, --json and --lang, opening the store."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:  # the config (and platformdirs) load when a command runs, not for --help
    from kamgraph.config import Settings

__all__ = ["store_options", "json_option", "lang_option", "open_from", "settings_from_kwargs",
           "with_store", "global_value", "pick_value", "STORE_OPTIONS"]

F = TypeVar("F", bound=Callable[..., Any])

#: options that may stand before the command too (``kamgraph --home X accounts``)
STORE_OPTIONS = ("uri", "user", "password", "database", "home")


def _store_option_list() -> list[Callable[[F], F]]:
    return [
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


def store_options(fn: F) -> F:
    """Add ``--uri/--user/--password/--database/--home`` (with NEO4J_* env fallbacks)."""
    for opt in reversed(_store_option_list()):
        fn = opt(fn)
    return fn


def global_value(name: str) -> Any:
    """The value of a global option given before the command (``None`` when not given)."""
    ctx = click.get_current_context(silent=True)
    if ctx is None:
        return None
    root = ctx.find_root()
    return root.params.get(name) if root is not ctx else None


def _or_global(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    return value or (global_value(param.name) if param.name else None)


def json_option(fn: F) -> F:
    """``--json``: print the result as JSON (also accepted before the command)."""
    return click.option("--json", "as_json", is_flag=True, callback=_or_global,
                        help="Print JSON instead of a table.")(fn)


def _set_lang(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value:
        from kamgraph.i18n import set_lang

        set_lang(value)
    return value


def lang_option(fn: F) -> F:
    """``--lang en|zh``: the language of tables and messages (before or after the command)."""
    return click.option("--lang", type=click.Choice(("en", "zh")), default=None,
                        expose_value=False, is_eager=True, callback=_set_lang,
                        help="Language: en or zh [env KAMGRAPH_LANG; default: the locale, "
                             "else en].")(fn)


def pick_value(name: str, value: Any) -> Any:
    """A store option's value: given after the command, else given before it, else from the
    environment (which both levels read)."""
    from click.core import ParameterSource

    ctx = click.get_current_context(silent=True)
    if ctx is None:
        return value
    root = ctx.find_root()
    if root is ctx or ctx.get_parameter_source(name) == ParameterSource.COMMANDLINE:
        return value
    if root.get_parameter_source(name) == ParameterSource.COMMANDLINE:
        return root.params.get(name)
    return value if value is not None else root.params.get(name)


def settings_from_kwargs(kwargs: dict[str, Any]) -> Settings:
    """Pop the store options out of a command's kwargs (or the global ones) and resolve them."""
    from kamgraph.config import resolve_settings

    values = {k: pick_value(k, kwargs.pop(k, None)) for k in STORE_OPTIONS}
    return resolve_settings(**values)


@contextmanager
def open_from(settings: Settings) -> Iterator[Any]:
    """Open the configured store for the length of one command (with a spinner on a terminal
    while the embedded engine starts)."""
    from kamgraph.cli.progress import engine_start_notice
    from kamgraph.store import open_store

    with engine_start_notice(settings), open_store(settings) as store:
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
