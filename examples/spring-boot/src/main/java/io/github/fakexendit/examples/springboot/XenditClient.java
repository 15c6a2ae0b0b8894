package io.github.fakexendit.examples.springboot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * The shop's side of Xendit's Payment Sessions API and Payments API v3, over Spring's {@link RestClient}. Every
 * request that creates something carries an {@code idempotency-key}, so that a retry after a lost answer never
 * charges or refunds twice.
 */
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

    /**
     * Creates a payment link session that saves the customer's card for later charges (a SAVE session); the
     * card's payment token arrives with the session's completion webhook.
     */
    public PaymentLink createCardSavingLink(String reference, String customerReference, String returnUrl) {
        SaveSessionRequest request = new SaveSessionRequest(reference, "SAVE", "PAYMENT_LINK", 0, "IDR", "ID",
                List.of("CARDS"), new Customer("INDIVIDUAL", customerReference, new IndividualDetail("Subscriber")),
                returnUrl, returnUrl);
        try {
            Session session = xendit.post().uri("/sessions").body(request).retrieve().body(Session.class);
            return new PaymentLink(session.id(), session.paymentLinkUrl());
        } catch (RestClientResponseException e) {
            throw XenditException.from(e);
        }
    }

    /**
     * Charges a saved card without the customer (a merchant-initiated, recurring charge). Xendit answers at once:
     * {@code SUCCEEDED}, or {@code FAILED} with a {@code failure_code}; the payment webhook follows.
     *
     * @param idempotencyKey the same for a retry of this very request, another for a new attempt
     */
    public Charge chargeSavedCard(String reference, String paymentTokenId, long amount, String idempotencyKey) {
        ChargeRequest request = new ChargeRequest(reference, "PAY", paymentTokenId, "ID", "IDR", amount,
                Map.of("card_on_file_type", "RECURRING"));
        try {
            return xendit.post().uri("/v3/payment_requests")
                    .header("api-version", "2024-11-11")
                    .header("idempotency-key", idempotencyKey)
                    .body(request).retrieve().body(Charge.class);
        } catch (RestClientResponseException e) {
            throw XenditException.from(e);
        }
    }

    /**
     * Refunds a payment request: {@code amount} of it, or everything not yet refunded when {@code null}. Xendit
     * answers {@code PENDING}; {@code refund.succeeded} or {@code refund.failed} follows.
     */
    public Refund refund(String paymentRequestId, Long amount, String reference, String idempotencyKey) {
        RefundRequest request = new RefundRequest(paymentRequestId, reference, amount, "IDR", "REQUESTED_BY_CUSTOMER");
        try {
            return xendit.post().uri("/refunds")
                    .header("idempotency-key", idempotencyKey)
                    .body(request).retrieve().body(Refund.class);
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

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SaveSessionRequest(
            @JsonProperty("reference_id") String referenceId,
            @JsonProperty("session_type") String sessionType,
            String mode,
            long amount,
            String currency,
            String country,
            @JsonProperty("allowed_payment_channels") List<String> allowedPaymentChannels,
            Customer customer,
            @JsonProperty("success_return_url") String successReturnUrl,
            @JsonProperty("cancel_return_url") String cancelReturnUrl) {
    }

    record Customer(String type, @JsonProperty("reference_id") String referenceId,
                    @JsonProperty("individual_detail") IndividualDetail individualDetail) {
    }

    record IndividualDetail(@JsonProperty("given_names") String givenNames) {
    }

    record ChargeRequest(
            @JsonProperty("reference_id") String referenceId,
            String type,
            @JsonProperty("payment_token_id") String paymentTokenId,
            String country,
            String currency,
            @JsonProperty("request_amount") long requestAmount,
            @JsonProperty("channel_properties") Map<String, String> channelProperties) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RefundRequest(
            @JsonProperty("payment_request_id") String paymentRequestId,
            @JsonProperty("reference_id") String referenceId,
            Long amount,
            String currency,
            String reason) {
    }

    /** A charge as Xendit answered it. */
    public record Charge(
            @JsonProperty("payment_request_id") String paymentRequestId,
            String status,
            @JsonProperty("failure_code") String failureCode) {
    }

    /** A refund as Xendit answered it. */
    public record Refund(String id, String status, long amount) {
    }

    record Session(
            @JsonProperty("payment_session_id") String id,
            @JsonProperty("payment_link_url") String paymentLinkUrl) {
    }

    /** Where to send the customer to pay, and the session Xendit's webhooks will name. */
    public record PaymentLink(String sessionId, String url) {
    }
}
