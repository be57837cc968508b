package io.payerid.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.server.support.GatewayTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.util.unit.DataSize;

/**
 * Issue 8 item 4: the buffers every in-flight request holds are 4 KB instead of Tomcat's 8 KB (they were most
 * of what a request waiting on a slow upstream cost in heap), and an answer larger than the buffer still
 * arrives whole (sent chunked).
 */
class ConnectorBuffersTest extends GatewayTest {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void connectorWhenStartedThenResponseAndSocketBuffersAreFourKilobytes() {
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        assertThat(connector.getProtocolHandler().getDesiredBufferSize()).isEqualTo(4096);
        assertThat(String.valueOf(connector.getProperty("socket.appReadBufSize"))).isEqualTo("4096");
        assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize"))).isEqualTo("4096");
    }

    @Test
    void answerWhenLargerThanTheResponseBufferThenArrivesWhole() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "/v3/api-docs"))
                .header("Authorization", "Bearer test-operator-token").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body().length()).isGreaterThan(8 * 4096);
        assertThat(answer.body()).startsWith("{").endsWith("}");
    }

    @Test
    void bufferBytesWhenOutsideOneKilobyteToOneMegabyteThenRefusedNamingTheProperty() {
        assertThat(HttpConnectorConfiguration.bufferBytes("p", DataSize.ofKilobytes(4))).isEqualTo(4096);
        assertThatThrownBy(() -> HttpConnectorConfiguration.bufferBytes("payerid.http.socket-buffer-size", DataSize.ofBytes(512)))
                .hasMessageContaining("payerid.http.socket-buffer-size");
        assertThatThrownBy(() -> HttpConnectorConfiguration.bufferBytes("p", DataSize.ofMegabytes(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
