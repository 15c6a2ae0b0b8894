package io.github.fakexendit.quarkus;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of type {@link io.github.fakexendit.FakeXenditServer} in a {@code @QuarkusTest} class that
 * {@link FakeXenditTestResource} fills with the running fake. The fake is reset before each test of a class
 * that has such a field.
 *
 * <pre>{@code
 * @QuarkusTest
 * @WithTestResource(FakeXenditTestResource.class)
 * class ShopTest {
 *     @InjectFakeXendit
 *     FakeXenditServer xendit;
 * }
 * }</pre>
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface InjectFakeXendit {
}
