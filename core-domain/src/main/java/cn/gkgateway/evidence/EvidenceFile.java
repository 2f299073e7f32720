package cn.gkgateway.evidence;

import cn.gkgateway.shared.DomainException;

/**
 * Checks an uploaded evidence file by its content, not its name: only JPEG, PNG and PDF pass,
 * up to {@link #MAX_BYTES}. Refusals: EVIDENCE_REQUIRED, EVIDENCE_TOO_LARGE, EVIDENCE_TYPE_UNSUPPORTED.
 */
public final class EvidenceFile {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private EvidenceFile() {
    }

    /** The file's media type ({@code image/jpeg}, {@code image/png} or {@code application/pdf}). */
    public static String check(byte[] content) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid("EVIDENCE_REQUIRED", "file", "请上传签字盖章的打印件（JPG、PNG 或 PDF）");
        }
        if (content.length > MAX_BYTES) {
            throw DomainException.invalid("EVIDENCE_TOO_LARGE", "file", "佐证材料不能超过10MB，请压缩后重新上传");
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(content, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        throw DomainException.invalid("EVIDENCE_TYPE_UNSUPPORTED", "file", "佐证材料只接受 JPG、PNG 图片或 PDF 文件，请重新上传");
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
