"""Writers of the planning set: Markdown, CSV, JSON, printable HTML and Excel (xlsx).

``md``, ``json`` and ``html`` are one text each (:func:`render_planning_set`); ``csv``
writes one file per table plus ``cards.csv``; ``xlsx`` one workbook with a sheet per
document (openpyxl), headers bold, text wrapped, landscape and fit to width when printed.
The HTML has a print stylesheet: each document and each card starts a new page, table
headers repeat, so a browser's "Save as PDF" gives clean pages. All data is escaped and
no external resource is loaded.
"""

from __future__ import annotations

import csv
import html
import json
import re
from pathlib import Path
from typing import Any, Literal

from kamgraph.history.closeness import sparkline_svg
from kamgraph.planning.documents import PlanningSet, closeness_words
from kamgraph.planning.words import word
from kamgraph.safety import excel_cell, md_cell

__all__ = ["FORMATS", "Fmt", "render_planning_set", "write_planning_set"]

Fmt = Literal["md", "csv", "json", "html", "xlsx"]
FORMATS: tuple[str, ...] = ("md", "csv", "json", "html", "xlsx")


def _cell(v: str) -> str:  # HTML escaped too: the file is pasted into wikis and mail
    return md_cell(str(v))


def _safe(values: list[Any]) -> list[Any]:
    """Cells for a spreadsheet: text that would run as a formula gets a leading '."""
    return [excel_cell(v) if isinstance(v, str) else v for v in values]


def _markdown(ps: PlanningSet) -> str:
    out = [f"# {_cell(ps.title)}", ""] + [f"- {_cell(s)}" for s in ps.summary] + [""]
    for d in ps.documents:
        out += [f"## {_cell(d.title)}", ""]
        out += [f"- **{k}**: {_cell(v)}" for k, v in d.facts] + ([""] if d.facts else [])
        for t in d.tables:
            if len(d.tables) > 1 or t.title != d.title:
                out += [f"### {_cell(t.title)}", ""]
            out += ["| " + " | ".join(t.columns) + " |", "|" + "---|" * len(t.columns)]
            out += ["| " + " | ".join(_cell(c) for c in r) + " |" for r in t.rows]
            out.append("")
        for c in d.cards:
            out += [f"### {_cell(c.title)}", ""]
            for step, items in c.steps:
                out += [f"**{_cell(step)}**", ""] + [f"- {_cell(k)}: {_cell(v)}"
                                                     for k, v in items] + [""]
    return "\n".join(out)


_CSS = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:1.5em;
font-size:10pt;color:#111}
h1{font-size:16pt;margin:0 0 .3em}h2{font-size:13pt;border-bottom:2px solid #333;
padding-bottom:2px;margin-top:1.6em}h3{font-size:11pt;margin:1em 0 .3em}
table{border-collapse:collapse;width:100%;margin-bottom:1em}
td,th{border:1px solid #999;padding:3px 5px;text-align:left;vertical-align:top}
th{background:#e8e8e8}td.s{white-space:nowrap}td:not(.s){min-width:7em;overflow-wrap:anywhere}
tr:nth-child(even) td{background:#fafafa}
dl.facts{display:grid;grid-template-columns:max-content auto;gap:2px 12px}
dl.facts dt{font-weight:bold}dl.facts dd{margin:0}
.card{border:1.5px solid #333;padding:.4em 1em;margin:1em 0}
.card h4{margin:.6em 0 .2em;font-size:10.5pt;background:#eee;padding:2px 4px}
.card ul{margin:.2em 0 .4em;padding-left:1.4em}
.spark{margin:.2em 0;display:flex;align-items:center;gap:.6em;color:#444}
@page{size:A4 landscape;margin:12mm}
@media print{body{margin:0;font-size:8pt}section.doc{break-before:page}
section.doc:first-of-type{break-before:auto}.card{break-before:page;break-inside:avoid}
thead{display:table-header-group}tr{break-inside:avoid}}
"""


def _html(ps: PlanningSet) -> str:
    e = html.escape
    out = ["<!DOCTYPE html>", f"<html lang=\"{'zh-CN' if ps.lang == 'zh' else 'en'}\">",
           "<head><meta charset=\"utf-8\">", f"<title>{e(ps.title)}</title>",
           f"<style>{_CSS}</style></head><body>", f"<h1>{e(ps.title)}</h1>",
           "<ul class=\"summary\">" + "".join(f"<li>{e(s)}</li>" for s in ps.summary) + "</ul>"]
    for d in ps.documents:
        out.append(f"<section class=\"doc\" id=\"{e(d.key)}\"><h2>{e(d.title)}</h2>")
        if d.facts:
            out.append("<dl class=\"facts\">" + "".join(
                f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in d.facts) + "</dl>")
        for t in d.tables:
            if len(d.tables) > 1:
                out.append(f"<h3>{e(t.title)}</h3>")
            out.append("<table><thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in t.columns)
                       + "</tr></thead><tbody>")
            out += ["<tr>" + "".join(f"<td class=\"s\">{e(c)}</td>" if len(c) <= 8
                                     else f"<td>{e(c)}</td>" for c in r) + "</tr>"
                    for r in t.rows]
            out.append("</tbody></table>")
        for c in d.cards:
            out.append(f"<div class=\"card\"><h3>{e(c.title)}</h3>")
            if c.closeness:  # our own SVG: numbers, our colours, the title escaped
                words = closeness_words(c.closeness, ps.lang)
                out.append("<div class=\"spark\">" + sparkline_svg(c.closeness, words)
                           + f" <span>{e(words)}</span></div>")
            for step, items in c.steps:
                out.append(f"<h4>{e(step)}</h4><ul>" + "".join(
                    f"<li><b>{e(k)}</b>: {e(v)}</li>" for k, v in items) + "</ul>")
            out.append("</div>")
        out.append("</section>")
    out.append("</body></html>")
    return "\n".join(out)


def _json(ps: PlanningSet) -> str:
    return json.dumps(ps.to_dict(), ensure_ascii=False, indent=2)


def render_planning_set(pset: PlanningSet, fmt: Fmt) -> str:
    """The planning set as text (Markdown, JSON or HTML), e.g. for stdout."""
    if fmt == "md":
        return _markdown(pset)
    if fmt == "html":
        return _html(pset)
    if fmt == "json":
        return _json(pset)
    raise ValueError(f"format {fmt!r} cannot go to stdout; give --out PATH")


def _sheet_name(title: str, used: set[str]) -> str:
    name = re.sub(r"[\[\]:*?/\\]", " ", title)[:31].strip()
    base, i = name, 2
    while name in used:
        name = f"{base[:28]} {i}"
        i += 1
    used.add(name)
    return name


def _xlsx(ps: PlanningSet, out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="E8E8E8")
    wrap = Alignment(wrap_text=True, vertical="top")
    used: set[str] = set()
    for d in ps.documents:
        ws = wb.create_sheet(_sheet_name(d.title.split(" (")[0], used))
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.append(_safe([ps.title]))
        ws.cell(ws.max_row, 1).font = Font(bold=True, size=13)
        ws.append(_safe([d.title]))
        ws.cell(ws.max_row, 1).font = Font(bold=True, size=12)
        widths: dict[int, int] = {}
        for k, v in d.facts:
            ws.append(_safe([k, v]))
            ws.cell(ws.max_row, 1).font = bold
        for t in d.tables:
            ws.append([])
            ws.append(_safe([t.title]))
            ws.cell(ws.max_row, 1).font = Font(bold=True, size=11)
            ws.append(_safe(list(t.columns)))
            for i in range(1, len(t.columns) + 1):
                c = ws.cell(ws.max_row, i)
                c.font, c.fill, c.alignment = bold, fill, wrap
            for r in t.rows:
                ws.append(_safe(list(r)))
                for i, v in enumerate(r, start=1):
                    ws.cell(ws.max_row, i).alignment = wrap
                    widths[i] = max(widths.get(i, 6), min(36, _width(v) + 2))
        for c in d.cards:
            ws.append([])
            ws.append(_safe([c.title]))
            ws.cell(ws.max_row, 1).font = Font(bold=True, size=12)
            for step, items in c.steps:
                ws.append(_safe([step]))
                ws.cell(ws.max_row, 1).font, ws.cell(ws.max_row, 1).fill = bold, fill
                for k, v in items:
                    ws.append(_safe([k, v]))
                    ws.cell(ws.max_row, 2).alignment = wrap
                    widths[2] = max(widths.get(2, 8), min(110, _width(v) + 2))
            ws.row_breaks.append(_break(ws.max_row))
        widths.setdefault(1, 16)
        widths[1] = max(widths[1], 18)
        for i, w in widths.items():
            ws.column_dimensions[ws.cell(1, i).column_letter].width = w
        _row_heights(ws, widths)
    ws0 = wb.create_sheet(word(ps.lang, "doc_summary"), 0)
    ws0.page_setup.orientation = "landscape"
    ws0.page_setup.fitToWidth, ws0.page_setup.fitToHeight = 1, 0
    ws0.sheet_properties.pageSetUpPr.fitToPage = True
    ws0.append(_safe([ps.title]))
    ws0.cell(1, 1).font = Font(bold=True, size=13)
    for s in ps.summary:
        ws0.append(_safe(["", s]))
    for d in ps.documents:
        if d.key == "taskbook":
            for k, v in d.facts:
                if f"{k}: {v}" in ps.summary:
                    continue
                ws0.append(_safe([k, v]))
                ws0.cell(ws0.max_row, 1).font = bold
                ws0.cell(ws0.max_row, 2).alignment = wrap
    ws0.column_dimensions["A"].width = 18
    ws0.column_dimensions["B"].width = 110
    wb.save(out)


def _row_heights(ws: Any, widths: dict[int, int]) -> None:
    """Explicit heights for wrapped rows (spreadsheet programs do not all compute them)."""
    for row in ws.iter_rows(min_row=3):
        lines = 1
        for c in row:
            if isinstance(c.value, str) and c.alignment.wrap_text:
                lines = max(lines, -(-_width(c.value) // max(1, widths.get(c.column, 10) - 1)))
        if lines > 1:
            ws.row_dimensions[row[0].row].height = 13.5 * min(lines, 30)


def _width(v: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in v)


def _break(row: int) -> object:
    from openpyxl.worksheet.pagebreak import Break

    return Break(id=row)


def write_planning_set(pset: PlanningSet, fmt: Fmt, out: Path) -> list[Path]:
    """Write the planning set; returns the files written.

    ``md``, ``json``, ``html`` and ``xlsx`` write one file at ``out`` (a directory gets
    ``planning-set.<fmt>`` inside). ``csv`` writes one file per table and ``cards.csv``
    into the directory ``out`` (created).
    """
    out = Path(out)
    if fmt == "csv":
        out.mkdir(parents=True, exist_ok=True)
        files = []
        for d in pset.documents:
            for t in d.tables:
                f = out / f"{t.key}.csv"
                with f.open("w", newline="", encoding="utf-8-sig") as fh:
                    w = csv.writer(fh)
                    w.writerow(_safe(list(t.columns)))
                    w.writerows(_safe(list(r)) for r in t.rows)
                files.append(f)
        f = out / "cards.csv"
        with f.open("w", newline="", encoding="utf-8-sig") as fh:
            w = csv.writer(fh)
            w.writerow([word(pset.lang, k) for k in ("col_name", "col_card_step", "col_card_item",
                                                     "col_card_text")])
            for c in pset.cards:
                for step, items in c.steps:
                    for k, v in items:
                        w.writerow(_safe([c.title, step, k, v]))
        files.append(f)
        return files
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    if out.is_dir():
        out = out / f"planning-set.{fmt}"
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "xlsx":
        _xlsx(pset, out)
    else:
        out.write_text(render_planning_set(pset, fmt) + "\n", encoding="utf-8")
    return [out]
