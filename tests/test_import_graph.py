"""The module import graph of kamgraph has no cycle, and only the store runner imports neo4j.

Edges are read with ``ast`` from every ``import``/``from ... import`` of a kamgraph
module, at the top of a module and inside functions alike (a function-local import
hides a cycle from the interpreter, not from this test). Imports under
``if TYPE_CHECKING:`` and ``if __name__ == "__main__":`` are left out: an import
never runs them. An import names the most
specific kamgraph module it reaches (``from kamgraph.store import accounts`` is the
module ``kamgraph.store.accounts``), and importing a module of a package first runs the
package's module-level imports (the node ``PACKAGE@init``). Every module is then
imported with importlib as the first kamgraph module of a fresh interpreter.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent / "kamgraph"


def _modules() -> dict[str, Path]:
    out = {}
    for path in ROOT.rglob("*.py"):
        parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _never_on_import(node: ast.If) -> bool:
    """``if TYPE_CHECKING:`` and ``if __name__ == "__main__":``: not run by an import."""
    test = node.test
    if isinstance(test, ast.Compare) and isinstance(test.left, ast.Name):
        return test.left.id == "__name__"
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST, module: str, is_package: bool, known: set[str],
             *, top_only: bool = False) -> set[str]:
    """kamgraph modules imported in ``tree`` (outside TYPE_CHECKING and __main__ blocks;
    only at module level when ``top_only``). Importing ``a.b.c`` first runs the
    module-level code of packages ``a`` and ``a.b``: that is the node ``a.b@init``
    (the package's own package and its parents are already running)."""
    found: set[str] = set()
    mine = {module.rsplit(".", i)[0] for i in range(module.count(".") + 1)}

    def target(name: str) -> str | None:
        while name and name not in known:
            name = name.rpartition(".")[0]
        return name or None

    def add(name: str) -> None:
        found.add(name)
        parts = name.split(".")
        for i in range(1, len(parts)):
            parent = ".".join(parts[:i])
            if parent not in mine and parent in known:
                found.add(parent + "@init")

    def visit(node: ast.AST, top: bool) -> None:
        if isinstance(node, ast.If) and _never_on_import(node):
            for child in node.orelse:
                visit(child, top)
            return
        if top_only and not top:
            return
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("kamgraph") and (t := target(alias.name)):
                    add(t)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                pkg = module if is_package else module.rpartition(".")[0]
                for _ in range(node.level - 1):
                    pkg = pkg.rpartition(".")[0]
                base = f"{pkg}.{base}" if base else pkg
            if base.startswith("kamgraph"):
                for alias in node.names:
                    t = target(f"{base}.{alias.name}")
                    if t:
                        add(t)
        inner = top and not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        for child in ast.iter_child_nodes(node):
            visit(child, inner)

    visit(tree, True)
    found.discard(module)
    return found


def import_graph() -> nx.DiGraph:
    mods = _modules()
    known = set(mods)
    G = nx.DiGraph()
    for name, path in mods.items():
        G.add_node(name)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        package = path.name == "__init__.py"
        for dep in _imports(tree, name, package, known):
            G.add_edge(name, dep)
        if package:  # what importing one of its modules runs: its module-level imports
            G.add_edge(name + "@init", name + "@init")
            G.remove_edge(name + "@init", name + "@init")
            for dep in _imports(tree, name, True, known, top_only=True):
                G.add_edge(name + "@init", dep)
    return G


def test_the_graph_sees_function_local_imports() -> None:
    G = import_graph()
    assert G.number_of_nodes() > 100
    # save_accounts is reached from the CLI's import command through a local import
    assert G.has_edge("kamgraph.cli.data", "kamgraph.store.accounts")


#: Cycles allowed: none.
KNOWN: tuple[frozenset[str], ...] = ()


def test_no_import_cycle() -> None:
    G = import_graph()
    groups = [frozenset(c) for c in nx.strongly_connected_components(G) if len(c) > 1]
    new = [g for g in groups if g not in KNOWN]
    shown = "\n".join(" -> ".join([*c, c[0]]) for g in new
                      for c in list(nx.simple_cycles(G.subgraph(g)))[:3])
    assert not new, f"import cycles:\n{shown}"


def test_only_the_store_runner_imports_neo4j() -> None:
    users = []
    for name, path in _modules().items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(n == "neo4j" or n.startswith("neo4j.") for n in names):
                users.append(name)
    assert sorted(set(users)) == ["kamgraph.store.store"]


def test_every_module_imports_first_in_a_fresh_interpreter() -> None:
    """Import each module with importlib as the first kamgraph module of the process
    (every kamgraph module is forgotten before the next): an import that only works
    when another module was loaded before fails here."""
    mods = sorted(_modules())
    code = (
        "import importlib, sys\n"
        f"for m in {mods!r}:\n"
        "    for name in [n for n in sys.modules if n.split('.')[0] == 'kamgraph']:\n"
        "        del sys.modules[name]\n"
        "    try:\n"
        "        importlib.import_module(m)\n"
        "    except Exception as e:\n"
        "        print(m, type(e).__name__, e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=900)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", out.stdout
