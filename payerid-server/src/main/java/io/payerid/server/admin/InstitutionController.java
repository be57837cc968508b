package io.payerid.server.admin;

import static io.payerid.server.admin.AdminRules.CODE;
import static io.payerid.server.admin.AdminRules.CODE_MESSAGE;
import static io.payerid.server.admin.AdminRules.NOT_BLANK;
import static io.payerid.server.admin.AdminRules.NOT_BLANK_MESSAGE;
import static io.payerid.server.admin.AdminRules.SIGN_KEY;
import static io.payerid.server.admin.AdminRules.SIGN_KEY_MESSAGE;

import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Secret;
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

/** Institutions (service providers / ISVs) that onboard merchants. */
@RestController
@RequestMapping("/admin/v1/institutions")
@Tag(name = "Admin: institutions")
@SecurityRequirement(name = AdminConfiguration.SECURITY_SCHEME)
class InstitutionController {

    record CreateInstitution(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String instNo,
            @NotBlank @Size(max = 128) String name,
            @Pattern(regexp = SIGN_KEY, message = SIGN_KEY_MESSAGE) String signKey) {
    }

    record UpdateInstitution(
            @Size(max = 128) @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE) String name,
            @Pattern(regexp = SIGN_KEY, message = SIGN_KEY_MESSAGE) String signKey) {
    }

    /** Never carries the key itself, only whether one is set. */
    record InstitutionView(String instNo, String name, boolean hasSignKey, Instant createdAt, Instant updatedAt) {

        static InstitutionView of(Institution i) {
            return new InstitutionView(i.instNo(), i.name(), i.signKey() != null, Instant.ofEpochMilli(i.createdAt()),
                    Instant.ofEpochMilli(i.updatedAt()));
        }
    }

    private final TenantAdmin admin;
    private final AdminLookups lookups;

    InstitutionController(TenantAdmin admin, AdminLookups lookups) {
        this.admin = admin;
        this.lookups = lookups;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an institution", description = "409 CONFLICT when instNo is taken.")
    InstitutionView create(@Valid @RequestBody CreateInstitution body) {
        return InstitutionView.of(admin.createInstitution(body.instNo(), body.name().trim(), Secret.of(body.signKey())));
    }

    @GetMapping
    @Operation(summary = "List institutions")
    List<InstitutionView> list() {
        return admin.institutions().stream().map(InstitutionView::of).toList();
    }

    @GetMapping("/{instNo}")
    @Operation(summary = "Get an institution")
    InstitutionView get(@PathVariable String instNo) {
        return InstitutionView.of(lookups.institution(instNo));
    }

    @PatchMapping("/{instNo}")
    @Operation(summary = "Rename an institution or replace its signing key")
    InstitutionView update(@PathVariable String instNo, @Valid @RequestBody UpdateInstitution body) {
        Institution institution = lookups.institution(instNo);
        return InstitutionView.of(admin.updateInstitution(institution.id(),
                body.name() == null ? null : body.name().trim(), Secret.of(body.signKey())));
    }
}
