package io.payerid.sandbox.wechat;

import io.payerid.sandbox.support.RandomTokens;
import io.payerid.sandbox.support.RuntimeRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What WeChat keeps for each sandbox third-party platform: its registration, the tickets it pushed, its component
 * tokens, pre_auth_codes and authorization codes (each spent with one atomic {@code remove}: two callers racing for
 * one code cannot both win), and which accounts authorized it, with their refresh tokens. In memory, one node.
 */
public class SandboxComponents extends RuntimeRegistry<SandboxComponent> {

    private final Clock clock;
    private final SandboxComponentProperties settings;
    private final Map<String, Issued> tickets = new ConcurrentHashMap<>();
    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();
    private final Map<String, Issued> preAuthCodes = new ConcurrentHashMap<>();
    private final Map<String, Issued> authCodes = new ConcurrentHashMap<>();
    private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();

    /** One thing WeChat issued to a platform ({@code subject}: the authorizer appid of an authorization code). */
    record Issued(String componentAppId, String subject, Instant deadline) {
    }

    public SandboxComponents(List<SandboxComponent> configured, SandboxComponentProperties settings, Clock clock) {
        super(configured, SandboxComponent::appid);
        this.settings = settings;
        this.clock = clock;
    }

    /** Every platform WeChat pushes to (those with a push URL). */
    List<SandboxComponent> all() {
        return entries().stream().filter(c -> c.pushUrl() != null).toList();
    }

    /** A new component_verify_ticket, valid for the ticket TTL (earlier ones stay valid until theirs ends). */
    String issueTicket(String componentAppId) {
        return issue(tickets, "ticket@@@", componentAppId, null, settings.getTicketTtl().toSeconds());
    }

    boolean ticketValid(String componentAppId, String ticket) {
        return current(tickets.get(ticket), componentAppId);
    }

    String issueToken(String componentAppId) {
        return issue(tokens, "", componentAppId, null, settings.getTokenTtl().toSeconds());
    }

    boolean tokenValid(String componentAppId, String token) {
        return token != null && current(tokens.get(token), componentAppId);
    }

    long tokenSeconds() {
        return settings.getTokenTtl().toSeconds();
    }

    String issuePreAuthCode(String componentAppId) {
        return issue(preAuthCodes, "preauthcode@@@", componentAppId, null, settings.getPreAuthCodeTtl().toSeconds());
    }

    long preAuthCodeSeconds() {
        return settings.getPreAuthCodeTtl().toSeconds();
    }

    /** Spends a pre_auth_code: true for exactly one caller, and only while it is current. */
    boolean spendPreAuthCode(String componentAppId, String preAuthCode) {
        return preAuthCode != null && current(preAuthCodes.remove(preAuthCode), componentAppId);
    }

    /** Records the account's authorization and returns the authorization code the admin's browser brings back. */
    String authorize(String componentAppId, String authorizerAppId) {
        refreshTokens.put(componentAppId + " " + authorizerAppId, "refreshtoken@@@" + RandomTokens.alphanumeric(32));
        return issue(authCodes, "queryauthcode@@@", componentAppId, authorizerAppId, settings.getAuthCodeTtl().toSeconds());
    }

    long authCodeSeconds() {
        return settings.getAuthCodeTtl().toSeconds();
    }

    /** The authorizer appid an authorization code stands for, spent once. */
    Optional<String> redeemAuthCode(String componentAppId, String authCode) {
        Issued issued = authCode == null ? null : authCodes.remove(authCode);
        return current(issued, componentAppId) ? Optional.of(issued.subject()) : Optional.empty();
    }

    Optional<String> refreshToken(String componentAppId, String authorizerAppId) {
        return Optional.ofNullable(refreshTokens.get(componentAppId + " " + authorizerAppId));
    }

    boolean authorized(String componentAppId, String authorizerAppId) {
        return authorizerAppId != null && refreshTokens.containsKey(componentAppId + " " + authorizerAppId);
    }

    /** The account withdrew its authorization (unauthorized event); true when it had one. */
    boolean revoke(String componentAppId, String authorizerAppId) {
        return refreshTokens.remove(componentAppId + " " + authorizerAppId) != null;
    }

    private String issue(Map<String, Issued> space, String prefix, String componentAppId, String subject, long seconds) {
        String value = prefix + RandomTokens.alphanumeric(40);
        space.put(value, new Issued(componentAppId, subject, clock.instant().plusSeconds(seconds)));
        return value;
    }

    private boolean current(Issued issued, String componentAppId) {
        return issued != null && issued.componentAppId().equals(componentAppId) && clock.instant().isBefore(issued.deadline());
    }
}
