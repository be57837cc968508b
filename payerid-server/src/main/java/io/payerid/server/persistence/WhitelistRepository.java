package io.payerid.server.persistence;

import static io.payerid.server.persistence.TenantWriteRules.MAX_INDEXED;
import static io.payerid.server.persistence.TenantWriteRules.insertUnique;
import static io.payerid.server.persistence.TenantWriteRules.requireLength;
import static io.payerid.server.persistence.TenantWriteRules.requireText;

import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.WhitelistEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code redirect_whitelist} table. */
final class WhitelistRepository {

    private static final String COLUMNS = "id, merchant_id, scheme, host, port, path_prefix, whole_origin";

    private final JdbcClient jdbc;

    WhitelistRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<WhitelistEntry> of(String merchantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM redirect_whitelist WHERE merchant_id = :merchantId"
                        + " ORDER BY created_at, id")
                .param("merchantId", merchantId).query(WhitelistRepository::entry).list();
    }

    /** Checks the entry's shape first, then {@code merchantExists} (so a bad value is INVALID_REQUEST either way). */
    WhitelistEntry add(String merchantId, String scheme, String host, int port, String pathPrefix, boolean wholeOrigin,
                       Runnable merchantExists) {
        requireText("scheme", scheme, 8);
        requireText("host", host, MAX_INDEXED);
        String prefix = pathPrefix == null ? "" : pathPrefix;
        requireLength("pathPrefix", prefix, MAX_INDEXED);
        if (wholeOrigin != prefix.isEmpty()) {
            throw PayerIdException.invalid(wholeOrigin ? "a whole-origin entry has no path prefix"
                    : "an entry without a path prefix must be marked whole-origin");
        }
        if (port < -1 || port == 0 || port > 65535) {
            throw PayerIdException.invalid("port must be 1-65535 (or -1 for the scheme's default)");
        }
        merchantExists.run();
        WhitelistEntry entry = new WhitelistEntry(Ids.newId(), merchantId, scheme, host, port,
                prefix.isEmpty() ? null : prefix, wholeOrigin);
        insertUnique(() -> jdbc.sql("INSERT INTO redirect_whitelist (" + COLUMNS + ", created_at)"
                                + " VALUES (:id, :merchantId, :scheme, :host, :port, :pathPrefix, :wholeOrigin, :createdAt)")
                        .param("id", entry.id())
                        .param("merchantId", merchantId)
                        .param("scheme", scheme)
                        .param("host", host)
                        .param("port", port)
                        .param("pathPrefix", prefix)
                        .param("wholeOrigin", wholeOrigin)
                        .param("createdAt", System.currentTimeMillis())
                        .update(),
                "whitelist entry " + entry.display() + " already exists");
        return entry;
    }

    boolean remove(String merchantId, String entryId) {
        return jdbc.sql("DELETE FROM redirect_whitelist WHERE id = :id AND merchant_id = :merchantId")
                .param("id", entryId)
                .param("merchantId", merchantId)
                .update() > 0;
    }

    private static WhitelistEntry entry(ResultSet rs, int row) throws SQLException {
        String prefix = rs.getString("path_prefix");
        return new WhitelistEntry(rs.getString("id"), rs.getString("merchant_id"), rs.getString("scheme"),
                rs.getString("host"), rs.getInt("port"), prefix == null || prefix.isEmpty() ? null : prefix,
                rs.getBoolean("whole_origin"));
    }
}
