package io.payerid.core.flow;

import io.payerid.core.crypto.RandomText;

/** Flow ids: 22 characters uniform over {@code [A-Za-z0-9]} (131 bits). */
final class FlowIds {

    static final int LENGTH = 22;
    private static final RandomText ALPHANUMERIC = RandomText.over(RandomText.ALPHANUMERIC);

    private FlowIds() {
    }

    static String next() {
        return ALPHANUMERIC.next(LENGTH);
    }
}
