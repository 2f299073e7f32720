package cn.gkgateway.quota;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotaAllowanceTest {

    @Test
    void placesFollowTheTechnicianHeadCount() {
        assertThat(QuotaLedger.allowed(20, true)).isEqualTo(3);
        assertThat(QuotaLedger.allowed(19, false)).isEqualTo(2);
        assertThat(QuotaLedger.allowed(10, true)).isEqualTo(2);
        assertThat(QuotaLedger.allowed(9, false)).isEqualTo(1);
        assertThat(QuotaLedger.allowed(5, true)).isEqualTo(1);
        assertThat(QuotaLedger.allowed(4, false)).isEqualTo(1);
        assertThat(QuotaLedger.allowed(4, true)).isZero();
        assertThat(QuotaLedger.allowed(0, false)).isEqualTo(1);
    }
}
