"""Finding what the user named: accounts, opportunities, competitors and people by id or name.

Anywhere the CLI takes an id, a unique name works too (Chinese or English, or both as
shown in the tables: ``王强``, ``Wang Qiang``, ``王强 Wang Qiang``). A name shared by several
lists the candidates; an unknown one lists the nearest ("did you mean"), or every known one
when there are few.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kamgraph.errors import NotFound
from kamgraph.i18n import _

if TYPE_CHECKING:
    import networkx as nx

    from kamgraph.model import AccountData
    from kamgraph.store import Store

__all__ = ["Known", "pick", "resolve_account", "resolve_opportunity", "resolve_person",
           "resolve_people", "load_graph", "people_of", "opportunities_of"]

#: list every known one when there are at most this many; else the nearest few
_LIST_ALL = 12
_NEAREST = 5


@dataclass(frozen=True)
class Known:
    """One thing that can be named: its id, its display name and the names it answers to."""

    id: str
    label: str
    names: tuple[str, ...]

    def shown(self) -> str:
        return self.id if self.label in ("", self.id) else f"{self.id} ({self.label})"


def _where(where: str) -> str:
    return "" if not where else where if where.startswith("（") else f" {where}"


def _norm(text: str) -> str:
    return "".join(text.split()).casefold()


def pick(text: str, known: Sequence[Known], what: str, where: str = "") -> str:
    """The id of the one thing ``text`` names, else :class:`NotFound` with suggestions.

    Examples
    --------
    >>> ks = [Known("p-wang", "王强 Wang Qiang", ("王强", "Wang Qiang")),
    ...       Known("p-wang2", "王强 Wang Qiang2", ("王强", "Wang Qiang2"))]
    >>> pick("Wang Qiang", ks, "person")
    'p-wang'
    >>> pick("p-wnag", ks, "person")
    Traceback (most recent call last):
    ...
    kamgraph.errors.NotFound: no person 'p-wnag'; did you mean: p-wang (王强 Wang Qiang), \
p-wang2 (王强 Wang Qiang2)?
    """
    where_txt = _where(where)
    if any(k.id == text for k in known):
        return text
    key = _norm(text)
    hits = [k for k in known if key and (key == _norm(k.id) or key == _norm(k.label)
                                         or any(key == _norm(n) for n in k.names if n))]
    if len(hits) == 1:
        return hits[0].id
    if hits:
        raise NotFound(_("{what} {text!r}{where} is ambiguous; it could be: {candidates}").format(
            what=what, text=text, where=where_txt,
            candidates=", ".join(k.shown() for k in hits)))
    raise NotFound(unknown_message(text, known, what, where))


def unknown_message(text: str, known: Sequence[Known], what: str, where: str = "") -> str:
    """"no X 'text'", with the nearest known ones or all of them."""
    where_txt = _where(where)
    head = _("no {what} {text!r}{where}").format(what=what, text=text, where=where_txt)
    if not known:
        return head + _(" (none yet)")
    by_name: dict[str, Known] = {}
    for k in known:
        for n in (k.id, k.label, *k.names):
            if n:
                by_name.setdefault(_norm(n), k)
    close = difflib.get_close_matches(_norm(text), list(by_name), n=_NEAREST * 3, cutoff=0.6)
    near: list[Known] = []
    for c in close:
        if by_name[c] not in near:
            near.append(by_name[c])
    if near:
        return head + _("; did you mean: {names}?").format(
            names=", ".join(k.shown() for k in near[:_NEAREST]))
    if len(known) <= _LIST_ALL:
        return head + _("; known: {names}").format(names=", ".join(k.shown() for k in known))
    return head + _("; {n} known, none close (list them with `kamgraph {command}`)").format(
        n=len(known), command="accounts" if what == _("account") else "people ACCOUNT")


def _known_nodes(G: nx.MultiDiGraph, kinds: Iterable[str]) -> list[Known]:
    kinds = set(kinds)
    out = []
    for n, d in G.nodes(data=True):
        if d.get("kind") in kinds:
            names = (d.get("name"), d.get("name_en"), *(d.get("alias") or ()))
            out.append(Known(str(n), str(d.get("label") or n), tuple(str(x) for x in names if x)))
    return sorted(out, key=lambda k: k.id)


def people_of(G: nx.MultiDiGraph, staff: bool = False) -> list[Known]:
    return _known_nodes(G, ("person", "staff") if staff else ("person",))


def resolve_person(G: nx.MultiDiGraph, text: str, *, staff: bool = False,
                   only_staff: bool = False) -> str:
    """The id of the person (or staff member) ``text`` names in the projection ``G``."""
    kinds = ("staff",) if only_staff else ("person", "staff") if staff else ("person",)
    what = _("staff member") if only_staff else _("person")
    where = _("in account {account!r}").format(account=G.graph.get("account"))
    return pick(text, _known_nodes(G, kinds), what, where)


def resolve_people(G: nx.MultiDiGraph, texts: Iterable[str], **kw: Any) -> list[str]:
    return [resolve_person(G, t, **kw) for t in texts]


def resolve_account(store: Store, text: str) -> str:
    """The id of the account ``text`` names (id or name)."""
    from kamgraph.projection import display_name

    rows = store.accounts()
    known = [Known(r["id"], display_name(r), tuple(str(x) for x in (r.get("name"),
                                                                      r.get("name_en")) if x))
             for r in rows]
    return pick(text, known, _("account"))


def opportunities_of(data: AccountData) -> list[Known]:
    return [Known(o["id"], str(o.get("name") or o["id"]),
                  tuple(str(x) for x in (o.get("name"), o.get("name_en")) if x))
            for o in data["opportunity"]]


def resolve_opportunity(data: AccountData, text: str) -> str:
    account = data["account"][0]["id"]
    return pick(text, opportunities_of(data), _("opportunity"),
                _("in account {account!r}").format(account=account))


def load_graph(store: Store, account: str, opportunity: str | None = None, *,
               include_private: bool = False) -> nx.MultiDiGraph:
    """The projection of the account named ``account`` (id or name), scoped to the named
    opportunity; unknown names get suggestions. It goes through :meth:`Store.project`, so
    an unchanged account comes from the projection cache and ``--as-of`` applies."""
    acc = resolve_account(store, account)
    opp = None
    if opportunity is not None:
        whole = store.project(acc)
        opp = pick(opportunity, _known_nodes(whole, ("opportunity",)), _("opportunity"),
                   _("in account {account!r}").format(account=acc))
    return store.project(acc, opp, include_private=include_private)
