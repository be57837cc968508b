package io.payerid.server.dialect.jucai;

import io.payerid.server.web.RetryAfterHeader;
import io.payerid.core.crypto.RandomText;
import io.payerid.core.error.PayerIdException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Seed 000's answer, successes and failures alike: HTTP 200,
 * {@code {"code","msg","data":{returnCode, returnMsg, termId, randomStr, orgId, mchNo, mchOrderNo, appid,
 * openid, subAppid, subOpenid},"sign"}} in the seed's order, every data key present ({@code ""} when empty),
 * signed with the app's key whenever the app is known.
 */
final class JucaiAnswers {

    private static final RandomText RANDOM_STR = RandomText.over(RandomText.UPPERCASE_ALPHANUMERIC);

    private JucaiAnswers() {
    }

    /** What the answer echoes from the request. */
    private record Echo(String termId, String mchNo, String mchOrderNo) {
    }

    static ResponseEntity<Map<String, Object>> success(JucaiApp app, JucaiRequest request, JucaiPayer payer) {
        JucaiReturnCode ok = JucaiReturnCodes.SUCCESS;
        Map<String, String> data = data(ok.returnCode(), JucaiReturnCodes.SUCCESS_MSG, app,
                new Echo(request.termId(), request.mchNo(), request.mchOrderNo()), payer);
        return respond(envelope(ok, data, app));
    }

    /**
     * @param app    the app the request named, or null when it is unknown (the answer is then unsigned)
     * @param params the request's fields as far as they were read
     */
    static ResponseEntity<Map<String, Object>> failure(PayerIdException error, JucaiApp app, Map<String, String> params) {
        JucaiReturnCode row = JucaiReturnCodes.of(error.code());
        Echo echo = new Echo(params.getOrDefault("termId", ""), params.getOrDefault("mchNo", ""),
                params.getOrDefault("mchOrderNo", ""));
        Map<String, String> data = data(row.returnCode(), error.detail(), app, echo, new JucaiPayer(null, null, null, null));
        return RetryAfterHeader.added(respond(envelope(row, data, app)), error.retryAfterSeconds());
    }

    private static Map<String, String> data(String returnCode, String returnMsg, JucaiApp app, Echo echo, JucaiPayer payer) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("returnCode", returnCode);
        data.put("returnMsg", returnMsg);
        data.put("termId", echo.termId());
        data.put("randomStr", randomStr());
        data.put("orgId", app == null ? "" : app.institution().instNo());
        data.put("mchNo", echo.mchNo());
        data.put("mchOrderNo", echo.mchOrderNo());
        data.put("appid", payer.appid());
        data.put("openid", payer.openid());
        data.put("subAppid", payer.subAppid());
        data.put("subOpenid", payer.subOpenid());
        return data;
    }

    private static Map<String, Object> envelope(JucaiReturnCode row, Map<String, String> data, JucaiApp app) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", row.code());
        body.put("msg", row.msg());
        body.put("data", data);
        body.put("sign", app == null ? "" : app.sign(signedFields(app.rules().responseSign(), row, data)));
        return body;
    }

    /** DATA: the data fields (jeepay-style). ENVELOPE: code and msg too, all as one flat set of names. */
    private static Map<String, String> signedFields(JucaiResponseSignScope scope, JucaiReturnCode row, Map<String, String> data) {
        if (scope == JucaiResponseSignScope.DATA) {
            return data;
        }
        Map<String, String> fields = new LinkedHashMap<>(data);
        fields.put("code", Integer.toString(row.code()));
        fields.put("msg", row.msg());
        return fields;
    }

    /** 32 characters of A-Z0-9, like the seed's {@code 58H6XIKWXXNUVDVP9IZWX1NAQ8U6HUWD}. */
    private static String randomStr() {
        return RANDOM_STR.next(32);
    }

    private static ResponseEntity<Map<String, Object>> respond(Map<String, Object> body) {
        // An answer carries a payer's id: no intermediary may keep a copy.
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore()).body(body);
    }
}
