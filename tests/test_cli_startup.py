"""`kamgraph --help` starts fast: it lists the commands from the help index, importing none
of their modules (nor networkx, neo4j, rich or openpyxl)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import kamgraph.cli.help_index as help_index
from kamgraph.cli.words import help_index_source

HEAVY = ("networkx", "neo4j", "rich", "openpyxl", "yaml", "platformdirs", "importlib.metadata",
         "kamgraph.store", "kamgraph.model", "kamgraph.cli.living", "kamgraph.cli.analysis")


def test_the_help_index_is_current() -> None:
    assert Path(help_index.__file__).read_text("utf-8") == help_index_source(), \
        "run: python -m kamgraph.i18n update"


def _loaded_by_help(lang: str) -> tuple[str, list[str]]:
    code = ("import sys, io, contextlib\n"
            "from kamgraph.cli import main\n"
            "out = io.StringIO()\n"
            "with contextlib.redirect_stdout(out):\n"
            f"    main(['--lang', '{lang}', '--help'], standalone_mode=False)\n"
            "print(__import__('json').dumps([out.getvalue(), sorted(sys.modules)]))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    text, modules = json.loads(done.stdout)
    return text, modules


def test_help_imports_no_command_module_and_no_heavy_library() -> None:
    for lang in ("en", "zh"):
        text, modules = _loaded_by_help(lang)
        assert "key-persons" in text and "portfolio" in text
        loaded = [m for m in HEAVY if m in modules]
        assert not loaded, f"kamgraph --lang {lang} --help imported {loaded}"
    assert "决策" in _loaded_by_help("zh")[0]


def test_every_help_fits_80_columns_in_both_languages() -> None:
    """Chinese help wraps by terminal cells (a character takes two), not by characters."""
    from click.testing import CliRunner
    from rich.cells import cell_len

    from kamgraph.cli import COMMANDS, main

    for lang in ("en", "zh"):
        for name in [None, *sorted(COMMANDS)]:
            args = ["--lang", lang, *([name] if name else []), "--help"]
            res = CliRunner().invoke(main, args, env={"COLUMNS": "80"})
            assert res.exit_code == 0, res.output
            wide = [line for line in res.output.splitlines() if cell_len(line) > 80]
            assert not wide, f"kamgraph {' '.join(args)}: {wide[:2]}"
