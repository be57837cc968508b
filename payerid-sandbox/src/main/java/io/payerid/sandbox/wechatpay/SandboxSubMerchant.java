package io.payerid.sandbox.wechatpay;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A sub-merchant (特约商户) of a sandbox service provider, with the appids bound to it. How many are bound
 * decides the partner sub_appid rule: none → openid only; one → sub_appid optional, sub_openid returned;
 * several → sub_appid mandatory.
 */
public record SandboxSubMerchant(String subMchId, List<String> subAppids) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    public SandboxSubMerchant {
        if (subMchId == null || !ID.matcher(subMchId).matches()) {
            throw new IllegalArgumentException("subMchId must match " + ID + ": " + subMchId);
        }
        subAppids = subAppids == null ? List.of() : List.copyOf(subAppids);
        for (String appid : subAppids) {
            if (appid == null || !ID.matcher(appid).matches()) {
                throw new IllegalArgumentException("sub appid must match " + ID + ": " + appid);
            }
        }
    }

    public boolean binds(String appid) {
        return subAppids.contains(appid);
    }
}
