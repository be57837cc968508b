package io.payerid.server.admin;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.redirect.RedirectWhitelist;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.config.PayerIdProperties;
import io.payerid.server.qr.QrEntries;
import io.payerid.server.qr.QrEntry;
import io.payerid.server.qr.QrImages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Static QR entries (聚合码/台卡) of a merchant, with their entry URL and printable images. */
@RestController
@RequestMapping("/admin/v1")
@Tag(name = "Admin: QR entries")
@SecurityRequirement(name = AdminConfiguration.SECURITY_SCHEME)
class QrEntryAdminController {

    record CreateEntry(@NotBlank String appId, @NotBlank @Size(max = 128) String name,
                       @NotBlank @Size(max = 2048) String redirectUri) {
    }

    record EntryView(String code, String mchNo, String appId, String name, String redirectUri, String url,
                     String pngUrl, String svgUrl, Instant createdAt) {
    }

    private final QrEntries entries;
    private final AdminLookups lookups;
    private final TenantDirectory tenants;
    private final PayerIdProperties properties;

    QrEntryAdminController(QrEntries entries, AdminLookups lookups, TenantDirectory tenants, PayerIdProperties properties) {
        this.entries = entries;
        this.lookups = lookups;
        this.tenants = tenants;
        this.properties = properties;
    }

    @PostMapping("/merchants/{mchNo}/qr-entries")
    @Operation(summary = "Create a static QR entry: the app signs the answers; redirectUri must be whitelisted")
    ResponseEntity<EntryView> create(@PathVariable String mchNo, @Valid @RequestBody CreateEntry body) {
        Merchant merchant = lookups.merchant(mchNo);
        MerchantApp app = lookups.app(body.appId());
        if (!app.merchantId().equals(merchant.id())) {
            throw new PayerIdException(ErrorCode.MERCHANT_MISMATCH, "app " + body.appId() + " does not belong to " + mchNo);
        }
        if (!new RedirectWhitelist(tenants.whitelist(merchant.id())).allows(body.redirectUri())) {
            throw new PayerIdException(ErrorCode.REDIRECT_NOT_ALLOWED, "redirectUri is not in the whitelist of " + mchNo);
        }
        QrEntry entry = entries.create(merchant.id(), app.appId(), body.name(), body.redirectUri());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(entry, merchant));
    }

    @GetMapping("/merchants/{mchNo}/qr-entries")
    @Operation(summary = "A merchant's QR entries")
    List<EntryView> list(@PathVariable String mchNo) {
        Merchant merchant = lookups.merchant(mchNo);
        return entries.ofMerchant(merchant.id()).stream().map(e -> view(e, merchant)).toList();
    }

    @DeleteMapping("/merchants/{mchNo}/qr-entries/{code}")
    @Operation(summary = "Retire a QR entry (scanning it then shows an error page)")
    ResponseEntity<Void> delete(@PathVariable String mchNo, @PathVariable String code) {
        if (!entries.delete(lookups.merchant(mchNo).id(), code)) {
            throw new PayerIdException(ErrorCode.NOT_FOUND, "no QR entry " + code + " for " + mchNo);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/qr-entries/{code}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "The entry's QR code as PNG (size 128-2048 pixels)")
    ResponseEntity<byte[]> png(@PathVariable String code, @RequestParam(defaultValue = "512") int size) {
        if (size < 128 || size > 2048) {
            throw PayerIdException.invalid("size must be 128-2048");
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(QrImages.png(entryUrl(entry(code)), size));
    }

    @GetMapping(value = "/qr-entries/{code}/qr.svg", produces = "image/svg+xml")
    @Operation(summary = "The entry's QR code as SVG")
    ResponseEntity<String> svg(@PathVariable String code) {
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).body(QrImages.svg(entryUrl(entry(code))));
    }

    private QrEntry entry(String code) {
        return entries.find(code).orElseThrow(() -> new PayerIdException(ErrorCode.NOT_FOUND, "no QR entry " + code));
    }

    private String entryUrl(QrEntry entry) {
        return properties.publicBaseUrlWithoutSlash() + "/qr/" + entry.code();
    }

    private EntryView view(QrEntry entry, Merchant merchant) {
        String admin = properties.publicBaseUrlWithoutSlash() + "/admin/v1/qr-entries/" + entry.code();
        return new EntryView(entry.code(), merchant.mchNo(), entry.appId(), entry.name(), entry.redirectUri(),
                entryUrl(entry), admin + "/qr.png", admin + "/qr.svg", Instant.ofEpochMilli(entry.createdAt()));
    }
}
