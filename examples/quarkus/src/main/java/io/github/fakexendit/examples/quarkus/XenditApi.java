package io.github.fakexendit.examples.quarkus;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The shop's side of Xendit's Payment Sessions API, as a Quarkus REST client; its address is
 * {@code quarkus.rest-client.xendit.url}, which {@code application.properties} takes from {@code xendit.base-url}.
 */
@RegisterRestClient(configKey = "xendit")
@Path("/sessions")
@ClientHeaderParam(name = "Authorization", value = "{authorization}")
public interface XenditApi {

    @POST
    Session createSession(SessionRequest request);

    /** HTTP Basic with the secret key as the user name and no password, as Xendit asks. */
    default String authorization() {
        String key = ConfigProvider.getConfig().getValue("xendit.secret-key", String.class);
        return "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
    }

    /** Xendit's refusals (4xx, 5xx) become {@link XenditException}s with its error code. */
    @ClientExceptionMapper
    static RuntimeException refusal(Response response) {
        return XenditException.from(response);
    }

    record SessionRequest(
            @JsonProperty("reference_id") String referenceId,
            @JsonProperty("session_type") String sessionType,
            String mode,
            long amount,
            String currency,
            String country,
            String description,
            @JsonProperty("success_return_url") String successReturnUrl,
            @JsonProperty("cancel_return_url") String cancelReturnUrl) {
    }

    record Session(
            @JsonProperty("payment_session_id") String id,
            @JsonProperty("payment_link_url") String paymentLinkUrl) {
    }
}
