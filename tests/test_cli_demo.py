"""``kamgraph demo`` end to end on the real store."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import Cli
from demo_expectations import N_PEOPLE, PLANTED_GAPS, PRIVATE_MARKERS


def test_demo_loads_analyses_and_writes_a_map(cli: Cli, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    out = cli("demo", "--out", str(out_dir)).output
    lines = out.splitlines()
    assert lines[0].startswith("Loaded demo account gd-telecom (粤联通信广东省公司 Yuelian Telecom "
                               "Guangdong) into the embedded engine at ") or (
        bool(cli.env.get("NEO4J_URI")) and f"into the {cli.env['NEO4J_URI']} " in lines[0])
    assert f"{N_PEOPLE} people, 10 departments, 14 of our staff, 2 opportunities." in lines[0]
    assert lines[1] == "Opportunity analysed: opp-5gc"
    # the key persons: the CEO first, for a reason in words; the chairman among them
    kp = lines.index("Key persons")
    assert lines[kp + 3].startswith("王强 Wang Qiang      decider   -2")
    assert any(line.startswith("赵国栋 Zhao Guodong  approver  +1") and
               "sways 王强 Wang Qiang (总经理 CEO, decider) through a hidden board link" in line
               for line in lines[kp + 3:kp + 9])
    # the CEO backs Huaxin and nobody of ours counters him yet
    unc = next(i for i, line in enumerate(lines) if line.startswith("Competitor supporters"))
    assert lines[unc] == "Competitor supporters we do not counter (2)"
    assert lines[unc + 3].startswith("王强 Wang Qiang  华信 Huaxin  +3")
    assert "uncountered" in lines[unc + 3] and "partly countered" in lines[unc + 4]
    assert lines[unc + 3].endswith("赵国栋 Zhao Guodong")
    # every planted coverage gap is listed
    gaps = next(i for i, line in enumerate(lines) if line.startswith("A/B coverage gaps"))
    assert lines[gaps] == f"A/B coverage gaps ({len(PLANTED_GAPS)})"
    assert lines[-1] == f"Influence map: {out_dir / 'influence-map.html'} (open it in a browser)"
    html = (out_dir / "influence-map.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)=["']https?:""", html)  # works offline
    assert not any(m in html for m in PRIVATE_MARKERS)  # private details stay in the store


def test_demo_again_replaces_the_earlier_copy(cli: Cli, tmp_path: Path) -> None:
    cli("demo", "--out", str(tmp_path))
    cli("demo", "--out", str(tmp_path))
    out = cli("accounts").output.splitlines()
    assert len(out) == 3 and out[2].split()[0] == "gd-telecom"
    assert out[2].split()[-2:] == [str(N_PEOPLE), "2"]
