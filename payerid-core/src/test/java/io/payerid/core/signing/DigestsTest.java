package io.payerid.core.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DigestsTest {

    @Test
    void md5HexWhenRfc1321VectorsThenKnownDigestInRequestedCase() {
        assertThat(Digests.md5Hex("", HexCase.LOWER)).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
        assertThat(Digests.md5Hex("abc", HexCase.UPPER)).isEqualTo("900150983CD24FB0D6963F7D28E17F72");
    }

    @Test
    void hmacSha256HexWhenRfc4231Case2ThenKnownMac() {
        assertThat(Digests.hmacSha256Hex("Jefe", "what do ya want for nothing?", HexCase.LOWER))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void sha256WhenFips180VectorThenKnownDigest() {
        assertThat(HexFormat.of().formatHex(Digests.sha256("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void digestsWhenCalledConcurrentlyThenClonesNeverShareState() {
        List<String> macs = IntStream.range(0, 20_000).parallel()
                .mapToObj(i -> Digests.hmacSha256Hex("key" + (i % 7), "message" + (i % 7), HexCase.LOWER)).toList();
        List<String> md5s = IntStream.range(0, 20_000).parallel()
                .mapToObj(i -> Digests.md5Hex("message" + (i % 5), HexCase.LOWER)).toList();
        for (int i = 0; i < macs.size(); i++) {
            assertThat(macs.get(i)).isEqualTo(Digests.hmacSha256Hex("key" + (i % 7), "message" + (i % 7), HexCase.LOWER));
            assertThat(md5s.get(i)).isEqualTo(Digests.md5Hex("message" + (i % 5), HexCase.LOWER));
        }
    }
}
