package cn.gkgateway.support;

/** Request bodies of the slice, as the pages send them; vary only what a test is about. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A 在编 初级工 (since 2016) worker. */
    public static String worker(String name, String idNumber, String phone, String workTypeCode, String workStartDate) {
        return """
                {"name":"%s","idNumber":"%s","phone":"%s","establishment":"IN_ESTABLISHMENT",
                 "workStartDate":"%s","workTypeCode":"%s","level":"JUNIOR","levelYear":2016}
                """.formatted(name, idNumber, phone, workStartDate, workTypeCode).replace("\n", "");
    }

    /** A 正常申报 with contact and the commitment accepted. */
    public static String declaration(long workerId, String targetLevel, String workTypeCode) {
        return """
                {"workerId":%d,"targetLevel":"%s","workTypeCode":"%s","mode":"NORMAL",
                 "contactName":"陈红梅","contactPhone":"13900001111","commitmentAccepted":true}
                """.formatted(workerId, targetLevel, workTypeCode);
    }
}
