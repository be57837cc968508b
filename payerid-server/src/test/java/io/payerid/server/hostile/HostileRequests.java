package io.payerid.server.hostile;

import io.payerid.server.demo.DemoTenant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The hostile variants sent to every endpoint: missing, empty and oversized (100 KB, 5 MB) values, wrong JSON
 * types, arrays, invalid UTF-8, a lone {@code %}, {@code %00}, CR/LF in values and headers, duplicate
 * parameters, wrong and boundary-less content types, a 64 KB URL, and every HTTP method.
 */
final class HostileRequests {

    static final String OPERATOR = "Authorization: Bearer test-operator-token";
    private static final String UA = "User-Agent: Mozilla/5.0 (Linux; Android 13; wv) AppleWebKit/537.36 "
            + "MicroMessenger/8.0.47.2560(0x28002F30) NetType/WIFI Language/zh_CN";
    private static final String HEADERS = UA + "\r\n" + OPERATOR;
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z0-9_]+)(:[^}]*)?}");
    private static final Map<String, String> REAL_VALUES = Map.of("mchNo", DemoTenant.MCH_NO, "instNo", DemoTenant.INST_NO,
            "appId", DemoTenant.APP_ID, "kind", "WECHAT_OA", "channel", "wechat_oa", "appid", DemoTenant.WECHAT_APP_ID);
    private static final String KB100 = "a".repeat(100 * 1024);

    private HostileRequests() {
    }

    static List<HostileRequest> of(Endpoint endpoint) {
        List<HostileRequest> all = new ArrayList<>();
        String method = endpoint.primaryMethod();
        // Reads go to the demo tenant's real records so hostile values reach the code behind the lookups;
        // writes go to records that do not exist, so the suite cannot change what it is probing.
        String path = expand(endpoint.template(), name -> method.equals("GET") ? REAL_VALUES.getOrDefault(name, "abc") : "abc");
        String fakePath = expand(endpoint.template(), name -> "abc");
        List<String> names = endpoint.parameters();

        all.add(new HostileRequest("no parameters", method, path, HEADERS, null));
        for (String m : METHODS) {
            all.add(new HostileRequest("method " + m, m, m.equals("GET") || m.equals("HEAD") ? path : fakePath, HEADERS,
                    m.equals("POST") || m.equals("PUT") ? new byte[0] : null));
        }
        queryVariants(all, method, path, names);
        pathVariants(all, method, endpoint.template());
        headerVariants(all, method, path);
        String bodyMethod = endpoint.takesBody() ? (method.equals("GET") ? "POST" : method) : "POST";
        bodyVariants(all, bodyMethod, fakePath.equals(path) ? path : bodyMethod.equals("POST") && method.equals("POST") ? path : fakePath, names);
        return all;
    }

    private static void queryVariants(List<HostileRequest> all, String method, String path, List<String> names) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("empty values", "");
        values.put("lone percent", "%");
        values.put("percent-NUL", "a%00b");
        values.put("CRLF", "a%0D%0ASet-Cookie:%20x=1%0D%0A%0D%0A<h1>");
        values.put("invalid UTF-8", "%C0%AF%FF%FE");
        values.put("overlong dots", "..%2F..%2F..%2Fetc%2Fpasswd");
        values.put("markup and quotes", "%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%27%7C%60");
        values.put("CJK and emoji", "%E4%BD%A0%E5%A5%BD%F0%9F%98%80");
        values.put("control characters", "%01%02%1B%7F");
        values.put("huge number", "99999999999999999999999999999999");
        values.put("negative number", "-1");
        values.put("javascript URL", "javascript:alert(1)");
        values.put("protocol-relative URL", "//evil.example/x");
        values.put("encoded CRLF in URL", "https://evil.example/%0D%0ALocation:%20https://evil.example/");
        values.forEach((label, value) -> all.add(new HostileRequest(label, method, path + "?" + query(names, n -> value),
                HEADERS, null)));
        all.add(new HostileRequest("duplicate parameters", method, path + "?" + query(names, n -> "one") + "&"
                + query(names, n -> "two"), HEADERS, null));
        all.add(new HostileRequest("array parameters", method, path + "?" + query(names.stream().map(n -> n + "[]").toList(),
                n -> "x"), HEADERS, null));
        all.add(new HostileRequest("names without values", method, path + "?" + String.join("&", names), HEADERS, null));
        all.add(new HostileRequest("100 KB parameter", method, path + "?" + names.getFirst() + "=" + KB100, HEADERS, null));
        all.add(new HostileRequest("64 KB URL", method, path + "?x=" + "b".repeat(64 * 1024), HEADERS, null));
    }

    private static void pathVariants(List<HostileRequest> all, String method, String template) {
        if (!VARIABLE.matcher(template).find()) {
            return;
        }
        Map<String, String> values = Map.of("path lone percent", "%", "path NUL", "%00", "path dot-dot", "..%2F..%2Fadmin",
                "path semicolon", "a;jsessionid=x", "path 5000 chars", "c".repeat(5000), "path invalid UTF-8", "%C0%AF",
                "path CJK", "%E4%BD%A0");
        values.forEach((label, value) -> all.add(new HostileRequest(label, method, expand(template, n -> value), HEADERS, null)));
    }

    private static void headerVariants(List<HostileRequest> all, String method, String path) {
        all.add(new HostileRequest("no headers at all", method, path, "", null));
        all.add(new HostileRequest("garbage bearer", method, path, UA + "\r\nAuthorization: Bearer %00\u00ff" + "x".repeat(3000), null));
        all.add(new HostileRequest("basic auth", method, path, UA + "\r\nAuthorization: Basic Og==", null));
        all.add(new HostileRequest("CR inside a header", method, path, UA + "\r\nX-Test: a\rb\r\n" + OPERATOR, null));
        all.add(new HostileRequest("100 KB header", method, path, HEADERS + "\r\nX-Big: " + KB100, null));
        all.add(new HostileRequest("forwarded garbage", method, path, HEADERS + "\r\nX-Forwarded-For: %, ::::, <x>\r\n"
                + "X-Forwarded-Host: evil.example:99999\r\nX-Forwarded-Proto: gopher\r\nX-Forwarded-Port: -1", null));
        all.add(new HostileRequest("odd accept", method, path, HEADERS + "\r\nAccept: application/x-nonsense;q=abc, */*;q=-1\r\n"
                + "Accept-Language: %%%\r\nAccept-Charset: klingon", null));
        all.add(new HostileRequest("garbage cookies", method, path, HEADERS + "\r\nCookie: =;;;a=\"\\\"; JSESSIONID=%00", null));
        all.add(new HostileRequest("empty user agent", method, path, "User-Agent: \r\n" + OPERATOR, null));
        all.add(new HostileRequest("10 KB user agent", method, path, "User-Agent: MicroMessenger/" + "9".repeat(10_000)
                + "\r\n" + OPERATOR, null));
    }

    private static void bodyVariants(List<HostileRequest> all, String method, String path, List<String> names) {
        String json = "Content-Type: application/json";
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        bodies.put("JSON empty object", "{}");
        bodies.put("JSON array", "[]");
        bodies.put("JSON string", "\"x\"");
        bodies.put("JSON number", "42");
        bodies.put("JSON null", "null");
        bodies.put("JSON truncated", "{\"" + names.getFirst() + "\":");
        bodies.put("JSON fields as arrays", object(names, n -> "[\"a\",\"b\"]"));
        bodies.put("JSON fields as objects", object(names, n -> "{\"x\":{}}"));
        bodies.put("JSON fields as numbers", object(names, n -> "1e309"));
        bodies.put("JSON fields as booleans", object(names, n -> "true"));
        bodies.put("JSON fields null", object(names, n -> "null"));
        bodies.put("JSON control characters", object(names, n -> "\"a\\u0000b\\r\\nc\""));
        bodies.put("JSON deep nesting", "[".repeat(5000) + "]".repeat(5000));
        bodies.put("JSON duplicate keys", "{\"" + names.getFirst() + "\":\"a\",\"" + names.getFirst() + "\":\"b\"}");
        bodies.forEach((label, body) -> all.add(new HostileRequest(label, method, path, HEADERS + "\r\n" + json,
                body.getBytes(StandardCharsets.UTF_8))));
        all.add(new HostileRequest("JSON 100 KB fields", method, path, HEADERS + "\r\n" + json,
                object(names.subList(0, Math.min(8, names.size())), n -> "\"" + KB100 + "\"").getBytes(StandardCharsets.UTF_8)));
        all.add(new HostileRequest("JSON 5 MB value", method, path, HEADERS + "\r\n" + json,
                ("{\"" + names.getFirst() + "\":\"" + "z".repeat(5 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8)));
        all.add(new HostileRequest("JSON invalid UTF-8", method, path, HEADERS + "\r\n" + json,
                new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, (byte) 0xFF, '"', '}'}));
        all.add(new HostileRequest("JSON with unknown charset", method, path, HEADERS + "\r\nContent-Type: application/json; charset=klingon",
                "{}".getBytes(StandardCharsets.UTF_8)));
        all.add(new HostileRequest("multipart without boundary", method, path, HEADERS + "\r\nContent-Type: multipart/form-data",
                "--x\r\n\r\n".getBytes(StandardCharsets.UTF_8)));
        all.add(new HostileRequest("multipart garbage", method, path, HEADERS + "\r\nContent-Type: multipart/form-data; boundary=zz",
                "--zz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb".getBytes(StandardCharsets.UTF_8)));
        all.add(new HostileRequest("text/plain body", method, path, HEADERS + "\r\nContent-Type: text/plain", "hello".getBytes(StandardCharsets.UTF_8)));
        all.add(new HostileRequest("XML body", method, path, HEADERS + "\r\nContent-Type: application/xml",
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml>&e;</xml>".getBytes(StandardCharsets.UTF_8)));
        all.add(new HostileRequest("form with hostile values", method, path, HEADERS + "\r\nContent-Type: application/x-www-form-urlencoded",
                query(names, n -> "%").getBytes(StandardCharsets.UTF_8)));
        all.add(new HostileRequest("form 3 MB", method, path, HEADERS + "\r\nContent-Type: application/x-www-form-urlencoded",
                query(names.subList(0, Math.min(30, names.size())), n -> KB100).getBytes(StandardCharsets.UTF_8)));
        all.add(new HostileRequest("body without content type", method, path, HEADERS, "{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
    }

    private static String expand(String template, Function<String, String> value) {
        String path = template.replace("/**", "/x").replace("/*", "/x");
        Matcher m = VARIABLE.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value.apply(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String query(List<String> names, Function<String, String> value) {
        return names.stream().map(n -> n + "=" + value.apply(n)).collect(Collectors.joining("&"));
    }

    private static String object(List<String> names, Function<String, String> value) {
        return names.stream().map(n -> "\"" + n + "\":" + value.apply(n)).collect(Collectors.joining(",", "{", "}"));
    }
}
