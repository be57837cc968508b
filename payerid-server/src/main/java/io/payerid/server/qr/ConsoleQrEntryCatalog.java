package io.payerid.server.qr;

import io.payerid.console.port.QrEntryCatalog;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.redirect.RedirectWhitelist;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.config.PayerIdProperties;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The console's QR port over the QR entries table, with the admin API's checks (own app, whitelisted target). */
@Component
class ConsoleQrEntryCatalog implements QrEntryCatalog {

    private final QrEntries entries;
    private final TenantDirectory tenants;
    private final PayerIdProperties properties;

    ConsoleQrEntryCatalog(QrEntries entries, TenantDirectory tenants, PayerIdProperties properties) {
        this.entries = entries;
        this.tenants = tenants;
        this.properties = properties;
    }

    @Override
    public Entry create(String merchantId, String appId, String name, String redirectUri) {
        MerchantApp app = tenants.appByAppId(appId).filter(a -> a.merchantId().equals(merchantId))
                .orElseThrow(() -> new PayerIdException(ErrorCode.MERCHANT_MISMATCH, "app " + appId
                        + " is not one of this merchant's apps"));
        if (!new RedirectWhitelist(tenants.whitelist(merchantId)).allows(redirectUri)) {
            throw new PayerIdException(ErrorCode.REDIRECT_NOT_ALLOWED, "redirectUri is not in this merchant's whitelist");
        }
        return view(entries.create(merchantId, app.appId(), name, redirectUri));
    }

    @Override
    public List<Entry> ofMerchant(String merchantId) {
        return entries.ofMerchant(merchantId).stream().map(this::view).toList();
    }

    @Override
    public Optional<byte[]> png(String merchantId, String code, int size) {
        return entry(merchantId, code).map(e -> QrImages.png(e.url(), size));
    }

    @Override
    public Optional<Entry> entry(String merchantId, String code) {
        return entries.find(code).filter(e -> e.merchantId().equals(merchantId)).map(this::view);
    }

    @Override
    public Optional<String> svg(String merchantId, String code) {
        return entry(merchantId, code).map(e -> QrImages.svg(e.url()));
    }

    private Entry view(QrEntry entry) {
        return new Entry(entry.code(), entry.merchantId(), entry.appId(), entry.name(), entry.redirectUri(), url(entry));
    }

    private String url(QrEntry entry) {
        return properties.publicBaseUrlWithoutSlash() + "/qr/" + entry.code();
    }
}
