package io.payerid.core.tenant;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;

/**
 * Which acquirer interface redeems a UNIONPAY channel's userAuthCodes (setting {@code acquirer}): the
 * 条码支付综合前置平台's {@code pay.unionpay.userid} (default) or 通联收银宝's {@code unitorder/authcodetouserid}.
 */
public enum UnionPayAcquirerForm {
    QRC_PREFRONT("qrc-prefront"),
    ALLINPAY("allinpay");

    public static final String SETTING = "acquirer";

    private final String settingValue;

    UnionPayAcquirerForm(String settingValue) {
        this.settingValue = settingValue;
    }

    public String settingValue() {
        return settingValue;
    }

    public static UnionPayAcquirerForm of(ChannelConfig config) {
        String value = config.setting(SETTING).orElse(QRC_PREFRONT.settingValue);
        for (UnionPayAcquirerForm form : values()) {
            if (form.settingValue.equals(value)) {
                return form;
            }
        }
        throw new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED,
                "UnionPay acquirer configuration has an unknown settings." + SETTING + " (qrc-prefront or allinpay)");
    }
}
