package io.payerid.server.persistence;

import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** {@link DatabaseFaultTest} on MariaDB (127.0.0.1:3306, user root, no password), in a throw-away database. */
class MariaDbDatabaseFaultTest extends DatabaseFaultTest {

    private static final String DIRECT = "jdbc:mariadb://127.0.0.1:3306/";

    @Override
    InetSocketAddress server() {
        return new InetSocketAddress("127.0.0.1", 3306);
    }

    @Override
    void createSchema(String schema) throws Exception {
        execute("CREATE DATABASE " + schema);
    }

    @Override
    void dropSchema(String schema) throws Exception {
        execute("DROP DATABASE IF EXISTS " + schema);
    }

    @Override
    String url(int port, String schema) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + schema;
    }

    @Override
    String user() {
        return "root";
    }

    /** A result set header packet (9 bytes, sequence 1) announcing 0xffffffff columns, an int of -1. */
    @Override
    byte[] answerTheDriverCannotRead() {
        return new byte[] {9, 0, 0, 1, (byte) 0xfe, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0, 0, 0, 0};
    }

    @Override
    String name() {
        return "MariaDB";
    }

    private static void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(DIRECT, "root", ""); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
