package io.payerid.channels.wechat.component;

import io.payerid.channels.xml.FlatXml;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.WechatComponentAccount;
import java.util.Map;

/**
 * Reads a push to the authorization-event URL: the outer {@code <xml><AppId/><Encrypt/></xml>}, its
 * {@code msg_signature} over token, timestamp, nonce and Encrypt, then the decrypted flat XML. Every failure is
 * COMPONENT_PUSH_INVALID with a reason that holds no part of the body.
 */
public final class ComponentPushReader {

    private ComponentPushReader() {
    }

    public static ComponentEvent read(WechatComponentAccount account, String msgSignature, String timestamp,
                                      String nonce, byte[] body) {
        if (isBlank(msgSignature) || isBlank(timestamp) || isBlank(nonce)) {
            throw invalid("msg_signature, timestamp and nonce are required");
        }
        String encrypt = fields(body, "the push").get("Encrypt");
        if (isBlank(encrypt)) {
            throw invalid("the push has no Encrypt field");
        }
        if (!WechatMessageCrypto.signatureMatches(account.token().reveal(), timestamp, nonce, encrypt, msgSignature)) {
            throw new PayerIdException(ErrorCode.COMPONENT_PUSH_INVALID, "msg_signature does not match");
        }
        byte[] plain;
        try {
            plain = WechatMessageCrypto.decrypt(account.encodingAesKey().reveal(), encrypt, account.componentAppId());
        } catch (IllegalArgumentException e) {
            throw invalid("the Encrypt field does not decrypt for this platform");
        }
        Map<String, String> fields = fields(plain, "the decrypted message");
        String infoType = fields.get("InfoType");
        if (isBlank(infoType)) {
            throw invalid("the decrypted message has no InfoType");
        }
        return new ComponentEvent(infoType.trim(), fields);
    }

    private static Map<String, String> fields(byte[] xml, String what) {
        try {
            return FlatXml.read(xml);
        } catch (IllegalArgumentException e) {
            throw invalid(what + " is not WeChat's flat XML");
        }
    }

    private static PayerIdException invalid(String reason) {
        return new PayerIdException(ErrorCode.COMPONENT_PUSH_INVALID, reason);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
