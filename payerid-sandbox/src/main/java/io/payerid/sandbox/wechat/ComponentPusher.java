package io.payerid.sandbox.wechat;

import io.payerid.sandbox.support.RandomTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts WeChat's pushes to a platform's authorization-event URL, as WeChat does: {@code POST
 * pushUrl?signature&timestamp&nonce&encrypt_type=aes&msg_signature}, body {@code <xml><AppId/><Encrypt/></xml>}, the
 * event inside encrypted ({@link ComponentMessageCrypto}). The answer must be {@code success}; WeChat would retry.
 */
class ComponentPusher {

    private static final Logger log = LoggerFactory.getLogger(ComponentPusher.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final SandboxComponents components;
    private final Clock clock;

    ComponentPusher(SandboxComponents components, Clock clock) {
        this.components = components;
        this.clock = clock;
    }

    /** Issues a new ticket and pushes it; the platform's answer ("success" when it took it). */
    Delivery pushTicket(SandboxComponent component) {
        return post(component, prepareTicket(component));
    }

    /** A new ticket's push, prepared but not posted. */
    PreparedPush prepareTicket(SandboxComponent component) {
        Map<String, String> event = event(component, "component_verify_ticket");
        event.put("ComponentVerifyTicket", components.issueTicket(component.appid()));
        return prepare(component, event);
    }

    /** authorized / updateauthorized / unauthorized for one account. */
    Delivery pushAuthorization(SandboxComponent component, String infoType, String authorizerAppId, String authCode) {
        Map<String, String> event = event(component, infoType);
        event.put("AuthorizerAppid", authorizerAppId);
        if (authCode != null) {
            event.put("AuthorizationCode", authCode);
            event.put("AuthorizationCodeExpiredTime", String.valueOf(clock.instant().getEpochSecond() + components.authCodeSeconds()));
        }
        return post(component, prepare(component, event));
    }

    /** The push exactly as WeChat would post it (tests post it themselves, twice, tampered…). */
    private PreparedPush prepare(SandboxComponent component, Map<String, String> event) {
        String encrypt = ComponentMessageCrypto.encrypt(component.encodingAesKey(), component.appid(), xml(event));
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        String nonce = RandomTokens.alphanumeric(10);
        String query = "timestamp=" + timestamp + "&nonce=" + nonce + "&encrypt_type=aes&msg_signature="
                + ComponentMessageCrypto.signature(component.token(), timestamp, nonce, encrypt);
        String body = "<xml><AppId><![CDATA[" + component.appid() + "]]></AppId><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt></xml>";
        return new PreparedPush(query, body);
    }

    private Delivery post(SandboxComponent component, PreparedPush push) {
        if (component.pushUrl() == null) {
            return new Delivery(0, "no push URL");
        }
        String separator = component.pushUrl().contains("?") ? "&" : "?";
        HttpRequest request = HttpRequest.newBuilder(URI.create(component.pushUrl() + separator + push.query()))
                .timeout(Duration.ofSeconds(5)).header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(push.body())).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Delivery(response.statusCode(), response.body());
        } catch (IOException e) {
            log.info("Sandbox push to component {} failed: {}", component.appid(), e.toString());
            return new Delivery(0, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery(0, "interrupted");
        }
    }

    private Map<String, String> event(SandboxComponent component, String infoType) {
        Map<String, String> event = new LinkedHashMap<>();
        event.put("AppId", component.appid());
        event.put("CreateTime", String.valueOf(clock.instant().getEpochSecond()));
        event.put("InfoType", infoType);
        return event;
    }

    private static String xml(Map<String, String> fields) {
        StringBuilder xml = new StringBuilder("<xml>");
        fields.forEach((name, value) -> xml.append('<').append(name).append("><![CDATA[").append(value)
                .append("]]></").append(name).append('>'));
        return xml.append("</xml>").toString();
    }

    record PreparedPush(String query, String body) {
    }

    record Delivery(int status, String answer) {
        boolean accepted() {
            return status == 200 && "success".equals(answer.trim());
        }
    }
}
