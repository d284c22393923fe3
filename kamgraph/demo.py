"""The demo account shipped with kamgraph, and the one-call demo run.

>>> from kamgraph.demo import demo_path
>>> demo_path().name
'demo.yaml'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kamgraph.analyzers import CounterpointReport, Gap, KeyPerson
    from kamgraph.model import AccountData
    from kamgraph.store import Store

__all__ = ["demo_path", "load_demo", "DemoRun", "run_demo"]


def demo_path() -> Path:
    """Where the demo account file is (inside the installed package)."""
    return Path(str(resources.files("kamgraph").joinpath("data", "demo.yaml")))


def load_demo() -> AccountData:
    """The demo account, parsed and validated."""
    from kamgraph.formats import load_paths

    [data] = load_paths([demo_path()])
    return data


@dataclass
class DemoRun:
    """What ``kamgraph demo`` did and found."""

    account: str
    account_name: str
    opportunity: str | None
    counts: dict[str, int]
    key_persons: list[KeyPerson]
    counterpoints: CounterpointReport
    gaps: list[Gap]
    map_path: Path | None = None
    #: our staff's display names, by id
    staff_labels: dict[str, str] = field(default_factory=dict)


def run_demo(store: Store, out_dir: Path | None, *, top: int = 10,
             lang: str | None = None) -> DemoRun:
    """Load the demo account into ``store`` (replacing an earlier copy), analyse it and
    write its influence map into ``out_dir``, in ``lang`` (default: the current language,
    :func:`kamgraph.i18n.get_lang`)."""
    from kamgraph.analyzers import Analysis, counterpoints, coverage_gaps, key_persons
    from kamgraph.history.demo_history import keep_demo_history
    from kamgraph.i18n import lang_code
    from kamgraph.render import render_map

    data = load_demo()
    store.save_account(data)
    keep_demo_history(store, data)  # a year of dated changes for changes, alerts, review
    opps = sorted(data["opportunity"], key=lambda o: -(o.get("value") or 0))
    opp = opps[0]["id"] if opps else None
    G = store.project(data.account_id, opp)
    a = Analysis(G)
    everyone = key_persons(G, ctx=a)
    report = counterpoints(G, ctx=a)
    gaps = coverage_gaps(G, ctx=a)
    map_path = None
    if out_dir is not None:
        from kamgraph.render.inputs import inputs_from

        out_dir.mkdir(parents=True, exist_ok=True)
        inputs = inputs_from(everyone, gaps)
        map_path = render_map(G, out_dir / "influence-map.html", view="influence",
                              scores=inputs.scores, reasons=inputs.reasons, gaps=inputs.gaps,
                              lang=lang_code(lang))
    return DemoRun(account=data.account_id, account_name=G.graph["account_name"],
                   opportunity=opp, counts=data.count(), key_persons=everyone[:top],
                   counterpoints=report, gaps=gaps, map_path=map_path,
                   staff_labels={n: str(d.get("label") or n) for n, d in G.nodes(data=True)
                                 if d.get("kind") == "staff"})
