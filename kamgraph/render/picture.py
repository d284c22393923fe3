"""A map page as a PNG, drawn by headless Chromium (for scripts and slide decks).

The page draws itself as in a browser (1600 × 1000 by default) and exports its
canvas at twice the resolution with the page's own ``kgExportPNG``, the same
picture the page's "Save PNG" button gives.
"""

from __future__ import annotations

import base64
import os
import shutil
from pathlib import Path

from kamgraph.errors import KamgraphError
from kamgraph.i18n import N_

__all__ = ["chromium", "write_png", "PNG_VIEWPORT"]

PNG_VIEWPORT = (1600, 1000)
_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium() -> str | None:
    """A Chromium to drive: ``$KAMGRAPH_CHROMIUM``, else one on the PATH."""
    env = os.environ.get("KAMGRAPH_CHROMIUM")
    if env:
        return env if Path(env).is_file() else None
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def write_png(html_path: Path, png_path: Path, *,
              viewport: tuple[int, int] = PNG_VIEWPORT) -> Path:
    """Open ``html_path`` headless (every request beyond the file refused) and write its
    picture at 2x to ``png_path``. Raises :class:`KamgraphError` when no browser is at hand."""
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError as e:
        raise KamgraphError(N_("--png needs the playwright package (pip install "
                               "'kamgraph[png]') and Chromium")) from e
    exe = chromium()
    if exe is None:
        raise KamgraphError(N_("--png needs Chromium: install it (e.g. apt install chromium) "
                               "or set KAMGRAPH_CHROMIUM to its path"))
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=exe, args=_ARGS)
            try:
                page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
                page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:")
                           else r.abort())
                page.goto(html_path.resolve().as_uri())
                page.wait_for_selector("body[data-ready='1']", state="attached",
                                       timeout=120_000)
                url = str(page.evaluate("window.kgExportPNG()"))
            finally:
                browser.close()
    except PlaywrightError as e:
        raise KamgraphError(N_("Chromium could not draw the map: {why}"),
                            why=str(e).strip().splitlines()[0]) from e
    head = "data:image/png;base64,"
    if not url.startswith(head):
        raise KamgraphError(N_("Chromium gave no PNG picture of the map"))
    png_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = png_path.with_name(png_path.name + ".tmp")
    tmp.write_bytes(base64.b64decode(url[len(head):]))
    tmp.replace(png_path)
    return png_path
