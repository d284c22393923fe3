"""YAML/JSON import: normalised records, shorthands, and every error at once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kamgraph.errors import ImportValidationError
from kamgraph.formats import load_paths, parse_yaml
from kamgraph.model import KINDS

pytestmark = pytest.mark.engine_free

DATA = Path(__file__).parent / "data" / "import"


def issues_of(path: Path | str) -> list[str]:
    with pytest.raises(ImportValidationError) as info:
        load_paths([path])
    return [str(i) for i in info.value.issues]


def write(tmp_path: Path, text: str, name: str = "a.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_yaml_parses_to_expected_records() -> None:
    d = parse_yaml(DATA / "acme.yaml")
    assert d.account_id == "acme"
    assert d.count() == {
        "account": 1, "competitor": 2, "department": 2, "post": 2, "person": 3, "staff": 2,
        "opportunity": 1, "position": 1, "reports_to": 1, "influence": 2, "role": 2,
        "stance": 4, "owns": 1, "knows": 2, "sponsors": 1, "informs": 1, "interaction": 1,
    }
    wang = next(p for p in d["person"] if p["id"] == "p-wang")
    assert wang == {
        "id": "p-wang", "name": "王强", "name_en": "Wang Qiang", "title": "总经理 CEO",
        "level": "c-level", "department": "d-exec", "post": "post-ceo",
        "post_since": dt.date(2021, 1, 1), "affiliation": "internal",
        "roles": ["decider", "approver"], "family": "spouse: 李梅 (p-li)",
        "hobbies": "高尔夫 golf", "home_area": "天河", "notes": "不喝酒",
    }
    li = next(p for p in d["person"] if p["id"] == "p-li")
    assert li == {"id": "p-li", "name": "李梅", "name_en": "Li Mei", "affiliation": "family"}
    assert d["reports_to"] == [{"person": "p-zhao", "manager": "p-wang"}]
    assert d["role"] == [{"opportunity": "o-erp", "person": "p-wang", "role": "decider"},
                         {"opportunity": "o-erp", "person": "p-zhao", "role": "influencer"}]
    assert d["influence"][1] == {"source": "p-zhao", "target": "p-wang", "strength": 0.5,
                                 "basis": "other", "visibility": "formal"}
    assert d["post"][1]["key"] is False and d["post"][0]["key"] is True
    staff = {s["id"]: s for s in d["staff"]}
    assert staff["s-chen"]["capacity_hours"] == 300.0 and staff["s-chen"]["active"] is True
    assert staff["s-liu"]["active"] is False
    opp = d["opportunity"][0]
    assert opp["value"] == 12_000_000.0 and isinstance(opp["value"], float)
    assert opp["close_date"] == dt.date(2026, 12, 31)
    assert opp["competitors"] == ["c-hw", "c-zte"]  # sorted: a set of ids


def test_records_hold_only_their_kind_fields_and_are_sorted() -> None:
    d = parse_yaml(DATA / "acme.yaml")
    for kind, recs in d.records.items():
        allowed = {f.name for f in KINDS[kind].fields} | ({"raw"} if kind == "stance" else set())
        for rec in recs:
            assert set(rec) <= allowed, (kind, rec)
            assert None not in rec.values()
        keys = [tuple(str(r.get(k)) for k in KINDS[kind].key) for r in recs]
        assert keys == sorted(keys)


def test_field_scale_maps_onto_seven_points() -> None:
    d = parse_yaml(DATA / "acme.yaml")
    by = {(s["person"], s["toward"], s["on"]): s for s in d["stance"]}
    leans = by[("p-wang", "c-zte", dt.date(2026, 2, 1))]  # -10 written toward us + competitor
    assert leans == {"person": "p-wang", "toward": "c-zte", "value": 2, "raw": -10,
                     "scale": "field", "on": dt.date(2026, 2, 1)}
    hw = by[("p-zhao", "c-hw", dt.date(2026, 5, 10))]
    assert (hw["value"], hw["raw"], hw["scale"]) == (3, 4, "field")
    seven = by[("p-wang", "us", dt.date(2026, 9, 1))]
    assert (seven["value"], seven["raw"], seven["scale"]) == (1, 1, "seven")


@pytest.mark.parametrize("raw,value", [(5, 3), (4, 3), (3, 2), (2, 1), (1, 1), (-1, 0),
                                       (-2, -1), (-3, -2), (-5, -3)])
def test_every_field_notch(tmp_path: Path, raw: int, value: int) -> None:
    path = write(tmp_path, f"""account: {{id: a, name: A}}
people:
  - id: p
    name: P
    stances: [{{toward: us, value: {raw}, scale: field, on: 2026-01-01}}]
""")
    [s] = parse_yaml(path)["stance"]
    assert (s["value"], s["raw"], s["toward"]) == (value, raw, "us")


def test_malformed_yaml_reports_every_error_with_line_and_field() -> None:
    got = issues_of(DATA / "bad.yaml")
    f = str(DATA / "bad.yaml")
    expected = [
        f"{f}:1: tier: 'X' is not one of S, A, B, C",
        f"{f}:5: parent: department parent cycle: d-a -> d-b -> d-a",
        f"{f}:10: level: 'ceo' is not one of staff, manager, director, vp, c-level, board",
        f"{f}:11: department: unknown department 'd-nowhere'",
        f"{f}:12: manager: reports_to cycle: p-1 -> p-2 -> p-1",
        f"{f}:14: value: 5 is not on the seven-point scale (-3..3)",
        f"{f}:15: value: a field-scale -10 (leans to a competitor) must name the competitor: "
        "toward: <competitor id>, or competitor: <id>",
        f"{f}:16: toward: 'c-hw' is neither 'us' nor a competitor id",
        f"{f}:20: shoe_size: unknown private field",
        f"{f}:21: id: duplicate person id 'p-2' (first at line 17)",
        f"{f}:22: id: 'd-a' is already the id of a department (line 5)",
        f"{f}:23: id: required field is missing",
        f"{f}:23: nickname: unknown field",
        f"{f}:24: people: expected a record (field: value), got the value 'just a string'",
        f"{f}:26: strength: 1.5 is outside 0..1",
        f"{f}:26: target: 'p-1' cannot influence themselves",
        f"{f}:27: visibility: 'secret' is not one of formal, hidden",
        f"{f}:29: since: '2026-13-01' is not a valid date",
        f"{f}:29: source: unknown staff member or person 's-ghost'",
        f"{f}:31: on: '2026/01/01' is not a date (YYYY-MM-DD)",
        f"{f}:31: staff: unknown staff member 's-ghost'",
        f"{f}:32: owns: expected a list of records, got a mapping",
        f"{f}:33: budget: unknown section",
    ]
    assert got == expected


def test_error_message_reads_plainly() -> None:
    with pytest.raises(ImportValidationError) as info:
        parse_yaml(DATA / "bad.yaml")
    text = str(info.value)
    assert text.startswith(f"23 problems in {DATA / 'bad.yaml'}; nothing was written\n")
    assert f"  {DATA / 'bad.yaml'}:10: level: 'ceo' is not one of" in text


def test_duplicate_yaml_keys_and_on_key(tmp_path: Path) -> None:
    path = write(tmp_path, """account: {id: a, name: A}
people:
  - id: p
    name: P
    name: Q
    stances:
      - {toward: us, value: 1, on: 2026-01-01, on: 2026-01-02}
""")
    assert issues_of(path) == [f"{path}:5: name: duplicate key (first at line 4)",
                               f"{path}:7: on: duplicate key (first at line 7)"]


def test_unknown_fields_sections_and_shapes(tmp_path: Path) -> None:
    path = write(tmp_path, """accounts: [{id: a, name: A}]
people:
  - {id: p, nmae: P, roles: {a: 1}, reports_to: [x, {y: 1}]}
opportunities:
  - {id: o, name: O, roles: [{person: p, role: boss, opportunity: o2}]}
""")
    assert issues_of(path) == [
        f"{path}:1: account: required section is missing",
        f"{path}:1: accounts: unknown section (one account per file: use account: "
        "{id: ..., name: ...})",
        f"{path}:3: manager: unknown person 'x'",
        f"{path}:3: name: required field is missing",
        f"{path}:3: nmae: unknown field (did you mean 'name'?)",
        f"{path}:3: reports_to: expected a manager's id, got a mapping",
        f"{path}:3: roles: expected a single value, got a mapping",
        f"{path}:5: opportunity: 'o2' differs from the enclosing opportunity 'o'; "
        "leave it out here",
        f"{path}:5: role: 'boss' is not one of initiator, user, influencer, decider, approver, "
        "buyer, gatekeeper, coach",
    ]


def test_references_resolve_within_the_file_and_by_kind(tmp_path: Path) -> None:
    path = write(tmp_path, """account: {id: a, name: A}
departments: [{id: d, name: D}]
people:
  - {id: p, name: P, department: p, post: d}
  - {id: q, name: Q}
opportunities: [{id: o, name: O, competitors: [zte]}]
knows: [{source: d, target: p, strength: 0.5}]
informs: [{source: p, target: q, via: nobody}]
stances: [{person: q, toward: us, value: -10, scale: field, competitor: huawei, on: 2026-01-01}]
owns: [{staff: s-1, person: q, role: A}]
""")
    assert issues_of(path) == [
        f"{path}:4: department: 'p' is a person, not a department",
        f"{path}:4: post: 'd' is a department, not a post",
        f"{path}:6: competitors: unknown competitor 'zte'",
        f"{path}:7: source: 'd' is a department, not a staff member or person",
        f"{path}:8: via: unknown staff member or person 'nobody'",
        f"{path}:9: competitor: unknown competitor 'huawei'",
        f"{path}:10: staff: unknown staff member 's-1'",
    ]


def test_stance_competitor_rules(tmp_path: Path) -> None:
    path = write(tmp_path, """account: {id: a, name: A}
competitors: [{id: zte, name: ZTE}, {id: hw, name: HW}]
people:
  - id: p
    name: P
    stances:
      - {toward: us, value: 2, competitor: zte, on: 2026-01-01}
      - {toward: hw, value: -10, scale: field, competitor: zte, on: 2026-01-02}
      - {toward: zte, value: -10, scale: field, competitor: zte, on: 2026-01-03}
      - {toward: us, value: 3, scale: weird, on: 2026-01-04}
      - {toward: us, value: 0, scale: field, on: 2026-01-05}
""")
    assert issues_of(path) == [
        f"{path}:7: competitor: is only used with a field-scale -10 (leans to a competitor)",
        f"{path}:8: competitor: names 'zte' but toward is 'hw'",
        f"{path}:10: scale: 'weird' is not one of seven, field",
        f"{path}:11: value: 0 is not on the field scale (-10, -5, -3, -2, -1, 1, 2, 3, 4, 5)",
    ]


def test_duplicate_stance_after_resolving_toward(tmp_path: Path) -> None:
    path = write(tmp_path, """account: {id: a, name: A}
competitors: [{id: zte, name: ZTE}]
people:
  - id: p
    name: P
    stances:
      - {toward: zte, value: 2, on: 2026-01-01}
      - {toward: us, value: -10, scale: field, competitor: zte, on: 2026-01-01}
""")
    assert issues_of(path) == [
        f"{path}:8: duplicate stance record for person 'p', toward 'zte', on 2026-01-01 "
        "(first at line 7)",
    ]


def test_yaml_syntax_error_and_empty_file(tmp_path: Path) -> None:
    bad = write(tmp_path, "account: {id: a\npeople: [\n", "bad.yaml")
    [msg] = issues_of(bad)
    assert msg == f"{bad}:2: not valid YAML: expected ',' or '}}', but got ':'"
    empty = write(tmp_path, "# nothing\n", "empty.yaml")
    assert issues_of(empty) == [f"{empty}: is empty; expected account: and other sections"]
    listy = write(tmp_path, "- 1\n", "list.yaml")
    assert issues_of(listy) == [
        f"{listy}:1: expected sections (account:, people:, ...) at the top, got a list"]


def test_json_account_and_json_errors(tmp_path: Path) -> None:
    good = write(tmp_path, '{"account": {"id": "a", "name": "甲"},\n "people": [\n'
                 '  {"id": "p", "name": "王", "post_since": "2020-01-02", "level": "CEO"}]}',
                 "a.json")
    assert issues_of(good) == [
        f"{good}:3: level: 'CEO' is not one of staff, manager, director, vp, c-level, board"]
    broken = write(tmp_path, '{"account": {"id": "a",\n "name": }}', "b.json")
    [msg] = issues_of(broken)
    assert msg.startswith(f"{broken}:2: not valid JSON: ")


def test_all_files_reported_together(tmp_path: Path) -> None:
    other = write(tmp_path, "account: {id: acme, name: Copy}\n", "copy.yaml")
    got = issues_of_many([DATA / "bad.yaml", DATA / "acme.yaml", other, tmp_path / "nope.txt"])
    assert len([g for g in got if g.startswith(str(DATA / "bad.yaml"))]) == 23
    assert f"{other}: account: account 'acme' is also in {DATA / 'acme.yaml'}" in got
    assert f"{tmp_path / 'nope.txt'}: no such file or folder" in got


def issues_of_many(paths: list[Path]) -> list[str]:
    with pytest.raises(ImportValidationError) as info:
        load_paths(paths)
    return [str(i) for i in info.value.issues]


def test_json_with_tabs_keeps_line_numbers(tmp_path: Path) -> None:
    path = write(tmp_path, '{"account": {"id": "a", "name": "A"},\n\t"people": [\n'
                 '\t\t{"id": "p", "name": "P"},\n\t\t{"id": "p", "name": "Q"}, null]}\n', "t.json")
    assert issues_of(path) == [
        f"{path}:4: id: duplicate person id 'p' (first at line 3)",
        f"{path}:4: people: expected a record (field: value), got nothing",
    ]
