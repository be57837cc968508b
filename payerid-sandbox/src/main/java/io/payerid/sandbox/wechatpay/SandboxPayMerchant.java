package io.payerid.sandbox.wechatpay;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A sandbox WeChat Pay merchant (商户号): its API key (商户平台 API 密钥, which signs v2 requests and
 * answers) and appid. A merchant with sub-merchants is a service provider (服务商), and its requests
 * must name one of them in {@code sub_mch_id}.
 */
public record SandboxPayMerchant(String mchId, String apiKey, String appid, List<SandboxSubMerchant> subMerchants) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    public SandboxPayMerchant {
        if (mchId == null || !ID.matcher(mchId).matches()) {
            throw new IllegalArgumentException("mchId must match " + ID + ": " + mchId);
        }
        if (appid == null || !ID.matcher(appid).matches()) {
            throw new IllegalArgumentException("appid must match " + ID + ": " + appid);
        }
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey must not be blank for mchId " + mchId);
        }
        subMerchants = subMerchants == null ? List.of() : List.copyOf(subMerchants);
    }

    public boolean serviceProvider() {
        return !subMerchants.isEmpty();
    }

    public Optional<SandboxSubMerchant> subMerchant(String subMchId) {
        return subMerchants.stream().filter(sub -> sub.subMchId().equals(subMchId)).findFirst();
    }

    @Override
    public String toString() {
        // Keep the API key out of logs and error messages.
        return "SandboxPayMerchant[mchId=" + mchId + ", appid=" + appid + ", subMerchants=" + subMerchants + "]";
    }
}
