package cn.gkgateway.rosterimport;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.rosterimport.internal.StoredRow;

import java.util.ArrayList;
import java.util.List;

/** Turns checked rows into stored rows and back: personal values encrypted, faults ({@link RowFault#join}) and cells as text. */
final class ImportStore {

    private static final char FIELD = '\u001f';

    private ImportStore() {
    }

    /** {@code hash} is the keyed hash of the row's ID number (null when the ID was unreadable). */
    static StoredRow stored(CheckedRow row, String hash, PersonalDataProtector protector) {
        ImportedPerson person = row.person();
        if (person != null) {
            return new StoredRow(row.rowNumber(), true, person.name(), protector.encrypt(person.idNumber().value()),
                    hash, person.idNumber().masked(), person.idNumber().sex(),
                    person.idNumber().birthDate(), person.phone() == null ? null : protector.encrypt(person.phone().value()),
                    person.phone() == null ? null : person.phone().masked(), person.workTypeCode(), person.level().name(),
                    person.levelYear(), person.workStart().text(), person.establishment().name(), null, null);
        }
        ImportedPerson parsed = row.parsed();
        StringBuilder cells = new StringBuilder();
        for (String cell : row.cells()) {
            cells.append(cell == null ? "" : cell).append(FIELD);
        }
        String name = parsed == null || parsed.name() == null ? null : parsed.name();
        return new StoredRow(row.rowNumber(), false, name, null, null, parsed == null ? null : parsed.idNumber().masked(),
                null, null, null, null, null, null, null, null, null, RowFault.join(row.faults()), protector.encrypt(cells.toString()));
    }

    static ImportRowView view(StoredRow row) {
        List<RowFault> faults = RowFault.split(row.faults());
        String level = row.level() == null ? null : Level.valueOf(row.level()).displayName();
        return new ImportRowView(row.lineNo(), row.name(), row.idNumberMasked(), row.sex(), row.phoneMasked(),
                row.workTypeCode(), level, row.levelYear(), row.workStart(), faults);
    }

    /** The cells of a rejected row in template order, decrypted. */
    static List<String> cells(String cipher, PersonalDataProtector protector) {
        String plain = protector.decrypt(cipher);
        List<String> cells = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < plain.length(); i++) {
            if (plain.charAt(i) == FIELD) {
                cells.add(plain.substring(start, i));
                start = i + 1;
            }
        }
        return cells;
    }
}
