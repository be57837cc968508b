package io.payerid.console.port;

import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The console's "Try it" page, served by the server: whether the sandbox runs (the page exists only then), which
 * browser channels a merchant has configured, a redirect target on its whitelist, and a signed
 * {@code /v1/oauth/authorize} URL made with the app's key exactly as a merchant following the README makes it.
 */
public interface SandboxTrials {

    /** The path of the console's own result page; used only when the merchant's whitelist admits it. */
    String RESULT_PATH = "/console/try/result";

    /** {@code payerid.sandbox.enabled}: without the sandbox there is no wallet to play the payer. */
    boolean enabled();

    /** The browser-flow channels (WeChat OA, Alipay, UnionPay) the merchant or its institution configured. */
    List<ChannelKind> channels(Merchant merchant);

    /** A redirect target the merchant's whitelist admits: the console's result page when listed, else the first. */
    Optional<String> returnUri(Merchant merchant);

    /** @throws io.payerid.core.error.PayerIdException INVALID_REQUEST for an app without a shared key (RSA only) */
    String authorizeUrl(Merchant merchant, MerchantApp app, ChannelKind channel, String redirectUri);

    /** Whether the answer the gateway appended to the redirect target verifies with the app's key. */
    boolean verifies(MerchantApp app, Map<String, String> answer);
}
