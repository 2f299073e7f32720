package cn.gkgateway.rosterimport;

/** Which characters a person's name may hold: Han characters, letters, the middle dot (·, •) and single inner blanks. */
final class NameCharacters {

    private NameCharacters() {
    }

    static boolean allowed(String name) {
        int previous = -1;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            boolean ok = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || Character.isLetter(c)
                    || c == '·' || c == '•' || c == '.' || (c == ' ' && previous != ' ');
            if (!ok) {
                return false;
            }
            previous = c;
            i += Character.charCount(c);
        }
        return true;
    }
}
