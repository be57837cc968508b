package io.payerid.server.qr;

import io.payerid.server.persistence.Ids;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The QR entries table. Codes are random, so a printed code reveals nothing and cannot be guessed. */
@Repository
public class QrEntries {

    private final JdbcClient jdbc;
    private final Clock clock;

    public QrEntries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public QrEntry create(String merchantId, String appId, String name, String redirectUri) {
        QrEntry entry = new QrEntry(Ids.randomAlphanumeric(16), merchantId, appId, name, redirectUri, clock.millis());
        jdbc.sql("INSERT INTO qr_entry (code, merchant_id, app_id, name, redirect_uri, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(entry.code(), entry.merchantId(), entry.appId(), entry.name(), entry.redirectUri(), entry.createdAt())
                .update();
        return entry;
    }

    public Optional<QrEntry> find(String code) {
        return jdbc.sql("SELECT * FROM qr_entry WHERE code = ?").param(code).query(QrEntries::entry).optional();
    }

    public List<QrEntry> ofMerchant(String merchantId) {
        return jdbc.sql("SELECT * FROM qr_entry WHERE merchant_id = ? ORDER BY created_at")
                .param(merchantId).query(QrEntries::entry).list();
    }

    public boolean delete(String merchantId, String code) {
        return jdbc.sql("DELETE FROM qr_entry WHERE code = ? AND merchant_id = ?").params(code, merchantId).update() == 1;
    }

    private static QrEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new QrEntry(rs.getString("code"), rs.getString("merchant_id"), rs.getString("app_id"), rs.getString("name"),
                rs.getString("redirect_uri"), rs.getLong("created_at"));
    }
}
