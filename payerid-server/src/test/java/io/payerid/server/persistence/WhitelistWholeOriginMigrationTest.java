package io.payerid.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V6 on a database that already holds whitelist entries: bare origins keep admitting every path. */
class WhitelistWholeOriginMigrationTest {

    @Test
    void migrateWhenEntriesPredateV6ThenBareOriginsBecomeWholeOriginAndPrefixesDoNot() {
        DataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:v6_" + Ids.randomBase32(8) + ";DB_CLOSE_DELAY=-1", "sa", "");
        flyway(dataSource, "4").migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("INSERT INTO institution (id, inst_no, name, created_at) VALUES ('i1', 'I1', 'i', 0)").update();
        jdbc.sql("INSERT INTO merchant (id, institution_id, mch_no, name, enabled, created_at)"
                + " VALUES ('m1', 'i1', 'M1', 'm', TRUE, 0)").update();
        insertEntry(jdbc, "bare", "");
        insertEntry(jdbc, "prefixed", "/pay/");

        flyway(dataSource, "latest").migrate();

        Map<String, Boolean> wholeOrigin = jdbc.sql("SELECT id, whole_origin FROM redirect_whitelist")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getBoolean(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(wholeOrigin).containsExactlyInAnyOrderEntriesOf(Map.of("bare", true, "prefixed", false));
    }

    private static void insertEntry(JdbcClient jdbc, String id, String prefix) {
        jdbc.sql("INSERT INTO redirect_whitelist (id, merchant_id, scheme, host, port, path_prefix, created_at)"
                        + " VALUES (:id, 'm1', 'https', 'shop.example.com', -1, :prefix, 0)")
                .param("id", id).param("prefix", prefix).update();
    }

    private static Flyway flyway(DataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load();
    }
}
