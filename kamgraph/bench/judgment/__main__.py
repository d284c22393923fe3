"""``python -m kamgraph.bench.judgment [--markdown]``: print the judgment benchmark."""

from __future__ import annotations

import argparse
import sys

from kamgraph.bench.judgment import (
    judgment_rows,
    markdown,
    plan_gap_rows,
    plan_gaps_markdown,
    plan_gaps_text,
    text,
)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m kamgraph.bench.judgment",
                                 description="The judgment benchmark (issue 12).")
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = ap.parse_args(argv)
    rows = judgment_rows()
    gaps = plan_gap_rows()
    if args.markdown:
        sys.stdout.write(markdown(rows) + "\n" + plan_gaps_markdown(gaps))
    else:
        sys.stdout.write(text(rows) + plan_gaps_text(gaps))


if __name__ == "__main__":
    main()
