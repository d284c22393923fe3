"""The decision view: one opportunity's decision process as a flow, left to right.

initiator → influencers and users → gatekeeper → buyer → decider and approver; a
person stands in the last step they take part in. Coaches (our insiders) stand
apart on the right. The hidden chain sits above the flow, each person over the
one they sway, the strongest few per step away from the decision makers. Columns
and rows are spaced by the labels' estimated size, so no two labels overlap.
"""

from __future__ import annotations

from collections import defaultdict

from kamgraph.projection import edges_of_type, people
from kamgraph.render import legend as lg
from kamgraph.render.spec import Context, person_node, text_node
from kamgraph.render.view_influence import Drawn, label_width, person_edges
from kamgraph.render.vis import LegendItem, VisNode
from kamgraph.render.words import role_name, tr

__all__ = ["build", "legend", "FLOW", "STEP", "HIDDEN_HOPS", "HIDDEN_PER_HOP"]

#: The steps of the flow, left to right (``coach`` stands apart at the end).
FLOW: tuple[str, ...] = ("initiator", "influence", "gatekeeper", "buyer", "decider", "coach")
#: Each buying-center role's step.
STEP: dict[str, int] = {"initiator": 0, "user": 1, "influencer": 1, "gatekeeper": 2,
                        "buyer": 3, "decider": 4, "approver": 4, "coach": 5}
HIDDEN_HOPS = 3
#: The strongest few of the hidden chain shown per hop (the rest is noise).
HIDDEN_PER_HOP = 6
#: People per stack in one step (more stand in a further stack beside it).
ROWS = 5
FONT = 16.0
GAP_X = 70.0
GAP_Y = 34.0


def _box(ctx: Context, n: VisNode) -> tuple[float, float]:
    """(width, height) a node takes with its label below it."""
    font = float(n["font"]["size"])
    lines = n["label"].count("\n") + 1
    w = max(2 * float(n["size"]), label_width(n["label"], font))
    return w, 2 * float(n["size"]) + lines * font * 1.25 + 6


def _step(roles: list[str]) -> int:
    flow = [STEP[r] for r in roles if r in STEP and r != "coach"]
    return max(flow) if flow else 5


def _hidden(ctx: Context, chain: list[str], step: dict[str, int]) -> dict[str, tuple[int, str]]:
    """``{person: (hop, whom they sway)}`` for the strongest of the hidden chain."""
    G = ctx.G
    infl: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for u, v, d in edges_of_type(G, "INFLUENCES"):
        infl[v].append((float(d.get("strength") or 0.0), u))
    out: dict[str, tuple[int, str]] = {}
    frontier = [p for p in chain if step[p] == 4]
    seen = set(chain)
    for h in range(1, HIDDEN_HOPS + 1):
        cands: dict[str, tuple[float, str]] = {}
        for v in frontier:
            for s, u in infl[v]:
                if u not in seen and G.nodes[u].get("kind") == "person":
                    if u not in cands or s > cands[u][0]:
                        cands[u] = (s, v)
        best = sorted(cands, key=lambda u: (-cands[u][0], u))[:HIDDEN_PER_HOP]
        for u in best:
            seen.add(u)
            out[u] = (h, cands[u][1])
        frontier = best
    return out


def build(ctx: Context, seed: int, center: str | None) -> Drawn:
    G, L = ctx.G, ctx.lang
    ps = people(G)
    roles = {p: list(G.nodes[p].get("roles") or []) for p in ps}
    chain = [p for p in ps if roles[p]]
    step = {p: _step(roles[p]) for p in chain}
    hidden = _hidden(ctx, chain, step)
    built: dict[str, VisNode] = {}
    for p in chain:
        extra: VisNode = {"column": step[p]}
        if "gatekeeper" in roles[p]:
            extra.update({"shape": "diamond", "gatekeeper": True})
        elif "coach" in roles[p]:
            extra.update({"shape": "star", "coach": True})
        n = person_node(ctx, p, **extra)
        n["label"] += "\n[" + " · ".join(role_name(r, L) for r in roles[p]) + "]"
        n["font"] = {**n["font"], "size": FONT + 2 if n["key"] else FONT}
        built[p] = n
    for p, (h, target) in hidden.items():
        n = person_node(ctx, p, hop=h, sways=target,
                        extra_lines=[f"{tr('f.hop', L)}: {h}"],
                        shapeProperties={"borderDashes": [4, 4]})
        n["borderWidth"] = max(int(n["borderWidth"]), 3)
        n["font"] = {**n["font"], "size": FONT + 2 if n["key"] else FONT}
        built[p] = n
    # a step's people stacked by seniority, ROWS at most per stack, stacks side by side;
    # widths from the widest label, so neither labels nor steps overlap
    cols: dict[int, list[str]] = defaultdict(list)
    for p in chain:
        cols[step[p]].append(p)
    used = sorted(cols)
    stacks: dict[int, list[list[str]]] = {}
    for c in used:
        members = sorted(cols[c], key=lambda p: (-int(G.nodes[p].get("rank") or 0),
                                                 -ctx.scores.get(p, 0.0), p))
        stacks[c] = [members[k:k + ROWS] for k in range(0, len(members), ROWS)]
    swidth = {(c, k): max(_box(ctx, built[p])[0] for p in st)
              for c in used for k, st in enumerate(stacks[c])}
    width = {c: sum(swidth[(c, k)] for k in range(len(stacks[c])))
             + GAP_X / 2 * (len(stacks[c]) - 1) for c in used}
    x = 0.0
    xcol: dict[int, float] = {}
    for i, c in enumerate(used):
        if i:
            x += (width[used[i - 1]] + width[c]) / 2 + GAP_X + (GAP_X if c == 5 else 0)
        xcol[c] = x
    nodes: list[VisNode] = []
    heading_y = -60.0
    for c in used:
        nodes.append(text_node(f"col:{c}", tr(f"flow.{FLOW[c]}", L), xcol[c], heading_y, 18))
        sx = xcol[c] - width[c] / 2
        for k, st in enumerate(stacks[c]):
            cx = sx + swidth[(c, k)] / 2
            y = 0.0
            for p in st:
                n = built[p]
                _, tall = _box(ctx, n)
                n.update({"x": round(cx, 1), "y": round(y + float(n["size"]), 1)})
                y += tall + GAP_Y
                nodes.append(n)
            sx += swidth[(c, k)] + GAP_X / 2
    if hidden:
        by_hop: dict[int, list[str]] = defaultdict(list)
        for p, (h, _) in hidden.items():
            by_hop[h].append(p)
        xs = {p: float(n["x"]) for p, n in built.items() if "x" in n}
        row_y = heading_y - 70.0
        for h in sorted(by_hop):
            row = sorted(by_hop[h], key=lambda p: (xs.get(hidden[p][1], 0.0), p))
            tall = max(_box(ctx, built[p])[1] for p in row)
            row_y -= tall
            prev_x, prev_w = None, 0.0
            placed: dict[str, float] = {}
            wants: list[float] = []
            for p in row:
                w = _box(ctx, built[p])[0]
                want = xs.get(hidden[p][1], 0.0)
                wants.append(want)
                px = want if prev_x is None else max(want, prev_x + (prev_w + w) / 2 + 70)
                placed[p] = px
                prev_x, prev_w = px, w
            # centre the row on the people it sways (pushing right alone widens the map)
            shift = sum(wants) / len(wants) - sum(placed.values()) / len(placed)
            for p in row:
                n = built[p]
                xs[p] = placed[p] + shift
                n.update({"x": round(xs[p], 1), "y": round(row_y + float(n["size"]), 1)})
                nodes.append(n)
            row_y -= 40.0
        left = min(float(n["x"]) - _box(ctx, n)[0] / 2 for n in nodes if n.get("hop"))
        label = tr("col.hidden", L)
        nodes.append(text_node("col:hidden", label, left + label_width(label, 18) / 2,
                               row_y - 10, 18))
    keep = set(chain) | set(hidden)
    edges = person_edges(ctx, keep)
    for e in edges:
        e["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.15}
    return nodes, edges, [], {"legible": True}


def legend(ctx: Context) -> list[LegendItem]:
    L = ctx.lang
    return (lg.stances(ctx) + lg.influence_lines(ctx) +
            [lg.text(tr("lg.flow", L)),
             lg.node(tr("lg.gatekeeper", L), "#dddddd", shape="diamond"),
             lg.node(tr("lg.coach", L), "#dddddd", shape="star"),
             lg.node(tr("lg.hiddenchain", L), "#dddddd", width=3, dashes=True)])
