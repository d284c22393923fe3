"""``kamgraph portfolio``: tier every account from its scores and show the review table."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click

from kamgraph.cli.common import json_option, open_from, settings_from_kwargs, store_options
from kamgraph.cli.output import echo_json, echo_table

__all__ = ["portfolio_cmd"]

#: Columns shown in the terminal (the files hold them all).
_TERMINAL = ("name", "tier", "proposed_tier", "flag", "score", "value", "coverage",
             "uncountered", "balance", "gaps")
_FORMATS = ("table", "csv", "xlsx", "html")


@click.command("portfolio")
@click.argument("accounts", nargs=-1)
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Tiering weights and thresholds (TOML); default: "
                                 "portfolio.toml in the kamgraph home if present.")
@click.option("--format", "fmt", type=click.Choice(_FORMATS), default=None,
              help="table (default), csv, xlsx or html; guessed from --out's suffix.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the review to this file.")
@click.option("--lang", type=click.Choice(["en", "zh"]), default=None,
              help="Language: en or zh [env KAMGRAPH_LANG; default: the locale, else en].")
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), default=None, metavar="YYYY-MM-DD",
              help="Review as of this date (default: today).")
@json_option
@store_options
def portfolio_cmd(accounts: tuple[str, ...], config_path: Path | None, fmt: str | None,
                  out: Path | None, lang: str | None, today: dt.datetime | None,
                  as_json: bool, **kwargs: Any) -> None:
    """Tier the accounts (S/A/B/C) from their scores and show the portfolio review.

    The comprehensive score weighs sales, potential, showcase value, can-win and
    can-deliver (each 0-10 on the account); the top 20% become S or A, and the rest
    B or C by threshold. The proposal stands beside the tier set by hand, with the
    disagreements flagged, and each account shows its key-person coverage,
    uncountered competitor supporters, main-deal balance, closeness trend and open
    gaps. Missing inputs are shown as missing, never as zero.
    """
    from kamgraph.errors import KamgraphError
    from kamgraph.i18n import lang_code
    from kamgraph.portfolio import load_config, review_portfolio
    from kamgraph.portfolio.outputs import cells, summary, to_csv, to_html, write_xlsx
    from kamgraph.portfolio.words import COLUMNS

    lang = lang_code(lang)  # None: the language of the run (--lang anywhere, env, locale)

    settings = settings_from_kwargs(kwargs)
    if config_path is None and (settings.home / "portfolio.toml").is_file():
        config_path = settings.home / "portfolio.toml"
    cfg = load_config(config_path)
    if fmt is None:
        fmt = (out.suffix.lstrip(".").lower() if out is not None else "") or "table"
        if fmt not in _FORMATS:
            raise click.UsageError(f"cannot tell the format from {out}: give --format")
    if fmt in ("xlsx", "html") and out is None:
        raise click.UsageError(f"--format {fmt} writes a file: give --out FILE")
    day = today.date() if today else dt.date.today()
    with open_from(settings) as store:
        known = {str(a["id"]) for a in store.accounts()}
        unknown = [a for a in accounts if a not in known]
        if unknown:
            raise KamgraphError(f"no account {unknown[0]!r}; known: "
                                f"{', '.join(sorted(known)) or 'none'}")
        rows = review_portfolio(store, cfg, today=day, accounts=accounts or None,
                                settings=settings)
    if as_json:
        echo_json({"summary": summary(rows, lang), "accounts": [r.to_dict() for r in rows]})
        return
    if fmt == "table" or out is None and fmt == "csv":
        if fmt == "csv":
            click.echo(to_csv(rows, lang), nl=False)
            return
        click.echo(summary(rows, lang))
        if rows:
            headers, body = cells(rows, lang, short=True)
            keep = [list(COLUMNS).index(k) for k in _TERMINAL]
            click.echo()
            echo_table([[row[i] for i in keep] for row in body], [headers[i] for i in keep])
        return
    assert out is not None
    try:
        if fmt == "xlsx":
            write_xlsx(rows, out, lang)
        elif fmt == "html":
            out.write_text(to_html(rows, lang), encoding="utf-8")
        else:
            out.write_text(to_csv(rows, lang), encoding="utf-8-sig")
    except OSError as e:
        raise KamgraphError(f"cannot write {out}: {e.strerror}") from e
    click.echo(summary(rows, lang))
    click.echo(f"Wrote {out}")
