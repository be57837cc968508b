package io.payerid.core.redirect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NonPublicAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "localhost", "LOCALHOST", "localhost.", "shop.localhost", "a.b.localhost.",
            "127.0.0.1", "127.255.255.254", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255",
            "192.168.1.1", "169.254.169.254", "100.64.0.1", "224.0.0.1", "255.255.255.255", "240.0.0.1",
            "[::1]", "[0:0:0:0:0:0:0:1]", "[::]", "[fe80::1]", "[fc00::1]", "[fd12:3456::1]", "[fec0::1]",
            "[ff02::1]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[::ffff:10.0.0.1]", "[::127.0.0.1]",
            "[64:ff9b::7f00:1]", "[2002:7f00:1::]", "[2002:a9fe:a9fe::1]"})
    void reasonForHostWhenLoopbackPrivateOrLocalThenNamesIt(String host) {
        assertThat(NonPublicAddresses.reasonForHost(host)).as(host).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "shop.example.com", "localhost.example.com", "mylocalhost", "8.8.8.8", "172.32.0.1", "100.128.0.1",
            "[2001:db8::1]", "[2606:4700::1111]", "[::ffff:8.8.8.8]", "[64:ff9b::808:808]"})
    void reasonForHostWhenPublicOrDnsNameThenEmpty(String host) {
        assertThat(NonPublicAddresses.reasonForHost(host)).as(host).isEmpty();
    }

    @Test
    void reasonWhenResolvedAddressIsLoopbackThenLoopback() throws Exception {
        assertThat(NonPublicAddresses.reason(InetAddress.getByName("127.0.0.1"))).contains("loopback");
        assertThat(NonPublicAddresses.reason(InetAddress.getByName("::ffff:127.0.0.1"))).contains("loopback");
        assertThat(NonPublicAddresses.reason(InetAddress.getByName("::127.0.0.1"))).contains("loopback (IPv4 inside IPv6)");
    }
}
