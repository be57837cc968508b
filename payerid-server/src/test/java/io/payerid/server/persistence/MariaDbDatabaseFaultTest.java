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
