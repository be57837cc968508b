package io.payerid.server.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WhitelistEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A merchant's allowed redirect targets (where payer identities may be sent back to). */
@RestController
@RequestMapping("/admin/v1/merchants/{mchNo}/whitelist")
@Tag(name = "Admin: redirect whitelist")
@SecurityRequirement(name = AdminConfiguration.SECURITY_SCHEME)
class WhitelistController {

    /** {@code wholeOrigin}: the operator's explicit consent to a url without a path prefix (every path). */
    record AddEntry(@NotBlank String url, Boolean wholeOrigin) {

        boolean isWholeOrigin() {
            return Boolean.TRUE.equals(wholeOrigin);
        }
    }

    /** {@code port} is absent when the entry uses the scheme's default; {@code wholeOrigin} entries have no prefix. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EntryView(String id, String url, String scheme, String host, Integer port, String pathPrefix,
                     boolean wholeOrigin) {

        static EntryView of(WhitelistEntry e) {
            return new EntryView(e.id(), e.display(), e.scheme(), e.host(), e.port() < 0 ? null : e.port(),
                    e.pathPrefix() == null ? "" : e.pathPrefix(), e.wholeOrigin());
        }
    }

    private final TenantAdmin admin;
    private final TenantDirectory directory;
    private final AdminLookups lookups;
    private final WhitelistTargetRules rules;

    WhitelistController(TenantAdmin admin, TenantDirectory directory, AdminLookups lookups, WhitelistTargetRules rules) {
        this.admin = admin;
        this.directory = directory;
        this.lookups = lookups;
        this.rules = rules;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Allow a redirect target",
            description = "url: https://host[:port]/path-prefix — no user info, query, fragment, wildcards or ';'."
                    + " A url without a path admits every path of the origin and needs \"wholeOrigin\": true."
                    + " Plain http and loopback, private or link-local hosts only with"
                    + " payerid.development.allow-private-targets. 409 CONFLICT when the same target is already listed.")
    EntryView add(@PathVariable String mchNo, @Valid @RequestBody AddEntry body) {
        Merchant merchant = lookups.merchant(mchNo);
        WhitelistEntryParser.Target target = WhitelistEntryParser.parse(body.url().trim());
        rules.check(target, body.isWholeOrigin());
        return EntryView.of(admin.addWhitelistEntry(merchant.id(), target.scheme(), target.host(), target.port(),
                target.pathPrefix(), body.isWholeOrigin()));
    }

    @GetMapping
    @Operation(summary = "List a merchant's redirect whitelist")
    List<EntryView> list(@PathVariable String mchNo) {
        Merchant merchant = lookups.merchant(mchNo);
        return directory.whitelist(merchant.id()).stream().map(EntryView::of).toList();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a redirect whitelist entry")
    ResponseEntity<Void> remove(@PathVariable String mchNo, @PathVariable String id) {
        Merchant merchant = lookups.merchant(mchNo);
        if (!admin.removeWhitelistEntry(merchant.id(), id)) {
            throw new PayerIdException(ErrorCode.NOT_FOUND, "whitelist entry '" + id + "' not found");
        }
        return ResponseEntity.noContent().build();
    }
}
