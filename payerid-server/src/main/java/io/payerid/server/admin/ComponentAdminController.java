package io.payerid.server.admin;

import static io.payerid.server.admin.AdminRules.CODE;
import static io.payerid.server.admin.AdminRules.CODE_MESSAGE;

import io.payerid.core.component.ComponentTickets;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.WechatComponentAccount;
import io.payerid.server.component.ComponentOnboarding;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An institution's WeChat third-party platform: its ticket status and merchant onboarding links. */
@RestController
@RequestMapping("/admin/v1/institutions/{instNo}/wechat-component")
@Tag(name = "Admin: WeChat third-party platform")
@SecurityRequirement(name = AdminConfiguration.SECURITY_SCHEME)
class ComponentAdminController {

    /** kind: WECHAT_OA (default) or WECHAT_MINIAPP, the merchant channel the authorization configures. */
    record CreateLink(@NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String mchNo, ChannelKind kind) {
    }

    record LinkView(String url, Instant expiresAt) {
    }

    /** Never the ticket itself: only whether and when one came. */
    record StatusView(String componentAppId, boolean hasTicket, Instant ticketCreatedAt) {
    }

    private final TenantAdmin admin;
    private final AdminLookups lookups;
    private final ComponentOnboarding onboarding;
    private final ComponentTickets tickets;

    ComponentAdminController(TenantAdmin admin, AdminLookups lookups, ComponentOnboarding onboarding,
                             ComponentTickets tickets) {
        this.admin = admin;
        this.lookups = lookups;
        this.onboarding = onboarding;
        this.tickets = tickets;
    }

    @PostMapping("/onboarding-links")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "An onboarding link for one merchant's admin",
            description = "Opening it sends the merchant's admin to WeChat's authorization page; when they approve, the "
                    + "merchant's WECHAT_OA (or WECHAT_MINIAPP) channel becomes mode COMPONENT. 409 CHANNEL_NOT_CONFIGURED "
                    + "without a WECHAT_COMPONENT channel on the institution.")
    LinkView createLink(@PathVariable String instNo, @Valid @RequestBody CreateLink body) {
        lookups.institution(instNo);
        ComponentOnboarding.IssuedLink link = onboarding.issue(instNo, body.mchNo(),
                body.kind() == null ? ChannelKind.WECHAT_OA : body.kind());
        return new LinkView(link.url(), link.expiresAt());
    }

    @GetMapping
    @Operation(summary = "The platform's status: whether WeChat's component_verify_ticket has arrived")
    StatusView status(@PathVariable String instNo) {
        Institution institution = lookups.institution(instNo);
        WechatComponentAccount account = admin.channel(OwnerType.INSTITUTION, institution.id(), ChannelKind.WECHAT_COMPONENT)
                .map(WechatComponentAccount::from)
                .orElseThrow(() -> new PayerIdException(ErrorCode.NOT_FOUND, "WECHAT_COMPONENT is not configured for this institution"));
        var ticket = tickets.find(account.componentAppId());
        return new StatusView(account.componentAppId(), ticket.isPresent(),
                ticket.map(ComponentTickets.StoredTicket::receivedAt).orElse(null));
    }
}
