"""The notebooks in notebooks/ run top to bottom on the test store and find the demo's facts.

Each notebook is executed with nbclient in a fresh ``python3`` kernel whose environment
points at this session's store (``KAMGRAPH_HOME``, or ``NEO4J_*`` when the tests run on a
Neo4j). The kernel works in a temporary folder and writes its files (maps, planning set)
into ``KAMGRAPH_NOTEBOOK_OUT``, another temporary folder, so the repository stays clean.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import nbformat
import pytest
from demo_expectations import (
    BEST_CONVERSION_5GC,
    CEO,
    CHAIRMAN,
    CLASSMATE_OF_CEO,
    COMPETITOR_SUPPORTERS,
    COUNTERWEIGHT_FOR_CEO,
    PLANTED_GAPS,
    PRIVATE_MARKERS,
    SPOUSE_OF_CEO,
    UNCOUNTERED_SUPPORTERS,
    WARM_PATH_AROUND_HOSTILE,
)
from nbclient import NotebookClient

from kamgraph.config import Settings
from kamgraph.model import AccountData
from kamgraph.planning import NO_COUNTERWEIGHT
from kamgraph.projection import display_name
from kamgraph.store import Store

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))
CELL_TIMEOUT = 300  # seconds per cell; the first cell may start the embedded engine


def kernel_env(settings: Settings, out: Path) -> dict[str, str]:
    """The test process's environment, pointed at the test store and an output folder."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"NEO4J_URI", "NEO4J_USERNAME", "NEO4J_USER", "NEO4J_PASSWORD",
                        "NEO4J_DATABASE"}}
    env["KAMGRAPH_HOME"] = str(settings.home)
    env["KAMGRAPH_NOTEBOOK_OUT"] = str(out)
    if settings.uri:
        env["NEO4J_URI"] = settings.uri
        env["NEO4J_USERNAME"] = settings.user or ""
        env["NEO4J_PASSWORD"] = settings.password or ""
        if settings.database:
            env["NEO4J_DATABASE"] = settings.database
    return env


def text_of(cell: Any) -> str:
    """Everything a code cell printed or displayed, as text."""
    parts: list[str] = []
    for out in cell.get("outputs", []):
        if out["output_type"] == "stream":
            parts.append(out["text"])
        elif "data" in out:
            parts.append(str(out["data"].get("text/plain", "")))
    return "".join(parts)


def cell_with(nb: Any, needle: str) -> Any:
    """The first code cell whose source contains ``needle``."""
    for cell in nb.cells:
        if cell.cell_type == "code" and needle in cell.source:
            return cell
    raise AssertionError(f"no code cell calls {needle!r}")


def html_outputs(nb: Any) -> list[str]:
    return [str(o["data"]["text/html"]) for c in nb.cells if c.cell_type == "code"
            for o in c.get("outputs", []) if "data" in o and "text/html" in o["data"]]


# ---- what each notebook must have found --------------------------------------------------

def check_tour(nb: Any, out: Path, name: Callable[[str], str]) -> None:
    key = text_of(cell_with(nb, "key_persons(G"))
    first = next(line for line in key.splitlines() if line.startswith("1. "))
    assert name(CEO) in first  # the CEO leads the key persons
    chain = text_of(cell_with(nb, "hidden_chain(G)"))
    rows = {re.split(r"\s{2,}", line)[0]: line for line in chain.splitlines()}
    for person in (SPOUSE_OF_CEO, CLASSMATE_OF_CEO):
        assert rows[name(person)].rstrip().endswith("NO")  # in the chain, not covered
    assert rows[name(CHAIRMAN)].rstrip().endswith("yes")
    assert name(CHAIRMAN) == "赵国栋 Zhao Guodong"
    people = text_of(cell_with(nb, 'edges_of_type(G, "OWNS")'))
    assert "17 of 60 people have a role in opp-5gc" in people
    assert "Zhao Lei (left)" in people
    assert "graph holds private details: False" in text_of(cell_with(nb, 'G.graph["private"]'))


def check_competitors(nb: Any, out: Path, name: Callable[[str], str]) -> None:
    table = text_of(cell_with(nb, "report = counterpoints(G)"))
    uncountered = {re.split(r"\s{2,}", line)[1] for line in table.splitlines()
                   if line.endswith(("UNCOUNTERED", "PARTLY COUNTERED"))}
    assert uncountered == {name(p) for p, _ in UNCOUNTERED_SUPPORTERS}
    n_supporters = sum(len(s) for s in COMPETITOR_SUPPORTERS.values())
    assert (f"{n_supporters} supporter(s) of 2 competitor(s): {n_supporters - 2} countered, "
            "1 partly countered, 1 uncountered") in table
    candidates = text_of(cell_with(nb, "report.uncountered"))
    assert f"candidate {name(CHAIRMAN)} (strong enough" in candidates
    assert "beyond the current relationship base: yes" not in candidates
    best = text_of(cell_with(nb, "best_conversions(G"))
    assert best.startswith(f"1. move {name(BEST_CONVERSION_5GC)} ")
    # the CEO still backs Huaxin (+3) and weighs most: neutral toward us is not enough
    assert "leader before: c-hx -> after: c-hx" in text_of(cell_with(nb, "what_if(G"))
    gaps = text_of(cell_with(nb, "coverage_gaps(G)"))
    assert f"{len(PLANTED_GAPS)} gaps on the key persons" in gaps
    for kind in {k for k, _, _ in PLANTED_GAPS}:
        assert f"\n{kind} (" in "\n" + gaps
    maps = sorted(p.name for p in out.glob("*.html"))
    assert len(maps) == 4 and all(out.joinpath(m).stat().st_size > 10_000 for m in maps)
    frames = [h for h in html_outputs(nb) if "<iframe" in h]
    assert len(frames) == 2 and all("vis-network" in h or "vis.Network" in h for h in frames)


def check_plan(nb: Any, out: Path, name: Callable[[str], str]) -> None:
    around = WARM_PATH_AROUND_HOSTILE
    paths = text_of(cell_with(nb, "warm_paths(G, CFO"))
    first = next(line for line in paths.splitlines() if line.startswith("1. "))
    assert re.findall(r"(?:^1\. |→ )([^→(:]+?)(?= \(| →|:)", first) == [
        name(p) for p in around["expected"]]
    assert f"not routed through hostile people: {name(around['hostile'])}" in paths
    spouse = text_of(cell_with(nb, "warm_paths(G, SPOUSE"))
    assert "found: False" in spouse and "  near: " in spouse
    sponsors = text_of(cell_with(nb, 'match_sponsors(G, "p-chen-jing")'))
    assert "(score " in sponsors and "never sponsor" in sponsors
    chosen = text_of(cell_with(nb, "plan(G, capacity_hours=TEAM_HOURS)"))
    assert "chosen within 120 h in total" in chosen
    targets = [line for line in chosen.splitlines() if re.search(r"\d{4}-\d\d-\d\d$", line)]
    assert targets and sum(int(re.split(r"\s{2,}", t)[3]) for t in targets) <= 120
    assert any(t.startswith(name(COUNTERWEIGHT_FOR_CEO)) for t in targets)
    answers = text_of(cell_with(nb, "pr_plan.responses")).splitlines()
    for supporter, _ in UNCOUNTERED_SUPPORTERS:  # every one answered, or said to be beyond us
        assert any(a.startswith(name(supporter)) and (
            "targeted" in a or "worked through" in a or NO_COUNTERWEIGHT in a) for a in answers)
    folder = out / "planning-set"
    assert {p.name for p in folder.glob("planning-set.*")} == {
        "planning-set.md", "planning-set.html", "planning-set.xlsx"}
    assert len(list((folder / "csv").glob("*.csv"))) >= 4
    document = (folder / "planning-set.md").read_text(encoding="utf-8")
    assert "Target task book" in document and name(COUNTERWEIGHT_FOR_CEO) in document
    book = text_of(cell_with(nb, 'pset.tables["taskbook"]'))
    assert all(re.split(r"\s{2,}", t)[0] in book for t in targets)


def file_text(f: Path) -> str:
    """A written file's text; an Excel workbook's cell values."""
    if f.suffix != ".xlsx":
        return f.read_text(encoding="utf-8")
    from openpyxl import load_workbook

    return "\n".join(str(c.value) for ws in load_workbook(f) for row in ws.iter_rows()
                     for c in row if c.value is not None)


CHECKS: dict[str, Callable[[Any, Path, Callable[[str], str]], None]] = {
    "01_demo_tour.ipynb": check_tour,
    "02_competitors_and_coverage.ipynb": check_competitors,
    "03_plan.ipynb": check_plan,
}


# ---- the tests ----------------------------------------------------------------------------

def test_the_walkthroughs_are_all_here() -> None:
    assert {p.name for p in PATHS} >= set(CHECKS)


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_notebook_is_stored_without_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]
    assert path.stat().st_size < 50_000


@pytest.mark.slow
@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_notebook_runs_top_to_bottom(path: Path, store: Store, store_settings: Settings,
                                     demo_data: AccountData, tmp_path: Path) -> None:
    # ``store`` leaves a clean database: the notebook has to load the demo itself.
    out, cwd = tmp_path / "out", tmp_path / "cwd"
    cwd.mkdir()
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=CELL_TIMEOUT, kernel_name="python3",
                            resources={"metadata": {"path": str(cwd)}})
    client.execute(env=kernel_env(store_settings, out))
    printed = "\n".join(text_of(c) for c in nb.cells if c.cell_type == "code")
    shown = html_outputs(nb)
    files = [file_text(f) for f in out.rglob("*") if f.is_file()]
    for marker in PRIVATE_MARKERS:  # no private detail in any output or file
        assert not any(marker in text for text in [printed, *shown, *files]), marker
    assert not list(cwd.iterdir())  # nothing written where the kernel runs
    labels = {r["id"]: display_name(r) for kind in ("person", "staff") for r in demo_data[kind]}
    check = CHECKS.get(path.name)  # a new notebook must at least run cleanly
    if check is not None:
        check(nb, out, labels.__getitem__)
