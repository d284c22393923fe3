"""Import -> export -> import gives the same AccountData; private fields stay home."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kamgraph.errors import KamgraphError
from kamgraph.examples import Account
from kamgraph.formats import export_account, load_paths, parse_csv_dir, parse_yaml
from kamgraph.formats.csvdir import dump_csv
from kamgraph.formats.jsonfile import dump_json
from kamgraph.formats.yamlfile import dump_yaml
from kamgraph.model import PRIVATE_FIELDS, AccountData

DATA = Path(__file__).parent / "data" / "import"
DOCS = Path(__file__).parent.parent / "docs" / "formats.md"


def reread(path: Path) -> AccountData:
    [data] = load_paths([path])
    return data


def without_private(data: AccountData) -> AccountData:
    out = AccountData({k: [dict(r) for r in v] for k, v in data.records.items()})
    for p in out["person"]:
        for f in PRIVATE_FIELDS:
            p.pop(f, None)
    return out


@pytest.mark.parametrize("fmt", ["yaml", "json", "csv"])
def test_round_trip_with_private(tmp_path: Path, fmt: str) -> None:
    original = parse_yaml(DATA / "acme.yaml")
    target = tmp_path / ("out" if fmt == "csv" else f"acme.{fmt}")
    written = export_account(original, fmt, target, include_private=True)  # type: ignore[arg-type]
    assert written[0].exists()
    assert reread(target) == original


@pytest.mark.parametrize("fmt", ["yaml", "json", "csv"])
def test_private_fields_left_out_by_default(tmp_path: Path, fmt: str) -> None:
    original = parse_yaml(DATA / "acme.yaml")
    target = tmp_path / ("out" if fmt == "csv" else f"acme.{fmt}")
    written = export_account(original, fmt, target)  # type: ignore[arg-type]
    text = "".join(p.read_text(encoding="utf-8") for p in written)
    for secret in ("不喝酒", "高尔夫", "天河", "spouse"):
        assert secret not in text
    assert "home_area" not in text and "private" not in text
    assert reread(target) == without_private(original)


def test_yaml_csv_yaml(tmp_path: Path) -> None:
    [from_csv] = parse_csv_dir(DATA / "acme_csv")
    export_account(from_csv, "yaml", tmp_path / "a.yaml", include_private=True)
    back = parse_yaml(tmp_path / "a.yaml")
    export_account(back, "csv", tmp_path / "csv", include_private=True)
    assert parse_csv_dir(tmp_path / "csv") == [back] == [from_csv]


def test_multi_account_csv_round_trip(tmp_path: Path) -> None:
    for data in load_paths([DATA / "multi_csv"]):
        export_account(data, "csv", tmp_path / data.account_id)
        assert reread(tmp_path / data.account_id) == data


def test_yaml_export_uses_the_shorthands() -> None:
    text = dump_yaml(parse_yaml(DATA / "acme.yaml"), include_private=True)
    assert "\nstances:" not in text and "\nroles:" not in text and "\nreports_to:" not in text
    assert "  reports_to: p-wang\n" in text
    assert "  - {toward: c-zte, value: -10, scale: field, on: 2026-02-01}\n" in text
    assert "  - {person: p-wang, role: decider}\n" in text
    assert "  private: {family: 'spouse: 李梅 (p-li)', hobbies: 高尔夫 golf, home_area: 天河, " \
           "notes: 不喝酒}\n" in text
    assert text.startswith("account: {id: acme, name: 华南机械, name_en: Acme South China, ")


def test_json_is_the_yaml_structure() -> None:
    data = parse_yaml(DATA / "acme.yaml")
    doc = json.loads(dump_json(data))
    assert "王强" in dump_json(data)  # ensure_ascii=False
    wang = next(p for p in doc["people"] if p["id"] == "p-wang")
    assert wang["stances"][0] == {"toward": "c-zte", "value": -10, "scale": "field",
                                  "on": "2026-02-01"}
    assert "private" not in wang and "affiliation" not in wang  # default left out
    assert doc["opportunities"][0]["roles"][1] == {"person": "p-zhao", "role": "influencer"}


def test_csv_export_columns_and_cells() -> None:
    files = dump_csv(parse_yaml(DATA / "acme.yaml"))
    assert files["people.csv"].splitlines()[0] == (
        "account,id,name,name_en,title,level,department,post,post_since,affiliation,roles,"
        "oversight,left,interest_personal,interest_org,alias")
    assert "acme,p-wang,c-zte,-10,field,,2026-02-01,," in files["stances.csv"]
    assert "s-chen,陈明,Chen Ming,Account Manager,manager,,300,true" in files["staff.csv"]
    assert "acme,o-erp,ERP 升级,ERP upgrade,bid,12000000,2026-12-31,c-hw;c-zte" in files[
        "opportunities.csv"]
    only = Account("x", "X", tier=None).data
    assert sorted(dump_csv(only)) == ["accounts.csv", "people.csv"]


def test_csv_export_replaces_stale_files(tmp_path: Path) -> None:
    (tmp_path / "knows.csv").write_text("account,source,target,strength\nx,a,b,1\n")
    (tmp_path / "README.txt").write_text("mine")
    small = Account("x", "X", tier=None).data
    export_account(small, "csv", tmp_path)
    assert not (tmp_path / "knows.csv").exists() and (tmp_path / "README.txt").exists()
    assert reread(tmp_path) == small


def test_export_into_a_folder_and_bad_format(tmp_path: Path) -> None:
    data = parse_yaml(DATA / "acme.yaml")
    assert export_account(data, "json", tmp_path) == [tmp_path / "acme.json"]
    with pytest.raises(KamgraphError, match="unknown export format 'xml'"):
        export_account(data, "xml", tmp_path)


def test_yaml_words_that_old_loaders_read_as_booleans(tmp_path: Path) -> None:
    data = Account("no", "yes", tier=None).data
    data["person"].append({"id": "on", "name": "Off", "affiliation": "internal"})
    text = dump_yaml(data)
    assert "account: {id: 'no', name: 'yes'}" in text
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    assert parse_yaml(tmp_path / "a.yaml") == data


def test_docs_formats_examples_parse(tmp_path: Path) -> None:
    text = DOCS.read_text(encoding="utf-8")
    examples = re.findall(r"```yaml\n(.*?)```", text, re.S)
    for i, other in enumerate(examples):  # every example is a whole account that parses
        (tmp_path / f"example{i}.yaml").write_text(other, encoding="utf-8")
        parse_yaml(tmp_path / f"example{i}.yaml")
    [example] = [e for e in examples if "id: gdt" in e]
    (tmp_path / "gdt.yaml").write_text(example, encoding="utf-8")
    data = parse_yaml(tmp_path / "gdt.yaml")
    assert data.account_id == "gdt"
    [lean] = [s for s in data["stance"] if s["scale"] == "field"]
    assert (lean["toward"], lean["value"], lean["raw"]) == ("zte", 2, -10)

    # The CSV example is people.csv of the same account: it reads back the same people.
    [people_csv] = re.findall(r"```csv\n(.*?)```", text, re.S)
    csv_dir = tmp_path / "csv"
    export_account(data, "csv", csv_dir, include_private=True)
    (csv_dir / "people.csv").write_text(people_csv, encoding="utf-8")
    [from_csv] = parse_csv_dir(csv_dir)
    assert from_csv == data


@pytest.mark.parametrize("fmt", ["yaml", "json", "csv"])
def test_demo_account_loads_and_round_trips(tmp_path: Path, fmt: str) -> None:
    demo = Path(__file__).parent.parent / "kamgraph" / "data" / "demo.yaml"
    original = reread(demo)
    assert 40 <= len(original["person"]) <= 80
    target = tmp_path / ("out" if fmt == "csv" else f"demo.{fmt}")
    export_account(original, fmt, target, include_private=True)  # type: ignore[arg-type]
    assert reread(target) == original
