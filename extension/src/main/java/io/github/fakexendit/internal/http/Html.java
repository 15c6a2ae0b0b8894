package io.github.fakexendit.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Markup that is safe to put in a page: it comes from the fake's own templates, and whatever else goes in is
 * escaped text. Merchant data is hostile input, so it only ever enters through {@link #text}.
 */
public record Html(String markup) {

    public static final Html EMPTY = new Html("");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z-]+)}}");

    /** {@code text} escaped for element content and for double-quoted attribute values; {@code null} is empty. */
    public static Html text(String text) {
        if (text == null) {
            return EMPTY;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return new Html(out.toString());
    }

    /** {@code " " + attribute} where {@code on}, for a boolean attribute such as {@code checked}; else nothing. */
    public static Html flag(String attribute, boolean on) {
        return new Html(on ? " " + attribute : "");
    }

    public static Html join(List<Html> parts) {
        return new Html(parts.stream().map(Html::markup).collect(Collectors.joining("\n")));
    }

    /** A template file next to {@code owner}, to {@link #fill}; read once, when the page class loads. */
    public static String template(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + name + " next to " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code trusted} markup of the fake's own with each {@code {{name}}} replaced by its value. A placeholder
     * without a value, or a value without a placeholder, is a bug of the fake and throws.
     */
    public static Html fill(String trusted, Map<String, Html> values) {
        Set<String> unused = new HashSet<>(values.keySet());
        Matcher placeholder = PLACEHOLDER.matcher(trusted);
        StringBuilder out = new StringBuilder(trusted.length() * 2);
        while (placeholder.find()) {
            String name = placeholder.group(1);
            Html value = values.get(name);
            if (value == null) {
                throw new IllegalStateException("no value for {{" + name + "}}");
            }
            unused.remove(name);
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value.markup()));
        }
        placeholder.appendTail(out);
        if (!unused.isEmpty()) {
            throw new IllegalStateException("no placeholder for " + unused);
        }
        return new Html(out.toString());
    }
}
