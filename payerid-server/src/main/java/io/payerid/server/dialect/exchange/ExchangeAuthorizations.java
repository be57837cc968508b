package io.payerid.server.dialect.exchange;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.flow.PayerIdentity;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.outbox.CallbackOutbox;
import io.payerid.server.persistence.Ids;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records how a payer's authorization ended. Success updates the request and enqueues its callback in
 * one transaction, so a callback exists exactly when the request is AUTHORIZED; a second completion
 * (a duplicate upstream callback, a second payer racing on the same link) changes nothing.
 */
@Component
public class ExchangeAuthorizations {

    private final ExchangeAuthRequests requests;
    private final CallbackOutbox outbox;
    private final ExchangeCallbackBody callbackBody;
    private final TenantDirectory tenants;

    public ExchangeAuthorizations(ExchangeAuthRequests requests, CallbackOutbox outbox, ExchangeCallbackBody callbackBody,
                                  TenantDirectory tenants) {
        this.requests = requests;
        this.outbox = outbox;
        this.callbackBody = callbackBody;
        this.tenants = tenants;
    }

    @Transactional
    public void recordAuthorized(String requestId, PayerIdentity identity) {
        ExchangeAuthRequest request = existing(requestId);
        String notificationId = request.callbackUrl() == null ? null : Ids.newId();
        if (!requests.markAuthorized(requestId, identity.openId(), identity.userId(), notificationId)
                || notificationId == null) {
            return;
        }
        Merchant merchant = tenants.merchantById(request.merchantId()).orElseThrow(() ->
                new PayerIdException(ErrorCode.MERCHANT_NOT_FOUND, "merchant no longer exists"));
        String body = callbackBody.of(request, merchant, identity, notificationId);
        // The seed's businessId is the app's public appId: the callback lists filter by it.
        outbox.enqueue(notificationId, ExchangeResponder.DIALECT, merchant.institutionId(), merchant.id(),
                request.businessId(), request.serialNo(), request.callbackUrl(), body);
    }

    public void recordFailed(String requestId, ErrorCode error) {
        requests.markFailed(existing(requestId).id(), error.name());
    }

    private ExchangeAuthRequest existing(String requestId) {
        return requests.find(requestId).orElseThrow(() ->
                new PayerIdException(ErrorCode.FLOW_STATE_INVALID, "the authorization request no longer exists"));
    }
}
