package cn.gkgateway.accounts;

import java.security.SecureRandom;

/** Random temporary passwords that meet the password rules: 12 characters, letters and digits, no look-alikes (0/O, 1/l/I). */
final class TemporaryPasswords {

    private static final String LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            String from = i % 4 == 3 ? DIGITS : LETTERS;
            password.append(from.charAt(RANDOM.nextInt(from.length())));
        }
        return password.toString();
    }
}
