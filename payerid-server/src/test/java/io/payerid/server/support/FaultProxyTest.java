package io.payerid.server.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fault proxy against a real echo server on loopback. */
class FaultProxyTest {

    private ServerSocket echo;
    private FaultProxy proxy;

    @BeforeEach
    void start() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!echo.isClosed()) {
                try {
                    Socket socket = echo.accept();
                    Thread.ofVirtual().start(() -> {
                        try (socket) {
                            socket.getInputStream().transferTo(socket.getOutputStream());
                        } catch (IOException ignored) {
                            // client gone
                        }
                    });
                } catch (IOException e) {
                    return;
                }
            }
        });
        proxy = FaultProxy.to("127.0.0.1", echo.getLocalPort());
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        echo.close();
    }

    @Test
    void pauseWhenBytesSentThenHeldUntilForwardedAgain() throws IOException {
        try (Socket client = connect()) {
            assertThat(roundTrip(client, "hello")).isEqualTo("hello");
            proxy.pause();
            client.getOutputStream().write("again".getBytes(StandardCharsets.US_ASCII));
            assertThatThrownBy(() -> client.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
            proxy.forward();
            assertThat(new String(client.getInputStream().readNBytes(5), StandardCharsets.US_ASCII)).isEqualTo("again");
        }
    }

    @Test
    void resetWhenConnectionOpenThenClientSeesConnectionReset() throws IOException {
        try (Socket client = connect()) {
            assertThat(roundTrip(client, "hello")).isEqualTo("hello");
            proxy.reset();
            assertThatThrownBy(() -> {
                client.getOutputStream().write(1);
                client.getInputStream().read();
                client.getOutputStream().write(1);
            }).isInstanceOf(SocketException.class);
        }
        proxy.forward();
        try (Socket client = connect()) {
            assertThat(roundTrip(client, "back")).isEqualTo("back");
        }
    }

    @Test
    void garbageWhenBytesSentThenAnsweredWithOtherBytes() throws IOException {
        proxy.garbage();
        try (Socket client = connect()) {
            client.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] answer = client.getInputStream().readNBytes(16);
            assertThat(answer).hasSize(16).isNotEqualTo("PING\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private Socket connect() throws IOException {
        Socket client = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
        client.setSoTimeout(500);
        return client;
    }

    private static String roundTrip(Socket client, String text) throws IOException {
        client.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
        InputStream in = client.getInputStream();
        return new String(in.readNBytes(text.length()), StandardCharsets.US_ASCII);
    }
}
