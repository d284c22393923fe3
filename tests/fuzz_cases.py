"""Malformed import files, each with what its refusal must name (tests/test_fuzz_import.py).

Every case is a small valid account (:data:`BASE` in YAML or JSON, :data:`CSV_BASE` as a
CSV folder) with one thing broken, and the field the refusal must name (None when the
problem is the file itself: its syntax, encoding, size or shape).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

BASE = """\
account: {id: fz, name: 模糊测试, tier: A}
competitors:
  - {id: c-x, name: 某对手}
departments:
  - {id: d-top, name: 总部}
people:
  - {id: p-a, name: 甲, level: c-level, department: d-top}
  - {id: p-b, name: 乙, level: vp}
staff:
  - {id: s-x, name: 某员工, level: manager, capacity_hours: 100}
opportunities:
  - {id: o-1, name: 项目, competitors: [c-x]}
influences:
  - {source: p-a, target: p-b, strength: 0.5}
stances:
  - {person: p-a, toward: us, value: 1, on: 2026-01-01}
owns:
  - {staff: s-x, person: p-a, role: A}
"""

CSV_BASE: dict[str, str] = {
    "accounts.csv": "id,name\nfzc,CSV账户\n",
    "people.csv": "account,id,name,level\nfzc,p-a,甲,vp\nfzc,p-b,乙,manager\n",
    "staff.csv": "id,name,capacity_hours\ns-x,某员工,100\n",
    "owns.csv": "account,staff,person,role\nfzc,s-x,p-a,A\n",
}


@dataclass
class Case:
    """One malformed input: files (name -> text or bytes), the field the refusal must
    name, and whether it must name a line or row."""

    name: str
    files: dict[str, str | bytes]
    field: str | None
    line: bool = True
    max_bytes: int | None = None
    notes: list[str] = field(default_factory=list)


def _sub(old: str, new: str, base: str = BASE) -> str:
    assert old in base, old
    return base.replace(old, new, 1)


def _person(fields: str) -> str:
    """BASE with person p-b's line replaced by ``{fields}``."""
    return _sub("  - {id: p-b, name: 乙, level: vp}", "  - {" + fields + "}")


CASES: list[Case] = []


def yaml_case(name: str, text: str | bytes, field: str | None, **kw: object) -> None:
    CASES.append(Case(name, {"case.yaml": text}, field, **kw))  # type: ignore[arg-type]


def csv_case(name: str, file: str, text: str | bytes | None, field: str | None,
             **kw: object) -> None:
    files: dict[str, str | bytes] = {f"csv/{k}": v for k, v in CSV_BASE.items()}
    if text is None:
        del files[f"csv/{file}"]
    else:
        files[f"csv/{file}"] = text
    CASES.append(Case(name, files, field, **kw))  # type: ignore[arg-type]


def json_case(name: str, text: str, field: str | None, **kw: object) -> None:
    CASES.append(Case(name, {"case.json": text}, field, **kw))  # type: ignore[arg-type]


# -- the file as a whole: syntax, encoding, size, nesting ------------------------------------
yaml_case("empty file", "", None, line=False)
yaml_case("only a comment", "# nothing here\n", None, line=False)
yaml_case("a list at the top", "- a\n- b\n", None)
yaml_case("a scalar at the top", "just words\n", None)
yaml_case("bad indentation", _sub("  - {id: p-b", "   bad: [\n  - {id: p-b"), None)
yaml_case("unclosed flow mapping",
          _sub("{id: p-b, name: 乙, level: vp}", "{id: p-b, name: 乙"), None)
yaml_case("unclosed quote", _sub("name: 乙,", 'name: "乙,'), None)
yaml_case("tab indentation", _sub("  - {id: p-b", "\t- {id: p-b"), None)
yaml_case("two documents", BASE + "---\naccount: {id: x, name: y}\n", None)
yaml_case("900 nested lists", "account: " + "[" * 900 + "]" * 900 + "\n", None)
yaml_case("900 nested flow mappings", "account: " + "{a: " * 900 + "1" + "}" * 900 + "\n", None)
yaml_case("40 nested block lists", "account:\n" + "".join("  " * i + "-\n" for i in range(40))
          + "  " * 40 + "x\n", None)
yaml_case("deep nesting in a field", _person("id: p-b, name: " + "[" * 50 + "]" * 50), None)
yaml_case("python object tag", _sub("name: 乙", "name: !!python/object/apply:os.system [ls]"),
          None)
yaml_case("unknown local tag", _sub("name: 乙", "name: !secret 乙"), None)
yaml_case("alias bomb", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a]\n"
          "c: &c [*b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c]\n" + BASE, "a")
yaml_case("recursive alias", BASE + "extra: &r [*r]\n", None)
yaml_case("complex key", _sub("  - {id: p-b, name: 乙, level: vp}", "  - {? [a, b] : x}"), None)
yaml_case("binary value", _person("id: p-b, name: !!binary aGVsbG8="), "name")
yaml_case("set value", _person("id: p-b, name: !!set {a, b}"), "name")
yaml_case("merge of a scalar", _person("id: p-b, name: 乙, <<: 5"), None)
yaml_case("duplicate top-level section", BASE + "people:\n  - {id: p-c, name: 丙}\n", "people")
yaml_case("duplicate key in a record", _person("id: p-b, name: 乙, name: 丁"), "name")
yaml_case("not UTF-8 (GB18030)", BASE.replace("乙", "乙").encode("gb18030"), None)
yaml_case("UTF-16", BASE.encode("utf-16"), None)
yaml_case("invalid UTF-8 byte", BASE.encode() + b"notes: \xff\xfe\n", None)
yaml_case("over the size limit", BASE + "# " + "x" * 5000 + "\n", None, line=False,
          max_bytes=4000)
# -- characters ----------------------------------------------------------------------------
for label, ch in (("NUL", "\x00"), ("BEL", "\x07"), ("backspace", "\x08"), ("ESC", "\x1b"),
                  ("vertical tab", "\x0b"), ("form feed", "\x0c"), ("DEL", "\x7f"),
                  ("C1 CSI", "\x9b"), ("NEL", "\x85")):
    yaml_case(f"raw {label} in a name", _person(f"id: p-b, name: 乙{ch}乙"), "name")
for label, esc in (("NUL", "\\0"), ("escape NUL", "\\u0000"), ("lone high surrogate", "\\ud800"),
                   ("lone low surrogate", "\\udfff"), ("ESC sequence", "\\e[31m"),
                   ("C1", "\\x9b"), ("BEL", "\\a")):
    yaml_case(f"escaped {label} in a name", _person(f'id: p-b, name: "Tw{esc}o"'), "name")
yaml_case("escaped surrogate in an id", _person('id: "p\\ud800", name: 乙'), "id")
yaml_case("escaped NUL in a reference", _sub("source: p-a,", 'source: "p-a\\0",'), "source")
yaml_case("ESC sequence in a key", _person('id: p-b, name: 乙, "\\e[2Jx": 1'), "'\\x1b[2Jx'")
yaml_case("control character in private notes",
          _person('id: p-b, name: 乙, private: {notes: "a\\x01b"}'), "notes")
yaml_case("control character in an attribute",
          _person('id: p-b, name: 乙, attributes: {wechat: "w\\x02"}'), "attributes")
yaml_case("lone surrogate in stance evidence",
          _sub("on: 2026-01-01}", 'on: 2026-01-01, evidence: "x\\udc00"}'), "evidence")
# -- shape ---------------------------------------------------------------------------------
yaml_case("no account section", BASE.split("\n", 1)[1], "account")
yaml_case("account is a list", _sub("account: {id: fz, name: 模糊测试, tier: A}",
                                    "account: [fz]"), "account")
yaml_case("account is a scalar", _sub("account: {id: fz, name: 模糊测试, tier: A}",
                                      "account: fz"), "account")
yaml_case("account without id", _sub("{id: fz, name: 模糊测试", "{name: 模糊测试"), "id")
yaml_case("account without name", _sub("{id: fz, name: 模糊测试, tier: A}", "{id: fz}"), "name")
yaml_case("unknown section", BASE + "peeple:\n  - {id: p-z}\n", "peeple")
yaml_case("section is a mapping", _sub("staff:\n  - {id: s-x", "staff:\n  {id: s-x")
          .replace("capacity_hours: 100}", "capacity_hours: 100"), None)
yaml_case("record is a scalar", _sub("  - {id: p-b, name: 乙, level: vp}", "  - p-b"), "people")
yaml_case("record is a list", _sub("  - {id: p-b, name: 乙, level: vp}", "  - [p-b, 乙]"),
          "people")
yaml_case("unknown field", _person("id: p-b, name: 乙, levle: vp"), "levle")
yaml_case("private is a list", _person("id: p-b, name: 乙, private: [a]"), "private")
yaml_case("unknown private field", _person("id: p-b, name: 乙, private: {diary: x}"), "diary")
yaml_case("reports_to a mapping", _person("id: p-b, name: 乙, reports_to: {id: p-a}"),
          "reports_to")
yaml_case("stances a scalar", _person("id: p-b, name: 乙, stances: 3"), "stances")
yaml_case("nested stance for another person",
          _person("id: p-b, name: 乙, stances: [{person: p-a, toward: us, value: 1, "
                  "on: 2026-01-01}]"), "person")
# -- values --------------------------------------------------------------------------------
yaml_case("id missing", _person("name: 乙"), "id")
yaml_case("id is a mapping", _person("id: {a: 1}, name: 乙"), "id")
yaml_case("id is a list", _person("id: [a, b], name: 乙"), "id")
yaml_case("id of 200,000 characters", _person(f"id: {'x' * 200_000}, name: 乙"), "id")
yaml_case("id of 129 characters", _person(f"id: {'x' * 129}, name: 乙"), "id")
yaml_case("name of 100,000 characters", _person(f"id: p-b, name: {'名' * 100_000}"), "name")
yaml_case("name of 301 characters", _person(f"id: p-b, name: {'n' * 301}"), "name")
yaml_case("notes of 20,000 characters",
          _person(f"id: p-b, name: 乙, private: {{notes: {'n' * 20_000}}}"), "notes")
yaml_case("empty name", _person("id: p-b, name: ''"), "name")
yaml_case("level not a level", _person("id: p-b, name: 乙, level: ceo"), "level")
yaml_case("role not a role", _person("id: p-b, name: 乙, roles: [decider, boss]"), "roles")
yaml_case("affiliation not known", _person("id: p-b, name: 乙, affiliation: alien"),
          "affiliation")
yaml_case("post_since not a date", _person("id: p-b, name: 乙, post_since: soon"), "post_since")
yaml_case("impossible date", _person("id: p-b, name: 乙, post_since: 2026-13-01"), "post_since")
yaml_case("date with a time", _person("id: p-b, name: 乙, post_since: 2026-01-01T10:00:00"),
          "post_since")
yaml_case("date as a number", _person("id: p-b, name: 乙, post_since: 20260101"), "post_since")
yaml_case("capacity 1e30", _sub("capacity_hours: 100", "capacity_hours: 1e30"),
          "capacity_hours")
yaml_case("capacity negative", _sub("capacity_hours: 100", "capacity_hours: -1"),
          "capacity_hours")
yaml_case("capacity a word", _sub("capacity_hours: 100", "capacity_hours: lots"),
          "capacity_hours")
yaml_case("capacity NaN", _sub("capacity_hours: 100", "capacity_hours: .nan"), "capacity_hours")
yaml_case("capacity infinite", _sub("capacity_hours: 100", "capacity_hours: .inf"),
          "capacity_hours")
yaml_case("capacity a 40-digit integer", _sub("capacity_hours: 100", "capacity_hours: " + "9" * 40),
          "capacity_hours")
yaml_case("capacity true", _sub("capacity_hours: 100", "capacity_hours: true"), "capacity_hours")
yaml_case("opportunity value 1e300", _sub("name: 项目,", "name: 项目, value: 1e300,"), "value")
yaml_case("strength 1.5", _sub("strength: 0.5", "strength: 1.5"), "strength")
yaml_case("strength a 400-digit integer", _sub("strength: 0.5", "strength: " + "1" * 400),
          "strength")
yaml_case("stance value 7", _sub("value: 1, on:", "value: 7, on:"), "value")
yaml_case("stance value 10^30", _sub("value: 1, on:", f"value: {10 ** 30}, on:"), "value")
yaml_case("stance value a word", _sub("value: 1, on:", "value: high, on:"), "value")
yaml_case("stance value 1.5", _sub("value: 1, on:", "value: 1.5, on:"), "value")
yaml_case("stance toward an unknown competitor", _sub("toward: us", "toward: c-nope"), "toward")
yaml_case("field -10 toward us with no competitor",
          _sub("value: 1, on:", "value: -10, scale: field, on:"), "value")
yaml_case("stance without a date", _sub(", on: 2026-01-01}", "}"), "on")
yaml_case("bool not a bool", _sub("capacity_hours: 100}", "capacity_hours: 100, active: maybe}"),
          "active")
yaml_case("unknown person in a tie", _sub("target: p-b,", "target: p-nobody,"), "target")
yaml_case("influence on oneself", _sub("target: p-b,", "target: p-a,"), "target")
yaml_case("reports_to cycle", _sub("level: vp}", "level: vp, reports_to: p-a}").replace(
    "department: d-top}", "department: d-top, reports_to: p-b}"), "manager")
yaml_case("department parent cycle", _sub("{id: d-top, name: 总部}",
                                          "{id: d-top, name: 总部, parent: d-two}\n"
                                          "  - {id: d-two, name: 二部, parent: d-top}"), "parent")
yaml_case("unknown parent department", _sub("{id: d-top, name: 总部}",
                                            "{id: d-top, name: 总部, parent: d-x}"), "parent")
yaml_case("duplicate person id", _person("id: p-a, name: 乙"), "id")
yaml_case("id used by a person and a department", _person("id: d-top, name: 乙"), "id")
yaml_case("owner role C", _sub("role: A}", "role: C}"), "role")
yaml_case("unknown owner", _sub("staff: s-x, person", "staff: s-nobody, person"), "staff")
yaml_case("interaction without id", BASE + "interactions:\n  - {staff: s-x, person: p-a, "
          "on: 2026-01-01}\n", "id")
yaml_case("attributes a list", _person("id: p-b, name: 乙, attributes: [a]"), "attributes")
yaml_case("attribute name starting with a digit",
          _person("id: p-b, name: 乙, attributes: {1abc: x}"), "attributes")
yaml_case("attribute value a list", _person("id: p-b, name: 乙, attributes: {a: [1]}"),
          "attributes")
yaml_case("attribute 10^30", _person("id: p-b, name: 乙, attributes: {a: " + "9" * 31 + "}"),
          "attributes")
yaml_case("attribute NaN", _person("id: p-b, name: 乙, attributes: {a: .nan}"), "attributes")
# -- JSON ----------------------------------------------------------------------------------
_JSON = json.dumps({"account": {"id": "fj", "name": "J"},
                    "people": [{"id": "p-a", "name": "甲"}]}, ensure_ascii=False, indent=1)
json_case("JSON syntax error", _JSON[:-3], None)
json_case("JSON 100,000 nested arrays", '{"account": ' + "[" * 100_000 + "]" * 100_000 + "}",
          None)
json_case("JSON lone surrogate", _JSON.replace('"甲"', '"\\ud800"'), "name")
json_case("JSON NUL escape", _JSON.replace('"甲"', '"a\\u0000b"'), "name")
json_case("JSON NaN", _JSON.replace('"name": "甲"', '"name": "甲", "level": NaN'), "level")
json_case("JSON Infinity", _JSON.replace('"name": "甲"', '"name": "甲", "level": -Infinity'),
          "level")
json_case("JSON array at the top", "[1, 2]", None)
json_case("JSON huge integer", _JSON.replace('"name": "甲"', '"name": ' + "7" * 5000), None)
# -- CSV -----------------------------------------------------------------------------------
csv_case("unterminated quote", "people.csv",
         'account,id,name,level\nfzc,p-a,"甲,vp\nfzc,p-b,乙,manager\n', None)
csv_case("text after a closing quote", "people.csv",
         'account,id,name,level\nfzc,p-a,"甲"x,vp\n', None)
csv_case("empty file", "people.csv", "", None)
csv_case("blank header", "people.csv", "\nfzc,p-a,甲,vp\n", None)
csv_case("unknown column", "people.csv", "account,id,name,levle\nfzc,p-a,甲,vp\n", "levle")
csv_case("column twice", "people.csv", "account,id,name,name\nfzc,p-a,甲,乙\n", "name")
csv_case("extra cells", "people.csv", "account,id,name\nfzc,p-a,甲,vp,x\n", None)
csv_case("NUL in a cell", "people.csv", "account,id,name\nfzc,p-a,甲\x00乙\n", "name")
csv_case("ESC in a cell", "people.csv", "account,id,name\nfzc,p-a,\x1b[31m甲\n", "name")
csv_case("control character in the header", "people.csv", "account,id,na\x07me\nfzc,p-a,甲\n",
         "'na\\x07me'")
csv_case("not UTF-8", "people.csv", "account,id,name\nfzc,p-a,甲\n".encode("gb18030"), None)
csv_case("UTF-16", "people.csv", "account,id,name\nfzc,p-a,甲\n".encode("utf-16"), None)
csv_case("no accounts.csv", "accounts.csv", None, None, line=False)
csv_case("unknown account", "people.csv", "account,id,name\nnope,p-a,甲\n", "account")
csv_case("account id of 200 characters", "people.csv", f"account,id,name\n{'a' * 200},p-a,甲\n",
         "account")
csv_case("account column missing", "people.csv", "id,name\np-a,甲\n", "account")
csv_case("cell over the CSV field limit", "people.csv",
         f"account,id,name\nfzc,p-a,{'x' * 200_000}\n", None)
csv_case("id of 129 characters", "people.csv", f"account,id,name\nfzc,{'i' * 129},甲\n", "id")
csv_case("capacity 1e30", "staff.csv", "id,name,capacity_hours\ns-x,某员工,1e30\n",
         "capacity_hours")
csv_case("not a kamgraph file", "peeple.csv", "account,id\nfzc,p\n", None, line=False)
csv_case("role not a role", "owns.csv", "account,staff,person,role\nfzc,s-x,p-a,Z\n", "role")
csv_case("unknown person", "owns.csv", "account,staff,person,role\nfzc,s-x,p-zz,A\n", "person")
csv_case("file over the size limit", "people.csv", "account,id,name\n" +
         "".join(f"fzc,p-{i},甲\n" for i in range(400)), None, line=False, max_bytes=4000)
