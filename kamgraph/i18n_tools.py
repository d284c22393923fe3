"""Maintaining the catalogue with Babel: collect messages, update the ``.po``, compile ``.mo``.

Run ``python -m kamgraph.i18n update`` after adding or changing a marked message, fill in
the empty ``msgstr`` lines of ``kamgraph/locale/zh/LC_MESSAGES/kamgraph.po``, and run it
again to compile. ``python -m kamgraph.i18n check`` lists what is missing. Babel is needed
here only (the ``test`` extra); the CLI reads the compiled ``.mo`` with :mod:`gettext`.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from kamgraph.i18n import DOMAIN, LANGS, LOCALE_DIR

__all__ = ["extract", "po_path", "mo_path", "read_catalog", "compile_bytes", "missing",
           "update", "main"]

PACKAGE = Path(__file__).resolve().parent
#: what marks a message in the code (Babel's spec: name -> argument positions)
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2),
            "NP_": ((1, "c"), 2)}
#: catalogues kept in other modules can register here (module paths below the package)
SOURCES = ("**.py",)


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(lang: str) -> Path:
    return po_path(lang).with_suffix(".mo")


def extract() -> Catalog:
    """Every marked message in the package's code."""
    cat = Catalog(project="kamgraph", domain=DOMAIN)
    method_map = [("**.py", "python")]
    for filename, lineno, message, comments, context in extract_from_dir(
            str(PACKAGE), method_map=method_map, keywords=KEYWORDS, strip_comment_tags=True):
        cat.add(message, None, [(f"kamgraph/{filename}", lineno)], auto_comments=comments,
                context=context)
    # help texts are plain strings in click's decorators: walk the command tree for them
    from kamgraph.cli import main
    from kamgraph.cli.words import click_plurals, help_texts

    for text in help_texts(main):
        if text not in cat:
            cat.add(text, None, [("kamgraph/cli (help)", 0)])
    for singular, plural in click_plurals():
        cat.add((singular, plural), None, [("click", 0)])
    return cat


def read_catalog(lang: str) -> Catalog:
    with po_path(lang).open("rb") as fh:
        return read_po(fh, locale=lang, domain=DOMAIN)


def compile_bytes(cat: Catalog) -> bytes:
    buf = io.BytesIO()
    write_mo(buf, cat, use_fuzzy=False)
    return buf.getvalue()


def _key(message_id: str | tuple[str, ...] | list[str]) -> str:
    return message_id if isinstance(message_id, str) else message_id[0]


def missing(lang: str, template: Catalog | None = None) -> list[str]:
    """Messages of the code that ``lang``'s catalogue does not translate (or marks fuzzy)."""
    template = template or extract()
    cat = read_catalog(lang)
    out: list[str] = []
    for m in template:
        if not m.id:
            continue
        have = cat.get(m.id, context=m.context)
        strings = ([] if have is None else
                   list(have.string) if isinstance(have.string, (list, tuple)) else [have.string])
        if have is None or have.fuzzy or not all(strings):
            out.append(_key(m.id) + (f" [{m.context}]" if m.context else ""))
    return out


def update() -> None:
    """Merge the code's messages into every ``.po`` (new ones empty) and compile each; write
    the command help index that ``kamgraph --help`` lists commands from."""
    from kamgraph.cli.words import help_index_source

    index = PACKAGE / "cli" / "help_index.py"
    if index.read_text("utf-8") != help_index_source():
        index.write_text(help_index_source(), "utf-8")
    template = extract()
    for lang in LANGS:
        if lang == "en":
            continue
        path = po_path(lang)
        if path.exists():
            cat = read_catalog(lang)
            cat.update(template, no_fuzzy_matching=True)
            cat.obsolete.clear()
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            cat = Catalog(locale=lang, project="kamgraph", domain=DOMAIN)
            cat.update(template, no_fuzzy_matching=True)
        buf = io.BytesIO()
        write_po(buf, cat, width=100, sort_output=False, omit_header=False,
                 include_previous=False)
        path.write_bytes(buf.getvalue())
        mo_path(lang).write_bytes(compile_bytes(read_catalog(lang)))


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    cmd = args[0] if args else "check"
    if cmd == "update":
        update()
    elif cmd == "compile":
        for lang in LANGS:
            if lang != "en":
                mo_path(lang).write_bytes(compile_bytes(read_catalog(lang)))
    elif cmd == "check":
        gaps = {lang: missing(lang) for lang in LANGS if lang != "en"}
        for lang, msgs in gaps.items():
            for m in msgs:
                print(f"{lang}: missing: {m}")
        sys.exit(1 if any(gaps.values()) else 0)
    else:
        sys.exit(f"usage: python -m kamgraph.i18n [update|compile|check], not {cmd!r}")
