package io.payerid.sandbox.alipay;

import java.util.Map;

/** The user_id / open_id / union_id fields an app's identity mode calls for, shared by both methods. */
final class UserIdentityFields {

    private UserIdentityFields() {
    }

    static void put(Map<String, Object> node, AlipayIds ids, SandboxAlipayApp app, SandboxAlipayUser user) {
        if (app.identityMode().returnsUserId()) {
            node.put("user_id", ids.userId(user));
        }
        if (app.identityMode().returnsOpenId()) {
            node.put("open_id", ids.openId(app, user));
        }
        ids.unionId(app, user).ifPresent(unionId -> node.put("union_id", unionId));
    }
}
