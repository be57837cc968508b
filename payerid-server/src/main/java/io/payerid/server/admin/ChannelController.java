package io.payerid.server.admin;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Upstream channel configurations of an institution (service-provider accounts) or a merchant (its own
 * accounts, which win over the institution's). Secret values go in and are never given back.
 */
@RestController
@RequestMapping("/admin/v1")
@Tag(name = "Admin: channel configurations")
@SecurityRequirement(name = AdminConfiguration.SECURITY_SCHEME)
class ChannelController {

    static final int MAX_ENTRIES = 32;
    static final int MAX_VALUE = 4000;

    record PutChannel(@NotNull ChannelMode mode, Map<String, String> settings, Map<String, String> secrets) {
    }

    /** Settings in full, secrets by name only. */
    record ChannelView(OwnerType ownerType, String owner, ChannelKind kind, ChannelMode mode,
                       Map<String, String> settings, List<String> secretNames, Instant createdAt,
                       Instant updatedAt) {

        static ChannelView of(ChannelConfig c, String owner) {
            return new ChannelView(c.ownerType(), owner, c.kind(), c.mode(), new TreeMap<>(c.settings()),
                    c.secrets().keySet().stream().sorted().toList(), Instant.ofEpochMilli(c.createdAt()),
                    Instant.ofEpochMilli(c.updatedAt()));
        }
    }

    private final TenantAdmin admin;
    private final AdminLookups lookups;

    ChannelController(TenantAdmin admin, AdminLookups lookups) {
        this.admin = admin;
        this.lookups = lookups;
    }

    @PutMapping("/institutions/{instNo}/channels/{kind}")
    @Operation(summary = "Create or replace an institution's channel configuration",
            description = "Replaces mode, settings and secrets as a whole. WECHAT_OA needs settings.appId and"
                    + " secrets.appSecret.")
    ChannelView putInstitutionChannel(@PathVariable String instNo, @PathVariable ChannelKind kind,
                                      @Valid @RequestBody PutChannel body) {
        Institution institution = lookups.institution(instNo);
        return ChannelView.of(put(OwnerType.INSTITUTION, institution.id(), kind, body), institution.instNo());
    }

    @GetMapping("/institutions/{instNo}/channels/{kind}")
    @Operation(summary = "Get an institution's channel configuration (secret names only)")
    ChannelView getInstitutionChannel(@PathVariable String instNo, @PathVariable ChannelKind kind) {
        Institution institution = lookups.institution(instNo);
        return ChannelView.of(get(OwnerType.INSTITUTION, institution.id(), kind), institution.instNo());
    }

    @GetMapping("/institutions/{instNo}/channels")
    @Operation(summary = "List an institution's channel configurations (secret names only)")
    List<ChannelView> listInstitutionChannels(@PathVariable String instNo) {
        Institution institution = lookups.institution(instNo);
        return admin.channelsOf(OwnerType.INSTITUTION, institution.id()).stream()
                .map(c -> ChannelView.of(c, institution.instNo())).toList();
    }

    @DeleteMapping("/institutions/{instNo}/channels/{kind}")
    @Operation(summary = "Remove an institution's channel configuration")
    ResponseEntity<Void> deleteInstitutionChannel(@PathVariable String instNo, @PathVariable ChannelKind kind) {
        Institution institution = lookups.institution(instNo);
        return delete(OwnerType.INSTITUTION, institution.id(), kind);
    }

    @PutMapping("/merchants/{mchNo}/channels/{kind}")
    @Operation(summary = "Create or replace a merchant's channel configuration",
            description = "Replaces mode, settings and secrets as a whole; overrides the institution's configuration"
                    + " of the same kind. WECHAT_OA needs settings.appId and secrets.appSecret.")
    ChannelView putMerchantChannel(@PathVariable String mchNo, @PathVariable ChannelKind kind,
                                   @Valid @RequestBody PutChannel body) {
        Merchant merchant = lookups.merchant(mchNo);
        return ChannelView.of(put(OwnerType.MERCHANT, merchant.id(), kind, body), merchant.mchNo());
    }

    @GetMapping("/merchants/{mchNo}/channels/{kind}")
    @Operation(summary = "Get a merchant's own channel configuration (secret names only)")
    ChannelView getMerchantChannel(@PathVariable String mchNo, @PathVariable ChannelKind kind) {
        Merchant merchant = lookups.merchant(mchNo);
        return ChannelView.of(get(OwnerType.MERCHANT, merchant.id(), kind), merchant.mchNo());
    }

    @GetMapping("/merchants/{mchNo}/channels")
    @Operation(summary = "List a merchant's own channel configurations (secret names only)")
    List<ChannelView> listMerchantChannels(@PathVariable String mchNo) {
        Merchant merchant = lookups.merchant(mchNo);
        return admin.channelsOf(OwnerType.MERCHANT, merchant.id()).stream()
                .map(c -> ChannelView.of(c, merchant.mchNo())).toList();
    }

    @DeleteMapping("/merchants/{mchNo}/channels/{kind}")
    @Operation(summary = "Remove a merchant's own channel configuration")
    ResponseEntity<Void> deleteMerchantChannel(@PathVariable String mchNo, @PathVariable ChannelKind kind) {
        Merchant merchant = lookups.merchant(mchNo);
        return delete(OwnerType.MERCHANT, merchant.id(), kind);
    }

    private ChannelConfig put(OwnerType ownerType, String ownerId, ChannelKind kind, PutChannel body) {
        Map<String, String> settings = checked("settings", body.settings(), false);
        Map<String, String> secretValues = checked("secrets", body.secrets(), true);
        if (kind == ChannelKind.ALIPAY || kind == ChannelKind.ALIPAY_MINIAPP) {
            AlipayChannelRules.check(body.mode(), settings, secretValues);
        }
        Map<String, Secret> secrets = new LinkedHashMap<>();
        secretValues.forEach((k, v) -> secrets.put(k, Secret.of(v)));
        ChannelConfigRules.check(new ChannelConfig(null, ownerType, ownerId, kind, body.mode(), settings, secrets, 0));
        if (kind == ChannelKind.WECHAT_OA || kind == ChannelKind.WECHAT_MINIAPP) {
            WechatChannelRules.check(kind, settings, secretValues);
        }
        return admin.putChannel(ownerType, ownerId, kind, body.mode(), settings, secrets);
    }

    private ChannelConfig get(OwnerType ownerType, String ownerId, ChannelKind kind) {
        return admin.channel(ownerType, ownerId, kind).orElseThrow(() -> new PayerIdException(ErrorCode.NOT_FOUND,
                kind + " is not configured for this " + ownerType.name().toLowerCase(java.util.Locale.ROOT)));
    }

    private ResponseEntity<Void> delete(OwnerType ownerType, String ownerId, ChannelKind kind) {
        if (!admin.removeChannel(ownerType, ownerId, kind)) {
            throw new PayerIdException(ErrorCode.NOT_FOUND,
                    kind + " is not configured for this " + ownerType.name().toLowerCase(java.util.Locale.ROOT));
        }
        return ResponseEntity.noContent().build();
    }

    private static Map<String, String> checked(String field, Map<String, String> map, boolean nonEmptyValues) {
        if (map == null) {
            return Map.of();
        }
        if (map.size() > MAX_ENTRIES) {
            throw PayerIdException.invalid(field + ": at most " + MAX_ENTRIES + " entries");
        }
        Map<String, String> result = new TreeMap<>();
        map.forEach((name, value) -> {
            if (name == null || !name.matches(AdminRules.SETTING_NAME)) {
                throw PayerIdException.invalid(field + ": name '" + name
                        + "' must be 1-64 letters, digits, '_', '.' or '-', starting with a letter");
            }
            if (value == null || (nonEmptyValues && value.isEmpty())) {
                throw PayerIdException.invalid(field + "." + name + ": must not be " + (value == null ? "null" : "empty"));
            }
            if (value.length() > MAX_VALUE) {
                throw PayerIdException.invalid(field + "." + name + ": longer than " + MAX_VALUE + " characters");
            }
            result.put(name, value);
        });
        return result;
    }
}
