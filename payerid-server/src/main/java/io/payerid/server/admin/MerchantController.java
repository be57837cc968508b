package io.payerid.server.admin;

import static io.payerid.server.admin.AdminRules.CODE;
import static io.payerid.server.admin.AdminRules.CODE_MESSAGE;
import static io.payerid.server.admin.AdminRules.NOT_BLANK;
import static io.payerid.server.admin.AdminRules.NOT_BLANK_MESSAGE;

import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.TenantAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Merchants under an institution. */
@RestController
@RequestMapping("/admin/v1")
@Tag(name = "Admin: merchants")
@SecurityRequirement(name = AdminConfiguration.SECURITY_SCHEME)
class MerchantController {

    record CreateMerchant(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String mchNo,
            @NotBlank @Size(max = 128) String name,
            Boolean enabled) {
    }

    record UpdateMerchant(
            @Size(max = 128) @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE) String name,
            Boolean enabled) {
    }

    record MerchantView(String mchNo, String instNo, String name, boolean enabled, Instant createdAt, Instant updatedAt) {

        static MerchantView of(Merchant m, String instNo) {
            return new MerchantView(m.mchNo(), instNo, m.name(), m.enabled(), Instant.ofEpochMilli(m.createdAt()),
                    Instant.ofEpochMilli(m.updatedAt()));
        }
    }

    private final TenantAdmin admin;
    private final AdminLookups lookups;

    MerchantController(TenantAdmin admin, AdminLookups lookups) {
        this.admin = admin;
        this.lookups = lookups;
    }

    @PostMapping("/institutions/{instNo}/merchants")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a merchant under an institution", description = "409 CONFLICT when mchNo is taken.")
    MerchantView create(@PathVariable String instNo, @Valid @RequestBody CreateMerchant body) {
        Institution institution = lookups.institution(instNo);
        Merchant merchant = admin.createMerchant(institution.id(), body.mchNo(), body.name().trim(),
                body.enabled() == null || body.enabled());
        return MerchantView.of(merchant, institution.instNo());
    }

    @GetMapping("/institutions/{instNo}/merchants")
    @Operation(summary = "List an institution's merchants")
    List<MerchantView> list(@PathVariable String instNo) {
        Institution institution = lookups.institution(instNo);
        return admin.merchantsOf(institution.id()).stream().map(m -> MerchantView.of(m, institution.instNo())).toList();
    }

    @GetMapping("/merchants/{mchNo}")
    @Operation(summary = "Get a merchant")
    MerchantView get(@PathVariable String mchNo) {
        Merchant merchant = lookups.merchant(mchNo);
        return MerchantView.of(merchant, lookups.instNoOf(merchant));
    }

    @PatchMapping("/merchants/{mchNo}")
    @Operation(summary = "Rename, enable or disable a merchant")
    MerchantView update(@PathVariable String mchNo, @Valid @RequestBody UpdateMerchant body) {
        Merchant merchant = lookups.merchant(mchNo);
        Merchant updated = admin.updateMerchant(merchant.id(), body.name() == null ? null : body.name().trim(),
                body.enabled());
        return MerchantView.of(updated, lookups.instNoOf(updated));
    }
}
