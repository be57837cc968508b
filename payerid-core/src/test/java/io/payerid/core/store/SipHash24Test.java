package io.payerid.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SipHash24Test {

    /** The reference vector of the SipHash paper (appendix A): key 00..0f, message 00..0e. */
    @Test
    void hashWhenReferenceKeyAndMessageThenReferenceValue() {
        SipHash24 hash = new SipHash24(0x0706050403020100L, 0x0f0e0d0c0b0a0908L);
        byte[] message = new byte[15];
        for (int i = 0; i < message.length; i++) {
            message[i] = (byte) i;
        }
        assertThat(hash.hash(message)).isEqualTo(0xa129ca6149be45e5L);
    }

    @Test
    void hashWhenKeyDiffersThenValueDiffers() {
        assertThat(new SipHash24(1, 2).hash("nonce:app:abc")).isNotEqualTo(new SipHash24(1, 3).hash("nonce:app:abc"));
    }
}
