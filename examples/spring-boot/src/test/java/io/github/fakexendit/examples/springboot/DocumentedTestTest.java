package io.github.fakexendit.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The README and the Spring Boot page show {@link ShopTest}; what they show must be in it, line for line. */
class DocumentedTestTest {

    private static final Path PROJECT = Path.of("../..");
    private static final Path SHOP_TEST =
            Path.of("src/test/java/io/github/fakexendit/examples/springboot/ShopTest.java");

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "docs/spring-boot.md"})
    void everyLineShownIsInTheTest(String page) throws IOException {
        Set<String> testLines = Files.readAllLines(SHOP_TEST).stream().map(String::strip).collect(Collectors.toSet());

        List<String> shown = javaBlockWith("class ShopTest", Files.readString(PROJECT.resolve(page)));

        assertThat(shown).as("the lines of %s's ShopTest that are not in ShopTest.java", page)
                .hasSizeGreaterThan(20)
                .isSubsetOf(testLines);
    }

    /** The non-blank lines, stripped, of the first fenced Java block that contains {@code text}. */
    private static List<String> javaBlockWith(String text, String markdown) {
        return Arrays.stream(markdown.split("```java\n"))
                .skip(1)
                .map(block -> block.substring(0, block.indexOf("```")))
                .filter(block -> block.contains(text))
                .findFirst()
                .map(block -> block.lines().map(String::strip).filter(line -> !line.isEmpty()).toList())
                .orElseThrow(() -> new AssertionError("no Java block with " + text));
    }
}
