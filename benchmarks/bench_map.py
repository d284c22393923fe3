"""Benchmark: a 2,000-person / 4,000-edge influence map, from graph to usable page.

Prints the file size, the Python time to build the view (layout included) and
write the file, and the time until headless Chromium has drawn the network
(vis-network's first ``afterDrawing``; physics is off, so the page is usable then).

    python benchmarks/bench_map.py [--people 2000] [--edges 4000] [--seed 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

import networkx as nx

from kamgraph.model import AccountData
from kamgraph.projection import graph_from_data
from kamgraph.render import build_view, write_html

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def synthetic(people: int, edges: int, seed: int) -> nx.MultiDiGraph:
    """Departments of ~50, a reporting tree inside each, the rest influence links."""
    rnd = random.Random(seed)
    d = AccountData()
    d["account"].append({"id": "big", "name": "大客户", "name_en": "Big Account"})
    d["competitor"].extend([{"id": "c1", "name": "Rival One"}, {"id": "c2", "name": "Rival Two"}])
    n_dept = max(1, people // 50)
    d["department"].extend({"id": f"d{i}", "name": f"部门{i}", "name_en": f"Dept {i}"}
                           for i in range(n_dept))
    levels = ["staff", "manager", "director", "vp", "c-level"]
    ids = [f"p{i:05d}" for i in range(people)]
    for i, p in enumerate(ids):
        d["person"].append({"id": p, "name": f"人{i}", "name_en": f"Person {i}",
                            "level": rnd.choice(levels), "department": f"d{i % n_dept}"})
        if rnd.random() < 0.7:
            d["stance"].append({"person": p, "toward": "us", "value": rnd.randint(-3, 3),
                                "on": dt.date(2026, 1, 1)})
        if rnd.random() < 0.1:
            d["stance"].append({"person": p, "toward": rnd.choice(["c1", "c2"]),
                                "value": rnd.randint(1, 3), "on": dt.date(2026, 1, 1)})
    reports = 0
    for i, p in enumerate(ids):
        if i >= n_dept:  # report to someone earlier in the same department
            d["reports_to"].append({"person": p, "manager": ids[rnd.randrange(i // n_dept) * n_dept
                                                                 + i % n_dept]})
            reports += 1
    seen: set[tuple[str, str]] = set()
    while len(seen) < max(0, edges - reports):
        a, b = rnd.sample(ids, 2)
        if (a, b) in seen:
            continue
        seen.add((a, b))
        d["influence"].append({"source": a, "target": b, "strength": round(rnd.random(), 2),
                               "visibility": "hidden" if rnd.random() < 0.2 else "formal"})
    return graph_from_data(d)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--people", type=int, default=2000)
    ap.add_argument("--edges", type=int, default=4000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=None, help="keep the HTML file here")
    a = ap.parse_args()
    G = synthetic(a.people, a.edges, a.seed)
    rel = sum(1 for _, _, t in G.edges(data="type") if t in ("INFLUENCES", "REPORTS_TO"))
    print(f"graph: {a.people} people, {rel} person-to-person edges")
    out = a.out or Path(tempfile.mkdtemp()) / "bench-map.html"
    scores = {p: float(G.nodes[p]["rank"]) for p in G if G.nodes[p].get("kind") == "person"}
    t0 = time.perf_counter()
    spec = build_view(G, "influence", scores=scores, seed=a.seed)
    t1 = time.perf_counter()
    write_html(spec, out)
    t2 = time.perf_counter()
    print(f"build_view (layout included): {t1 - t0:.2f} s")
    print(f"write_html:                   {t2 - t1:.2f} s")
    print(f"file: {out} ({out.stat().st_size / 1e6:.2f} MB, {len(spec.nodes)} nodes, "
          f"{len(spec.edges)} edges)")
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        print("browser: /usr/bin/chromium not found, skipped")
        return
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(chromium), args=ARGS)
        try:
            page = b.new_page(viewport={"width": 1400, "height": 900})
            blocked: list[str] = []
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://")
                       else (blocked.append(r.request.url), r.abort()))
            t3 = time.perf_counter()
            page.goto(out.as_uri())
            page.wait_for_selector("body[data-ready='1']", state="attached", timeout=120_000)
            t4 = time.perf_counter()
            drawn = page.evaluate("window.kgDrawn")
            n = page.evaluate("network.body.data.nodes.length")
            print(f"browser: first draw {drawn / 1000:.2f} s after navigation start "
                  f"(wall clock incl. load {t4 - t3:.2f} s); {n} nodes; "
                  f"blocked requests: {len(blocked)}")
        finally:
            b.close()


if __name__ == "__main__":
    main()
