"""Start the Neo4j test server (tests/neo4j/) and run a command against it.

    python tests/neo4j_server.py python -m pytest -q        # the whole suite on Neo4j

The first run fetches Neo4j's jars with Maven (tests/neo4j/pom.xml, into ~/.m2; a few
minutes), later runs reuse them. The server listens on loopback only, at a free port, with
user ``neo4j`` and password ``kamgraph-test``, keeps its data in a temporary folder and
stops when the command ends (or when this process dies: it watches its standard input).
The command gets ``KAMGRAPH_TEST_NEO4J_URI``, ``_USER`` and ``_PASSWORD``, which
tests/conftest.py turns into the store every storage test uses.

Java: ``KAMGRAPH_TEST_JAVA`` if set, else Java 17 from /usr/lib/jvm, else ``java`` on PATH.
Tests import :class:`Neo4jTestServer` to start a server of their own (for example one they
may kill).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path
from types import TracebackType

HERE = Path(__file__).resolve().parent / "neo4j"
POM = HERE / "pom.xml"
SOURCE = HERE / "Neo4jTestServer.java"
CLASSPATH = HERE / "target" / "classpath.txt"
USER = "neo4j"
PASSWORD = "kamgraph-test"
SHM = Path("/dev/shm")
JAVA17 = Path("/usr/lib/jvm/java-17-openjdk-amd64/bin/java")
START_TIMEOUT = float(os.environ.get("KAMGRAPH_TEST_NEO4J_START_TIMEOUT", "600"))


def java_executable() -> str:
    """The java that runs the server: Neo4j 5.26 wants Java 17 or 21."""
    chosen = os.environ.get("KAMGRAPH_TEST_JAVA")
    if chosen:
        return chosen
    if JAVA17.exists():
        return str(JAVA17)
    found = shutil.which("java")
    if not found:
        raise RuntimeError("java is not installed: the Neo4j test server needs Java 17 "
                           "(apt-get install openjdk-17-jdk-headless)")
    return found


def classpath() -> str:
    """Neo4j's jars, fetched with Maven when missing or older than the pom."""
    if not CLASSPATH.exists() or CLASSPATH.stat().st_mtime < POM.stat().st_mtime:
        mvn = shutil.which("mvn")
        if not mvn:
            raise RuntimeError("Maven is not installed: it fetches the Neo4j test server's "
                               "jars (apt-get install maven)")
        subprocess.run([mvn, "-q", "-B", "-f", str(POM), "dependency:build-classpath",
                        f"-Dmdep.outputFile={CLASSPATH}"], check=True)
    return CLASSPATH.read_text().strip()


def available() -> bool:
    """True when a server can be started here without fetching anything."""
    return CLASSPATH.exists() and (bool(os.environ.get("KAMGRAPH_TEST_JAVA"))
                                   or JAVA17.exists() or shutil.which("java") is not None)


class Neo4jTestServer:
    """One Neo4j test server process; ``with Neo4jTestServer() as server: server.uri``."""

    def __init__(self, password: str | None = PASSWORD, heap: str = "1g",
                 data: Path | None = None) -> None:
        self.password = password
        self.heap = heap
        self.data = data  # a data folder that stays (default: a temporary one)
        self.uri = ""
        self.process: subprocess.Popen[str] | None = None

    def start(self) -> str:
        args = [java_executable(), f"-Xmx{self.heap}", "-XX:+ExitOnOutOfMemoryError"]
        if SHM.is_dir() and os.access(SHM, os.W_OK):
            # a temporary data folder in memory: commits need not wait for the disk
            args.append(f"-Djava.io.tmpdir={SHM}")
        args += ["-cp", classpath(), str(SOURCE)]
        if self.password:
            args += ["--password", self.password]
        if self.data is not None:
            args += ["--data", str(self.data)]
        self.process = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        text=True)
        first: list[str] = []
        assert self.process.stdout is not None
        stdout = self.process.stdout
        reader = threading.Thread(target=lambda: first.append(stdout.readline()), daemon=True)
        reader.start()
        reader.join(START_TIMEOUT)
        line = first[0].strip() if first else ""
        if not line.startswith("bolt://"):
            self.kill()
            raise RuntimeError(f"the Neo4j test server did not start within {START_TIMEOUT:.0f} s"
                               f" (exit status {self.process.poll()})")
        self.uri = line
        return line

    def env(self) -> dict[str, str]:
        """Variables that point tests/conftest.py at this server."""
        env = {"KAMGRAPH_TEST_NEO4J_URI": self.uri, "KAMGRAPH_TEST_NEO4J_USER": USER}
        if self.password:
            env["KAMGRAPH_TEST_NEO4J_PASSWORD"] = self.password
        return env

    def stop(self, timeout: float = 60) -> None:
        """Close standard input (the server's signal to stop) and wait for it."""
        if self.process is None:
            return
        if self.process.stdin:
            try:
                self.process.stdin.close()
            except OSError:
                pass
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        """Kill the server at once, as a crash would (a temporary data folder stays behind:
        give ``data`` to keep it where a test can restart on it and clean it up)."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def __enter__(self) -> Neo4jTestServer:
        self.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.stop()


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--":
        argv = argv[1:]
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    with Neo4jTestServer() as server:
        print(f"neo4j_server.py: Neo4j test server at {server.uri}", file=sys.stderr, flush=True)
        child = subprocess.Popen(argv, env={**os.environ, **server.env()})

        def forward(signum: int, frame: object) -> None:  # a timeout's SIGTERM ends the command too
            child.send_signal(signum)

        signal.signal(signal.SIGTERM, forward)
        signal.signal(signal.SIGINT, forward)
        return child.wait()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
