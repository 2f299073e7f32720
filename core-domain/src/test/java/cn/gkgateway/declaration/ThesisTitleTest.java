package cn.gkgateway.declaration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThesisTitleTest {

    @Test
    void theFileNameWithoutItsExtensionMustReadAsTheTitle() {
        assertThat(ThesisTitle.matches("浅谈电工安全操作规程", "浅谈电工安全操作规程.doc")).isTrue();
        assertThat(ThesisTitle.matches("浅谈电工安全操作规程", "浅谈电工安全操作规程.docx")).isTrue();
        assertThat(ThesisTitle.matches("浅谈电工安全操作规程", "电工安全操作规程.docx")).isFalse();
        assertThat(ThesisTitle.matches("浅谈电工安全操作规程", "浅谈电工安全操作规程（定稿）.docx")).isFalse();
        assertThat(ThesisTitle.matches("浅谈电工安全操作规程", "论文.docx")).isFalse();
    }

    @Test
    void widthCaseAndSurroundingOrRepeatedWhitespaceDoNotCount() {
        // full-width letters and digits, the ideographic space, and Latin case
        assertThat(ThesisTitle.matches("PLC 控制在泵站中的应用2026", "ＰＬＣ　控制在泵站中的应用２０２６.docx")).isTrue();
        assertThat(ThesisTitle.matches("plc控制", "PLC控制.doc")).isTrue();
        assertThat(ThesisTitle.matches("  PLC   控制 ", "PLC 控制 .docx")).isTrue();
        // but a space is not nothing
        assertThat(ThesisTitle.matches("PLC控制", "PLC 控制.docx")).isFalse();
        // full-width and half-width punctuation are one character
        assertThat(ThesisTitle.matches("论电工安全（一）", "论电工安全(一).docx")).isTrue();
    }

    @Test
    void charactersAStoredFileNameCannotKeepCountAsTheUnderscoreUploadsTurnThemInto() {
        // uploads store "A&B" as "A_B" (MaterialNames); the full-width colon the title holds reads as ":"
        assertThat(ThesisTitle.matches("安全&效率", "安全_效率.docx")).isTrue();
        assertThat(ThesisTitle.matches("论文：电工", "论文：电工.docx")).isTrue();
        assertThat(ThesisTitle.matches("论文：电工", "论文_电工.docx")).isTrue();
    }

    @Test
    void onlyTheLastExtensionIsRemovedAndNothingMatchesAMissingTitle() {
        assertThat(ThesisTitle.matches("v1.2版规程", "v1.2版规程.docx")).isTrue();
        assertThat(ThesisTitle.matches("规程", "规程.doc.docx")).isFalse();
        assertThat(ThesisTitle.matches(null, "规程.docx")).isFalse();
        assertThat(ThesisTitle.withoutExtension("规程.docx")).isEqualTo("规程");
    }
}
