package io.payerid.sandbox.unionpay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.payerid.sandbox.support.RandomTokens;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * 通联收银宝's {@code POST {base}/allinpay/apiweb/unitorder/authcodetouserid}: a form of cusid, appid, version,
 * authcode, authtype, [identify], randomstr, [signtype], sign (MD5 over the sorted non-empty fields with
 * {@code key=} sorted in, upper-case hex) → HTTP 200 JSON. A refusal is {@code retcode=FAIL} + {@code retmsg},
 * unsigned: 参数错误 (a missing or repeated field), 不支持的签名方式, authtype错误 (not 02), 商户不存在 (cusid is a
 * sandbox acquirer merchant's mchId), 签名验证失败, 授权码无效 / 授权码已过期 / 授权码已使用. Success is
 * {@code retcode=SUCCESS} with {@code acct} (the user_id, derived exactly as the 条码前置 gateway derives it),
 * signed. The codes are the sandbox userAuth page's, redeemable once at either acquirer form.
 */
public class AllinpayGatewayController {

    private static final List<String> REQUIRED = List.of("cusid", "appid", "version", "authcode", "authtype", "randomstr", "sign");
    private static final Pattern IDENTIFY = Pattern.compile("[A-Za-z0-9]{1,48}");

    private final SandboxAcquirerMerchants merchants;
    private final UserAuthCodeStore codes;
    private final UnionPayUserIdDerivation userIds;

    AllinpayGatewayController(SandboxAcquirerMerchants merchants, UserAuthCodeStore codes, UnionPayUserIdDerivation userIds) {
        this.merchants = merchants;
        this.codes = codes;
        this.userIds = userIds;
    }

    /** 通联's own refusal for a busy system (the injected BUSY fault): retcode FAIL, as its gateway answers. */
    ServerResponse busy(ServerRequest request) {
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(refused("系统繁忙,请稍后再试"));
    }

    ServerResponse authCodeToUserId(ServerRequest request) {
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(answer(request));
    }

    private Map<String, String> answer(ServerRequest request) {
        Optional<Map<String, String>> read = fields(request);
        if (read.isEmpty()) {
            return refused("参数错误: 参数重复");
        }
        Map<String, String> f = read.get();
        Optional<String> missing = REQUIRED.stream().filter(name -> blank(f.get(name))).findFirst();
        if (missing.isPresent()) {
            return refused("参数错误: 缺少" + missing.get());
        }
        if (!blank(f.get("signtype")) && !"MD5".equals(f.get("signtype"))) {
            return refused("不支持的签名方式");
        }
        if (!"02".equals(f.get("authtype"))) {
            return refused("authtype错误");
        }
        Optional<SandboxAcquirerMerchant> merchant = merchants.find(f.get("cusid"));
        if (merchant.isEmpty()) {
            return refused("商户不存在");
        }
        if (!MessageDigest.isEqual(sign(f, merchant.get().key()).getBytes(StandardCharsets.US_ASCII),
                f.get("sign").getBytes(StandardCharsets.UTF_8))) {
            return refused("签名验证失败");
        }
        String identify = f.get("identify");
        if (!blank(identify) && !IDENTIFY.matcher(identify).matches()) {
            return refused("参数错误: identify");
        }
        String appUpIdentifier = "UnionPay/1.0 " + (blank(identify) ? "CloudPay" : identify);
        return switch (codes.redeem(f.get("authcode"))) {
            case UserAuthCodeRedemption.Redeemed redeemed -> success(merchant.get(), f,
                    userIds.userId(appUpIdentifier, redeemed.cardholderId()));
            case UserAuthCodeRedemption.AlreadyUsed used -> refused("授权码已使用");
            case UserAuthCodeRedemption.Expired expired -> refused("授权码已过期");
            case UserAuthCodeRedemption.Unknown unknown -> refused("授权码无效");
        };
    }

    private static Map<String, String> success(SandboxAcquirerMerchant merchant, Map<String, String> request, String userId) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("retcode", "SUCCESS");
        answer.put("cusid", request.get("cusid"));
        answer.put("appid", request.get("appid"));
        answer.put("acct", userId);
        answer.put("randomstr", RandomTokens.alphanumeric(32));
        answer.put("sign", sign(answer, merchant.key()));
        return answer;
    }

    private static Map<String, String> refused(String message) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("retcode", "FAIL");
        answer.put("retmsg", message);
        return answer;
    }

    /** Sorted non-empty fields but sign, with key sorted in; MD5, upper-case hex. */
    static String sign(Map<String, String> fields, String key) {
        Map<String, String> sorted = new TreeMap<>();
        fields.forEach((name, value) -> {
            if (!"sign".equals(name) && !blank(value)) {
                sorted.put(name, value);
            }
        });
        sorted.put("key", key);
        StringBuilder text = new StringBuilder();
        sorted.forEach((name, value) -> text.append(text.isEmpty() ? "" : "&").append(name).append('=').append(value));
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every Java platform", e);
        }
    }

    /** The form's fields; empty when a field is repeated (ambiguous, refused). */
    private static Optional<Map<String, String>> fields(ServerRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> param : request.params().entrySet()) {
            if (param.getValue().size() != 1) {
                return Optional.empty();
            }
            fields.put(param.getKey(), param.getValue().getFirst());
        }
        return Optional.of(fields);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
