package io.payerid.sandbox.alipay;

import io.payerid.sandbox.support.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Base of the Alipay sandbox's HTTP-level tests: one shared application on a random port, with three
 * sandbox users, the third one's nickname full of JSON metacharacters.
 */
@SpringBootTest(classes = AlipaySandboxTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "payerid.sandbox.alipay.users[0].id=alice",
                "payerid.sandbox.alipay.users[0].nick-name=爱丽丝",
                "payerid.sandbox.alipay.users[0].gender=F",
                "payerid.sandbox.alipay.users[0].province=上海",
                "payerid.sandbox.alipay.users[0].city=上海市",
                "payerid.sandbox.alipay.users[0].avatar=https://tfs.alipayobjects.com/images/partner/alice.png",
                "payerid.sandbox.alipay.users[1].id=bob",
                "payerid.sandbox.alipay.users[1].nick-name=鲍勃",
                "payerid.sandbox.alipay.users[1].gender=M",
                "payerid.sandbox.alipay.users[2].id=tricky",
                "payerid.sandbox.alipay.users[2].nick-name=\"引号\"{花括号}}\\\\反斜杠/斜杠",
                "payerid.sandbox.alipay.users[2].gender=M",
                "payerid.sandbox.alipay.users[2].avatar=https://example.com/a/{b}/\"c\".png",
        })
abstract class AlipaySandboxTest {

    static final String CALLBACK = "https://merchant.example/alipay/callback";
    static final String BASE = "/sandbox/alipay";

    @Value("${local.server.port}")
    int port;

    @Autowired
    SandboxAlipayApps apps;

    @Autowired
    MovableClock clock;

    String root() {
        return "http://127.0.0.1:" + port;
    }

    String gatewayUrl() {
        return root() + BASE + "/gateway.do";
    }
}
