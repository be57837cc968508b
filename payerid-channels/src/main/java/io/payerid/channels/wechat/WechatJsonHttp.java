package io.payerid.channels.wechat;

import io.payerid.channels.http.BoundedBody;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.client.methods.HttpRequestBase;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;

/**
 * One call of a lean WeChat client over the shared {@link WechatHttpClientBuilder} pool: GET or JSON POST, the answer
 * read up to a cap. URLs may hold a secret or token, so no message names them; {@code what} names the call.
 */
public final class WechatJsonHttp {

    static final int MAX_ANSWER_BYTES = 64 * 1024;

    private WechatJsonHttp() {
    }

    public static String get(String url, String what) {
        return execute(new HttpGet(url), what);
    }

    public static String postJson(String url, String json, String what) {
        HttpPost post = new HttpPost(url);
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        return execute(post, what);
    }

    private static String execute(HttpRequestBase request, String what) {
        try (CloseableHttpResponse response = WechatHttpClientBuilder.shared().build().execute(request)) {
            int status = response.getStatusLine().getStatusCode();
            if (status != 200) {
                // A proxy's or load balancer's page: WeChat itself answers errors with 200 and an errcode.
                throw new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE, "WeChat answered HTTP " + status + " to " + what);
            }
            if (response.getEntity() == null) {
                return "";
            }
            // Read at most one byte past the cap: an answer of any size costs no more memory than that. Too
            // large, the request is aborted: closing the stream would drain the rest to reuse the connection.
            InputStream content = response.getEntity().getContent();
            byte[] body = BoundedBody.read(content, response.getEntity().getContentLength(), MAX_ANSWER_BYTES);
            if (body.length > MAX_ANSWER_BYTES) {
                request.abort();
                throw new PayerIdException(ErrorCode.UPSTREAM_ERROR, "WeChat's " + what + " answer is too large");
            }
            content.close();
            return new String(body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // The URL (it may hold a secret) is kept out of the message; the cause names only the host.
            throw new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE, "WeChat could not be reached for " + what, e);
        }
    }
}
