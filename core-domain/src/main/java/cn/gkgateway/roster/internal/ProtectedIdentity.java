package cn.gkgateway.roster.internal;

import cn.gkgateway.identity.IdNumber;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.PhoneNumber;

import java.time.LocalDate;

/**
 * A worker's ID number and phone as they are stored: encrypted, hashed for look-up, masked for display.
 * Internal to the roster: other features read a worker's stored values through {@code Worker}.
 */
public record ProtectedIdentity(String idNumberCipher, String idNumberHash, String idNumberMasked, String sex,
                         LocalDate birthDate, String phoneCipher, String phoneMasked) {

    public static ProtectedIdentity of(IdNumber idNumber, PhoneNumber phone, PersonalDataProtector protector) {
        return new ProtectedIdentity(protector.encrypt(idNumber.value()), protector.hash(idNumber.value()),
                idNumber.masked(), idNumber.sex(), idNumber.birthDate(),
                phone == null ? null : protector.encrypt(phone.value()), phone == null ? null : phone.masked());
    }
}
