package io.payerid.server.component;

import io.payerid.channels.wechat.component.ComponentCalls;
import io.payerid.channels.wechat.component.ComponentEvent;
import io.payerid.channels.wechat.component.ComponentPushReader;
import io.payerid.channels.wechat.component.WechatComponentClient;
import io.payerid.core.component.ComponentTickets;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WechatComponentAccount;
import io.payerid.core.tenant.WechatComponentAuthorizer;
import io.payerid.server.persistence.ComponentAuthorizerRepository;
import io.payerid.server.persistence.ComponentAuthorizerRepository.StoredAuthorizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WeChat's pushes to an institution's authorization-event URL, checked and decrypted by {@link ComponentPushReader}:
 * <ul>
 *   <li>{@code component_verify_ticket}: kept in the shared store as of its CreateTime, unless a newer one is there
 *       (WeChat pushes twice when an answer is slow; an old push replayed cannot roll the ticket back);</li>
 *   <li>{@code unauthorized}: the stored authorization and the merchant's channel are marked withdrawn, so the next
 *       payer flow is COMPONENT_NOT_AUTHORIZED instead of a WeChat error;</li>
 *   <li>{@code updateauthorized}: authorized again, with the new refresh token from api_query_auth;</li>
 *   <li>{@code authorized}: acknowledged; the onboarding redirect, which knows the merchant, stores it.</li>
 * </ul>
 * Every push is idempotent, so a repeated one is harmless.
 */
public final class ComponentPushes {

    private static final Logger log = LoggerFactory.getLogger(ComponentPushes.class);
    /** WeChat stamps CreateTime itself; one from far in the future is not WeChat's. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final TenantDirectory tenants;
    private final TenantAdmin admin;
    private final ComponentTickets tickets;
    private final ComponentAuthorizerRepository authorizers;
    private final ComponentCalls calls;
    private final WechatComponentClient client;
    private final Clock clock;

    ComponentPushes(TenantDirectory tenants, TenantAdmin admin, ComponentTickets tickets,
                    ComponentAuthorizerRepository authorizers, ComponentCalls calls, WechatComponentClient client,
                    Clock clock) {
        this.tenants = tenants;
        this.admin = admin;
        this.tickets = tickets;
        this.authorizers = authorizers;
        this.calls = calls;
        this.client = client;
        this.clock = clock;
    }

    public void receive(String instNo, String msgSignature, String timestamp, String nonce, byte[] body) {
        Institution institution = tenants.institutionByInstNo(instNo)
                .orElseThrow(() -> new PayerIdException(ErrorCode.COMPONENT_PUSH_INVALID, "unknown institution"));
        WechatComponentAccount account = admin.channel(OwnerType.INSTITUTION, institution.id(), ChannelKind.WECHAT_COMPONENT)
                .map(WechatComponentAccount::from)
                .orElseThrow(() -> new PayerIdException(ErrorCode.COMPONENT_PUSH_INVALID,
                        "the institution has no WeChat third-party platform"));
        ComponentEvent event = ComponentPushReader.read(account, msgSignature, timestamp, nonce, body);
        switch (event.infoType()) {
            case ComponentEvent.VERIFY_TICKET -> ticket(account, event);
            case ComponentEvent.UNAUTHORIZED -> withdrawn(account, authorizer(event));
            case ComponentEvent.UPDATE_AUTHORIZED -> renewed(account, authorizer(event), event.field("AuthorizationCode"));
            case ComponentEvent.AUTHORIZED -> log.info("WeChat reports {} authorized the third-party platform {}",
                    authorizer(event), account.componentAppId());
            default -> log.info("Ignoring WeChat push {} for the third-party platform {}", event, account.componentAppId());
        }
    }

    private void ticket(WechatComponentAccount account, ComponentEvent event) {
        String ticket = event.field("ComponentVerifyTicket")
                .orElseThrow(() -> new PayerIdException(ErrorCode.COMPONENT_PUSH_INVALID, "the ticket push has no ticket"));
        Instant created = createTime(event);
        Optional<ComponentTickets.StoredTicket> stored = tickets.find(account.componentAppId());
        if (stored.isPresent() && stored.get().receivedAt().isAfter(created)) {
            return;
        }
        tickets.store(account.componentAppId(), ticket, created);
    }

    private void withdrawn(WechatComponentAccount account, String authorizerAppId) {
        Optional<StoredAuthorizer> stored = authorizers.setStatus(account.componentAppId(), authorizerAppId,
                ComponentAuthorizerRepository.UNAUTHORIZED);
        stored.ifPresent(a -> markChannel(a, false));
        log.info("{} withdrew its authorization of the third-party platform {} ({})", authorizerAppId,
                account.componentAppId(), stored.isPresent() ? "merchant channel disabled" : "not onboarded here");
    }

    private void renewed(WechatComponentAccount account, String authorizerAppId, Optional<String> authCode) {
        Optional<StoredAuthorizer> stored = authorizers.find(account.componentAppId(), authorizerAppId);
        if (stored.isEmpty()) {
            return;
        }
        if (authCode.isPresent()) {
            WechatComponentClient.Authorization authorization = calls.withToken(account,
                    token -> client.queryAuth(account.componentAppId(), token, authCode.get()));
            StoredAuthorizer a = stored.get();
            authorizers.authorized(a.componentAppId(), a.authorizerAppId(), a.institutionId(), a.merchantId(), a.kind(),
                    authorization.refreshToken());
        } else {
            authorizers.setStatus(account.componentAppId(), authorizerAppId, ComponentAuthorizerRepository.AUTHORIZED);
        }
        markChannel(stored.get(), true);
    }

    /** Only while the merchant's channel is still this authorization (the operator may have replaced it since). */
    private void markChannel(StoredAuthorizer authorizer, boolean authorized) {
        boolean current = admin.channel(OwnerType.MERCHANT, authorizer.merchantId(), authorizer.kind())
                .filter(c -> c.mode() == ChannelMode.COMPONENT)
                .flatMap(c -> c.setting(WechatComponentAuthorizer.APP_ID))
                .filter(authorizer.authorizerAppId()::equals).isPresent();
        if (!current) {
            return;
        }
        Map<String, String> settings = ComponentOnboarding.settings(authorizer.authorizerAppId(),
                authorizer.componentAppId(), authorized);
        admin.putChannel(OwnerType.MERCHANT, authorizer.merchantId(), authorizer.kind(), ChannelMode.COMPONENT, settings,
                Map.of());
    }

    private static String authorizer(ComponentEvent event) {
        return event.field("AuthorizerAppid")
                .orElseThrow(() -> new PayerIdException(ErrorCode.COMPONENT_PUSH_INVALID, "the push names no AuthorizerAppid"));
    }

    private Instant createTime(ComponentEvent event) {
        try {
            Instant created = Instant.ofEpochSecond(Long.parseLong(event.field("CreateTime").orElse("")));
            if (created.isAfter(clock.instant().plus(CLOCK_SKEW))) {
                throw new PayerIdException(ErrorCode.COMPONENT_PUSH_INVALID, "the push's CreateTime is in the future");
            }
            return created;
        } catch (NumberFormatException e) {
            throw new PayerIdException(ErrorCode.COMPONENT_PUSH_INVALID, "the push has no CreateTime");
        }
    }
}
