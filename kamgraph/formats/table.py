"""The one table of file formats: name -> reader, writer, suffixes, description.

:func:`kamgraph.formats.load_paths` picks a format's reader by suffix (or a folder's
format, or the CRM source asked for with ``--from``); :func:`kamgraph.formats.export_account`
picks a writer by ``--format``; the CLI reads its choices and help from here. Adding a
format is one entry below plus its own module. Descriptions are English message ids
(their Chinese is in the catalogue: ``_(fmt.description)``).

Examples
--------
>>> [f.name for f in FORMATS.values() if f.writer is not None]
['yaml', 'csv', 'json', 'xlsx', 'graphml', 'gexf']
>>> by_suffix(".YML").name, by_suffix(".txt")
('yaml', None)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from kamgraph.formats.csvdir import read_csv_dir, write_csv_dir
from kamgraph.formats.graphfile import write_gexf, write_graphml
from kamgraph.formats.hubspot import read_hubspot
from kamgraph.formats.jsonfile import write_json
from kamgraph.formats.records import Issues
from kamgraph.formats.salesforce import read_salesforce
from kamgraph.formats.workbook import read_workbook, write_xlsx
from kamgraph.formats.yamlfile import read_account_file, write_yaml
from kamgraph.i18n import N_
from kamgraph.model import AccountData

__all__ = ["Format", "FORMATS", "by_suffix", "folder_format", "export_names", "crm_names",
           "Reader", "Writer"]


class Reader(Protocol):
    """Reads every account at ``path``, adding each problem to ``issues``."""

    def __call__(self, path: Path, issues: Issues, *, label: str | None = ...,
                 max_bytes: int | None = ...) -> list[AccountData]: ...


class Writer(Protocol):
    """Writes one account to ``out`` (a file, or a folder for folder formats)."""

    def __call__(self, data: AccountData, out: Path, *, include_private: bool = ...,
                 bom: bool = ..., excel_safe: bool = ...) -> list[Path]: ...


@dataclass(frozen=True, kw_only=True)
class Format:
    """One file format kamgraph reads, writes or both."""

    name: str
    #: What it is, in English (a message id; the Chinese is in the catalogue).
    description: str
    #: File suffixes it is read from (by ``kamgraph import``) and written with; the
    #: first names an exported file. Empty for folder formats.
    suffixes: tuple[str, ...] = ()
    reader: Reader | Callable[..., list[AccountData]] | None = None
    writer: Writer | Callable[..., list[Path]] | None = None
    #: Read from, or written as, a folder rather than a file.
    folder: bool = False
    #: A CRM's export, read only with ``kamgraph import --from NAME``.
    crm: bool = False


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format(name="yaml", description=N_("one account per file, as written by hand"),
           suffixes=(".yaml", ".yml"), reader=read_account_file, writer=write_yaml),
    Format(name="csv", description=N_("a folder of CSV files, one per record kind"),
           folder=True, reader=read_csv_dir, writer=write_csv_dir),
    Format(name="json", description=N_("one account per file, the YAML structure in JSON"),
           suffixes=(".json",), reader=read_account_file, writer=write_json),
    Format(name="xlsx", description=N_("an Excel workbook, one sheet per record kind"),
           suffixes=(".xlsx",), reader=read_workbook, writer=write_xlsx),
    Format(name="graphml", description=N_("the account's graph for Gephi, Cytoscape or "
                                          "networkx"),
           suffixes=(".graphml",), writer=write_graphml),
    Format(name="gexf", description=N_("the account's graph for Gephi, Cytoscape or networkx"),
           suffixes=(".gexf",), writer=write_gexf),
    Format(name="salesforce", description=N_(
        "folders of Salesforce exports (Account.csv, Contact.csv, User.csv, Opportunity.csv, "
        "OpportunityContactRole.csv)"), folder=True, crm=True, reader=read_salesforce),
    Format(name="hubspot", description=N_(
        "folders of HubSpot exports (companies.csv, contacts.csv, deals.csv)"),
        folder=True, crm=True, reader=read_hubspot),
)}


def by_suffix(suffix: str) -> Format | None:
    """The file format read from files ending in ``suffix`` (any case), or None."""
    return next((f for f in FORMATS.values() if f.reader is not None and not f.crm
                 and suffix.lower() in f.suffixes), None)


def folder_format() -> Format:
    """The kamgraph format read from a folder (CSV)."""
    return next(f for f in FORMATS.values() if f.folder and not f.crm and f.reader is not None)


def export_names() -> list[str]:
    """The formats ``kamgraph export --format`` writes, in table order."""
    return [f.name for f in FORMATS.values() if f.writer is not None]


def crm_names() -> list[str]:
    """The CRM exports ``kamgraph import --from`` reads, in table order."""
    return [f.name for f in FORMATS.values() if f.crm]
