package io.payerid.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.support.GatewayTest;
import java.util.Arrays;
import org.apache.catalina.Valve;
import org.apache.tomcat.util.buf.ByteChunk;
import org.apache.tomcat.util.buf.MessageBytes;
import org.apache.tomcat.util.http.MimeHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

class HeaderBytesValveTest extends GatewayTest {

    @Autowired
    WebServerApplicationContext context;

    private static MessageBytes text(String value) {
        MessageBytes text = MessageBytes.newInstance();
        text.setString(value);
        return text;
    }

    private static byte[] bytes(ByteChunk chunk) {
        return Arrays.copyOfRange(chunk.getBuffer(), chunk.getStart(), chunk.getEnd());
    }

    @Test
    void engineWhenStartedThenTheValveRunsFirstForEveryConnector() {
        Valve first = ((TomcatWebServer) context.getWebServer()).getTomcat().getEngine().getPipeline().getFirst();
        assertThat(first).isInstanceOf(HeaderBytesValve.class);
    }

    @Test
    void toBytesWhenPrintableAsciiThenTheBytesTomcatItselfWouldWrite() {
        for (String value : new String[] {"Location", "http://localhost:19483/sandbox/wechat/open/connect/oauth2/authorize?"
                + "appid=wxdemo&redirect_uri=http%3A%2F%2Flocalhost%2Fcb#wechat_redirect", "a\tb", " ~", ""}) {
            MessageBytes ours = text(value);
            MessageBytes tomcats = text(value);
            HeaderBytesValve.toBytes(ours);
            tomcats.toBytes();
            assertThat(ours.getType()).as(value).isEqualTo(MessageBytes.T_BYTES);
            assertThat(bytes(ours.getByteChunk())).as(value).isEqualTo(bytes(tomcats.getByteChunk()));
            assertThat(ours.toString()).isEqualTo(value);
        }
    }

    @Test
    void toBytesWhenControlCharacterOrBeyondLatin1ThenLeftForTomcatsOwnHandling() {
        // CR/LF must reach Tomcat's writer as a String: it blanks them (no header injection); it refuses non-Latin-1,
        // and Latin-1 letters beyond ASCII and lone surrogates (which UTF-8 would write as '?') are left to it too.
        for (String value : new String[] {"x\r\nSet-Cookie: stolen=1", "a\nb", "nul\u0000", "del\u007F", "授权", "\u0100", "café",
            "\uD800", "a\uDC00b", "?\uD800?"}) {
            MessageBytes text = text(value);
            HeaderBytesValve.toBytes(text);
            assertThat(text.getType()).as(value).isEqualTo(MessageBytes.T_STR);
        }
    }

    @Test
    void toBytesWhenHeadersThenEveryNameAndValueConverted() {
        MimeHeaders headers = new MimeHeaders();
        headers.addValue("Location").setString("https://example.com/");
        headers.addValue("X-Odd").setString("a\rb");
        HeaderBytesValve.toBytes(headers);
        assertThat(headers.getName(0).getType()).isEqualTo(MessageBytes.T_BYTES);
        assertThat(headers.getValue(0).getType()).isEqualTo(MessageBytes.T_BYTES);
        assertThat(headers.getName(1).getType()).isEqualTo(MessageBytes.T_BYTES);
        assertThat(headers.getValue(1).getType()).isEqualTo(MessageBytes.T_STR);
        assertThat(headers.getHeader("location")).isEqualTo("https://example.com/");
    }
}
