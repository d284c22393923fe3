"""Shell completion of account, person, staff and opportunity ids (see docs/cli.md).

Completion asks the store, but never starts the embedded engine for it (that takes
seconds): with the engine down, ids are simply not offered. Every failure is silent; a
completion must never print an error into the user's command line.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click
from click.shell_completion import CompletionItem

__all__ = ["complete_account", "complete_person", "complete_staff", "complete_opportunity"]


@contextmanager
def _store(ctx: click.Context) -> Iterator[Any]:
    from kamgraph.config import resolve_settings
    from kamgraph.store import open_store

    params: dict[str, Any] = {}
    for c in (ctx.find_root(), ctx):
        params.update({k: v for k, v in c.params.items() if v is not None})
    settings = resolve_settings(uri=params.get("uri"), user=params.get("user"),
                                password=params.get("password"),
                                database=params.get("database"), home=params.get("home"))
    if settings.embedded:
        from kamgraph.store.engine import engine_status

        if not engine_status(settings.home).get("running"):
            yield None
            return
    with open_store(settings, schema=False) as store:
        yield store


def _items(pairs: list[tuple[str, str]], incomplete: str) -> list[CompletionItem]:
    low = incomplete.casefold()
    return [CompletionItem(i, help=label) for i, label in pairs
            if i.casefold().startswith(low) or label.casefold().startswith(low)]


def complete_account(ctx: click.Context, param: click.Parameter,
                     incomplete: str) -> list[CompletionItem]:
    try:
        from kamgraph.projection import display_name

        with _store(ctx) as store:
            if store is None:
                return []
            return _items([(r["id"], display_name(r)) for r in store.accounts()], incomplete)
    except Exception:
        return []


def _account(ctx: click.Context) -> str | None:
    """The account named on the line being completed.

    While an option's value is completed click has not parsed the arguments (the option
    lacks its value), so read the words the shell passes (``COMP_WORDS``).
    """
    import os
    import shlex

    if ctx.params.get("account"):
        return str(ctx.params["account"])
    try:
        words = shlex.split(os.environ.get("COMP_WORDS", ""))
    except ValueError:
        return None
    name = ctx.info_name
    if name not in words:
        return None
    takes_value = {o for p in ctx.command.params if isinstance(p, click.Option)
                   and not p.is_flag for o in p.opts}
    rest = words[words.index(name) + 1:]
    i = 0
    while i < len(rest):
        w = rest[i]
        if w in takes_value:
            i += 2
            continue
        if not w.startswith("-"):
            return w
        i += 1
    return None


def _graph_nodes(ctx: click.Context, kinds: tuple[str, ...],
                 incomplete: str) -> list[CompletionItem]:
    account = _account(ctx)
    if not account:
        return []
    try:
        with _store(ctx) as store:
            if store is None:
                return []
            G = store.project(account)
            return _items(sorted((str(n), str(d.get("label") or n))
                                 for n, d in G.nodes(data=True) if d.get("kind") in kinds),
                          incomplete)
    except Exception:
        return []


def complete_person(ctx: click.Context, param: click.Parameter,
                    incomplete: str) -> list[CompletionItem]:
    return _graph_nodes(ctx, ("person",), incomplete)


def complete_staff(ctx: click.Context, param: click.Parameter,
                   incomplete: str) -> list[CompletionItem]:
    return _graph_nodes(ctx, ("staff",), incomplete)


def complete_person_or_staff(ctx: click.Context, param: click.Parameter,
                             incomplete: str) -> list[CompletionItem]:
    return _graph_nodes(ctx, ("person", "staff"), incomplete)


def complete_opportunity(ctx: click.Context, param: click.Parameter,
                         incomplete: str) -> list[CompletionItem]:
    account = _account(ctx)
    if not account:
        return []
    try:
        with _store(ctx) as store:
            if store is None:
                return []
            data = store.load_account(account)
            return _items([(o["id"], str(o.get("name") or o["id"]))
                           for o in data["opportunity"]], incomplete)
    except Exception:
        return []
