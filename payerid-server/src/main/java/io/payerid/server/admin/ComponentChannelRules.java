package io.payerid.server.admin;

import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.WechatComponentAccount;
import io.payerid.core.tenant.WechatComponentAuthorizer;
import java.util.Base64;

/**
 * What a third-party platform configuration must look like when the operator saves it: WECHAT_COMPONENT only on an
 * institution, with an EncodingAESKey WeChat could have issued (43 base64 characters, 32 bytes); component mode only
 * on a merchant's WECHAT_OA or WECHAT_MINIAPP, naming the authorizer appid and the platform.
 */
final class ComponentChannelRules {

    private ComponentChannelRules() {
    }

    static void checkPlatform(ChannelConfig candidate) {
        if (candidate.ownerType() != OwnerType.INSTITUTION) {
            throw PayerIdException.invalid("WECHAT_COMPONENT is an institution's channel");
        }
        WechatComponentAccount account = WechatComponentAccount.from(candidate);
        String key = account.encodingAesKey().reveal();
        if (key.length() != 43 || !decodesTo32Bytes(key)) {
            // Never echo the value: it is a secret even when malformed.
            throw PayerIdException.invalid("secrets.encodingAesKey must be WeChat's EncodingAESKey: 43 base64 characters");
        }
    }

    static void checkAuthorizer(ChannelConfig candidate) {
        if (candidate.kind() != ChannelKind.WECHAT_OA && candidate.kind() != ChannelKind.WECHAT_MINIAPP) {
            throw PayerIdException.invalid("mode COMPONENT is for WECHAT_OA and WECHAT_MINIAPP only");
        }
        if (candidate.ownerType() != OwnerType.MERCHANT) {
            throw PayerIdException.invalid("mode COMPONENT is a merchant's channel mode");
        }
        WechatComponentAuthorizer.from(candidate);
    }

    private static boolean decodesTo32Bytes(String key) {
        try {
            return Base64.getDecoder().decode(key + "=").length == 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
