package io.payerid.sandbox.alipay;

import io.payerid.sandbox.support.PayerCookie;
import io.payerid.sandbox.support.PayerPicker;

/**
 * Chooses which sandbox Alipay user the browser "is": {@code GET {base}/users} lists them and
 * {@code GET {base}/users/select?user=ID[&return=PATH]} sets the cookie, then goes back to
 * {@code return} (or to the list).
 */
public class SandboxAlipayUserPickerController extends PayerPicker<SandboxAlipayUser> {

    /**
     * Which sandbox Alipay user "is holding the phone", set by this picker (or directly by a test); it
     * reaches the openauth paths wherever they are mounted.
     */
    static final PayerCookie COOKIE = new PayerCookie("payerid_sandbox_alipay_user");

    SandboxAlipayUserPickerController(SandboxAlipayUsers users, SandboxAlipayPaths paths) {
        super(users, COOKIE, AlipayPages.SHELL, "选择沙箱支付宝用户", paths.users(), paths.selectUser());
    }

    @Override
    protected String describe(SandboxAlipayUser user) {
        String where = String.join(" ", user.province(), user.city()).trim();
        return user.id() + (where.isEmpty() ? "" : " · " + where);
    }
}
