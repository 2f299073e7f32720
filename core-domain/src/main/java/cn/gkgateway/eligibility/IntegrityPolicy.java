package cn.gkgateway.eligibility;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** No integrity ban: a fraud finding bars the person for three years (see {@link IntegrityRecords}; the finding is in the candidate). */
@Component
@Order(8)
public class IntegrityPolicy implements EligibilityPolicy {

    @Override
    public String name() {
        return "integrity";
    }

    @Override
    public Optional<String> reject(Candidate candidate) {
        return candidate.barredUntil()
                .map(until -> "该人员有弄虚作假诚信记录，" + IntegrityRecords.BAN_YEARS + "年内不得申报等级考评（" + until + "起可再申报）");
    }

    @Override
    public String fix(Candidate candidate) {
        return candidate.barredUntil()
                .map(until -> "请于" + until + "后再申报；如记录有误，请联系当地工考办").orElse(null);
    }
}
