"""``python -m kamgraph.bench.judgment [--markdown]``: print the judgment benchmark."""

from __future__ import annotations

import argparse
import sys

from kamgraph.bench.judgment import judgment_rows, markdown, text


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m kamgraph.bench.judgment",
                                 description="The judgment benchmark (issue 12).")
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = ap.parse_args(argv)
    rows = judgment_rows()
    sys.stdout.write(markdown(rows) if args.markdown else text(rows))


if __name__ == "__main__":
    main()
