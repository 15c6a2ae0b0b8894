package io.github.fakexendit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API (types and signatures of the public packages) is checked in as {@code public-api.txt}, so that
 * every change of it shows up in review. When this test fails, look at the difference; if the change is meant,
 * copy {@code target/public-api.txt} over {@code src/test/resources/public-api.txt}.
 */
class PublicApiTest {

    private static final Set<String> PUBLIC_PACKAGES =
            Set.of("io.github.fakexendit", "io.github.fakexendit.junit", "io.github.fakexendit.assertj");
    private static final Path CHECKED_IN = Paths.get("src/test/resources/public-api.txt");
    private static final Path CURRENT = Paths.get("target/public-api.txt");

    @Test
    void thePublicApiIsTheCheckedInOne() throws IOException {
        String current = render();
        Files.createDirectories(CURRENT.getParent());
        Files.writeString(CURRENT, current, StandardCharsets.UTF_8);

        String checkedIn = Files.readString(CHECKED_IN, StandardCharsets.UTF_8);
        List<String> added = new ArrayList<>(current.lines().toList());
        added.removeAll(checkedIn.lines().toList());
        List<String> removed = new ArrayList<>(checkedIn.lines().toList());
        removed.removeAll(current.lines().toList());
        assertThat(current)
                .as("the public API changed; if that is meant, copy %s over %s%n added:%n%s%n removed:%n%s", CURRENT,
                        CHECKED_IN, String.join("\n", added), String.join("\n", removed))
                .isEqualTo(checkedIn);
    }

    /**
     * The module boundary, held by this test where a module descriptor cannot hold it (docs/architecture.md): no
     * signature of the public API names an internal or an Undertow type.
     */
    @Test
    void noPublicSignatureNamesAnInternalOrUndertowType() {
        assertThat(render()).doesNotContain("io.github.fakexendit.internal", "io.undertow", "org.xnio");
    }

    /** One line per public type, then one indented line per public or protected member, sorted. */
    static String render() {
        List<Class<?>> types = new ArrayList<>();
        for (JavaClass javaClass : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(PUBLIC_PACKAGES)) {
            Class<?> type = javaClass.reflect();
            if (PUBLIC_PACKAGES.contains(type.getPackageName()) && isExported(type)) {
                types.add(type);
            }
        }
        types.sort((a, b) -> a.getName().compareTo(b.getName()));
        StringBuilder out = new StringBuilder();
        for (Class<?> type : types) {
            out.append(describe(type)).append('\n');
            Stream.of(members(type)).filter(PublicApiTest::isApi).map(PublicApiTest::describe).sorted()
                    .forEach(line -> out.append("    ").append(line).append('\n'));
        }
        return out.toString();
    }

    /** Public, and nested only in public types. */
    private static boolean isExported(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    private static Member[] members(Class<?> type) {
        List<Member> all = new ArrayList<>();
        all.addAll(List.of(type.getDeclaredConstructors()));
        all.addAll(List.of(type.getDeclaredMethods()));
        all.addAll(List.of(type.getDeclaredFields()));
        return all.toArray(Member[]::new);
    }

    private static boolean isApi(Member member) {
        int modifiers = member.getModifiers();
        boolean visible = Modifier.isPublic(modifiers)
                || Modifier.isProtected(modifiers) && !Modifier.isFinal(member.getDeclaringClass().getModifiers());
        return visible && !member.isSynthetic() && !(member instanceof Method m && m.isBridge());
    }

    private static String describe(Class<?> type) {
        String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface"
                : type.isEnum() ? "enum" : type.isRecord() ? "record" : "class";
        int modifiers = type.getModifiers() & ~(type.isInterface() ? Modifier.ABSTRACT | Modifier.INTERFACE : 0)
                & ~(type.isEnum() ? Modifier.FINAL | Modifier.STATIC : 0);
        StringBuilder line = new StringBuilder(Modifier.toString(modifiers)).append(' ').append(kind).append(' ')
                .append(type.getTypeName());
        if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class && !type.isEnum()) {
            line.append(" extends ").append(type.getGenericSuperclass().getTypeName());
        }
        if (type.getGenericInterfaces().length > 0 && !type.isAnnotation()) {
            line.append(type.isInterface() ? " extends " : " implements ");
            line.append(String.join(", ", Stream.of(type.getGenericInterfaces()).map(t -> t.getTypeName()).toList()));
        }
        return line.toString();
    }

    private static String describe(Member member) {
        String generic = member instanceof Field field ? field.toGenericString()
                : ((Executable) member).toGenericString();
        // the declaring type is the section's heading: name the member alone
        String owner = member.getDeclaringClass().getTypeName() + ".";
        return member instanceof Constructor<?> ? generic : generic.replace(owner, "");
    }
}
