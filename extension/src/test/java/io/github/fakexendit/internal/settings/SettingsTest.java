package io.github.fakexendit.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakexendit.FakeXenditServerBuilder;
import io.github.fakexendit.junit.FakeXendit;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A setting is declared once, in {@link Setting#ALL}; these tests name the places Java makes you write by hand
 * (a builder method, an annotation attribute) and the docs, so that a setting added to one of them and not the
 * list, or to the list and not the docs, fails here.
 */
class SettingsTest {

    @Test
    void everyBuilderMethodIsASetting() {
        assertThat(Stream.of(FakeXenditServerBuilder.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.getName().equals("start"))
                .map(Method::getName).distinct())
                .as("add the builder method to Setting.ALL")
                .containsExactlyInAnyOrderElementsOf(Setting.ALL.stream().map(Setting::builderMethod).distinct()
                        .toList());
    }

    @Test
    void everyAnnotationAttributeIsASetting() {
        assertThat(Stream.of(FakeXendit.class.getDeclaredMethods()).map(Method::getName))
                .as("add the @FakeXendit attribute to Setting.ALL")
                .containsExactlyInAnyOrderElementsOf(Setting.ALL.stream().map(Setting::attribute)
                        .filter(Objects::nonNull).toList());
    }

    @Test
    void everyFlagIsInTheDocs() throws IOException {
        String docs = Files.readString(Paths.get("../docs/standalone.md"));
        Setting.ALL.stream().map(Setting::flag).filter(Objects::nonNull)
                .forEach(flag -> assertThat(docs).as("docs/standalone.md names " + flag).contains(flag));
    }

    @Test
    void everyAttributeIsInTheDocs() throws IOException {
        String docs = Files.readString(Paths.get("../docs/junit.md"));
        Setting.ALL.stream().map(Setting::attribute).filter(Objects::nonNull)
                .forEach(attribute -> assertThat(docs).as("docs/junit.md names " + attribute).contains(attribute));
    }

    @Test
    void aRepeatedSettingReadsTheJarsFlagsAndTheAnnotationsArrayAlike() {
        assertThat(Setting.texts(List.of("a=1", "b=2"))).containsExactly("a=1", "b=2");
        assertThat(Setting.texts(new String[] {"a=1", "b=2"})).containsExactly("a=1", "b=2");
    }

    @Test
    void aNumberFlagSaysWhatItNeeds() {
        Setting port = Setting.ofFlag("--port").orElseThrow();

        assertThat(port.parse("8081")).isEqualTo(8081);
        assertThatThrownBy(() -> port.parse("eighty"))
                .hasMessage("--port needs a whole number, got 'eighty'");
    }
}
