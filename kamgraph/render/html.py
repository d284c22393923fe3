"""The single-file HTML page of a map: vis-network, our script and the data inline.

The page needs nothing from any network: vis-network's JavaScript comes from the
pyvis package and is inlined; no Bootstrap, no CDN, no web fonts. A
Content-Security-Policy allows only the page's own scripts (by hash) and no
connections, so even a mistake elsewhere could not load or send anything.

Data from the account never becomes markup: it travels as JSON inside a
``<script type="application/json">`` block (with ``<``, ``>``, ``&``, U+2028 and
U+2029 escaped), and the page script shows every text with ``textContent`` —
tooltips are DOM elements built that way, never HTML strings.
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from kamgraph.errors import KamgraphError
from kamgraph.render.spec import MapSpec

__all__ = ["html_document", "write_html", "embed_json", "vis_js"]

_VIS_PATHS = ("lib/vis-9.1.2/vis-network.min.js", "templates/lib/vis-9.1.2/vis-network.min.js")


@lru_cache(maxsize=1)
def vis_js() -> str:
    """vis-network 9.1.2 as shipped inside pyvis (safe to inline in a script block)."""
    # find the package without importing it (pyvis pulls in jinja2, IPython, ...)
    spec = importlib.util.find_spec("pyvis")
    roots = list(spec.submodule_search_locations or []) if spec else []
    for root in roots:
        for rel in _VIS_PATHS:
            f = Path(root) / rel
            if not f.is_file():
                continue
            js = f.read_text(encoding="utf-8")
            if "</script" in js.lower() or "<!--" in js:
                raise KamgraphError(f"{f} cannot be inlined: it holds '</script' or '<!--'")
            return js
    raise KamgraphError("vis-network.min.js was not found inside the pyvis package")


def embed_json(value: Any) -> str:
    """JSON that is inert inside an HTML ``<script>`` block.

    Examples
    --------
    >>> embed_json({"name": "</script><!--\\u2028"})
    '{"name": "\\\\u003c/script\\\\u003e\\\\u003c!--\\\\u2028"}'
    """
    text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


_CSS = """
html,body{margin:0;height:100%;font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",
Arial,sans-serif;color:#222;background:#fff}
#kg-head{position:absolute;top:0;left:0;right:0;height:44px;display:flex;align-items:center;
gap:12px;padding:0 12px;border-bottom:1px solid #ddd;background:#fafafa;z-index:3}
#kg-title{font-weight:bold;font-size:16px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
#kg-search{margin-left:auto;width:240px;padding:5px 8px;border:1px solid #bbb;border-radius:4px}
#kg-count{font-size:12px;color:#666;min-width:70px}
#kg-net{position:absolute;top:45px;bottom:28px;left:0;right:0}
#kg-legend{position:absolute;top:56px;left:10px;max-height:70%;overflow:auto;background:
rgba(255,255,255,.92);border:1px solid #ddd;border-radius:4px;padding:6px 10px;font-size:12px;
z-index:2;max-width:300px}
#kg-legend h3{margin:2px 0 6px;font-size:13px;cursor:pointer}
#kg-legend.kg-folded>:not(h3){display:none}
.kg-li{display:flex;align-items:center;gap:6px;margin:2px 0}
.kg-lt{font-weight:bold;margin-top:6px}
.kg-sw{display:inline-block;width:12px;height:12px;border-radius:50%;box-sizing:border-box;
flex:none}
.kg-sw.box{border-radius:2px}.kg-sw.diamond{transform:rotate(45deg);border-radius:0;
width:10px;height:10px}.kg-sw.star{border-radius:0}
.kg-ln{display:inline-block;width:28px;height:0;flex:none}
#kg-foot{position:absolute;bottom:0;left:0;right:0;height:27px;line-height:27px;padding:0 12px;
font-size:12px;color:#444;border-top:1px solid #ddd;background:#fafafa;white-space:nowrap;
overflow:hidden;text-overflow:ellipsis}
div.vis-tooltip{position:absolute;visibility:hidden;padding:6px 8px;white-space:pre-line;
font-size:13px;color:#000;background:#fffef5;border:1px solid #999;border-radius:3px;
box-shadow:3px 3px 10px rgba(0,0,0,.2);pointer-events:none;z-index:5;max-width:420px}
.kg-tip{white-space:pre-line}
"""

_JS = r"""
(function () {
  "use strict";
  var spec = JSON.parse(document.getElementById("kg-data").textContent);
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function tip(text) { return el("div", "kg-tip", text); }
  function hex(c) { return /^#[0-9a-fA-F]{6}$/.test(String(c)) ? c : "#999999"; }
  document.getElementById("kg-title").textContent = spec.title;
  document.getElementById("kg-foot").textContent = spec.footer;
  var nodes = spec.nodes.map(function (n) {
    var o = Object.assign({}, n);
    if (typeof o.title === "string") { o.title = tip(o.title); }
    return o;
  });
  var edges = spec.edges.map(function (e) {
    var o = Object.assign({}, e);
    if (typeof o.title === "string") { o.title = tip(o.title); }
    return o;
  });
  var data = {nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges)};
  var network = new vis.Network(document.getElementById("kg-net"), data, spec.options);
  window.network = network;
  window.kgNodeCount = nodes.length;
  network.once("afterDrawing", function () {
    window.kgDrawn = performance.now();
    document.body.setAttribute("data-ready", "1");
  });

  var legend = document.getElementById("kg-legend");
  var legendHead = el("h3", "", spec.ui.legend);
  legendHead.title = "click to fold";
  legendHead.addEventListener("click", function () { legend.classList.toggle("kg-folded"); });
  legend.appendChild(legendHead);
  // the legend floats over the left of the canvas: shift the first view right by its width
  network.once("afterDrawing", function () {
    var w = legend.offsetWidth + 16, s = network.getScale(), p = network.getViewPosition();
    network.moveTo({position: {x: p.x - w / 2 / s, y: p.y}, scale: s * 0.97, animation: false});
  });
  spec.legend.forEach(function (it) {
    if (it.kind === "text") { legend.appendChild(el("div", "kg-lt", it.label)); return; }
    var row = el("div", "kg-li");
    var sw;
    if (it.kind === "edge") {
      sw = el("span", "kg-ln");
      sw.style.borderTop = Math.max(1, Number(it.width) || 2) + "px " +
        (it.dashes ? "dashed " : "solid ") + hex(it.color);
    } else {
      sw = el("span", "kg-sw " + (["box", "diamond", "star"].indexOf(it.shape) >= 0 ? it.shape : ""));
      sw.style.background = hex(it.color);
      sw.style.border = Math.max(1, Number(it.borderWidth) || 1) + "px " +
        (it.dashes ? "dashed " : "solid ") + hex(it.border);
    }
    row.appendChild(sw);
    row.appendChild(el("span", "", it.label));
    legend.appendChild(row);
  });
  if (spec.groups && spec.groups.length) {
    legend.appendChild(el("div", "kg-lt", spec.ui.groups || ""));
    spec.groups.forEach(function (g) {
      legend.appendChild(el("div", "kg-li", g.label + " (" + g.count + ")"));
    });
  }

  var box = document.getElementById("kg-search"), count = document.getElementById("kg-count");
  box.placeholder = spec.ui.search;
  function find(q) {
    q = q.trim().toLowerCase();
    if (!q) { return []; }
    return spec.nodes.filter(function (n) {
      return n.kind !== "heading" && ((n.search || "").indexOf(q) >= 0 ||
        String(n.label || "").toLowerCase().indexOf(q) >= 0);
    }).map(function (n) { return n.id; });
  }
  function show(ids, focus) {
    network.selectNodes(ids);
    count.textContent = box.value.trim() ? (ids.length ? ids.length + " " + spec.ui.matches
                                                     : spec.ui.nomatch) : "";
    if (focus && ids.length === 1) {
      network.focus(ids[0], {scale: 1.4, animation: false});
    } else if (focus && ids.length > 1) {
      network.fit({nodes: ids, animation: false});
    }
  }
  box.addEventListener("input", function () { show(find(box.value), false); });
  box.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { show(find(box.value), true); }
  });
  window.kgFind = find;
})();
"""  # noqa: E501 - the script is emitted byte for byte; keep its lines as they are


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode() + "'"


def html_document(spec: MapSpec) -> str:
    """The whole page as one string (no file I/O)."""
    data = embed_json({
        "nodes": spec.nodes, "edges": spec.edges, "legend": spec.legend, "groups": spec.groups,
        "title": spec.title, "footer": spec.footer, "options": spec.options,
        "ui": dict(spec.ui, groups="部门" if spec.lang == "zh" else "Departments"),
        "meta": spec.meta,
    })
    vis = vis_js()
    csp = ("default-src 'none'; script-src " + _sha256(vis) + " " + _sha256(_JS) +
           "; style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; "
           "form-action 'none'; base-uri 'none'")
    lang = "zh-CN" if spec.lang == "zh" else "en"
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(spec.title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        '<div id="kg-head"><span id="kg-title"></span>'
        '<input id="kg-search" type="search" autocomplete="off"><span id="kg-count"></span></div>\n'
        '<div id="kg-net"></div>\n<div id="kg-legend"></div>\n<div id="kg-foot"></div>\n'
        f'<script type="application/json" id="kg-data">{data}</script>\n'
        f"<script>{vis}</script>\n<script>{_JS}</script>\n</body>\n</html>\n"
    )


def write_html(spec: MapSpec, path: Path | str) -> Path:
    """Write the map as one self-contained HTML file; returns the path written."""
    out = Path(path)
    if out.parent and not out.parent.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(html_document(spec), encoding="utf-8")
    tmp.replace(out)
    return out
