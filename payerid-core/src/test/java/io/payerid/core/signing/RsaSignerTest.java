package io.payerid.core.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class RsaSignerTest {

    static KeyPair newKeyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    @Test
    void signsAndVerifiesWithKeysGivenAsBase64AndPem() throws Exception {
        KeyPair pair = newKeyPair();
        String privateB64 = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        String publicPem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        String sig = RsaSigner.sign("a=1&b=2", RsaSigner.privateKey(privateB64));
        assertThat(RsaSigner.verify("a=1&b=2", sig, RsaSigner.publicKey(publicPem))).isTrue();
        assertThat(RsaSigner.verify("a=1&b=3", sig, RsaSigner.publicKey(publicPem))).isFalse();
    }

    @Test
    void malformedSignaturesAreFalseNotErrors() throws Exception {
        KeyPair pair = newKeyPair();
        assertThat(RsaSigner.verify("x", "not base64!!", pair.getPublic())).isFalse();
        assertThat(RsaSigner.verify("x", "", pair.getPublic())).isFalse();
        assertThat(RsaSigner.verify("x", "AAAA", pair.getPublic())).isFalse();
    }

    @Test
    void garbageKeysAreRefusedClearly() {
        assertThatThrownBy(() -> RsaSigner.publicKey("abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RsaSigner.publicKey("%%%")).isInstanceOf(IllegalArgumentException.class);
    }
}
