"""Free attributes: any node may carry properties of its own beyond the model's fields."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kamgraph.errors import ImportValidationError
from kamgraph.formats import export_account, load_paths
from kamgraph.formats.csvdir import dump_csv
from kamgraph.projection import graph_from_data
from kamgraph.store import Store

ACCOUNT = """\
account: {id: acme, name: Acme, attributes: {crm_id: A-17, revenue_musd: 120}}
people:
  - id: p1
    name: 王强
    attributes: {wechat: wq1968, joined: 2019-03-01, vip: true}
staff:
  - {id: s1, name: Chen, attributes: {office: Shenzhen}}
"""


@pytest.fixture
def account_file(tmp_path: Path) -> Path:
    path = tmp_path / "acme.yaml"
    path.write_text(ACCOUNT, encoding="utf-8")
    return path


def test_attributes_are_parsed_typed_and_reach_the_graph(account_file: Path) -> None:
    [d] = load_paths([account_file])
    assert d["person"][0]["attributes"] == {"joined": dt.date(2019, 3, 1), "vip": True,
                                            "wechat": "wq1968"}
    assert d["account"][0]["attributes"] == {"crm_id": "A-17", "revenue_musd": 120}
    G = graph_from_data(d)
    assert G.nodes["p1"]["attributes"]["wechat"] == "wq1968"
    assert G.nodes["s1"]["attributes"] == {"office": "Shenzhen"}


def test_bad_attribute_names_and_values_are_errors(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("account: {id: a, name: A}\npeople:\n"
                    "  - {id: p1, name: X, attributes: {'bad name': 1}}\n"
                    "  - {id: p2, name: Y, attributes: {tags: [a, b]}}\n"
                    "  - {id: p3, name: Z, attributes: not-a-mapping}\n", encoding="utf-8")
    with pytest.raises(ImportValidationError) as err:
        load_paths([path])
    assert [str(i).split(": ", 1)[1] for i in err.value.issues] == [
        "attributes: attribute name 'bad name' must be letters, digits and _ "
        "(not starting with a digit)",
        "attributes: attribute tags: a list is not a text, number, true/false or date",
        "attributes: expected a mapping of name: value, not 'not-a-mapping'",
    ]
    assert [i.line for i in err.value.issues] == [3, 4, 5]


def test_csv_carries_attributes_as_columns(account_file: Path, tmp_path: Path) -> None:
    [d] = load_paths([account_file])
    people = dump_csv(d)["people.csv"].splitlines()
    assert people[0].endswith(",attributes.joined,attributes.vip,attributes.wechat")
    assert people[1].endswith(",2019-03-01,true,wq1968")
    out = tmp_path / "csv"
    export_account(d, "csv", out)
    [back] = load_paths([out])
    # CSV has no types: what comes back is text, and stays text on the next round
    assert back["person"][0]["attributes"] == {"joined": "2019-03-01", "vip": "true",
                                               "wechat": "wq1968"}
    export_account(back, "csv", tmp_path / "csv2")
    [again] = load_paths([tmp_path / "csv2"])
    assert again.records == back.records


def test_attributes_round_trip_through_the_store(store: Store, account_file: Path,
                                                 tmp_path: Path) -> None:
    [d] = load_paths([account_file])
    store.save_account(d)
    back = store.load_account("acme")
    assert back.records == d.records
    export_account(back, "yaml", tmp_path / "again.yaml")
    [again] = load_paths([tmp_path / "again.yaml"])
    assert again.records == d.records
