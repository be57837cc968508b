package io.payerid.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.support.GatewayTest;
import java.net.Socket;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Garbage a browser or client may send (a lone {@code %}, bytes that are not UTF-8, NUL) reaches no 500
 * on any public endpoint. Raw HTTP on a socket, because HTTP client libraries refuse to send such URLs.
 */
class MalformedInputTest extends GatewayTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "GET /v1/oauth/authorize?appId=%00&mchNo=%ff",
            "GET /v1/oauth/authorize?appId=app_demo&mchNo=MCH_DEMO&redirectUri=%",
            "GET /v1/oauth/callback/wechat_oa/k1.abc?code=%&state=%zz",
            "GET /open/wechatUserAuth?merchantCode=MCH_DEMO&redirectUri=%",
            "GET /yfpay/jsapi/getauth2?inst_no=%&mch_no=x",
            "GET /qr/abc?x=%",
            "GET /cgi-bin/token?grant_type=%",
            "GET /wxa/getpaidunionid?access_token=%&openid=%ff",
            "GET /v1/openapi/auth/alipay/go/abc?x=%",
            "GET /admin/v1/callbacks?status=%",
            "GET /sandbox/wallet?url=%"})
    void noServerErrorOnMalformedEncoding(String requestLine) throws Exception {
        assertThat(statusOf(requestLine + " HTTP/1.1")).as(requestLine).isBetween(200, 499);
    }

    private static int statusOf(String requestLine) throws Exception {
        try (Socket socket = new Socket("localhost", PORT)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nUser-Agent: MicroMessenger/8.0\r\n"
                    + "Authorization: Bearer test-operator-token\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
