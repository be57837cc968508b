package io.payerid.channels.wechat.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.channels.xml.FlatXml;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.WechatComponentAccount;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.junit.jupiter.api.Test;

/**
 * The receiving side of WeChat's message encryption, checked against WxJava's {@link WxCryptUtil} (the field
 * library's implementation of WeChat's published algorithm): what WxJava encrypts and signs, ours reads.
 */
class WechatMessageCryptoTest {

    private static final String TOKEN = "componenttoken";
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final String APP_ID = "wxcomponent0000001";
    private static final String TICKET_XML = "<xml><AppId><![CDATA[" + APP_ID + "]]></AppId><CreateTime>1413192605</CreateTime>"
            + "<InfoType><![CDATA[component_verify_ticket]]></InfoType>"
            + "<ComponentVerifyTicket><![CDATA[ticket@@@abc]]></ComponentVerifyTicket></xml>";

    private final WxCryptUtil wxjava = new WxCryptUtil(TOKEN, AES_KEY, APP_ID);
    private final WechatComponentAccount account = new WechatComponentAccount(APP_ID, Secret.of("s"), Secret.of(TOKEN),
            Secret.of(AES_KEY));

    @Test
    void decryptWhenEncryptedBySdkThenTheMessageAndAValidSignature() {
        Map<String, String> sealed = FlatXml.read(wxjava.encrypt(TICKET_XML).getBytes(StandardCharsets.UTF_8));

        assertThat(WechatMessageCrypto.signatureMatches(TOKEN, sealed.get("TimeStamp"), sealed.get("Nonce"),
                sealed.get("Encrypt"), sealed.get("MsgSignature"))).isTrue();
        assertThat(new String(WechatMessageCrypto.decrypt(AES_KEY, sealed.get("Encrypt"), APP_ID), StandardCharsets.UTF_8))
                .isEqualTo(TICKET_XML);
    }

    @Test
    void readWhenPushEncryptedBySdkThenTicketEvent() {
        Map<String, String> sealed = FlatXml.read(wxjava.encrypt(TICKET_XML).getBytes(StandardCharsets.UTF_8));
        byte[] body = ("<xml><AppId><![CDATA[" + APP_ID + "]]></AppId><Encrypt><![CDATA[" + sealed.get("Encrypt")
                + "]]></Encrypt></xml>").getBytes(StandardCharsets.UTF_8);

        ComponentEvent event = ComponentPushReader.read(account, sealed.get("MsgSignature"), sealed.get("TimeStamp"),
                sealed.get("Nonce"), body);

        assertThat(event.infoType()).isEqualTo(ComponentEvent.VERIFY_TICKET);
        assertThat(event.field("ComponentVerifyTicket")).contains("ticket@@@abc");
        assertThat(event.toString()).doesNotContain("ticket@@@");
    }

    @Test
    void readWhenSignatureOfAnotherTokenThenComponentPushInvalid() {
        Map<String, String> sealed = FlatXml.read(new WxCryptUtil("othertoken", AES_KEY, APP_ID).encrypt(TICKET_XML)
                .getBytes(StandardCharsets.UTF_8));
        byte[] body = ("<xml><Encrypt>" + sealed.get("Encrypt") + "</Encrypt></xml>").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ComponentPushReader.read(account, sealed.get("MsgSignature"), sealed.get("TimeStamp"),
                sealed.get("Nonce"), body))
                .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.COMPONENT_PUSH_INVALID));
    }

    @Test
    void decryptWhenEncryptedForAnotherAppIdThenRefused() {
        String encrypt = FlatXml.read(new WxCryptUtil(TOKEN, AES_KEY, "wxsomeoneelse00001").encrypt(TICKET_XML)
                .getBytes(StandardCharsets.UTF_8)).get("Encrypt");

        assertThatThrownBy(() -> WechatMessageCrypto.decrypt(AES_KEY, encrypt, APP_ID))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another appid");
    }

    @Test
    void decryptWhenNotCiphertextThenRefusedWithoutAnUncheckedCryptoError() {
        assertThatThrownBy(() -> WechatMessageCrypto.decrypt(AES_KEY, "bm90IGEgY2lwaGVydGV4dA==", APP_ID))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WechatMessageCrypto.decrypt(AES_KEY, "%%%", APP_ID))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WechatMessageCrypto.decrypt("short", "AAAA", APP_ID))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
