package io.payerid.server.persistence;

import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** {@link DatabaseFaultTest} on PostgreSQL (127.0.0.1:5432, database test, user postgres, trust). */
class PostgresDatabaseFaultTest extends DatabaseFaultTest {

    private static final String DIRECT = "jdbc:postgresql://127.0.0.1:5432/test";

    @Override
    InetSocketAddress server() {
        return new InetSocketAddress("127.0.0.1", 5432);
    }

    @Override
    void createSchema(String schema) throws Exception {
        execute("CREATE SCHEMA " + schema);
    }

    @Override
    void dropSchema(String schema) throws Exception {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    @Override
    String url(int port, String schema) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/test?currentSchema=" + schema;
    }

    @Override
    String user() {
        return "postgres";
    }

    @Override
    String name() {
        return "PostgreSQL";
    }

    /** A DataRow ('D') of one column whose length is -16. */
    @Override
    byte[] answerTheDriverCannotRead() {
        return new byte[] {'D', 0, 0, 0, 10, 0, 1, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xf0};
    }

    private static void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(DIRECT, "postgres", ""); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
