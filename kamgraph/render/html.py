"""The single-file HTML page of a map: vis-network, our script and the data inline.

The page needs nothing from any network: vis-network's JavaScript comes from the
pyvis package and is inlined; no Bootstrap, no CDN, no web fonts. A
Content-Security-Policy allows only the page's own scripts (by hash) and no
connections, so even a mistake elsewhere could not load or send anything.

Data from the account never becomes markup: it travels as JSON inside a
``<script type="application/json">`` block (with ``<``, ``>``, ``&``, U+2028 and
U+2029 escaped), and the page script shows every text with ``textContent`` —
tooltips are DOM elements built that way, never HTML strings.

A large map's JSON (from :data:`PACK_AT` characters on: about 250 people) travels
deflated and in base64 instead (``<script type="text/plain" data-encoding=
"deflate-base64">``): the browser's HTML parser reads every character of the data
block before the page can start, and a 2,000-person account's 3.5 MB of JSON shrinks
to about a fifth. The page inflates it with the browser's own ``DecompressionStream``
(no code of ours, no request) before it draws anything. Base64 holds no character
HTML gives a meaning to.
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
import re
import zlib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kamgraph.errors import KamgraphError
from kamgraph.render.words import tr

if TYPE_CHECKING:
    from kamgraph.render.spec import MapSpec

__all__ = ["html_document", "write_html", "embed_json", "vis_js", "page_data", "PACK_AT"]

#: From this many characters of JSON on, the page's data travels deflated (see above).
PACK_AT = 400_000

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


@lru_cache(maxsize=4)
def _asset(name: str) -> str:
    """The page's own stylesheet or script, shipped beside this module."""
    return (resources.files("kamgraph.render") / "page" / name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode() + "'"


def _data_block(data: str, pack: bool | None, lang: str = "en") -> str:
    """The ``<script>`` block carrying the page's data: JSON, or deflated JSON in base64
    (with, in ``lang``, what a browser that cannot inflate it shows instead)."""
    if pack is None:
        pack = len(data) >= PACK_AT
    if not pack:
        return f'<script type="application/json" id="kg-data">{data}</script>'
    packed = base64.b64encode(zlib.compress(data.encode("utf-8"), 6)).decode("ascii")
    too_old = html.escape(tr("ui.too_old", "zh" if lang == "zh" else "en"), quote=True)
    return (f'<script type="text/plain" id="kg-data" data-encoding="deflate-base64" '
            f'data-too-old="{too_old}">{packed}</script>')


_BLOCK = re.compile(r'<script type="(application/json|text/plain)" id="kg-data"'
                    r'( data-encoding="deflate-base64"[^>]*)?>(.*?)</script>', re.S)


def page_data(doc: str) -> Any:
    """The data a written page carries, as the page itself reads it (either encoding)."""
    m = _BLOCK.search(doc)
    if m is None:
        raise KamgraphError("the page holds no map data")
    if m.group(2):
        return json.loads(zlib.decompress(base64.b64decode(m.group(3))).decode("utf-8"))
    return json.loads(m.group(3))


def html_document(spec: MapSpec, *, pack: bool | None = None) -> str:
    """The whole page as one string (no file I/O). ``pack``: deflate the data (None: when
    it is large, :data:`PACK_AT`)."""
    data = _data_block(embed_json({
        "nodes": spec.nodes, "edges": spec.edges, "legend": spec.legend, "groups": spec.groups,
        "title": spec.title, "footer": spec.footer, "options": spec.options,
        "ui": spec.ui, "meta": spec.meta, "panels": spec.panels, "filters": spec.filters,
    }), pack, spec.lang)
    vis = vis_js()
    js = _asset("page.js")
    csp = ("default-src 'none'; script-src " + _sha256(vis) + " " + _sha256(js) +
           "; style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; "
           "form-action 'none'; base-uri 'none'")
    lang = "zh-CN" if spec.lang == "zh" else "en"
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(spec.title)}</title>\n<style>{_asset('page.css')}</style>\n"
        "</head>\n<body>\n"
        '<div id="kg-head"><span id="kg-title"></span>'
        '<input id="kg-search" type="search" autocomplete="off"><span id="kg-count"></span>'
        '<span id="kg-tools"></span></div>\n<div id="kg-bar"></div>\n'
        '<div id="kg-net"></div>\n<div id="kg-legend"></div>\n<div id="kg-panel"></div>\n'
        '<div id="kg-foot"></div>\n'
        f"{data}\n"
        f"<script>{vis}</script>\n<script>{js}</script>\n</body>\n</html>\n"
    )


def write_html(spec: MapSpec, path: Path | str, *, pack: bool | None = None) -> Path:
    """Write the map as one self-contained HTML file; returns the path written.
    ``pack`` as for :func:`html_document`."""
    out = Path(path)
    if out.parent and not out.parent.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(html_document(spec, pack=pack), encoding="utf-8")
    tmp.replace(out)
    return out
