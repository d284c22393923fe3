"""The CLI's help in the user's language, and click's own words through our catalogue.

Help texts stay plain English strings in the code (docstrings and ``help=``); the
extractor (:mod:`kamgraph.i18n_tools`) walks the command tree and puts each one in the
catalogue, and :func:`localize` swaps in the translation when a command is looked up.
Click's own messages ("Usage:", "Missing argument", ...) are routed through the same
catalogue.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from typing import Any

import click
from click._textwrap import TextWrapper as _ClickWrapper

from kamgraph.i18n import N_, get_lang, translations

__all__ = ["localize", "help_texts", "CLICK_WORDS", "stand_in", "help_index_source"]

#: click's own messages that kamgraph users meet (translated in the catalogue)
CLICK_WORDS = (
    N_("Usage:"), N_("Options"), N_("Commands"), N_("Show this message and exit."),
    N_("Show the version and exit."), N_("Error: {message}"), N_("Aborted!"),
    N_("Try '{command} {option}' for help."), N_("No such command {name!r}."),
    N_("No such option {name!r}."), N_("Missing argument"), N_("Missing option"),
    N_("Missing parameter"), N_("Missing command."), N_("Invalid value for {param_hint}: "
                                                        "{message}"),
    N_("Invalid value: {message}"), N_("default: {default}"), N_("env var: {var}"),
    N_("Do you want to continue?"), N_("{value} is not in the range {range}."),
    N_("{value!r} is not a valid {number_type}."), N_("{name} {filename!r} does not exist."),
    N_("{name} {filename!r} is a directory."), N_("{name} {filename!r} is a file."),
    N_("Option {name!r} does not take a value."), N_("Choose from:\n\t{choices}"),
    N_("required"),
)
#: click words used as metavars (FILE, DIRECTORY): left in English, because click aligns the
#: help columns by characters, not by display cells
_CLICK_KEEP = frozenset({"file", "directory", "path"})
_CLICK_PLURALS = (
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"),
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"),
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."),
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."),
)
_CLICK_MODULES = ("core", "formatting", "exceptions", "decorators", "types", "parser", "termui")
_patched = False
#: characters that take two cells and may break a line anywhere (CJK, full-width forms)
_WIDE = re.compile(r"([\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])")


def _gettext(message: str) -> str:
    if message in _CLICK_KEEP:
        return message
    return translations(get_lang()).gettext(message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return translations(get_lang()).ngettext(singular, plural, n)


def _cells(x: str) -> int:
    """Terminal cells of ``text`` (a Chinese character takes two), ANSI codes left out.

    >>> _cells("kamgraph"), _cells("关键人"), _cells("A角")
    (8, 6, 3)
    """
    import unicodedata

    from click._compat import strip_ansi

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in strip_ansi(x))


def _truncate_cells(text: str, n: int) -> str:
    """The longest prefix of ``text`` that fits ``n`` cells (for click's long-word breaks)."""
    used = 0
    for i, c in enumerate(text):
        used += _cells(c)
        if used > n:
            return text[:max(i, 1)]
    return text


class _CellWrapper(_ClickWrapper):
    """click's text wrapper, breaking Chinese text between any two characters (it has no
    spaces) while English words stay whole."""

    def _split(self, text: str) -> list[str]:
        chunks: list[str] = super()._split(text)
        return [p for c in chunks for p in _WIDE.split(c) if p]


def _patch_click() -> None:
    """Let click's messages come from our catalogue (click looks them up in gettext's
    default domain, which kamgraph does not install), and let its help wrap by terminal
    cells, so Chinese help fits the terminal (click counts characters)."""
    global _patched
    if _patched:
        return
    import importlib

    import click._textwrap
    import click.formatting

    setattr(click._textwrap, "term_len", _cells)  # noqa: B010 (not re-exported by click)
    click._textwrap._truncate_visible = _truncate_cells
    click._textwrap.TextWrapper = _CellWrapper  # type: ignore[misc]
    setattr(click.formatting, "term_len", _cells)  # noqa: B010

    for name in _CLICK_MODULES:
        mod = importlib.import_module(f"click.{name}")
        if hasattr(mod, "_"):
            mod._ = _gettext  # type: ignore[attr-defined]
        if hasattr(mod, "ngettext"):
            mod.ngettext = _ngettext  # type: ignore[attr-defined]
    _patched = True


def _walk(cmd: click.Command) -> Iterator[click.Command]:
    yield cmd
    if isinstance(cmd, click.Group):
        for sub in cmd.commands.values():
            yield from _walk(sub)


def _originals(obj: Any) -> dict[str, str | None]:
    saved: dict[str, str | None] | None = getattr(obj, "_kamgraph_en", None)
    if saved is None:
        saved = {"help": inspect.cleandoc(obj.help) if obj.help else obj.help,
                 "short_help": getattr(obj, "short_help", None)}
        obj._kamgraph_en = saved
    return saved


def _first_line(text: str) -> str:
    line = text.strip().split("\n", 1)[0]
    return line.split("。", 1)[0] if "。" in line else line


def localize(cmd: click.Command) -> None:
    """Put ``cmd``'s help (and its options' and subcommands') into the current language,
    and give it ``--lang`` if it has none."""
    from kamgraph.cli.common import lang_option

    _patch_click()
    lang = get_lang()
    tr = translations(lang).gettext
    for c in _walk(cmd):
        if not any(p.name == "lang" for p in c.params):
            lang_option(c)  # click appends the option to a command object's params
        if hasattr(c, "_help_option"):  # click caches --help with its text in one language
            c._help_option = None
        orig = _originals(c)
        c.help = tr(orig["help"]) if orig["help"] else orig["help"]
        if orig["short_help"]:
            c.short_help = tr(orig["short_help"])
        elif lang != "en" and c.help:
            c.short_help = _first_line(c.help)
        else:
            c.short_help = None
        for p in c.params:
            if isinstance(p, click.Option):
                ph = _originals(p)["help"]
                p.help = tr(ph) if ph else ph


def help_texts(root: click.Command) -> list[str]:
    """Every help text of the command tree below ``root`` (in English), for the catalogue."""
    import importlib

    from kamgraph.cli.commands import COMMANDS

    out: list[str] = []
    cmds: list[click.Command] = [root]
    for target in COMMANDS.values():
        module, attr = target.split(":")
        cmds.append(getattr(importlib.import_module(f"kamgraph.cli.{module}"), attr))
    for top in cmds:
        for c in _walk(top):
            h = _originals(c)["help"]
            if h:
                out.append(h)
            for p in c.params:
                if isinstance(p, click.Option):
                    ph = _originals(p)["help"]
                    if ph:
                        out.append(ph)
    return list(dict.fromkeys(out))


def click_plurals() -> tuple[tuple[str, str], ...]:
    return _CLICK_PLURALS


def stand_in(name: str, help_text: str | None, short_help: str | None,
             hidden: bool) -> click.Command:
    """A command with ``name``'s help only, for ``kamgraph --help`` to list without importing
    the command's module (see :mod:`kamgraph.cli.help_index`)."""
    cmd = click.Command(name, help=help_text, short_help=short_help, hidden=hidden)
    localize(cmd)
    return cmd


def help_index_source() -> str:
    """The text of ``kamgraph/cli/help_index.py``: each command's English help, so the
    command list of ``kamgraph --help`` needs no command module imported."""
    import importlib

    from kamgraph.cli.commands import COMMANDS

    lines = ["# ruff: noqa: E501",
             '"""Each command\'s help, for ``kamgraph --help`` (generated: ``python -m '
             'kamgraph.i18n update``)."""', "", "from __future__ import annotations", "",
             "#: command name -> (help, short help, hidden)",
             "HELP: dict[str, tuple[str | None, str | None, bool]] = {"]
    for name in sorted(COMMANDS):
        module, attr = COMMANDS[name].split(":")
        cmd = getattr(importlib.import_module(f"kamgraph.cli.{module}"), attr)
        orig = _originals(cmd)
        lines.append(f"    {name!r}: ({orig['help']!r},")
        lines.append(f"        {orig['short_help']!r}, {bool(cmd.hidden)!r}),")
    lines.append("}")
    return "\n".join(lines) + "\n"
