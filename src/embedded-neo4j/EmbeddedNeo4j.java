import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community in this JVM with its Bolt connector on, for the project's own default
 * database. The Node side (embedded-neo4j/instance.ts) writes the settings file, starts this
 * process detached, waits for the ready file and stops it with SIGTERM.
 *
 * Arguments: home directory, settings file, password file, set-password Cypher file.
 */
public final class EmbeddedNeo4j {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Path settings = Path.of(args[1]);
        String password = Files.readString(Path.of(args[2])).strip();
        String setPassword = cypherBody(Path.of(args[3]));
        Path readyFile = home.resolve("run/ready");

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(settings)
                .build();
        // The hook runs on SIGTERM and Ctrl-C: Neo4j flushes and releases its store lock.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(readyFile);
            } catch (Exception ignored) {
                // the ready file only tells Node we are up; a leftover one is checked by pid
            }
            dbms.shutdown();
            log("stopped");
        }, "neo4j-shutdown"));

        setPasswordOnce(dbms, home, setPassword, password);
        Files.createDirectories(readyFile.getParent());
        Files.writeString(readyFile, ProcessHandle.current().pid() + "\n");
        log("ready");
    }

    /**
     * The first Cypher statement of a JVM costs seconds (the planner's classes load and warm up),
     * and setting the password at every start paid them before Bolt answered: about 6 s of each
     * start, and a bulk load starts twice. So the password is set once per store: a digest of it
     * is kept beside the databases (removed with them), and a start with the same password skips it.
     */
    private static void setPasswordOnce(DatabaseManagementService dbms, Path home, String cypher, String password)
            throws Exception {
        Path applied = home.resolve("data/password-applied");
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8)));
        if (Files.exists(applied) && Files.readString(applied).strip().equals(digest)) {
            return;
        }
        setInitialPassword(dbms, cypher, password);
        Files.writeString(applied, digest + "\n");
    }

    /** Authentication is on from the first start; the neo4j user gets the project's password. */
    private static void setInitialPassword(DatabaseManagementService dbms, String cypher, String password) {
        try {
            dbms.database("system").executeTransactionally(cypher, Map.of("password", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the value it already has: nothing to do.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }

    /** The statement of a project .cypher file, without its header comment lines. */
    private static String cypherBody(Path file) throws Exception {
        StringBuilder body = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            if (!line.strip().startsWith("//")) {
                body.append(line).append('\n');
            }
        }
        return body.toString().strip();
    }

    private static void log(String message) {
        System.out.println(Instant.now() + " embedded-neo4j " + message);
    }
}
