package io.payerid.channels.unionpay;

import io.payerid.core.tenant.UnionPayAcquirer;
import io.payerid.core.tenant.UnionPayAcquirerForm;
import io.payerid.core.unionpay.AppUpIdentifier;
import io.payerid.core.unionpay.UnionPayUserIdExchange;
import java.util.EnumMap;
import java.util.Map;

/** The {@link UnionPayUserIdExchange} port over every acquirer form: each channel's {@code acquirer} setting picks one. */
public final class UnionPayAcquirerRouter implements UnionPayUserIdExchange, AutoCloseable {

    private final Map<UnionPayAcquirerForm, UnionPayUserIdExchange> forms = new EnumMap<>(UnionPayAcquirerForm.class);

    public UnionPayAcquirerRouter(UnionPayUserIdExchange qrcPrefront, UnionPayUserIdExchange allinpay) {
        forms.put(UnionPayAcquirerForm.QRC_PREFRONT, qrcPrefront);
        forms.put(UnionPayAcquirerForm.ALLINPAY, allinpay);
    }

    @Override
    public String userId(UnionPayAcquirer acquirer, String userAuthCode, AppUpIdentifier appUpIdentifier) {
        return forms.get(acquirer.form()).userId(acquirer, userAuthCode, appUpIdentifier);
    }

    /** Closes the forms' connection pools (Spring calls it when the context closes). */
    @Override
    public void close() throws Exception {
        for (UnionPayUserIdExchange form : forms.values()) {
            if (form instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }
}
