"""The embedded engine process: ArcadeDB with its Bolt plugin on loopback.

Started by :func:`kamgraph.store.engine.ensure_engine` as
``python -m kamgraph.store.daemon HOME BOLT_PORT HTTP_PORT TOKEN``. It runs in its
own session with the current directory set to ``HOME/engine`` (ArcadeDB writes
``./log/`` there), its output going to ``HOME/engine/engine.log``. Once the
database answers it writes ``HOME/engine/state.json`` (an
:class:`~kamgraph.store.engine_state.EngineState`). It stops by itself when no
client has been connected for the idle limit (it counts its own Bolt connections
with psutil), when asked through a request file, or on SIGTERM/SIGINT. The server
is always stopped in ``finally``: an exception escaping a running ArcadeDB server
otherwise hangs the interpreter at exit.

Requests (``HOME/engine/requests/*.json``, see :mod:`~kamgraph.store.engine_state`):

- ``stop``: stop cleanly (the portable way to stop it; signals differ by platform);
- ``scrub``: leave no trace of deleted records on disk: rebuild every index of the
  schema from the live records (ArcadeDB's LSM-tree index files keep deleted keys
  until compaction), then close and reopen the database, which checkpoints the
  data files and deletes the write-ahead log. Clients ask for it after an erasure,
  holding the write lock, so no write is under way.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import signal
import sys
import time
from pathlib import Path
from types import FrameType
from typing import Any

import psutil

from kamgraph.config import engine_settings
from kamgraph.store.engine_state import (
    DATABASE,
    EngineAnswer,
    EngineState,
    process_identity,
    request_path,
    requests_dir,
    state_path,
    write_json,
)

__all__ = ["serve", "established_connections"]

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def established_connections(port: int) -> int | None:
    """Established TCP connections of this process on local ``port`` (psutil, any platform).

    None when the platform does not tell (then only the idle clock counts).
    """
    try:
        conns = psutil.Process().net_connections(kind="tcp")
    except (psutil.AccessDenied, NotImplementedError, OSError):
        return None
    return sum(1 for c in conns
               if c.status == psutil.CONN_ESTABLISHED and c.laddr and c.laddr.port == port)


class _Engine:
    """The running server and the maintenance it can do on its database."""

    def __init__(self, server: Any) -> None:
        self.server = server

    def scrub(self) -> EngineAnswer:
        from kamgraph import queries

        started = time.monotonic()
        db = self.server.get_database(DATABASE)
        schema = {n.split("/", 1)[1]: queries.get(n).text for n in queries.names()
                  if n.startswith("schema/")}
        constraints = {r.to_dict()["name"] for r in db.query("cypher", "SHOW CONSTRAINTS")}
        indexes = {r.to_dict()["name"] for r in db.query("cypher", "SHOW INDEXES")}
        rebuilt = []
        for name, create in sorted(schema.items()):
            if not _NAME.match(name):  # names come from our own file names; never quoted text
                continue
            # ArcadeDB takes no parameter for a schema name, and these statements are
            # maintenance of this engine's files, not store queries: built here from the
            # names of cypher/schema files (the CREATE statements are those files)
            if name in constraints:
                db.command("cypher", f"DROP CONSTRAINT {name}")
            elif name in indexes:
                db.command("cypher", f"DROP INDEX {name}")
            else:
                continue
            db.command("cypher", create)
            rebuilt.append(name)
        # closing the database checkpoints every page and removes the WAL files;
        # the next get_database opens it again for the Bolt sessions that follow
        db.get_java_database().getEmbedded().close()
        self.server._java_server.removeDatabase(DATABASE)
        self.server.get_database(DATABASE)
        return {"ok": True, "rebuilt_indexes": rebuilt,
                "seconds": round(time.monotonic() - started, 2)}


def _handle_requests(home: Path, token: str, engine: _Engine) -> bool:
    """Answer the request files addressed to this engine; True when asked to stop."""
    stop = False
    try:
        pending = sorted(requests_dir(home).glob("*.json"))
    except OSError:
        return False
    for path in pending:
        rid = path.stem
        try:
            req = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # still being written
        path.unlink(missing_ok=True)
        if not isinstance(req, dict) or req.get("token") != token:
            continue  # meant for an earlier engine
        op = req.get("op")
        answer: EngineAnswer = {"ok": True}
        try:
            if op == "stop":
                stop = True
            elif op == "scrub":
                answer = engine.scrub()
            else:
                answer = {"ok": False, "error": f"unknown request {op!r}"}
        except Exception as e:  # reported to the client that asked
            answer = {"ok": False, "error": f"{type(e).__name__}: {e}"}
        print(f"request {op}: {answer}", flush=True)
        write_json(request_path(home, rid, "done"), answer)
    return stop


def serve(home: Path, bolt_port: int, http_port: int, token: str) -> int:
    engine_dir = home / "engine"
    touch_path = engine_dir / "last_used"
    settings = engine_settings()
    creds = json.loads((home / "credentials.json").read_text(encoding="utf-8"))
    os.chdir(engine_dir)
    requests_dir(home).mkdir(mode=0o700, exist_ok=True)
    os.environ.setdefault("ARCADEDB_JVM_ERROR_FILE", str(engine_dir / "log" / "hs_err_pid%p.log"))
    stop = False

    def on_signal(signum: int, frame: FrameType | None) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    import arcadedb_embedded as arcadedb

    server = arcadedb.ArcadeDBServer(
        root_path=str(engine_dir / "server"),
        root_password=creds["password"],
        config={
            "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "bolt_port": bolt_port,
            "http_port": http_port,
            "host": "127.0.0.1",
        },
        jvm_kwargs={"heap_size": settings.heap} if settings.heap else None,
    )
    state_file = state_path(home)
    try:
        server.start()
        if not (engine_dir / "server" / "databases" / DATABASE).exists():
            server.create_database(DATABASE)
        else:
            server.get_database(DATABASE)
        ident = process_identity(os.getpid())
        assert ident is not None
        state = EngineState(pid=os.getpid(), create_time=ident[0], token=token,
                            cmdline=ident[1], bolt_port=bolt_port, http_port=http_port,
                            started=time.time(), idle_limit_s=settings.idle_s)
        write_json(state_file, state.to_json())
        touch_path.touch()
        print(f"kamgraph engine ready on {state.uri} (pid {os.getpid()})", flush=True)
        engine = _Engine(server)
        last_busy = time.time()
        while not stop:
            time.sleep(0.2)
            if _handle_requests(home, token, engine):
                break
            now = time.time()
            if established_connections(bolt_port):
                last_busy = now
            try:
                last_busy = max(last_busy, touch_path.stat().st_mtime)
            except OSError:
                pass
            if now - last_busy > settings.idle_s:
                print(f"idle for {settings.idle_s:.0f}s: stopping", flush=True)
                break
        return 0
    finally:
        try:
            state_file.unlink(missing_ok=True)
        finally:
            server.stop()
            print("kamgraph engine stopped", flush=True)


def main(argv: list[str]) -> int:
    home, bolt_port, http_port = Path(argv[0]), int(argv[1]), int(argv[2])
    token = argv[3] if len(argv) > 3 else secrets.token_hex(16)
    try:
        return serve(home, bolt_port, http_port, token)
    except Exception as e:  # reported to the log the client reads on failure
        print(f"kamgraph engine failed: {type(e).__name__}: {e}", flush=True)
        return 1


if __name__ == "__main__":
    code = main(sys.argv[1:])
    sys.stdout.flush()
    os._exit(code)  # never wait on JVM threads at interpreter exit
