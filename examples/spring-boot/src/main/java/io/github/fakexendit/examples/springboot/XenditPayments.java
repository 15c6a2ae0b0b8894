package io.github.fakexendit.examples.springboot;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * The shop's side of card payments it captures itself: a payment session that only authorises the card
 * ({@code capture_method: MANUAL}), then Xendit's Payments API v3 to capture the payment when the order ships or
 * void it when the order is cancelled.
 */
@Component
public class XenditPayments {

    private final RestClient xendit;

    public XenditPayments(RestClient.Builder builder, XenditProperties properties) {
        this.xendit = builder
                .baseUrl(properties.baseUrl())
                .defaultHeaders(headers -> {
                    headers.setBasicAuth(properties.secretKey(), "");
                    headers.set("api-version", "2024-11-11");
                })
                .build();
    }

    /** A payment link where the customer's card is authorised for the order's amount, in rupiah; nothing is taken yet. */
    public XenditClient.PaymentLink authoriseCard(String orderId, long amount, String returnUrl) {
        Map<String, Object> request = Map.of(
                "reference_id", orderId,
                "session_type", "PAY",
                "mode", "PAYMENT_LINK",
                "amount", amount,
                "currency", "IDR",
                "country", "ID",
                "capture_method", "MANUAL",
                "allowed_payment_channels", List.of("CARDS"),
                "success_return_url", returnUrl + "/" + orderId + "/paid",
                "cancel_return_url", returnUrl + "/" + orderId);
        try {
            XenditClient.Session session = xendit.post().uri("/sessions").body(request).retrieve()
                    .body(XenditClient.Session.class);
            return new XenditClient.PaymentLink(session.id(), session.paymentLinkUrl());
        } catch (RestClientResponseException e) {
            throw XenditException.from(e);
        }
    }

    /** Takes {@code amount} of the authorised payment; Xendit then sends {@code payment.capture}. */
    public Payment capture(String paymentId, long amount) {
        try {
            return xendit.post().uri("/v3/payments/{id}/capture", paymentId)
                    .body(Map.of("capture_amount", amount)).retrieve().body(Payment.class);
        } catch (RestClientResponseException e) {
            throw XenditException.from(e);
        }
    }

    /** Releases the authorised amount on the customer's card; the payment becomes CANCELED. */
    public Payment voidAuthorisation(String paymentId) {
        try {
            return xendit.post().uri("/v3/payments/{id}/cancel", paymentId).retrieve().body(Payment.class);
        } catch (RestClientResponseException e) {
            throw XenditException.from(e);
        }
    }

    /** The parts of Xendit's payment the shop reads. */
    public record Payment(@JsonProperty("payment_id") String id, String status) {
    }
}
