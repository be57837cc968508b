package io.payerid.sandbox.wechat;

import io.payerid.sandbox.support.PayerCookie;
import io.payerid.sandbox.support.PayerPicker;

/**
 * Chooses which sandbox user the browser "is": {@code GET {base}/users} lists them and
 * {@code GET {base}/users/select?user=ID[&return=PATH]} sets the cookie, then goes back to
 * {@code return} (or to the list).
 */
public class SandboxUserPickerController extends PayerPicker<SandboxUser> {

    /**
     * Which sandbox user "is holding the phone" in WeChat, set by this picker (or directly by a test);
     * it reaches the open-host paths wherever they are mounted.
     */
    static final PayerCookie COOKIE = new PayerCookie("payerid_sandbox_wechat_user");

    SandboxUserPickerController(SandboxUsers users, SandboxWechatPaths paths) {
        super(users, COOKIE, WechatPages.SHELL, "选择沙箱微信用户", paths.users(), paths.selectUser());
    }

    @Override
    protected String describe(SandboxUser user) {
        String where = String.join(" ", user.country(), user.province(), user.city()).trim();
        return user.id() + (where.isEmpty() ? "" : " · " + where) + (user.snapshot() ? " · 快照页虚拟用户" : "");
    }
}
