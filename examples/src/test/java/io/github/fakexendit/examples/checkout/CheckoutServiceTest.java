package io.github.fakexendit.examples.checkout;

import static io.github.fakexendit.assertj.FakeXenditAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.FakeXenditServer;
import io.github.fakexendit.SessionStatus;
import io.github.fakexendit.junit.FakeXendit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shop's checkout against fake-xendit: what a merchant's tests look like. Strict mode: a request Xendit
 * would refuse fails the test, unless the test asserts or declares the refusal.
 */
@FakeXendit(strict = true)
class CheckoutServiceTest {

    private static final Order ORDER = new Order("order-1001", "customer-42", "ayu@example.com", "Ayu",
            List.of(new Order.Line("tee-red-m", "Red tee", 2, 75_000), new Order.Line("cap", "Cap", 1, 50_000)));

    private final FakeXenditServer xendit;
    private final CheckoutService checkout;

    CheckoutServiceTest(FakeXenditServer xendit) {
        this.xendit = xendit;
        this.checkout = new CheckoutService(xendit.baseUrl(), xendit.apiKey(), "https://shop.example/orders");
    }

    @Test
    void anOrderBecomesAPaymentSessionForItsTotal() {
        PaymentLink link = checkout.startPayment(ORDER);

        assertThat(link.url()).startsWith(xendit.baseUrl());
        assertThat(xendit).hasCreatedSessions(1).first()
                .hasReferenceId("order-1001")
                .hasAmount(200_000)
                .hasCurrency("IDR")
                .hasCustomerEmail("ayu@example.com")
                .hasItemCount(2)
                .hasItem("tee-red-m", 2, 75_000)
                .hasSessionStatus(SessionStatus.ACTIVE);
    }

    @Test
    void theCustomerIsSentBackToTheOrder() {
        checkout.startPayment(ORDER);

        assertThat(xendit).hasCreatedSessions(1).first().hasBodyMatching("""
                {
                  "success_return_url": "https://shop.example/orders/order-1001/paid",
                  "cancel_return_url": "https://shop.example/orders/order-1001",
                  "customer": {"reference_id": "customer-42", "individual_detail": {"given_names": "Ayu"}},
                  "items": [{"reference_id": "cap"}, {"reference_id": "tee-red-m", "name": "${json-unit.any-string}"}]
                }""");
    }

    @Test
    void aReturningCustomerIsSentAsTheCustomerIdXenditGaveThemTheFirstTime() {
        checkout.startPayment(ORDER);
        checkout.startPayment(new Order("order-1002", "customer-42", "ayu@example.com", "Ayu", ORDER.lines()));

        String customerId = xendit.sessions().get(0).json().replaceAll(".*\"customer_id\":\"([^\"]+)\".*", "$1");
        assertThat(xendit).hasCreatedSessions(2);
        JsonNode second = xendit.requests().get(1).json().orElseThrow();
        assertThat(second.get("customer_id").asText()).isEqualTo(customerId).startsWith("cust-");
        assertThat(second.has("customer")).isFalse();
    }

    @Test
    void aNewPaymentAwaitsTheCustomer() {
        PaymentLink link = checkout.startPayment(ORDER);

        assertThat(checkout.paymentStatus(link.sessionId())).isEqualTo(PaymentStatus.AWAITING_PAYMENT);
    }

    @Test
    void theOrderIsPaidOnceTheCustomerPays() {
        PaymentLink link = checkout.startPayment(ORDER);

        xendit.session(link.sessionId()).complete();

        assertThat(checkout.paymentStatus(link.sessionId())).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void aPaymentTheCustomerNeverMadeExpires() {
        PaymentLink link = checkout.startPayment(ORDER);

        xendit.session(link.sessionId()).expire();

        assertThat(checkout.paymentStatus(link.sessionId())).isEqualTo(PaymentStatus.EXPIRED);
    }

    @Test
    void aCancelledPaymentCannotBeCancelledTwice() {
        PaymentLink link = checkout.startPayment(ORDER);
        checkout.cancelPayment(link.sessionId());

        assertThat(checkout.paymentStatus(link.sessionId())).isEqualTo(PaymentStatus.CANCELLED);
        assertThatThrownBy(() -> checkout.cancelPayment(link.sessionId()))
                .isInstanceOfSatisfying(XenditException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.errorCode()).isEqualTo("INVALID_SESSION_STATUS");
                });
        assertThat(xendit).hasRejectedRequest()
                .hasPath("/sessions/" + link.sessionId() + "/cancel")
                .hasErrorMessage("Session status is CANCELED, expecting ACTIVE");
    }

    @Test
    void xenditsValidationErrorsReachTheCaller() {
        Order withoutId = new Order("", "customer-42", "ayu@example.com", "Ayu", ORDER.lines());

        assertThatThrownBy(() -> checkout.startPayment(withoutId))
                .isInstanceOfSatisfying(XenditException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errorCode()).isEqualTo("API_VALIDATION_ERROR");
                    assertThat(e.getMessage()).contains("request/body/reference_id must NOT have fewer than 1 characters");
                });
        assertThat(xendit).hasCreatedSessions(0);
        assertThat(xendit).hasRejectedRequest().hasErrorCode("API_VALIDATION_ERROR");
    }

    @Test
    void aWrongKeyIsRefused() {
        CheckoutService misconfigured = new CheckoutService(xendit.baseUrl(), "xnd_public_development_oops",
                "https://shop.example/orders");

        assertThatThrownBy(() -> misconfigured.startPayment(ORDER))
                .isInstanceOfSatisfying(XenditException.class, e -> assertThat(e.errorCode()).isEqualTo("INVALID_API_KEY"));
        assertThat(xendit).hasRejectedRequest().hasStatus(401).hasApiKey("xnd_public_development_oops");
    }

    @Test
    void anUnknownSessionIsNotFound() {
        xendit.expectRejections(request -> request.status() == 404);

        assertThatThrownBy(() -> checkout.paymentStatus("ps-000000000000000000000000"))
                .isInstanceOfSatisfying(XenditException.class, e -> assertThat(e.status()).isEqualTo(404));
    }
}
