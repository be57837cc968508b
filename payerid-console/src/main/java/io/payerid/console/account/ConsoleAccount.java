package io.payerid.console.account;

/**
 * A person who logs in to the console. {@code merchantId} is set exactly for {@link ConsoleRole#MERCHANT_USER}.
 * {@code sessionsAfter} (epoch ms of the last password change or logout) ends the sessions issued before it: a
 * session is a stateless sealed cookie, so this is how a logout or a new password revokes copies of it.
 */
public record ConsoleAccount(String id, String username, String passwordHash, ConsoleRole role, String merchantId,
                             boolean enabled, long createdAt, long sessionsAfter) {

    @Override
    public String toString() {
        return "ConsoleAccount[" + username + ", " + role + "]";
    }
}
