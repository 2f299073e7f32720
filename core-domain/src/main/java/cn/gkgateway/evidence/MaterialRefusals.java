package cn.gkgateway.evidence;

import cn.gkgateway.shared.DomainException;

import java.util.List;

/** The refusals of an upload, each with its stable code (listed in docs/api.md) and a Chinese message. */
final class MaterialRefusals {

    static final String FIELD = "file";
    static final String IPHONE_HINT = "iPhone 拍摄的 HEIC 照片请先在 设置 › 相机 › 格式 中选择“兼容性最佳”后重新拍摄，或截图/导出为 JPG 后上传";

    private MaterialRefusals() {
    }

    static DomainException empty() {
        return DomainException.invalid("FILE_EMPTY", FIELD, "上传的文件是空的，请重新选择文件");
    }

    static DomainException tooLarge(long maxBytes) {
        String message = "文件不能超过" + megabytes(maxBytes) + "，请压缩后重新上传";
        return new DomainException(DomainException.Kind.TOO_LARGE, "FILE_TOO_LARGE", message,
                List.of(new DomainException.FieldProblem(FIELD, message, "FILE_TOO_LARGE")));
    }

    static DomainException nameInvalid(String why) {
        return DomainException.invalid("FILE_NAME_INVALID", FIELD, "文件名不符合要求：" + why + "，请改名后重新上传");
    }

    static DomainException mismatch(MaterialKind kind) {
        return DomainException.invalid("FILE_TYPE_MISMATCH", FIELD,
                "文件内容与文件类型不符（不是真正的" + kind.acceptedText() + "），请上传原始文件");
    }

    static DomainException unsupported(MaterialKind kind) {
        String message = kind.displayName() + "只接受" + kind.acceptedText();
        if (kind.takesImages()) {
            message += "，不接受 HEIC、WebP 等格式。" + IPHONE_HINT;
        }
        return DomainException.invalid("FILE_TYPE_UNSUPPORTED", FIELD, message);
    }

    static DomainException imageTooLarge(int width, int height, long maxPixels) {
        return DomainException.invalid("IMAGE_TOO_LARGE", FIELD, "图片尺寸过大（" + width + "×" + height
                + " 像素，最多 " + (maxPixels / 1_000_000) + " 百万像素），请缩小后重新上传");
    }

    static DomainException imageTruncated() {
        return DomainException.invalid("IMAGE_TRUNCATED", FIELD, "图片不完整或已损坏（可能未上传完），请重新拍摄或导出后上传");
    }

    static DomainException damaged(MaterialKind kind) {
        return DomainException.invalid("FILE_DAMAGED", FIELD, "文件已损坏或不完整，无法作为" + kind.acceptedText() + "打开，请重新导出后上传");
    }

    static DomainException macros() {
        return DomainException.invalid("DOCUMENT_MACRO_REFUSED", FIELD, "不接受含宏的 Word 文档，请另存为不含宏的 DOCX 后上传");
    }

    static DomainException oldWord() {
        return DomainException.invalid("DOCUMENT_WORD_TOO_OLD", FIELD, "这是 Word 95 或更早版本的文档，请用 Word 另存为 DOCX（或 Word 97-2003 DOC）后上传");
    }

    static DomainException encrypted() {
        return DomainException.invalid("DOCUMENT_ENCRYPTED", FIELD, "该 Word 文档设置了打开密码，请取消密码后重新上传");
    }

    static DomainException dtd() {
        return DomainException.invalid("DOCUMENT_DTD_REFUSED", FIELD, "该 Word 文档含有不允许的内容（DTD 声明），请用 Word 另存为 DOCX 后上传");
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? (bytes / (1024 * 1024)) + "MB" : (bytes / 1024) + "KB";
    }
}
