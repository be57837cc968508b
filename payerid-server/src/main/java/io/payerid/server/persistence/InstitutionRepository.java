package io.payerid.server.persistence;

import static io.payerid.server.persistence.TenantWriteRules.insertUnique;
import static io.payerid.server.persistence.TenantWriteRules.notFound;
import static io.payerid.server.persistence.TenantWriteRules.requireText;

import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Secret;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code institution} table. */
final class InstitutionRepository {

    private static final String COLUMNS = "id, inst_no, name, sign_key_enc, created_at, updated_at";

    private final JdbcClient jdbc;
    private final StoredSignKeys signKeys;

    InstitutionRepository(JdbcClient jdbc, StoredSignKeys signKeys) {
        this.jdbc = jdbc;
        this.signKeys = signKeys;
    }

    Optional<Institution> byId(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM institution WHERE id = :id")
                .param("id", id).query(this::institution).optional();
    }

    Optional<Institution> byInstNo(String instNo) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM institution WHERE inst_no = :instNo")
                .param("instNo", instNo).query(this::institution).optional();
    }

    List<Institution> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM institution ORDER BY inst_no").query(this::institution).list();
    }

    Institution create(String instNo, String name, Secret signKey) {
        requireText("instNo", instNo, 64);
        requireText("name", name, 128);
        Institution institution = new Institution(Ids.newId(), instNo, name, signKey, System.currentTimeMillis());
        String signKeyEnc = signKeys.encrypt(signKey);
        insertUnique(() -> jdbc.sql("INSERT INTO institution (" + COLUMNS
                                + ") VALUES (:id, :instNo, :name, :signKeyEnc, :createdAt, :createdAt)")
                        .param("id", institution.id())
                        .param("instNo", instNo)
                        .param("name", name)
                        .param("signKeyEnc", signKeyEnc, Types.VARCHAR)
                        .param("createdAt", institution.createdAt())
                        .update(),
                "institution " + instNo + " already exists");
        return institution;
    }

    Institution update(String institutionId, String name, Secret signKey) {
        Institution current = byId(institutionId).orElseThrow(() -> notFound("institution " + institutionId));
        if (name != null) {
            requireText("name", name, 128);
        }
        Institution updated = new Institution(current.id(), current.instNo(), name == null ? current.name() : name,
                signKey == null ? current.signKey() : signKey, current.createdAt(), System.currentTimeMillis());
        jdbc.sql("UPDATE institution SET name = :name, sign_key_enc = :signKeyEnc, updated_at = :updatedAt"
                        + " WHERE id = :id")
                .param("updatedAt", updated.updatedAt())
                .param("name", updated.name())
                .param("signKeyEnc", signKeys.encrypt(updated.signKey()), Types.VARCHAR)
                .param("id", institutionId)
                .update();
        return updated;
    }

    private Institution institution(ResultSet rs, int row) throws SQLException {
        return new Institution(rs.getString("id"), rs.getString("inst_no"), rs.getString("name"),
                signKeys.decrypt(rs.getString("sign_key_enc")), rs.getLong("created_at"), rs.getLong("updated_at"));
    }
}
