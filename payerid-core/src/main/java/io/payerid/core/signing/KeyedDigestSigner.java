package io.payerid.core.signing;

import java.util.Map;

/**
 * The {@code k=v&...&key=SECRET} family: MD5 or HMAC-SHA256 over the canonical string with the
 * key appended (for HMAC the key is both appended and the MAC key, exactly as WeChat Pay v2).
 * The key parameter name and output case are configurable because acquirers differ.
 */
public final class KeyedDigestSigner {

    private final SignType type;
    private final HexCase hexCase;
    private final String keyParamName;

    public KeyedDigestSigner(SignType type, HexCase hexCase, String keyParamName) {
        if (type == SignType.RSA2) {
            throw new IllegalArgumentException("RSA2 is not a keyed digest");
        }
        this.type = type;
        this.hexCase = hexCase;
        this.keyParamName = keyParamName;
    }

    /** WeChat Pay v2: {@code &key=}, uppercase. */
    public static KeyedDigestSigner wechatPayV2(SignType type) {
        return new KeyedDigestSigner(type, HexCase.UPPER, "key");
    }

    public String stringToSign(Map<String, String> params, String key) {
        return CanonicalString.of(params, "sign") + "&" + keyParamName + "=" + key;
    }

    public String sign(Map<String, String> params, String key) {
        return digest(stringToSign(params, key), key);
    }

    /** Digest over an already-built string (for seeds whose string is not the canonical one). */
    public String digest(String stringToSign, String key) {
        return switch (type) {
            case MD5 -> Digests.md5Hex(stringToSign, hexCase);
            case HMAC_SHA256 -> Digests.hmacSha256Hex(key, stringToSign, hexCase);
            case RSA2 -> throw new IllegalStateException("unreachable");
        };
    }

    /** Verifies in constant time; the sender's hex case does not matter. */
    public boolean verify(Map<String, String> params, String key, String signature) {
        return ConstantTime.equalsHexIgnoreCase(sign(params, key), signature);
    }

    public SignType type() {
        return type;
    }
}
