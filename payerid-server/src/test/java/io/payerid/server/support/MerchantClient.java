package io.payerid.server.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Signs like a merchant developer who read only the README: deliberately independent of the gateway's
 * own signing classes, so a shared bug cannot make both sides agree.
 */
public final class MerchantClient {

    private final String baseUrl;
    private final String appId;
    private final String mchNo;
    private final String key;

    public MerchantClient(String baseUrl, String appId, String mchNo, String key) {
        this.baseUrl = baseUrl;
        this.appId = appId;
        this.mchNo = mchNo;
        this.key = key;
    }

    public Map<String, String> params(String redirectUri, String scope, String state) {
        Map<String, String> p = new TreeMap<>();
        p.put("appId", appId);
        p.put("mchNo", mchNo);
        p.put("redirectUri", redirectUri);
        p.put("scope", scope);
        if (state != null) {
            p.put("state", state);
        }
        p.put("timestamp", Long.toString(System.currentTimeMillis() / 1000));
        p.put("nonce", UUID.randomUUID().toString().replace("-", ""));
        return p;
    }

    public String authorizeUrl(String redirectUri, String scope, String state) {
        return url(signMd5(params(redirectUri, scope, state)));
    }

    public Map<String, String> signMd5(Map<String, String> params) {
        params.remove("sign");
        params.put("sign", md5(canonical(params) + "&key=" + key).toUpperCase());
        return params;
    }

    public static Map<String, String> signRsa(Map<String, String> params, PrivateKey privateKey) {
        params.remove("sign");
        params.put("signType", "RSA2");
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(privateKey);
            s.update(canonical(params).getBytes(StandardCharsets.UTF_8));
            params.put("sign", Base64.getEncoder().encodeToString(s.sign()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return params;
    }

    public String url(Map<String, String> params) {
        StringBuilder sb = new StringBuilder(baseUrl).append("/v1/oauth/authorize");
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return sb.toString();
    }

    /** Verifies an answer the gateway appended to the redirect URI. */
    public boolean verifyAnswer(Map<String, String> answer) {
        Map<String, String> unsigned = new TreeMap<>(answer);
        String sign = unsigned.remove("sign");
        return sign != null && sign.equals(md5(canonical(unsigned) + "&key=" + key).toUpperCase());
    }

    public static String canonical(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(params).forEach((k, v) -> {
            if (!k.equals("sign") && v != null && !v.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : "&").append(k).append('=').append(v);
            }
        });
        return sb.toString();
    }

    private static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
