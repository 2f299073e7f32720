package cn.gkgateway.shared;

import cn.gkgateway.shared.DomainException.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextTest {

    @Test
    void linesAreStrippedOfBlanksAroundIncludingWideAndInvisibleOnes() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(Text.line("\u3000 张三\u00a0\u200b", "name", "姓名", 30, problems)).isEqualTo("张三");
        assertThat(Text.line("阿卜杜热合曼·买买提", "name", "姓名", 30, problems)).isEqualTo("阿卜杜热合曼·买买提");
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"张\u0000三", "张\u0007三", "张\u0085三", "张\u202e三", "张\u202a三", "张\u2066三", "张\u2069三",
            "张\u200b三", "张\u200d三", "张\ufeff三", "张\n三", "张\u2028三"})
    void controlAndFormatCharactersInsideAreRefused(String raw) {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(Text.line(raw, "name", "姓名", 30, problems)).isNull();
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("TEXT_CONTROL_CHARACTERS");
            assertThat(problem.field()).isEqualTo("name");
            assertThat(problem.message()).startsWith("姓名含有不可见");
        });
    }

    @Test
    void aNameOfInvisibleCharactersOnlyIsEmpty() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(Text.line("\u200b\u200c\u200d\ufeff", "name", "姓名", 30, problems)).isNull();
        assertThat(problems).isEmpty();
        assertThatThrownBy(() -> Text.requireLine("\u200b\u3000", "name", "姓名", 30))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("TEXT_REQUIRED"));
    }

    @Test
    void lengthIsCountedInCharactersNotBytesOrUtf16Units() {
        List<FieldProblem> problems = new ArrayList<>();
        String thirtyRare = "𠀀".repeat(30);
        assertThat(Text.line(thirtyRare, "name", "姓名", 30, problems)).isEqualTo(thirtyRare);
        assertThat(Text.line(thirtyRare + "张", "name", "姓名", 30, problems)).isNull();
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("TEXT_TOO_LONG");
            assertThat(problem.message()).isEqualTo("姓名不能超过30个字");
        });
    }

    @Test
    void echoedValuesAreBounded() {
        assertThat(Text.echo("A".repeat(19_000_000))).isEqualTo("A".repeat(20) + "…");
        assertThat(Text.echo("XX99")).isEqualTo("XX99");
        assertThat(Text.echo("X\u202eX\u0000")).isEqualTo("XX");
        assertThat(Text.echo(null)).isEmpty();
    }

    @Test
    void multiLineTextMayBreakLinesButNotHideCharacters() {
        assertThat(Text.hasForbiddenCharacters("材料不全，\n请补充", true)).isFalse();
        assertThat(Text.hasForbiddenCharacters("材料不全，\n请补充", false)).isTrue();
        assertThat(Text.hasForbiddenCharacters("材料\u202e不全", true)).isTrue();
        assertThat(Text.hasForbiddenCharacters("材料\u0000不全", true)).isTrue();
    }

    @Test
    void likePatternsEscapeWildcards() {
        assertThat(Text.likeContains("张")).isEqualTo("%张%");
        assertThat(Text.likeContains("100%_a!b")).isEqualTo("%100!%!_a!!b%");
    }

    @Test
    void compactRemovesEveryBlankAndNormalisesWidth() {
        assertThat(Text.compact(" Ａ１\u3000 2\t\u200b3\u00a0")).isEqualTo("A123");
        assertThat(Text.compact(null)).isEmpty();
    }
}
