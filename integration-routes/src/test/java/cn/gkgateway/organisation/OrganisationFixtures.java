package cn.gkgateway.organisation;

import java.util.concurrent.atomic.AtomicLong;

/** Distinct names and valid, distinct credit codes for organisation tests, so reruns never collide. */
final class OrganisationFixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 100_000_000L);

    private OrganisationFixtures() {
    }

    static String unique(String name) {
        return name + SEQUENCE.incrementAndGet();
    }

    /** A valid 事业单位 credit code registered in 江都区. */
    static String creditCode() {
        String first17 = "12321012" + String.format("%09d", SEQUENCE.incrementAndGet() % 1_000_000_000L);
        return first17 + CreditCode.checkCharacter(first17);
    }

    static String department(String name, String level, String region, Long parentId) {
        return """
                {"kind":"DEPARTMENT","name":"%s","category":"ADMINISTRATIVE","jurisdictionLevel":"%s","regionCode":"%s","parentId":%s}
                """.formatted(name, level, region, parentId);
    }

    static String unit(String name, String creditCode, String region, Long supervisorId, Long parentId) {
        return """
                {"kind":"UNIT","name":"%s","creditCode":"%s","category":"PUBLIC_INSTITUTION","jurisdictionLevel":"DISTRICT",
                 "regionCode":"%s","supervisorId":%s,"parentId":%s}
                """.formatted(name, creditCode, region, supervisorId, parentId);
    }
}
