package io.payerid.console.account;

/**
 * A person who logs in to the console. {@code merchantId} is set exactly for {@link ConsoleRole#MERCHANT_USER}.
 * {@code passwordAt} (epoch ms of the last password change) ends the sessions issued before it.
 */
public record ConsoleAccount(String id, String username, String passwordHash, ConsoleRole role, String merchantId,
                             boolean enabled, long createdAt, long passwordAt) {

    @Override
    public String toString() {
        return "ConsoleAccount[" + username + ", " + role + "]";
    }
}
