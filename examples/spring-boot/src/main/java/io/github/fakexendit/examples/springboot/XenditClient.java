package io.github.fakexendit.examples.springboot;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/** The shop's side of Xendit's Payment Sessions API, over Spring's {@link RestClient}. */
@Component
public class XenditClient {

    private final RestClient xendit;

    public XenditClient(RestClient.Builder builder, XenditProperties properties) {
        this.xendit = builder
                .baseUrl(properties.baseUrl())
                .defaultHeaders(headers -> headers.setBasicAuth(properties.secretKey(), ""))
                .build();
    }

    /** Creates a payment link session for the order, in Indonesian rupiah. */
    public PaymentLink createPaymentLink(String orderId, long amount, String returnUrl) {
        SessionRequest request = new SessionRequest(orderId, "PAY", "PAYMENT_LINK", amount, "IDR", "ID",
                "Order " + orderId, returnUrl + "/" + orderId + "/paid", returnUrl + "/" + orderId);
        try {
            Session session = xendit.post().uri("/sessions").body(request).retrieve().body(Session.class);
            return new PaymentLink(session.id(), session.paymentLinkUrl());
        } catch (RestClientResponseException e) {
            throw XenditException.from(e);
        }
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

    /** Where to send the customer to pay, and the session Xendit's webhooks will name. */
    public record PaymentLink(String sessionId, String url) {
    }
}
