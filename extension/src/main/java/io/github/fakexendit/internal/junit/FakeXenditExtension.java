package io.github.fakexendit.internal.junit;

import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.FakeXenditServerBuilder;
import io.github.fakexendit.RecordedRequest;
import io.github.fakexendit.SessionHandle;
import io.github.fakexendit.internal.settings.Setting;
import io.github.fakexendit.junit.FakeXendit;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link FakeXendit}. It holds no state of its own: each test class's server lives in
 * that class's {@link ExtensionContext.Store}, which closes it when the class is done; {@code @Nested} classes
 * find their enclosing class's server through the store's parent lookup. In strict mode each test is checked
 * for unexpected rejections after it ran.
 */
public final class FakeXenditExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(FakeXenditExtension.class);
    private static final String SERVER = "server";

    @Override
    public void beforeAll(ExtensionContext context) {
        serverFor(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        serverFor(context).reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ServerResource resource = resourceFor(context);
        if (resource.strict) {
            resource.server.verifyNoUnexpectedRejections();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == SessionHandle.class || type == RecordedRequest.class) {
            throw new ParameterResolutionException("@FakeXendit injects the server, not a " + type.getSimpleName()
                    + ": declare a FakeXenditServer parameter instead of '" + parameter.getParameter()
                    + "' and get " + (type == SessionHandle.class ? "sessions from server.session(id)"
                    : "requests from server.requests()"));
        }
        return type == FakeXenditServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return serverFor(context);
    }

    /** The server of the innermost test class around {@code context}, started on first use. */
    private static FakeXenditServer serverFor(ExtensionContext context) {
        return resourceFor(context).server;
    }

    @SuppressWarnings("deprecation") // getOrComputeIfAbsent: the API that JUnit 5.10 has too
    private static ServerResource resourceFor(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        return classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent(SERVER, key -> start(classContext), ServerResource.class);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() || current.getTestClass().isEmpty()) {
            current = current.getParent().orElseThrow(() -> new ExtensionConfigurationException(
                    "@FakeXendit needs a test class: put it on the class whose tests use the server"));
        }
        return current;
    }

    private static ServerResource start(ExtensionContext classContext) {
        FakeXendit settings = settings(classContext).orElse(null);
        FakeXenditServerBuilder builder = FakeXenditServer.builder();
        boolean strict = settings != null && settings.strict();
        try {
            if (settings != null) {
                apply(settings, builder);
            }
            return new ServerResource(builder.start(), strict);
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@FakeXendit on "
                    + classContext.getRequiredTestClass().getName() + " is misconfigured: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new ExtensionConfigurationException("fake-xendit could not start for "
                    + classContext.getRequiredTestClass().getName() + ": " + e.getMessage()
                    + (settings != null && settings.port() != 0 ? " (is port " + settings.port()
                    + " in use? leave @FakeXendit(port) unset to get a free port)" : ""), e);
        }
    }

    /** Each attribute set to other than its default goes to the builder, as {@link Setting#ALL} says. */
    private static void apply(FakeXendit settings, FakeXenditServerBuilder builder) {
        for (Setting setting : Setting.ALL) {
            if (setting.attribute() == null) {
                continue;
            }
            try {
                Method attribute = FakeXendit.class.getMethod(setting.attribute());
                Object value = attribute.invoke(settings);
                if (!Objects.deepEquals(value, attribute.getDefaultValue())) {
                    setting.apply().accept(builder, value);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("@FakeXendit has no attribute " + setting.attribute(), e);
            }
        }
    }

    /** The annotation on the test class, its superclasses, or an enclosing class. */
    private static Optional<FakeXendit> settings(ExtensionContext context) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Optional<FakeXendit> found = c.getTestClass()
                    .flatMap(type -> AnnotationSupport.findAnnotation(type, FakeXendit.class));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Closed by JUnit with the store: as {@code AutoCloseable} by JUnit 5.13 and later, before that as a CloseableResource. */
    @SuppressWarnings("deprecation")
    private static final class ServerResource implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final FakeXenditServer server;
        private final boolean strict;

        ServerResource(FakeXenditServer server, boolean strict) {
            this.server = server;
            this.strict = strict;
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
