"""The command table: each ``kamgraph`` command and where it lives (imported only when
the command runs, so ``kamgraph --help`` stays fast). A plain table, importing nothing, so
the help-text words and the CLI both read it without importing each other."""

from __future__ import annotations

__all__ = ["COMMANDS"]

#: command name -> "module:function" below kamgraph.cli
COMMANDS: dict[str, str] = {
    "init": "data:init_cmd",
    "import": "data:import_cmd",
    "export": "data:export_cmd",
    "accounts": "data:accounts_cmd",
    "people": "data:people_cmd",
    "person": "data:person_cmd",
    "erase": "erase:erase_cmd",
    "demo": "demo:demo_cmd",
    "engine": "engine:engine_group",
    "key-persons": "analysis:key_persons_cmd",
    "hidden-chain": "analysis:hidden_chain_cmd",
    "counterpoints": "analysis:counterpoints_cmd",
    "balance": "analysis:balance_cmd",
    "coverage": "analysis:coverage_cmd",
    "paths": "planning:paths_cmd",
    "sponsors": "planning:sponsors_cmd",
    "plan": "planning:plan_cmd",
    "map": "maps:map_cmd",
    "portfolio": "portfolio:portfolio_cmd",
    "template": "data:template_cmd",
    "synth": "scale:synth_cmd",
    "bench": "scale:bench_cmd",
    "log": "living:log_cmd",
    "stance": "living:stance_cmd",
    "move": "living:move_cmd",
    "leave": "living:leave_cmd",
    "assign": "living:assign_cmd",
    "tie": "living:tie_cmd",
    "changes": "watch:changes_cmd",
    "alerts": "watch:alerts_cmd",
    "closeness": "watch:closeness_cmd",
    "adopt": "review:adopt_cmd",
    "review": "review:review_cmd",
}
