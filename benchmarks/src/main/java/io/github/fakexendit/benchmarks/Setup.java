package io.github.fakexendit.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where things are: the fake's standalone jar, each tool's runtime jars (files the build writes), this module's
 * classes, and where the report and the processes' logs go. The build passes them as system properties.
 */
record Setup(Path standaloneJar, Path classpaths, Path output) {

    static Setup fromSystemProperties() {
        return new Setup(Path.of(required("benchmarks.standalone-jar")), Path.of(required("benchmarks.classpaths")),
                Path.of(required("benchmarks.output")));
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Set the system property " + name + " (the benchmarks pom does): run "
                    + "./mvnw -B -pl benchmarks -am package -DskipTests -Pbenchmark");
        }
        return value;
    }

    Setup {
        if (!Files.isRegularFile(standaloneJar)) {
            throw new IllegalStateException("No standalone jar at " + standaloneJar
                    + ": build the extension module first (-am)");
        }
    }

    /** The tool's runtime jars, as the build resolved them. */
    List<Path> jarsOf(Tool tool) {
        try {
            String line = Files.readString(classpaths.resolve(tool.classpathFile())).strip();
            List<Path> jars = new ArrayList<>();
            for (String entry : line.split(File.pathSeparator)) {
                jars.add(Path.of(entry));
            }
            return jars;
        } catch (IOException e) {
            throw new UncheckedIOException("no classpath file for " + tool.label() + " in " + classpaths, e);
        }
    }

    /** A fresh JVM's classpath for the tool: this module's classes (the child mains) and the tool's jars. */
    String classpathOf(Tool tool) {
        List<String> entries = new ArrayList<>();
        entries.add(ownClasses().toString());
        jarsOf(tool).forEach(jar -> entries.add(jar.toString()));
        return String.join(File.pathSeparator, entries);
    }

    /** The load generator's JVM: this module's classes and HdrHistogram. */
    String loadGeneratorClasspath() {
        return ownClasses() + File.pathSeparator + jarsListedIn("load-generator.txt");
    }

    /** A JUnit suite's JVM: this module's classes, the tool's jars and JUnit's. */
    String suiteClasspath(Tool tool) {
        return classpathOf(tool) + File.pathSeparator + jarsListedIn("junit.txt");
    }

    private String jarsListedIn(String file) {
        try {
            return Files.readString(classpaths.resolve(file)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("no classpath file " + file + " in " + classpaths, e);
        }
    }

    /** WireMock's {@code --root-dir}: the folder holding {@code mappings/}, as copied into this module's classes. */
    Path wireMockRoot() {
        return ownClasses().resolve(WireMockPeer.ROOT);
    }

    static Path ownClasses() {
        try {
            return Path.of(Tool.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Where a process of the run writes what it prints, for when it fails. */
    File log(String name) throws IOException {
        return Files.createDirectories(output.resolve("benchmark-logs")).resolve(name + ".log").toFile();
    }
}
