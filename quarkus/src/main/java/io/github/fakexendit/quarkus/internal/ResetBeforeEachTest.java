package io.github.fakexendit.quarkus.internal;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.quarkus.InjectFakeXendit;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Resets the fake before each {@code @QuarkusTest} method, before the test's own {@code @BeforeEach} methods:
 * Quarkus finds it through {@code META-INF/services}. The fake to reset is the one in the test's
 * {@link InjectFakeXendit} fields (of the test and, for a {@code @Nested} class, of its outer instances), so a
 * test class that never sees the fake leaves it as it is.
 */
public final class ResetBeforeEachTest implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        List<Object> instances = new ArrayList<>(context.getOuterInstances());
        instances.add(context.getTestInstance());
        instances.stream().flatMap(instance -> injected(instance).stream()).distinct()
                .forEach(FakeXenditServer::reset);
    }

    private static List<FakeXenditServer> injected(Object testInstance) {
        List<FakeXenditServer> servers = new ArrayList<>();
        for (Class<?> type = testInstance.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(InjectFakeXendit.class)
                        && field.getType() == FakeXenditServer.class) {
                    try {
                        field.setAccessible(true);
                        Object server = field.get(testInstance);
                        if (server != null) {
                            servers.add((FakeXenditServer) server);
                        }
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("cannot read " + field + " to reset the fake", e);
                    }
                }
            }
        }
        return servers;
    }
}
