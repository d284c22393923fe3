/*
 * A real Neo4j for kamgraph's tests: Neo4j Community, in this JVM, with Bolt on loopback.
 *
 * Run (after fetching the jars with the pom.xml beside this file; see README.md here):
 *
 *   java -Xmx1g -cp "$(cat tests/neo4j/target/classpath.txt)" tests/neo4j/Neo4jTestServer.java \
 *        [--port N] [--password SECRET] [--data DIR]
 *
 * - Bolt listens on 127.0.0.1 only, on a free port chosen at random (or --port N).
 * - Without --password authentication is off (any user and password are accepted); with
 *   --password SECRET (8+ characters) the user "neo4j" has that password.
 * - The data lives in a fresh temporary folder, deleted when the server stops; with --data DIR
 *   it lives in DIR and stays (a test can restart a killed server on its data).
 * - When Bolt answers, one line "bolt://127.0.0.1:PORT" is printed on standard output; every
 *   other message goes to standard error.
 * - The server stops when its standard input closes (its parent went away or closed the pipe),
 *   on SIGINT/SIGTERM, and exits 0. Keep standard input open as long as it should run.
 * - Neo4j Community has one user database, "neo4j" (plus "system").
 */

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

public class Neo4jTestServer {
    private static final String HOST = "127.0.0.1";

    public static void main(String[] args) throws Exception {
        int port = 0;
        String password = null;
        Path data = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--password" -> password = args[++i];
                case "--data" -> data = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: Neo4jTestServer [--port N] [--password SECRET] [--data DIR]");
                    System.exit(2);
                }
            }
        }
        if (password != null && password.length() < 8) {
            System.err.println("Neo4jTestServer: --password needs at least 8 characters");
            System.exit(2);
        }

        boolean temporary = data == null;
        // A kept data folder that already holds a database has its password set already
        // (and Neo4j refuses to set the same password again).
        boolean fresh = temporary || !Files.exists(data.resolve("data"));
        Path home = temporary ? Files.createTempDirectory("kamgraph-neo4j-") : Files.createDirectories(data);
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        DatabaseManagementService dbms = null;
        // On SIGINT/SIGTERM the JVM runs this hook and halts when it returns: let main clean up first.
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                stopped.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "neo4j-test-server-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            int bolt = port;
            for (int attempt = 1; dbms == null; attempt++) {
                if (port == 0) {
                    bolt = freePort();
                }
                try {
                    dbms = start(home, bolt, password != null);
                } catch (RuntimeException e) {
                    // A random port can be taken between choosing and binding it: try another.
                    if (port != 0 || attempt >= 5) {
                        throw e;
                    }
                    System.err.println("Neo4jTestServer: port " + bolt + " failed (" + e + "), trying another");
                }
            }
            if (password != null && fresh) {
                dbms.database("system").executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                        Map.of("password", password));
            }
            waitForBolt(bolt);
            System.out.println("bolt://" + HOST + ":" + bolt);
            System.out.flush();
            System.err.println("Neo4jTestServer: Neo4j " + neo4jVersion(dbms) + " on Java "
                    + Runtime.version() + ", data in " + home
                    + (password == null ? ", auth off" : ", user neo4j with the given password"));

            Thread watcher = new Thread(() -> {
                try {
                    InputStream in = System.in;
                    byte[] buf = new byte[256];
                    while (in.read(buf) >= 0) {
                        // Anything written to standard input is ignored; only its end counts.
                    }
                } catch (IOException ignored) {
                    // A broken standard input means the parent is gone, too.
                }
                stop.countDown();
            }, "neo4j-test-server-stdin");
            watcher.setDaemon(true);
            watcher.start();
            stop.await();
        } finally {
            if (dbms != null) {
                try {
                    dbms.shutdown();
                } catch (RuntimeException e) {
                    System.err.println("Neo4jTestServer: shutdown: " + e);
                }
            }
            try {
                if (temporary) {
                    deleteTree(home);
                }
                System.err.println("Neo4jTestServer: stopped" + (temporary ? ", " + home + " deleted" : ""));
            } finally {
                stopped.countDown();
            }
        }
        // Neo4j leaves non-daemon threads behind: exit explicitly, unless a signal already is.
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            return;
        }
        System.exit(0);
    }

    private static DatabaseManagementService start(Path home, int bolt, boolean auth) {
        SocketAddress address = new SocketAddress(HOST, bolt);
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, address)
                .setConfig(BoltConnector.advertised_address, address)
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 128L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
                // Tests wipe and refill the database all the time: without these, Neo4j plans
                // each query again whenever the (tiny) statistics shift, which costs more than
                // running it. Plans never change results.
                .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofHours(1))
                .setConfig(GraphDatabaseSettings.query_statistics_divergence_threshold, 1.0)
                .build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(HOST, 0));
            return socket.getLocalPort();
        }
    }

    private static void waitForBolt(int port) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 1000);
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Bolt did not open on port " + port + " within 60 s");
                }
                Thread.sleep(100);
            }
        }
    }

    private static String neo4jVersion(DatabaseManagementService dbms) {
        return dbms.database("system").executeTransactionally(
                "CALL dbms.components() YIELD versions RETURN versions[0] AS v", Map.of(),
                result -> String.valueOf(result.next().get("v")));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
