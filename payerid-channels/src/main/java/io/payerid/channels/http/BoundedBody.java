package io.payerid.channels.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * An answer's body read into memory, at most one byte past a cap, so an answer of any size costs no more than
 * that and the caller can tell "too large" from "exactly the cap". Sized from the declared length when there is
 * one: {@code readNBytes(cap + 1)} alone allocates a 16 KB scratch buffer per call and copies out of it, which
 * for answers of a few hundred bytes was an eighth of the bytes the payment-code API allocated per lookup.
 */
public final class BoundedBody {

    private BoundedBody() {
    }

    /**
     * @param declaredLength the body's Content-Length, negative when unknown (the HTTP layer ends the stream
     *                       there; a stream that runs past it anyway is read on up to the cap)
     * @return at most {@code maxBytes + 1} bytes: longer than {@code maxBytes} means the body is too large
     */
    public static byte[] read(InputStream in, long declaredLength, int maxBytes) throws IOException {
        if (declaredLength < 0 || declaredLength >= maxBytes) {
            return in.readNBytes(maxBytes + 1);
        }
        byte[] body = in.readNBytes((int) declaredLength + 1);
        if (body.length <= declaredLength) {
            return body;
        }
        byte[] rest = in.readNBytes(maxBytes + 1 - body.length);
        byte[] all = Arrays.copyOf(body, body.length + rest.length);
        System.arraycopy(rest, 0, all, body.length, rest.length);
        return all;
    }
}
