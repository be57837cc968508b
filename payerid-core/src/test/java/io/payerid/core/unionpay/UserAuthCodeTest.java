package io.payerid.core.unionpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import org.junit.jupiter.api.Test;

class UserAuthCodeTest {

    @Test
    void wellEncodedCodesPassUnchanged() {
        assertThat(UserAuthCode.normalize("uskMsSXHS1KBLHZ90+iDzA==")).isEqualTo("uskMsSXHS1KBLHZ90+iDzA==");
        assertThat(UserAuthCode.normalize("Y/uPmzGRTDuU3eNSzpepYg==")).isEqualTo("Y/uPmzGRTDuU3eNSzpepYg==");
        assertThat(UserAuthCode.normalize("3f2504e0-4f89-11d3-9a0c-0305e82c3301")).isEqualTo("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    }

    @Test
    void aPlusDecodedIntoASpaceIsRestored() {
        assertThat(UserAuthCode.normalize("uskMsSXHS1KBLHZ90 iDzA==")).isEqualTo("uskMsSXHS1KBLHZ90+iDzA==");
        assertThat(UserAuthCode.normalize("a b c ")).isEqualTo("a+b+c+");
    }

    @Test
    void missingIsAnInvalidRequest() {
        for (String missing : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> UserAuthCode.normalize(missing))
                    .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
        }
    }

    @Test
    void somethingUnionPayCannotHaveIssuedIsAnInvalidCode() {
        for (String bad : new String[] {"a".repeat(UserAuthCode.MAX_LENGTH + 1), "abc\ndef", "码码", "abc\u0000"}) {
            assertThatThrownBy(() -> UserAuthCode.normalize(bad))
                    .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.AUTH_CODE_INVALID));
        }
        assertThat(UserAuthCode.normalize("a".repeat(UserAuthCode.MAX_LENGTH))).hasSize(UserAuthCode.MAX_LENGTH);
    }
}
