"""The portfolio review as cells, CSV, an Excel workbook and one offline HTML dashboard.

Every output is for people: headers in the reader's language, names not ids, missing
inputs shown as missing (never as zero). Cells that a spreadsheet would read as a
formula (starting with ``= + - @``, tab or carriage return) are prefixed with ``'``
(OWASP's advice for CSV injection); the HTML dashboard builds its table with
``textContent`` from JSON, so no text from the data is ever parsed as HTML.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from kamgraph.portfolio.review import AccountReview
from kamgraph.portfolio.words import COLUMNS, headers, words

__all__ = ["cells", "summary", "to_csv", "write_xlsx", "to_html", "safe_cell"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """Neutralise a spreadsheet formula.

    Examples
    --------
    >>> safe_cell("=HYPERLINK(1)"), safe_cell("+2"), safe_cell("王强")
    ("'=HYPERLINK(1)", "'+2", '王强')
    """
    return "'" + text if text.startswith(_FORMULA_START) else text


def _num(x: float | None, digits: int = 2) -> str | None:
    return None if x is None else f"{x:.{digits}f}"


def _missing(names: Sequence[str], w: dict[str, str], short: bool) -> str:
    if short:
        return w["missing"]
    return w["missing_inputs"].format(names=", ".join(w.get(n, n) for n in names))


def _cell_values(r: AccountReview, lang: str, short: bool = False) -> dict[str, str]:
    w = words(lang)
    p = r.proposal
    score = _num(p.score.value) or _missing(p.score.missing, w, short)
    value = _num(r.value.value, 1) or _missing(r.value.missing, w, short)
    flag = {1: w["higher"], -1: w["lower"]}.get(p.direction, "")
    if r.opportunity is None or r.balance_us is None:
        balance = w["no_deal"]
    else:
        by = f"{r.lead_by or 0.0:.2f}"
        balance = (w["we_lead"].format(by=by) if r.leader == "us"
                   else w["leads"].format(leader=r.leader_name, by=by))
    if r.closeness_trend is None:
        closeness = w["no_contact"]
    else:
        t = r.closeness_trend
        word = w["rising"] if t > 0.05 else w["falling"] if t < -0.05 else w["flat"]
        closeness = f"{word} ({t:+.2f})"
    code, params = p.why
    why = w["why_" + code].format(**params)
    return {
        "name": r.name, "industry": r.industry or "", "tier": r.current_tier or "",
        "proposed_tier": p.proposed or w["missing"], "flag": flag, "score": score,
        "rank": "" if p.rank is None else str(p.rank), "value": value,
        "coverage": f"{r.covered}/{r.key_persons}", "uncountered": str(r.uncountered),
        "balance": balance, "closeness": closeness,
        "gaps": f"{r.gaps} ({r.high_gaps})", "why": why,
    }


def cells(rows: Sequence[AccountReview], lang: str = "en", *,
          short: bool = False) -> tuple[list[str], list[list[str]]]:
    """Headers and display cells of the review, in ``lang`` (``short``: for a terminal)."""
    heads = headers(lang)
    body = []
    for r in rows:
        vals = _cell_values(r, lang, short)
        body.append([vals[k] for k in COLUMNS])
    return heads, body


def summary(rows: Sequence[AccountReview], lang: str = "en") -> str:
    """One sentence a director reads first."""
    tiers = Counter(r.proposal.proposed for r in rows)
    return words(lang)["summary"].format(
        n=len(rows), s=tiers["S"], a=tiers["A"], b=tiers["B"], c=tiers["C"],
        d=sum(1 for r in rows if r.proposal.disagrees), m=tiers[None])


def to_csv(rows: Sequence[AccountReview], lang: str = "en") -> str:
    """The review as CSV text (formula cells neutralised; write it with a BOM for Excel)."""
    headers, body = cells(rows, lang)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(headers)
    for row in body:
        w.writerow([safe_cell(c) for c in row])
    return buf.getvalue()


def write_xlsx(rows: Sequence[AccountReview], path: Path, lang: str = "en") -> None:
    """The review as an Excel workbook: one sheet, bold frozen header, filters, the
    disagreements shaded, every cell written as text or number (never a formula)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    headers, body = cells(rows, lang)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = words(lang)["title"][:31]
    ws.append(headers)
    for c in ws[1]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    shade = PatternFill("solid", fgColor="FDE2E1")
    score_col = list(COLUMNS).index("score")
    for r, row in zip(rows, body, strict=True):
        values: list[Any] = [safe_cell(c) for c in row]
        if r.proposal.score.value is not None:
            values[score_col] = round(r.proposal.score.value, 2)
        ws.append(values)
        if r.proposal.disagrees:
            for c in ws[ws.max_row]:
                c.fill = shade
    for i, h in enumerate(headers, start=1):
        width = max([len(h)] + [len(str(row[i - 1])) for row in body]) + 2
        ws.column_dimensions[get_column_letter(i)].width = min(max(width, 8), 40)
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = ws.dimensions
    wb.save(path)


def _json_for_script(data: Any) -> str:
    """JSON safe inside a ``<script>`` element (no ``</script>``, no HTML comment)."""
    text = json.dumps(data, ensure_ascii=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))




def to_html(rows: Sequence[AccountReview], lang: str = "en") -> str:
    """One self-contained, offline HTML dashboard that sorts and filters."""
    headers, body = cells(rows, lang)
    keys = list(COLUMNS)
    order = {t: i for i, t in enumerate("SABC")}

    def sort_key(r: AccountReview, text: str, k: str) -> Any:
        numeric: dict[str, float | None] = {
            "score": r.proposal.score.value, "value": r.value.value,
            "rank": None if r.proposal.rank is None else float(r.proposal.rank),
            "coverage": r.coverage_share, "uncountered": float(r.uncountered),
            "balance": r.balance_us, "closeness": r.closeness_trend, "gaps": float(r.gaps),
            "proposed_tier": -float(order.get(r.proposal.proposed or "", 9)),
            "tier": -float(order.get(r.current_tier or "", 9)),
        }
        return numeric[k] if k in numeric else text.lower()

    data = {
        "words": words(lang), "summary": summary(rows, lang), "headers": headers,
        "rows": body, "tiers": [r.proposal.proposed or "" for r in rows],
        "diff": [r.proposal.disagrees for r in rows], "tierCol": keys.index("proposed_tier"),
        "sort": [[sort_key(r, c, k) for c, k in zip(row, keys, strict=True)]
                 for r, row in zip(rows, body, strict=True)],
    }
    page = resources.files("kamgraph.portfolio").joinpath("dashboard.html").read_text("utf-8")
    return (page.replace("__LANG__", "zh-CN" if lang == "zh" else "en")
            .replace("__DATA__", _json_for_script(data)))
