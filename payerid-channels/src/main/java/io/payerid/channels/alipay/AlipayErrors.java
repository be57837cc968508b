package io.payerid.channels.alipay;

import com.alipay.api.AlipayApiException;
import com.alipay.api.AlipayResponse;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.io.IOException;
import java.util.Set;

/**
 * Maps Alipay's answers onto gateway codes. Branches on {@code sub_code} (stable, documented) and never
 * on {@code sub_msg}, whose wording Alipay changes.
 */
final class AlipayErrors {

    /** The code was used, expired (3 min – 24 h), typed wrong, or issued to another app. */
    private static final Set<String> CODE_REJECTED = Set.of("isv.code-invalid", "isv.refresh-token-invalid",
            "isv.refresh-token-time-out", "isv.grant-type-invalid");

    /** Alipay refused who we are: the app id, its key pair, or the merchant's app_auth_token. */
    private static final Set<String> CREDENTIALS_REJECTED = Set.of("isv.invalid-app-id", "isv.invalid-signature",
            "isv.invalid-signature-type", "isv.missing-signature-config", "isv.app-unonline", "isv.insufficient-isv-permissions",
            "aop.invalid-app-auth-token", "aop.app-auth-token-time-out", "aop.invalid-app-auth-token-no-api");

    private static final Set<String> BUSY = Set.of("isp.unknow-error", "aop.unknow-error", "isp.system-busy");

    private AlipayErrors() {
    }

    /** An answer Alipay signed, but that carries a {@code sub_code} instead of a result. */
    static PayerIdException rejected(String method, AlipayResponse response) {
        String subCode = response.getSubCode() == null ? "" : response.getSubCode();
        String detail = "Alipay " + method + " answered " + response.getCode() + "/" + subCode;
        if (CODE_REJECTED.contains(subCode)) {
            return new PayerIdException(ErrorCode.AUTH_CODE_INVALID, detail);
        }
        if (CREDENTIALS_REJECTED.contains(subCode)) {
            return new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED, detail);
        }
        if (BUSY.contains(subCode) || "20000".equals(response.getCode())) {
            return new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE, detail);
        }
        return new PayerIdException(ErrorCode.UPSTREAM_ERROR, detail);
    }

    /**
     * The SDK failed before it had an answer to judge: the network (its exception wraps the
     * {@link IOException}), or an answer it would not trust (response signature check failed,
     * unparseable body) — the latter is Alipay's fault or a wrong Alipay public key, never the payer's.
     */
    static PayerIdException failed(String method, AlipayApiException e) {
        if (causedByIo(e)) {
            return new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE, "Alipay could not be reached (" + method + ")", e);
        }
        if (e.getMessage() != null && e.getMessage().contains("sign check fail")) {
            return new PayerIdException(ErrorCode.UPSTREAM_ERROR,
                    "Alipay's answer to " + method + " failed signature verification (check the Alipay public key)", e);
        }
        return new PayerIdException(ErrorCode.UPSTREAM_ERROR, "Alipay " + method + " failed", e);
    }

    /**
     * The SDK threw something other than its own exception: the answer was not the JSON it parses (HTML from a
     * proxy, truncated body), or the network failed underneath a runtime wrapper.
     */
    static PayerIdException unreadable(String method, RuntimeException e) {
        if (causedByIo(e)) {
            return new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE, "Alipay could not be reached (" + method + ")", e);
        }
        return new PayerIdException(ErrorCode.UPSTREAM_ERROR, "Alipay's answer to " + method + " could not be read", e);
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
