package cn.gkgateway.identity;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Encrypts personal data at rest (AES-256-GCM, a fresh IV per value) and computes a keyed
 * hash (HMAC-SHA256) for exact look-ups without decrypting. The two keys are different and
 * come from configuration; losing the encryption key loses the data.
 */
public final class PersonalDataProtector {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();
    /**
     * One cipher and one MAC per thread, reused: a new cipher per call recomputes the AES key
     * schedule every time (the import of 100,000 rows encrypts 200,000 values). Each encryption
     * still gets its own random IV.
     */
    private final ThreadLocal<Cipher> encryptors = ThreadLocal.withInitial(PersonalDataProtector::newCipher);
    /** The same for decryption (an export of 100,000 lines decrypts 200,000 values). */
    private final ThreadLocal<Cipher> decryptors = ThreadLocal.withInitial(PersonalDataProtector::newCipher);
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public PersonalDataProtector(byte[] encryptionKey, byte[] hashKey) {
        if (encryptionKey.length != 32 || hashKey.length < 32) {
            throw new IllegalArgumentException("encryption key must be 32 bytes, hash key at least 32 bytes");
        }
        this.encryptionKey = new SecretKeySpec(encryptionKey, "AES");
        this.hashKey = new SecretKeySpec(hashKey, "HmacSHA256");
    }

    /** Base64 of IV followed by ciphertext and tag. */
    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = encryptors.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String encoded) {
        try {
            byte[] all = Base64.getDecoder().decode(encoded);
            Cipher cipher = decryptors.get();
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed: wrong key or tampered value", e);
        }
    }

    /** A file's bytes sealed with the same key as {@link #encrypt}: IV followed by ciphertext and tag. */
    public byte[] encryptBytes(byte[] plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public byte[] decryptBytes(byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed: wrong key or tampered value", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available", e);
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Lower-case hex HMAC-SHA256: equal inputs give equal hashes, for unique keys and look-ups. */
    public String hash(String plain) {
        return HexFormat.of().formatHex(macs.get().doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    }
}
