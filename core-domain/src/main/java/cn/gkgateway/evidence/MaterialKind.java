package cn.gkgateway.evidence;

import java.util.List;

/**
 * What an uploaded material is for, and so which files it takes: photos (ID card, certificates,
 * approvals …) as JPEG or PNG; the thesis as a Word document; the signed and stamped printouts of
 * imports and key-info changes as JPEG, PNG or PDF. The content decides, never the name.
 */
public enum MaterialKind {

    PHOTO("照片", List.of("jpg", "jpeg", "png"), "JPG、PNG 图片"),
    DOCUMENT("论文", List.of("doc", "docx"), "Word 文档（DOC、DOCX）"),
    PRINTOUT("签字盖章的打印件", List.of("jpg", "jpeg", "png", "pdf"), "JPG、PNG 图片或 PDF 文件");

    private final String displayName;
    private final List<String> extensions;
    private final String acceptedText;

    MaterialKind(String displayName, List<String> extensions, String acceptedText) {
        this.displayName = displayName;
        this.extensions = extensions;
        this.acceptedText = acceptedText;
    }

    public String displayName() {
        return displayName;
    }

    /** The file name extensions this kind takes (lower case, without the dot). */
    public List<String> extensions() {
        return extensions;
    }

    /** The accepted types as a user reads them, e.g. "JPG、PNG 图片". */
    public String acceptedText() {
        return acceptedText;
    }

    public boolean takesImages() {
        return this != DOCUMENT;
    }
}
