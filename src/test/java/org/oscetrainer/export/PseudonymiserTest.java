package org.oscetrainer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Test
    void isTheFirstFiftyBitsOfTheHmacInBase32() throws Exception {
        // HMAC-SHA256(key, "S1001") computed apart, by openssl:
        // printf S1001 | openssl dgst -sha256 -hmac 0123456789abcdef0123456789abcdef
        String hex = "9433a56598a8c8b25a953e064f3b503662115fb8abbdb8b396147034fa0362a1";
        long first50 = new BigInteger(hex.substring(0, 14), 16).shiftRight(6).longValueExact();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder expected = new StringBuilder();
        for (int shift = 45; shift >= 0; shift -= 5) {
            expected.append(alphabet.charAt((int) (first50 >> shift) & 31));
        }
        assertThat(HexFormat.of().parseHex(hex)).hasSize(32);
        assertThat(new Pseudonymiser(KEY).student("S1001")).isEqualTo("P-" + expected);
    }

    @Test
    void sameKeySameStudentSamePseudonym() {
        assertThat(new Pseudonymiser(KEY).student("S1001")).isEqualTo(new Pseudonymiser(KEY.clone()).student("S1001"))
                .isNotEqualTo(new Pseudonymiser(KEY).student("S1002"));
        byte[] other = KEY.clone();
        other[0] ^= 1;
        assertThat(new Pseudonymiser(other).student("S1001")).isNotEqualTo(new Pseudonymiser(KEY).student("S1001"));
    }

    @Test
    void examinersAreHashedApartFromStudents() {
        Pseudonymiser p = new Pseudonymiser(KEY);
        assertThat(p.examiner("S1001")).startsWith("E-").isNotEqualTo("E-" + p.student("S1001").substring(2));
    }

    @Test
    void refusesAShortKeyAndCopiesTheKey() {
        assertThatThrownBy(() -> new Pseudonymiser(new byte[15])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pseudonymiser(null)).isInstanceOf(IllegalArgumentException.class);
        byte[] key = KEY.clone();
        Pseudonymiser p = new Pseudonymiser(key);
        String before = p.student("S1001");
        key[0] ^= 1;
        assertThat(p.student("S1001")).isEqualTo(before);
    }
}
