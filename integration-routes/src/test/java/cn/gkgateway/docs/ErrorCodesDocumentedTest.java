package cn.gkgateway.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/api.md promises the list of error codes the server answers with: every code written in
 * the sources next to a {@code DomainException}, {@code ApiError} or {@code FieldProblem} must be
 * listed there (as {@code `CODE`}), and the docs must not link outside the repository.
 */
class ErrorCodesDocumentedTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> SOURCES = List.of("core-domain/src/main/java", "connectors/src/main/java",
            "integration-routes/src/main/java");
    /** Lines that build an error answer. */
    private static final Pattern ERROR_LINE = Pattern.compile(
            "DomainException|ApiError|FieldProblem\\(|FieldError\\(|\\.invalid\\(|notFound\\(|conflict\\(|write\\(response");
    private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\"");

    @Test
    void everyErrorCodeInTheSourcesIsListedInTheApiDocument() throws IOException {
        Set<String> codes = codesInSources();
        assertThat(codes).as("codes found in the sources").contains("WORKER_INVALID", "ID_CHECK_DIGIT", "NOT_FOUND", "AUTH_REQUIRED");
        String api = Files.readString(ROOT.resolve("docs/api.md"));
        Set<String> missing = new TreeSet<>();
        for (String code : codes) {
            if (!api.contains("`" + code + "`")) {
                missing.add(code);
            }
        }
        assertThat(missing).as("error codes the server answers but docs/api.md does not list (add each as `CODE`)").isEmpty();
    }

    @Test
    void theReadmeAndDocsLinkNothingOutsideTheRepository() throws IOException {
        Pattern relativeLink = Pattern.compile("\\]\\((?!https?://|#)([^)]+)\\)");
        try (Stream<Path> docs = Stream.concat(Stream.of(ROOT.resolve("README.md")), Files.list(ROOT.resolve("docs")))) {
            for (Path doc : docs.filter(path -> path.toString().endsWith(".md")).toList()) {
                Matcher links = relativeLink.matcher(Files.readString(doc));
                while (links.find()) {
                    Path target = doc.getParent().resolve(links.group(1).replaceAll("#.*$", "")).normalize();
                    assertThat(target.startsWith(ROOT)).as(doc.getFileName() + " links " + links.group(1) + " outside the repository").isTrue();
                    assertThat(Files.exists(target)).as(doc.getFileName() + " links " + links.group(1) + ", which does not exist").isTrue();
                }
            }
        }
        assertThat(Files.readString(ROOT.resolve("README.md"))).doesNotContain("../shared").doesNotContain("DESIGN.md");
    }

    private static Set<String> codesInSources() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (String source : SOURCES) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(source))) {
                files.filter(path -> path.toString().endsWith(".java")).forEach(path -> collect(path, codes));
            }
        }
        return codes;
    }

    private static void collect(Path file, Set<String> codes) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (ERROR_LINE.matcher(line).find()) {
                    Matcher matcher = CODE.matcher(line);
                    while (matcher.find()) {
                        codes.add(matcher.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
