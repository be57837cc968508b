package io.payerid.sandbox.alipay;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code POST {base}/gateway.do}: the OpenAPI v1 common request. Reads parameters from the query string
 * and the form body together, checks the common ones in Alipay's order (missing → 40001, then app_id,
 * charset, sign_type, the RSA2 signature with the app's registered key, timestamp, version →
 * 40002), resolves a service provider's app_auth_token (20001), then hands over to the method.
 * Every answer, errors included, is HTTP 200 and signed (see {@link SignedGatewayResponses}).
 */
public class AlipayGatewayController {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<String> REQUIRED = List.of("method", "app_id", "charset", "sign_type", "sign", "timestamp", "version");

    private final SandboxAlipayApps apps;
    private final Map<String, GatewayMethod> methods;
    private final SignedGatewayResponses responses;

    AlipayGatewayController(SandboxAlipayApps apps, List<GatewayMethod> methods, SignedGatewayResponses responses) {
        this.apps = apps;
        this.methods = methods.stream().collect(Collectors.toMap(GatewayMethod::name, Function.identity()));
        this.responses = responses;
    }

    ServerResponse handle(ServerRequest servletRequest) {
        GatewayRequest request = new GatewayRequest(firstValues(servletRequest));
        String successNode = request.method() == null ? SignedGatewayResponses.ERROR_NODE : request.responseNode();
        return responses.respond(successNode, answer(request));
    }

    /** Alipay's 20000 "Service Currently Unavailable", signed like any answer (the injected BUSY fault). */
    ServerResponse busy(ServerRequest servletRequest) {
        GatewayRequest request = new GatewayRequest(firstValues(servletRequest));
        String successNode = request.method() == null ? SignedGatewayResponses.ERROR_NODE : request.responseNode();
        return responses.respond(successNode, GatewayAnswer.failure(GatewayError.unavailable()));
    }

    GatewayAnswer answer(GatewayRequest request) {
        Optional<GatewayError> missing = firstMissing(request);
        if (missing.isPresent()) {
            return GatewayAnswer.failure(missing.get());
        }
        Optional<SandboxAlipayApp> caller = apps.find(request.appId());
        if (caller.isEmpty()) {
            return GatewayAnswer.failure(GatewayError.invalid("isv.invalid-app-id", "无效的AppID参数"));
        }
        Optional<GatewayError> invalid = firstInvalid(request, caller.get());
        if (invalid.isPresent()) {
            return GatewayAnswer.failure(invalid.get());
        }
        Optional<SandboxAlipayApp> actingFor = actingFor(request, caller.get());
        if (actingFor.isEmpty()) {
            return GatewayAnswer.failure(GatewayError.tokenRejected("aop.invalid-app-auth-token", "无效的应用授权令牌"));
        }
        GatewayMethod method = methods.get(request.method());
        if (method == null) {
            return GatewayAnswer.failure(GatewayError.invalid("isv.invalid-method", "不存在的方法名"));
        }
        return method.handle(new GatewayCall(request, caller.get(), actingFor.get()));
    }

    private static Optional<GatewayError> firstMissing(GatewayRequest request) {
        return REQUIRED.stream()
                .filter(name -> request.param(name) == null)
                .findFirst()
                .map(name -> GatewayError.missing(missingSubCode(name), "缺少" + name + "参数"));
    }

    /** Alipay's names: isv.missing-method, isv.missing-app-id, isv.missing-signature, isv.missing-signature-type… */
    private static String missingSubCode(String param) {
        return switch (param) {
            case "sign" -> "isv.missing-signature";
            case "sign_type" -> "isv.missing-signature-type";
            default -> "isv.missing-" + param.replace('_', '-');
        };
    }

    private static Optional<GatewayError> firstInvalid(GatewayRequest request, SandboxAlipayApp app) {
        // Only UTF-8: the sandbox signs its answers over UTF-8 bytes.
        if (!request.param("charset").equalsIgnoreCase("utf-8")) {
            return Optional.of(GatewayError.invalid("isv.invalid-charset", "字符集错误，沙箱仅支持utf-8"));
        }
        if (!request.param("sign_type").toUpperCase(Locale.ROOT).equals("RSA2")) {
            return Optional.of(GatewayError.invalid("isv.invalid-signature-type", "无效的签名类型，沙箱仅支持RSA2"));
        }
        if (!RequestSignature.verify(request, app)) {
            return Optional.of(GatewayError.invalid("isv.invalid-signature", "验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配"));
        }
        if (!validTimestamp(request.param("timestamp"))) {
            return Optional.of(GatewayError.invalid("isv.invalid-timestamp", "非法的时间戳参数"));
        }
        if (!request.param("version").equals("1.0")) {
            return Optional.of(GatewayError.invalid("isv.invalid-version", "非法的版本参数"));
        }
        return Optional.empty();
    }

    /** The caller itself, or in service-provider mode the merchant app that issued the app_auth_token. */
    private Optional<SandboxAlipayApp> actingFor(GatewayRequest request, SandboxAlipayApp caller) {
        String appAuthToken = request.param("app_auth_token");
        return appAuthToken == null ? Optional.of(caller) : apps.authorizedBy(caller.appId(), appAuthToken);
    }

    private static boolean validTimestamp(String value) {
        try {
            LocalDateTime.parse(value, TIMESTAMP);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Map<String, String> firstValues(ServerRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        request.params().forEach((name, values) -> {
            if (!values.isEmpty() && values.getFirst() != null) {
                params.put(name, values.getFirst());
            }
        });
        return params;
    }
}
