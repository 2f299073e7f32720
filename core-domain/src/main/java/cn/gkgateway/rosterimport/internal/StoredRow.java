package cn.gkgateway.rosterimport.internal;

import java.time.LocalDate;

/** One row of {@code roster_import_row}: personal values encrypted, hashed and masked; faults as text. */
public record StoredRow(int lineNo, boolean accepted, String name, String idNumberCipher, String idNumberHash,
                        String idNumberMasked, String sex, LocalDate birthDate, String phoneCipher, String phoneMasked,
                        String workTypeCode, String level, Integer levelYear, String workStart, String establishment, String faults,
                        String cellsCipher) {
}
