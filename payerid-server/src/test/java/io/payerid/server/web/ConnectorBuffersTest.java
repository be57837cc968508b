package io.payerid.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.server.support.GatewayTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.util.unit.DataSize;

/**
 * Issue 8 item 4: the buffers every in-flight request holds are 2 KB (response, socket) and 1 KB (chunked
 * trailers) instead of Tomcat's 8 KB each, they were most of what a request waiting on a slow upstream cost in
 * heap; an answer larger than the buffer still arrives whole (sent chunked), and an oversized trailer is a 400.
 */
class ConnectorBuffersTest extends GatewayTest {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void connectorWhenStartedThenBuffersAreTheLeanDefaults() {
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        assertThat(connector.getProtocolHandler().getDesiredBufferSize()).isEqualTo(2048);
        assertThat(String.valueOf(connector.getProperty("socket.appReadBufSize"))).isEqualTo("2048");
        assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize"))).isEqualTo("2048");
        assertThat(String.valueOf(connector.getProperty("maxTrailerSize"))).isEqualTo("1024");
    }

    @Test
    void answerWhenLargerThanTheResponseBufferThenArrivesWhole() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "/v3/api-docs"))
                .header("Authorization", "Bearer test-operator-token").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body().length()).isGreaterThan(16 * 2048);
        assertThat(answer.body()).startsWith("{").endsWith("}");
    }

    @Test
    void chunkedBodyWhenTrailerExceedsTheLimitThenBadRequestInTheApisDialect() throws Exception {
        String answer = chunkedPost("X-Trailer: " + "a".repeat(2048) + "\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").contains("\"code\":\"INVALID_REQUEST\"")
                .contains("Missing or malformed parameter");
    }

    @Test
    void chunkedBodyWhenTrailerIsSmallThenTheBodyIsReadAsUsual() throws Exception {
        // The body ({}) was read whole, so the API names what the body lacks.
        assertThat(chunkedPost("X-Trailer: ok\r\n")).contains("appId is required");
    }

    @Test
    void buffersWhenOutsideOneKilobyteToOneMegabyteThenRefusedNamingTheProperty() {
        assertThat(ConnectorBuffers.of(DataSize.ofKilobytes(4), DataSize.ofKilobytes(2), DataSize.ofKilobytes(1)))
                .isEqualTo(new ConnectorBuffers(4096, 2048, 1024));
        assertThatThrownBy(() -> ConnectorBuffers.of(DataSize.ofKilobytes(2), DataSize.ofBytes(512), DataSize.ofKilobytes(1)))
                .hasMessageContaining("payerid.http.socket-buffer-size");
        assertThatThrownBy(() -> ConnectorBuffers.of(DataSize.ofMegabytes(2), DataSize.ofKilobytes(2), DataSize.ofKilobytes(1)))
                .hasMessageContaining("payerid.http.response-buffer-size");
        assertThatThrownBy(() -> ConnectorBuffers.of(DataSize.ofKilobytes(2), DataSize.ofKilobytes(2), DataSize.ofGigabytes(8)))
                .hasMessageContaining("payerid.http.max-trailer-size");
    }

    /** A raw chunked POST of {@code {}} to a JSON API, with {@code trailer} after the last chunk: the whole answer. */
    private String chunkedPost(String trailer) throws Exception {
        String body = "{}";
        String request = "POST /v1/paycode/identity HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n" + trailer + "\r\n";
        try (Socket socket = new Socket("localhost", URI.create(BASE).getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
