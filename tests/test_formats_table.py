"""The formats table drives import, export and the CLI: one entry per format."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from kamgraph.errors import ImportValidationError, KamgraphError
from kamgraph.examples import Account
from kamgraph.formats import export_account, load_paths
from kamgraph.formats.table import FORMATS, by_suffix, crm_names, export_names
from kamgraph.i18n import translations

pytestmark = pytest.mark.engine_free


def _choices(cmd: click.Command, name: str) -> list[str]:
    [opt] = [p for p in cmd.params if p.name == name]
    assert isinstance(opt.type, click.Choice)
    return list(opt.type.choices)


def test_the_cli_reads_its_choices_from_the_table() -> None:
    from kamgraph.cli.data import export_cmd, import_cmd

    assert _choices(export_cmd, "fmt") == export_names() == \
        ["yaml", "csv", "json", "xlsx", "graphml", "gexf"]
    assert _choices(import_cmd, "source") == ["kamgraph", *crm_names()]
    assert crm_names() == ["salesforce", "hubspot"]


def test_every_format_is_whole() -> None:
    suffixes = [s for f in FORMATS.values() for s in f.suffixes]
    assert len(suffixes) == len(set(suffixes))
    zh = translations("zh")
    for f in FORMATS.values():
        assert f.reader is not None or f.writer is not None, f.name
        assert f.folder or f.suffixes, f.name  # a file format names its files
        assert not (f.crm and f.writer is not None), f.name  # CRM exports are read only
        assert zh.gettext(f.description) != f.description, f"{f.name}: no Chinese"
    assert by_suffix(".XLSX") is FORMATS["xlsx"] and by_suffix(".graphml") is None


def test_a_path_no_format_reads_is_named(tmp_path: Path) -> None:
    odd = tmp_path / "acme.txt"
    odd.write_text("x", encoding="utf-8")
    with pytest.raises(ImportValidationError) as e:
        load_paths([odd])
    assert str(e.value.issues[0]) == (f"{odd}: is neither an account file (.yaml, .yml, .json, "
                                      ".xlsx) nor a folder of CSV files")


def test_export_writes_by_format_and_refuses_read_only_ones(tmp_path: Path) -> None:
    data = Account("acme", "Acme", tier=None).person("ceo", "c-level").data
    for name in export_names():
        written = export_account(data, name, tmp_path / name if FORMATS[name].folder
                                 else tmp_path)
        assert written and all(p.exists() for p in written), name
        if not FORMATS[name].folder:
            assert written == [tmp_path / f"acme{FORMATS[name].suffixes[0]}"]
    for name in ("salesforce", "xml"):
        with pytest.raises(KamgraphError, match=f"unknown export format '{name}'"):
            export_account(data, name, tmp_path)
