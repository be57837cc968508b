package io.payerid.core.tenant;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * The 通联收银宝 settings of a UNIONPAY channel with {@code acquirer=allinpay}, beside {@code mchId} (通联's
 * {@code cusid}) and {@code secrets.key} (the MD5 key). The facts the public reference could not confirm are
 * settings with the documented values as defaults: the endpoint, the interface {@code version} and the
 * {@code authtype} that selects UnionPay userAuth.
 *
 * @param appId      通联's {@code appid} for the merchant (settings {@code appId}, required)
 * @param orgId      a service provider's {@code orgid}, or null
 * @param gatewayUrl the authcodetouserid endpoint (settings {@code allinpayGatewayUrl})
 * @param version    interface version (settings {@code allinpayVersion}, default {@code 11})
 * @param authType   {@code authtype} of a UnionPay userAuthCode (settings {@code allinpayAuthType}, default {@code 02})
 */
public record AllinpayAccount(String appId, String orgId, URI gatewayUrl, String version, String authType) {

    public static final String APP_ID = "appId";
    public static final String ORG_ID = "orgId";
    public static final String GATEWAY_URL = "allinpayGatewayUrl";
    public static final String VERSION = "allinpayVersion";
    public static final String AUTH_TYPE = "allinpayAuthType";
    public static final String OFFICIAL_GATEWAY = "https://vsp.allinpay.com/apiweb/unitorder/authcodetouserid";

    private static final Pattern SHORT_TOKEN = Pattern.compile("[0-9A-Za-z_.-]{1,32}");

    public static AllinpayAccount from(ChannelConfig config) {
        String appId = token(config, APP_ID, null);
        String orgId = config.setting(ORG_ID).isPresent() ? token(config, ORG_ID, null) : null;
        return new AllinpayAccount(appId, orgId, gateway(config.setting(GATEWAY_URL).orElse(OFFICIAL_GATEWAY)),
                token(config, VERSION, "11"), token(config, AUTH_TYPE, "02"));
    }

    private static String token(ChannelConfig config, String name, String fallback) {
        String value = config.setting(name).orElse(fallback);
        if (value == null || !SHORT_TOKEN.matcher(value).matches()) {
            throw new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED,
                    "UnionPay acquirer configuration (allinpay) has no valid settings." + name);
        }
        return value;
    }

    private static URI gateway(String value) {
        try {
            URI uri = URI.create(value);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED,
                "UnionPay acquirer configuration (allinpay) has no valid settings." + GATEWAY_URL);
    }
}
