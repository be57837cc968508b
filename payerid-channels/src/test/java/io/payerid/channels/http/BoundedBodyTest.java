package io.payerid.channels.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    private static byte[] read(int actual, long declared, int max) throws IOException {
        return BoundedBody.read(new ByteArrayInputStream(bytes(actual)), declared, max);
    }

    @Test
    void readWhenLengthIsDeclaredAndWithinTheCapThenTheWholeBody() throws IOException {
        assertThat(read(400, 400, 65_536)).isEqualTo(bytes(400));
        assertThat(read(0, 0, 65_536)).isEmpty();
    }

    @Test
    void readWhenLengthIsUnknownThenUpToOneBytePastTheCap() throws IOException {
        assertThat(read(400, -1, 65_536)).isEqualTo(bytes(400));
        assertThat(read(2_000, -1, 1_000)).hasSize(1_001);
        assertThat(read(1_000, -1, 1_000)).hasSize(1_000);
    }

    @Test
    void readWhenDeclaredLengthIsAboveTheCapThenOneBytePastTheCap() throws IOException {
        assertThat(read(5_000, 5_000, 1_000)).hasSize(1_001);
        assertThat(read(1_000, 1_000, 1_000)).hasSize(1_000);
    }

    @Test
    void readWhenTheStreamRunsPastTheDeclaredLengthThenReadOnUpToTheCap() throws IOException {
        assertThat(read(600, 10, 1_000)).isEqualTo(bytes(600));
        assertThat(read(5_000, 10, 1_000)).hasSize(1_001).startsWith(bytes(600));
    }
}
