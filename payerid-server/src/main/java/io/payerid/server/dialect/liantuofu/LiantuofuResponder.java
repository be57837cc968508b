package io.payerid.server.dialect.liantuofu;

import io.payerid.core.flow.FlowCompletion;
import io.payerid.core.flow.PayerIdentity;
import io.payerid.core.flow.PayerProfile;
import io.payerid.core.flow.Scope;
import io.payerid.core.redirect.RedirectUris;
import io.payerid.server.oauth.FlowResponder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed 001's answer: {@code openId} appended to redirectUri; for scope USER also {@code json}, the
 * URL-encoded user JSON in the seed's field order. The seed defines no error redirect and its
 * answers are unsigned, so failures show the payer page instead of unverifiable error parameters.
 */
@Component
public class LiantuofuResponder implements FlowResponder {

    public static final String DIALECT = "liantuofu-001";

    private final JsonMapper json;

    public LiantuofuResponder(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String dialect() {
        return DIALECT;
    }

    @Override
    public String redirectFor(FlowCompletion completion) {
        if (!completion.succeeded()) {
            throw completion.error();
        }
        PayerIdentity identity = completion.identity();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("openId", identity.openId());
        if (completion.context().scope() == Scope.USERINFO) {
            params.put("json", json.writeValueAsString(userJson(identity)));
        }
        return RedirectUris.appendQuery(completion.context().redirectUri(), params);
    }

    /** The seed's example: openid, nickname, sex, city, province, country, headimgurl, unionid, language, authUser. */
    private static Map<String, Object> userJson(PayerIdentity identity) {
        PayerProfile p = identity.profile() == null
                ? new PayerProfile(null, null, null, null, null, null, null) : identity.profile();
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("openid", identity.openId());
        user.put("nickname", p.nickname());
        user.put("sex", p.sex());
        user.put("city", p.city());
        user.put("province", p.province());
        user.put("country", p.country());
        user.put("headimgurl", p.avatarUrl());
        user.put("unionid", identity.unionId());
        user.put("language", p.language());
        user.put("authUser", true);
        return user;
    }
}
