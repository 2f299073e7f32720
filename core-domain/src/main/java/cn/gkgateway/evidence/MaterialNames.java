package cn.gkgateway.evidence;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The display name of an upload. It is only ever shown, never used to store anything (stored names
 * are generated). Any path is removed; control characters (NUL included) and bidirectional
 * overrides (U+202E "RLO" and friends, which make {@code gpj.exe} look like {@code exe.jpg}) are
 * refused; the extension must be one the material's kind takes, and no part of the name may be an
 * executable or script extension ({@code a.php.jpg}, {@code thesis.docx.exe}). Characters that mean
 * something in HTML, headers or paths ({@code < > " ' & : * ? | `}) become {@code _}.
 */
public final class MaterialNames {

    static final int MAX_LENGTH = 100;

    /** Image and document formats people send that are not taken: refused as unsupported, not as a trick. */
    private static final Set<String> UNSUPPORTED = Set.of("heic", "heif", "hif", "webp", "avif", "gif", "bmp", "tif", "tiff",
            "jfif", "jp2", "raw", "dng", "svg", "wps", "pages", "odt", "rtf", "txt", "xls", "xlsx", "ppt", "pptx", "zip", "rar", "pdf",
            "jpg", "jpeg", "png", "doc", "docx");

    /** Extensions a server, a browser or an operating system may execute or render as active content. */
    private static final Set<String> DANGEROUS = Set.of("php", "php3", "php4", "php5", "php7", "phtml", "phar", "pht", "jsp", "jspx",
            "asp", "aspx", "ashx", "asmx", "cer", "cgi", "pl", "py", "rb", "sh", "bash", "exe", "com", "bat", "cmd", "scr", "pif", "msi",
            "dll", "jar", "js", "mjs", "vbs", "vbe", "jse", "wsf", "wsh", "hta", "ps1", "psm1", "lnk", "reg", "html", "htm", "xhtml",
            "shtml", "svgz", "xml", "xsl", "swf", "docm", "dotm", "xlsm", "pptm", "apk", "app", "elf", "so", "htaccess", "config");

    private MaterialNames() {
    }

    /** The safe display name of {@code raw}, or a FILE_NAME_INVALID / FILE_TYPE_UNSUPPORTED refusal. */
    public static String displayName(String raw, MaterialKind kind) {
        if (raw == null || raw.isBlank()) {
            throw MaterialRefusals.nameInvalid("没有文件名");
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == 0) {
                throw MaterialRefusals.nameInvalid("含有空字符");
            }
            if (Character.isISOControl(c)) {
                throw MaterialRefusals.nameInvalid("含有控制字符");
            }
            if (isBidiControl(c)) {
                throw MaterialRefusals.nameInvalid("含有改变文字方向的隐藏字符");
            }
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        // trailing dots and spaces are dropped by Windows: "a.exe." would run as a.exe
        while (name.endsWith(".") || name.endsWith(" ")) {
            name = name.substring(0, name.length() - 1);
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            throw MaterialRefusals.nameInvalid("缺少扩展名（如 ." + kind.extensions().get(0) + "）");
        }
        String[] parts = name.toLowerCase(Locale.ROOT).split("\\.");
        for (int i = 1; i < parts.length; i++) {
            if (DANGEROUS.contains(parts[i].strip())) {
                throw MaterialRefusals.nameInvalid("含有可执行或脚本类扩展名（." + parts[i].strip() + "）");
            }
        }
        String extension = parts[parts.length - 1];
        if (!kind.extensions().contains(extension)) {
            if (UNSUPPORTED.contains(extension)) {
                throw MaterialRefusals.unsupported(kind);
            }
            throw MaterialRefusals.nameInvalid("扩展名 ." + extension + " 不被接受（只接受 " + String.join("、", kind.extensions()) + "）");
        }
        StringBuilder safe = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> safe.appendCodePoint("<>\"'&:*?|`;%".indexOf(cp) >= 0 ? '_' : cp));
        String result = safe.toString();
        if (result.codePointCount(0, result.length()) > MAX_LENGTH) {
            String base = result.substring(0, result.lastIndexOf('.'));
            int keep = base.offsetByCodePoints(0, Math.min(base.codePointCount(0, base.length()), MAX_LENGTH - extension.length() - 1));
            result = base.substring(0, keep) + "." + extension;
        }
        return result;
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
                || c == '\u061C' || c == '\uFEFF';
    }
}
