package cn.gkgateway.connectors.govlogin;

import cn.gkgateway.identity.IdNumber;

import java.util.List;

/**
 * A test identity of the government-login stand-in, shown on its login page for the demo.
 *
 * @param level real-name level (实名认证等级) as provincial providers grade it, 1 (self-declared) to 3 (verified in person or by bank card)
 */
public record StandInIdentity(String username, String password, String name, String idNumber, String phone, int level) {

    public static final String PASSWORD = "Gov@123456";

    /** 王建国 (L3) is the demo worker on the water works' roster; 李秀英 (L1) has not completed real-name verification. */
    public static final List<StandInIdentity> DEMO = List.of(
            new StandInIdentity("wangjianguo", PASSWORD, "王建国", id("32101219780512003"), "13800138000", 3),
            new StandInIdentity("lixiuying", PASSWORD, "李秀英", id("32101219820303024"), "13900139001", 1));

    private static String id(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    public String maskedId() {
        return idNumber.substring(0, 4) + "**********" + idNumber.substring(14);
    }
}
