package io.payerid.server.persistence;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;

/** The checks every tenant repository applies before a write, so each answers a bad value the same way. */
final class TenantWriteRules {

    /** The widest free-text column (settings JSON, secrets, RSA public keys). */
    static final int MAX_LONG_VALUE = 4000;
    /** The widest indexed column MariaDB's utf8mb4 key length allows. */
    static final int MAX_INDEXED = 191;

    private TenantWriteRules() {
    }

    static void requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw PayerIdException.invalid(field + " is required");
        }
        requireLength(field, value, maxLength);
    }

    static void requireLength(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw PayerIdException.invalid(field + " is longer than " + maxLength + " characters");
        }
    }

    static PayerIdException notFound(String what) {
        return new PayerIdException(ErrorCode.NOT_FOUND, what + " not found");
    }

    /** Runs an insert whose natural key may be taken: {@code CONFLICT} with that detail instead of a 500. */
    static void insertUnique(Supplier<Integer> insert, String conflictDetail) {
        try {
            insert.get();
        } catch (DuplicateKeyException e) {
            throw new PayerIdException(ErrorCode.CONFLICT, conflictDetail, e);
        }
    }
}
