package cn.gkgateway.support;

import cn.gkgateway.identity.IdNumber;

import java.util.concurrent.atomic.AtomicInteger;

/** Valid, distinct ID numbers for tests (江都区, born 1985), so reruns and parallel tests never collide. */
public final class TestIdNumbers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 500));

    private TestIdNumbers() {
    }

    public static String next() {
        int n = SEQUENCE.incrementAndGet();
        String first17 = "321012" + "1985" + String.format("%02d", 1 + n / 900 % 12) + String.format("%02d", 1 + n / 30 % 28)
                + String.format("%03d", n % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** The same number with a wrong check character. */
    public static String withWrongCheckDigit(String valid) {
        char wrong = valid.charAt(17) == '1' ? '2' : '1';
        return valid.substring(0, 17) + wrong;
    }
}
