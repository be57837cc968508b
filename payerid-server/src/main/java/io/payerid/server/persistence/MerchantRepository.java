package io.payerid.server.persistence;

import static io.payerid.server.persistence.TenantWriteRules.insertUnique;
import static io.payerid.server.persistence.TenantWriteRules.notFound;
import static io.payerid.server.persistence.TenantWriteRules.requireText;

import io.payerid.core.tenant.Merchant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code merchant} table. */
final class MerchantRepository {

    private static final String COLUMNS = "id, institution_id, mch_no, name, enabled, created_at, updated_at";

    private final JdbcClient jdbc;

    MerchantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Merchant> byId(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM merchant WHERE id = :id")
                .param("id", id).query(MerchantRepository::merchant).optional();
    }

    Optional<Merchant> byMchNo(String mchNo) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM merchant WHERE mch_no = :mchNo")
                .param("mchNo", mchNo).query(MerchantRepository::merchant).optional();
    }

    List<Merchant> of(String institutionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM merchant WHERE institution_id = :institutionId ORDER BY mch_no")
                .param("institutionId", institutionId).query(MerchantRepository::merchant).list();
    }

    /** Checks the values first, then {@code institutionExists} (so a bad value is INVALID_REQUEST either way). */
    Merchant create(String institutionId, String mchNo, String name, boolean enabled, Runnable institutionExists) {
        requireText("mchNo", mchNo, 64);
        requireText("name", name, 128);
        institutionExists.run();
        Merchant merchant = new Merchant(Ids.newId(), institutionId, mchNo, name, enabled, System.currentTimeMillis());
        insertUnique(() -> jdbc.sql("INSERT INTO merchant (" + COLUMNS
                                + ") VALUES (:id, :institutionId, :mchNo, :name, :enabled, :createdAt, :createdAt)")
                        .param("id", merchant.id())
                        .param("institutionId", institutionId)
                        .param("mchNo", mchNo)
                        .param("name", name)
                        .param("enabled", enabled)
                        .param("createdAt", merchant.createdAt())
                        .update(),
                "merchant " + mchNo + " already exists");
        return merchant;
    }

    Merchant update(String merchantId, String name, Boolean enabled) {
        Merchant current = byId(merchantId).orElseThrow(() -> notFound("merchant " + merchantId));
        if (name != null) {
            requireText("name", name, 128);
        }
        Merchant updated = new Merchant(current.id(), current.institutionId(), current.mchNo(),
                name == null ? current.name() : name, enabled == null ? current.enabled() : enabled,
                current.createdAt(), System.currentTimeMillis());
        jdbc.sql("UPDATE merchant SET name = :name, enabled = :enabled, updated_at = :updatedAt WHERE id = :id")
                .param("updatedAt", updated.updatedAt())
                .param("name", updated.name())
                .param("enabled", updated.enabled())
                .param("id", merchantId)
                .update();
        return updated;
    }

    private static Merchant merchant(ResultSet rs, int row) throws SQLException {
        return new Merchant(rs.getString("id"), rs.getString("institution_id"), rs.getString("mch_no"),
                rs.getString("name"), rs.getBoolean("enabled"), rs.getLong("created_at"), rs.getLong("updated_at"));
    }
}
