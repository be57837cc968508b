package io.payerid.server.qr;

import com.github.benmanes.caffeine.cache.Ticker;
import io.payerid.core.tenant.cache.ReadThroughCache;
import io.payerid.core.tenant.cache.TenantChange;
import io.payerid.core.tenant.cache.TenantChanges;
import io.payerid.server.config.TenantCacheProperties;
import io.payerid.server.persistence.Ids;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The QR entries table. Codes are random, so a printed code reveals nothing and cannot be guessed. A scan reads its
 * entry from the tenant cache (settings {@code payerid.tenant-cache.*}); creating or deleting one announces a
 * {@link TenantChange.Scope#QR_ENTRY} change so every node forgets what it knew of that code.
 */
@Repository
public class QrEntries {

    /** Longer than any code this class issues (16): answered unknown without a query. */
    private static final int MAX_CODE = 64;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TenantChanges changes;
    private final ReadThroughCache<String, QrEntry> byCode;

    public QrEntries(JdbcClient jdbc, Clock clock, TenantChanges changes, TenantCacheProperties cache) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.changes = changes;
        this.byCode = new ReadThroughCache<>(cache.settings(), Ticker.systemTicker(),
                new Semaphore(cache.concurrentLoads()), this::load);
        changes.subscribe(this::apply);
    }

    public QrEntry create(String merchantId, String appId, String name, String redirectUri) {
        QrEntry entry = new QrEntry(Ids.randomAlphanumeric(16), merchantId, appId, name, redirectUri, clock.millis());
        jdbc.sql("INSERT INTO qr_entry (code, merchant_id, app_id, name, redirect_uri, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(entry.code(), entry.merchantId(), entry.appId(), entry.name(), entry.redirectUri(), entry.createdAt())
                .update();
        changes.publish(new TenantChange(TenantChange.Scope.QR_ENTRY, entry.code()));
        return entry;
    }

    public Optional<QrEntry> find(String code) {
        return code == null || code.isEmpty() || code.length() > MAX_CODE ? Optional.empty() : byCode.get(code);
    }

    public List<QrEntry> ofMerchant(String merchantId) {
        return jdbc.sql("SELECT * FROM qr_entry WHERE merchant_id = ? ORDER BY created_at")
                .param(merchantId).query(QrEntries::entry).list();
    }

    public boolean delete(String merchantId, String code) {
        try {
            return jdbc.sql("DELETE FROM qr_entry WHERE code = ? AND merchant_id = ?").params(code, merchantId).update() == 1;
        } finally {
            changes.publish(new TenantChange(TenantChange.Scope.QR_ENTRY, code));
        }
    }

    private void apply(TenantChange change) {
        switch (change.scope()) {
            case QR_ENTRY -> byCode.invalidate(change.id());
            case EVERYTHING -> byCode.invalidateAll();
            default -> {
                // the entry's merchant and app are checked through the tenant directory on every scan
            }
        }
    }

    private Optional<QrEntry> load(String code) {
        return jdbc.sql("SELECT * FROM qr_entry WHERE code = ?").param(code).query(QrEntries::entry).optional();
    }

    private static QrEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new QrEntry(rs.getString("code"), rs.getString("merchant_id"), rs.getString("app_id"), rs.getString("name"),
                rs.getString("redirect_uri"), rs.getLong("created_at"));
    }
}
