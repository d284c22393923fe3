"""The embedded engine process: ArcadeDB with its Bolt plugin on loopback.

Started by :func:`kamgraph.store.engine.ensure_engine` as
``python -m kamgraph.store.daemon HOME BOLT_PORT HTTP_PORT``. It runs in its own
session with the current directory set to ``HOME/engine`` (ArcadeDB writes
``./log/`` there), its output going to ``HOME/engine/engine.log``. It writes
``HOME/engine/state.json`` once the database answers, and stops by itself when
no client has been connected for ``KAMGRAPH_ENGINE_IDLE`` seconds (default 600),
or on SIGTERM/SIGINT. The server is always stopped in ``finally``: an exception
escaping a running ArcadeDB server otherwise hangs the interpreter at exit.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path
from types import FrameType

__all__ = ["serve", "established_connections"]

DATABASE = "kamgraph"


def established_connections(port: int) -> int | None:
    """Number of established TCP connections to a local port, from /proc (Linux).

    None where /proc/net/tcp is not available (then only the idle clock counts).
    """
    total = 0
    found = False
    for name in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(name, encoding="ascii") as fh:
                lines = fh.readlines()[1:]
        except OSError:
            continue
        found = True
        for line in lines:
            parts = line.split()
            if len(parts) > 3 and parts[3] == "01" and int(parts[1].rsplit(":", 1)[1], 16) == port:
                total += 1
    return total if found else None


def _write_state(path: Path, state: dict[str, object]) -> None:
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(state, fh)
    os.replace(tmp, path)


def serve(home: Path, bolt_port: int, http_port: int) -> int:
    engine_dir = home / "engine"
    state_path = engine_dir / "state.json"
    touch_path = engine_dir / "last_used"
    idle_limit = float(os.environ.get("KAMGRAPH_ENGINE_IDLE", "600"))
    creds = json.loads((home / "credentials.json").read_text(encoding="utf-8"))
    os.chdir(engine_dir)
    os.environ.setdefault("ARCADEDB_JVM_ERROR_FILE", str(engine_dir / "log" / "hs_err_pid%p.log"))
    stop = False

    def on_signal(signum: int, frame: FrameType | None) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    import arcadedb_embedded as arcadedb

    heap = os.environ.get("KAMGRAPH_ENGINE_HEAP")
    server = arcadedb.ArcadeDBServer(
        root_path=str(engine_dir / "server"),
        root_password=creds["password"],
        config={
            "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "bolt_port": bolt_port,
            "http_port": http_port,
            "host": "127.0.0.1",
        },
        jvm_kwargs={"heap_size": heap} if heap else None,
    )
    try:
        server.start()
        if not (engine_dir / "server" / "databases" / DATABASE).exists():
            server.create_database(DATABASE)
        else:
            server.get_database(DATABASE)
        started = time.time()
        _write_state(state_path, {
            "pid": os.getpid(), "bolt_port": bolt_port, "http_port": http_port,
            "started": started, "database": DATABASE, "status": "ready",
        })
        touch_path.touch()
        print(f"kamgraph engine ready on bolt://127.0.0.1:{bolt_port} (pid {os.getpid()})",
              flush=True)
        last_busy = time.time()
        while not stop:
            time.sleep(0.5)
            now = time.time()
            conns = established_connections(bolt_port)
            if conns:
                last_busy = now
            try:
                last_busy = max(last_busy, touch_path.stat().st_mtime)
            except OSError:
                pass
            if now - last_busy > idle_limit:
                print(f"idle for {idle_limit:.0f}s: stopping", flush=True)
                break
        return 0
    finally:
        try:
            state_path.unlink(missing_ok=True)
        finally:
            server.stop()
            print("kamgraph engine stopped", flush=True)


def main(argv: list[str]) -> int:
    home, bolt_port, http_port = Path(argv[0]), int(argv[1]), int(argv[2])
    try:
        return serve(home, bolt_port, http_port)
    except Exception as e:  # reported to the log the client reads on failure
        print(f"kamgraph engine failed: {type(e).__name__}: {e}", flush=True)
        return 1


if __name__ == "__main__":
    code = main(sys.argv[1:])
    sys.stdout.flush()
    os._exit(code)  # never wait on JVM threads at interpreter exit
