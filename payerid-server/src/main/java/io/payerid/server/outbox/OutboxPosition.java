package io.payerid.server.outbox;

import java.util.Optional;

/**
 * Where a page of the callback list ended: the creation time and id of its last row. Travels to the
 * admin client as an opaque cursor ({@code createdAt.id}) and comes back to fetch the next page.
 */
public record OutboxPosition(long createdAt, String id) {

    private static final int MAX_CURSOR = 64;

    public static OutboxPosition of(OutboxMessage message) {
        return new OutboxPosition(message.createdAt(), message.id());
    }

    public String cursor() {
        return createdAt + "." + id;
    }

    /** Parses a cursor this class wrote; anything else (garbage, oversized, tampered digits) is empty. */
    public static Optional<OutboxPosition> parse(String cursor) {
        if (cursor == null || cursor.length() > MAX_CURSOR) {
            return Optional.empty();
        }
        int dot = cursor.indexOf('.');
        if (dot < 1 || dot == cursor.length() - 1) {
            return Optional.empty();
        }
        String millis = cursor.substring(0, dot);
        String id = cursor.substring(dot + 1);
        if (!millis.chars().allMatch(Character::isDigit) || millis.length() > 18
                || !id.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            return Optional.empty();
        }
        return Optional.of(new OutboxPosition(Long.parseLong(millis), id));
    }
}
