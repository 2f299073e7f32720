package cn.gkgateway.declaration;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The thesis rule of seed 004: "论文文件名称需与所填写的论文标题保持一致". A file name (its extension
 * removed) matches the declared title when both read the same after this normalisation: Unicode NFKC
 * (full-width letters, digits, punctuation and the ideographic space become their half-width forms),
 * every run of whitespace one space, surrounding whitespace removed, Latin letters compared without case,
 * and the characters a stored file name cannot keep ({@code \ / : * ? " < > | ' & ; % `}, which uploads
 * turn into {@code _}) counted as {@code _} on both sides.
 */
public final class ThesisTitle {

    private static final String UNKEPT = "\\/:*?\"<>|'&;%`";
    private static final String WINDOWS_FORBIDDEN = "\\/:*?\"<>|";

    private ThesisTitle() {
    }

    /** Whether the file name {@code fileName} (with its extension) matches {@code title}. */
    public static boolean matches(String title, String fileName) {
        return title != null && fileName != null && normalise(title).equals(normalise(withoutExtension(fileName)));
    }

    /** The file name without its last extension ("论文.docx" → "论文"). */
    public static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(UNKEPT.indexOf(c) >= 0 ? '_' : c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether a title holds a half-width character no Windows file name may hold (so no file could match it). */
    static boolean hasForbiddenFileNameCharacters(String title) {
        return title.chars().anyMatch(c -> WINDOWS_FORBIDDEN.indexOf(c) >= 0);
    }
}
