package io.payerid.server.admin;

import io.payerid.console.account.ConsoleRole;
import io.payerid.console.token.TokenCaller;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.qr.QrEntries;
import io.payerid.server.qr.QrEntry;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an account API token may reach on the operator surfaces (the table in docs/console.md). Platform admin and
 * operator tokens: everything, like the operator token. Auditor tokens: reads only. Merchant tokens: only their
 * own merchant's record, apps, whitelist and QR entries; another merchant's resource is NOT_FOUND (as in the
 * console, so a token learns nothing about which merchant numbers exist), anything else FORBIDDEN.
 */
class AdminTokenScope {

    private static final String ID = "([A-Za-z0-9_.\\-]{1,64})";
    /** A merchant's own resources: GET the merchant itself, its apps, whitelist and QR entries (any method). */
    private static final Pattern MERCHANT_RESOURCE =
            Pattern.compile("/admin/v1/merchants/" + ID + "(/(?:apps|whitelist|qr-entries)(?:/.*)?)?");
    /** An app by appId; its rate limit may be read, not changed (limits are the platform's to set). */
    private static final Pattern APP = Pattern.compile("/admin/v1/apps/" + ID + "(/rate-limit)?");
    private static final Pattern QR_IMAGE = Pattern.compile("/admin/v1/qr-entries/" + ID + "/qr\\.(?:png|svg)");

    private final TenantDirectory directory;
    private final QrEntries qrEntries;

    AdminTokenScope(TenantDirectory directory, QrEntries qrEntries) {
        this.directory = directory;
        this.qrEntries = qrEntries;
    }

    /** Empty when the caller may send this request, else the refusal to answer. */
    Optional<ErrorCode> refusal(TokenCaller caller, String method, String path) {
        ConsoleRole role = caller.role();
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (role.operatesPlatform()) {
            return Optional.empty();
        }
        if (role == ConsoleRole.AUDITOR) {
            return read ? Optional.empty() : Optional.of(ErrorCode.FORBIDDEN);
        }
        return merchantRefusal(caller.merchantId(), method, read, path);
    }

    private Optional<ErrorCode> merchantRefusal(String merchantId, String method, boolean read, String path) {
        Matcher merchant = MERCHANT_RESOURCE.matcher(path);
        if (merchant.matches()) {
            if (merchant.group(2) == null && !read) {
                return Optional.of(ErrorCode.FORBIDDEN);
            }
            return owned(merchantId, directory.merchantByMchNo(merchant.group(1)).map(Merchant::id));
        }
        Matcher app = APP.matcher(path);
        if (app.matches()) {
            if (app.group(2) != null && !read) {
                return Optional.of(ErrorCode.FORBIDDEN);
            }
            return owned(merchantId, directory.appByAppId(app.group(1)).map(MerchantApp::merchantId));
        }
        Matcher qr = QR_IMAGE.matcher(path);
        if (qr.matches()) {
            return owned(merchantId, qrEntries.find(qr.group(1)).map(QrEntry::merchantId));
        }
        return Optional.of(ErrorCode.FORBIDDEN);
    }

    /** Its own merchant's resource passes; another's, or one that does not exist, is the same NOT_FOUND. */
    private static Optional<ErrorCode> owned(String merchantId, Optional<String> ownerId) {
        return ownerId.filter(merchantId::equals).isPresent() ? Optional.empty() : Optional.of(ErrorCode.NOT_FOUND);
    }
}
