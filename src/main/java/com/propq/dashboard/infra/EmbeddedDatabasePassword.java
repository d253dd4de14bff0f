package com.propq.dashboard.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;

/**
 * The embedded database's password: generated once, and for a persistent data folder kept in a file beside it
 * ({@code pgdata.password}, owner-only). Without it any local user or process could connect to the embedded
 * PostgreSQL as its superuser, as the default trust authentication allows.
 */
final class EmbeddedDatabasePassword {

    // What PostgreSQL accepts from now on: this machine only, and only with the password.
    private static final String HBA = """
            # Written by PropQ Dashboard at every start: this machine only, with the generated password.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    private final String value;

    private EmbeddedDatabasePassword(String value) {
        this.value = value;
    }

    String value() {
        return value;
    }

    @Override
    public String toString() {
        return "EmbeddedDatabasePassword[****]";
    }

    static EmbeddedDatabasePassword generated() {
        var bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return new EmbeddedDatabasePassword(
                Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The password stored beside the data folder, or a new one stored there now. */
    static EmbeddedDatabasePassword keptBeside(Path dataDir) throws IOException {
        var file = dataDir.resolveSibling(dataDir.getFileName() + ".password");
        if (Files.exists(file)) {
            return new EmbeddedDatabasePassword(
                    Files.readString(file, StandardCharsets.UTF_8).strip());
        }
        Files.createDirectories(file.getParent());
        var password = generated();
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException anotherStart) {
            return keptBeside(dataDir);
        }
        Files.writeString(file, password.value, StandardCharsets.UTF_8);
        return password;
    }

    /**
     * Sets the password and replaces the trust rules the database was created with. Done at every start
     * (idempotent), so a data folder from before this existed is protected too.
     */
    static EmbeddedPostgres protect(EmbeddedPostgres postgres, EmbeddedDatabasePassword password) throws IOException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            // A generated base64url text: nothing to quote.
            statement.execute("alter user postgres password '" + password.value + "'");
            try (var hba = statement.executeQuery("show hba_file")) {
                hba.next();
                Files.writeString(Path.of(hba.getString(1)), HBA, StandardCharsets.UTF_8);
            }
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not protect the embedded database with its password", e);
        }
        return postgres;
    }
}
