package cn.gkgateway.identity;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataProtectorTest {

    private final PersonalDataProtector protector = new PersonalDataProtector(key(1), key(2));

    @Test
    void encryptsWithAFreshIvAndDecryptsBack() {
        String first = protector.encrypt("11010519491231002X");
        String second = protector.encrypt("11010519491231002X");
        assertThat(first).isNotEqualTo(second).doesNotContain("1949");
        assertThat(protector.decrypt(first)).isEqualTo("11010519491231002X");
    }

    @Test
    void hashesStablyAndDependsOnTheKey() {
        assertThat(protector.hash("13800138000")).isEqualTo(protector.hash("13800138000")).hasSize(64);
        assertThat(new PersonalDataProtector(key(1), key(3)).hash("13800138000")).isNotEqualTo(protector.hash("13800138000"));
    }

    @Test
    void refusesATamperedValueOrAnotherKey() {
        String sealed = protector.encrypt("13800138000");
        char last = sealed.charAt(10);
        String tampered = sealed.substring(0, 10) + (last == 'A' ? 'B' : 'A') + sealed.substring(11);
        assertThatThrownBy(() -> protector.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PersonalDataProtector(key(9), key(2)).decrypt(sealed)).isInstanceOf(IllegalStateException.class);
    }

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) seed);
        return key;
    }
}
