package io.github.fakexendit;

import static io.github.fakexendit.SessionsApiTest.customer;
import static io.github.fakexendit.SessionsApiTest.minimal;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.junit.FakeXendit;
import io.github.fakexendit.testing.XenditHttp;
import io.github.fakexendit.testing.XenditHttp.Reply;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hosted checkout at {@code payment_link_url}, over plain HTTP as a browser sends it: what the page shows,
 * paying, declined attempts, going back, and sessions that take no payment. The browser tests in examples/ drive
 * the same pages in Chromium.
 */
@FakeXendit
class CheckoutPageTest {

    private static final String SUCCESS_URL = "https://shop.example/orders/1042/paid";
    private static final String CANCEL_URL = "https://shop.example/orders/1042";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final FakeXenditServer server;
    private final XenditHttp xendit;

    CheckoutPageTest(FakeXenditServer server) {
        this.server = server;
        this.xendit = new XenditHttp(server.baseUrl(), server.apiKey());
    }

    /** A PAY session of IDR 185,000 for two items, payable by card, OVO or DANA, with both return URLs. */
    private ObjectNode order() {
        ObjectNode body = minimal("PAY", 185_000)
                .put("reference_id", "order-1042")
                .put("description", "Kopi Kenangan order 1042")
                .put("success_return_url", SUCCESS_URL)
                .put("cancel_return_url", CANCEL_URL);
        body.putArray("allowed_payment_channels").add("CARDS").add("OVO").add("DANA");
        body.putArray("items")
                .add(item("sku-1", "Kopi susu gula aren", 35_000, 3))
                .add(item("sku-2", "Butter croissant", 40_000, 2));
        return body;
    }

    private static ObjectNode item(String sku, String name, long unitAmount, int quantity) {
        return XenditHttp.MAPPER.createObjectNode().put("reference_id", sku).put("type", "PHYSICAL_PRODUCT").put("name", name)
                .put("net_unit_amount", unitAmount).put("quantity", quantity).put("category", "FOOD");
    }

    private String create(ObjectNode body) {
        Reply created = xendit.createSession(body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("payment_session_id").asText();
    }

    private String createOrder(Consumer<ObjectNode> change) {
        ObjectNode body = order();
        change.accept(body);
        return create(body);
    }

    private String link(String id) {
        return XenditHttp.parse(server.session(id).json()).get("payment_link_url").asText();
    }

    private Reply page(String id) {
        return XenditHttp.send(HttpRequest.newBuilder(URI.create(link(id))).header("Accept", "text/html").GET()
                .build());
    }

    private Reply submit(String id, String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        String body = form.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return post(link(id), "application/x-www-form-urlencoded", body);
    }

    private static Reply post(String url, String contentType, String body) {
        return XenditHttp.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Nested
    class ThePage {

        @Test
        void showsWhatIsPaidForTheAmountInTheCurrencysFormatAndTheChannelsOnOffer() {
            Reply page = page(create(order()));

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
            assertThat(page.body())
                    .contains("<html lang=\"en\">", "<title>Pay IDR 185,000 – Kopi Kenangan order 1042</title>",
                            "<h1>Kopi Kenangan order 1042</h1>", "Reference order-1042", "IDR 185,000")
                    .contains("<td>Kopi susu gula aren</td><td class=\"num\">3</td><td class=\"num\">IDR 35,000</td>"
                            + "<td class=\"num\">IDR 105,000</td>")
                    .contains("<td>Butter croissant</td><td class=\"num\">2</td><td class=\"num\">IDR 40,000</td>"
                            + "<td class=\"num\">IDR 80,000</td>")
                    .contains("value=\"CARDS\"", "value=\"OVO\"", "value=\"DANA\"")
                    .doesNotContain("value=\"QRIS\"")
                    .contains("<label for=\"card_number\">Card number</label>", "<legend>Payment method</legend>",
                            "<button type=\"submit\">Pay IDR 185,000</button>", "Go back without paying");
        }

        @Test
        void isSelfContained() {
            String page = page(create(order())).body();

            assertThat(page).doesNotContain("<script", "<link", "<img", "src=", "url(", "@import", "http://",
                    "https://");
        }

        @Test
        void showsTwoDecimalsForPesos() {
            String id = create(minimal("PAY", 0).put("amount", 10000.5).put("currency", "PHP").put("country", "PH"));

            assertThat(page(id).body()).contains("PHP 10,000.50").doesNotContain("10000.5");
        }

        @Test
        void escapesEverythingTheMerchantSent() {
            String hostile = "<script>alert(1)</script>\"'&";
            String id = createOrder(body -> {
                body.put("description", hostile).put("reference_id", "<b>ref</b>");
                ((ObjectNode) body.get("items").get(0)).put("name", "\"><img src=x onerror=alert(2)>");
            });

            String page = page(id).body();

            assertThat(page).doesNotContain("<script", "<b>ref", "<img")
                    .contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;</h1>",
                            "&lt;b&gt;ref&lt;/b&gt;", "<td>&quot;&gt;&lt;img src=x onerror=alert(2)&gt;</td>");
        }

        @Test
        void putsThePrimaryChannelsFirstAndPicksTheOnlyChannelForTheCustomer() {
            String primaryFirst = createOrder(body -> body.putObject("payment_link_configuration")
                    .putArray("primary_payment_channels").add("DANA"));
            String onlyOvo = createOrder(body -> body.putArray("allowed_payment_channels").add("OVO"));

            assertThat(page(primaryFirst).body()).containsSubsequence("value=\"DANA\"", "value=\"CARDS\"",
                    "value=\"OVO\"");
            assertThat(page(onlyOvo).body()).contains("value=\"OVO\" checked")
                    .doesNotContain("card_number", "value=\"CARDS\"");
        }

        @Test
        void offersTheActivatedChannelsOfTheCountryWhenTheSessionListsNone() {
            server.deactivateChannels("OVO");

            String page = page(create(minimal("PAY", 10_000))).body();

            assertThat(page).contains("value=\"DANA\"", "value=\"BCA_VIRTUAL_ACCOUNT\"")
                    .doesNotContain("value=\"OVO\"");
        }

        @Test
        void offersToSaveTheMethodOnlyWhereTheCustomerMayChoose() {
            String optional = createOrder(body -> body.put("allow_save_payment_method", "OPTIONAL")
                    .set("customer", customer("cust-ref-1")));
            String disabled = create(order());

            assertThat(page(optional).body()).contains("name=\"save_payment_method\"");
            assertThat(page(disabled).body()).doesNotContain("save_payment_method");
        }
    }

    @Nested
    class Paying {

        @Test
        void completesTheSessionAsCompleteDoesSendsItsWebhookAndRedirectsToTheSuccessUrl() {
            String id = create(order());

            Reply paid = submit(id, "channel", "OVO", "outcome", "approve");

            assertThat(paid.status()).isEqualTo(303);
            assertThat(paid.header("Location")).isEqualTo(SUCCESS_URL);
            JsonNode session = XenditHttp.parse(server.session(id).json());
            assertThat(session.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(session.get("payment_request_id").asText()).startsWith("pr-");
            assertThat(session.get("payment_id").asText()).startsWith("py-");
            assertThat(server.session(id).paymentAttempts())
                    .extracting(PaymentAttempt::channel, PaymentAttempt::status)
                    .containsExactly(tuple("OVO", PaymentAttempt.Status.SUCCEEDED));
            List<WebhookAttempt> webhooks = server.webhooks().await(2, WAIT);
            assertThat(webhooks).extracting(WebhookAttempt::event).containsExactly("payment.capture", Webhooks.COMPLETED);
            assertThatJson(webhooks.get(1).json().get("data")).isEqualTo(session);
            assertThat(webhooks.get(0).json().at("/data/payment_id").asText())
                    .isEqualTo(session.get("payment_id").asText());
        }

        @Test
        void showsAConfirmationWhenTheMerchantGaveNoSuccessUrl() {
            String id = createOrder(body -> body.remove("success_return_url"));

            Reply paid = submit(id, "channel", "DANA");

            assertThat(paid.status()).isEqualTo(200);
            assertThat(paid.body()).contains("<h1>Payment received</h1>", "IDR 185,000");
            assertThat(server.session(id).status()).isEqualTo(SessionStatus.COMPLETED);
        }

        @Test
        void payingWithAnApprovedTestCardCompletesTheSession() {
            String id = create(order());

            Reply paid = submit(id, "channel", "CARDS", "card_number", "4000 0000 0000 1000");

            assertThat(paid.status()).isEqualTo(303);
            assertThat(server.session(id).paymentAttempts()).extracting(PaymentAttempt::channel)
                    .containsExactly("CARDS");
            assertThat(server.session(id).status()).isEqualTo(SessionStatus.COMPLETED);
        }

        @Test
        void savesTheMethodWhenTheCustomerTicksTheBox() {
            String id = createOrder(body -> body.put("allow_save_payment_method", "OPTIONAL")
                    .set("customer", customer("cust-ref-2")));

            submit(id, "channel", "CARDS", "card_number", "4000000000001000", "save_payment_method", "true");

            assertThat(XenditHttp.parse(server.session(id).json()).get("payment_token_id").asText())
                    .matches("pt-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        }

        @Test
        void savesTheMethodOfASaveSession() {
            String id = create(minimal("SAVE", 0).set("customer", customer("cust-ref-3")));
            assertThat(page(id).body()).contains("<button type=\"submit\">Save a payment method</button>")
                    .doesNotContain("Amount to pay");

            Reply saved = submit(id, "channel", "OVO");

            assertThat(saved.body()).contains("<h1>Your payment method is saved</h1>");
            assertThat(XenditHttp.parse(server.session(id).json()).get("payment_token_id").asText())
                    .matches("pt-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        }
    }

    @Nested
    class FailedAttempts {

        @Test
        void aDeclinedTestCardSaysSoKeepsTheSessionActiveAndTheCustomerTriesAgain() {
            String id = create(order());

            Reply declined = submit(id, "channel", "CARDS", "card_number", "4000000000000010");

            assertThat(declined.status()).isEqualTo(200);
            assertThat(declined.body()).contains("<title>Payment declined: Pay IDR 185,000",
                    "role=\"alert\"", "Your card payment was declined (3DS authentication failed)",
                    "value=\"CARDS\" checked");
            assertThat(server.session(id).status()).isEqualTo(SessionStatus.ACTIVE);
            assertThat(server.session(id).paymentId()).isNull();
            PaymentHandle failed = server.payments().get(0);
            assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
            assertThat(failed.failureCode()).isEqualTo("CARD_DECLINED");
            assertThat(XenditHttp.parse(failed.json()).at("/channel_properties/card_details/masked_card_number")
                    .asText()).isEqualTo("400000XXXXXX0010");
            assertThat(server.webhooks().attempts()).extracting(WebhookAttempt::event)
                    .containsExactly("payment.failure");

            Reply paid = submit(id, "channel", "CARDS", "card_number", "4000000000001000");

            assertThat(paid.status()).isEqualTo(303);
            assertThat(server.session(id).paymentAttempts()).extracting(PaymentAttempt::status)
                    .containsExactly(PaymentAttempt.Status.FAILED, PaymentAttempt.Status.SUCCEEDED);
            assertThat(server.payment(server.session(id).paymentId()).status()).isEqualTo(PaymentStatus.SUCCEEDED);
        }

        @Test
        void aCardThatIsNotATestCardIsDeclined() {
            String id = create(order());

            Reply declined = submit(id, "channel", "CARDS", "card_number", "4111111111111111");

            assertThat(declined.body()).contains("this card is not one of Xendit&#39;s test cards");
            assertThat(server.session(id).paymentAttempts()).extracting(PaymentAttempt::status)
                    .containsExactly(PaymentAttempt.Status.FAILED);
        }

        @Test
        void anotherChannelIsDeclinedWhenTheCustomerChoosesSo() {
            String id = create(order());

            Reply declined = submit(id, "channel", "OVO", "outcome", "decline");

            assertThat(declined.body()).contains("Your payment with OVO was declined",
                    "value=\"decline\" checked");
            assertThat(server.session(id).paymentAttempts())
                    .extracting(PaymentAttempt::channel, PaymentAttempt::status)
                    .containsExactly(tuple("OVO", PaymentAttempt.Status.FAILED));
            assertThat(server.session(id).status()).isEqualTo(SessionStatus.ACTIVE);
        }

        @Test
        void aFormThatCannotBePaidWithIsAskedForAgainAndRecordsNothing() {
            String id = create(order());

            Reply noChannel = submit(id);
            Reply notOffered = submit(id, "channel", "QRIS");
            Reply notACard = submit(id, "channel", "CARDS", "card_number", "4000 1234");
            Reply noCard = submit(id, "channel", "CARDS");
            Reply strangeOutcome = submit(id, "channel", "OVO", "outcome", "maybe");

            assertThat(noChannel.status()).isEqualTo(400);
            assertThat(noChannel.body()).contains("Choose a payment method.");
            assertThat(notOffered.body()).contains("QRIS is not a payment method of this checkout");
            assertThat(notACard.body()).contains("This is not a valid card number", "aria-invalid=\"true\"",
                    "value=\"4000 1234\"");
            assertThat(noCard.body()).contains("Enter the card number.");
            assertThat(strangeOutcome.body()).contains("Choose whether this test payment goes through");
            assertThat(List.of(notOffered, notACard, noCard, strangeOutcome))
                    .extracting(Reply::status).containsOnly(400);
            assertThat(server.session(id).paymentAttempts()).isEmpty();
            assertThat(server.session(id).status()).isEqualTo(SessionStatus.ACTIVE);
        }

        @Test
        void aBodyThatIsNotThePagesFormIsRefusedWithAPage() {
            String id = create(order());

            Reply json = post(link(id), "application/json", "{\"channel\":\"OVO\"}");
            Reply badEscape = post(link(id), "application/x-www-form-urlencoded", "channel=%E");
            Reply put = XenditHttp.send(HttpRequest.newBuilder(URI.create(link(id)))
                    .PUT(HttpRequest.BodyPublishers.noBody()).build());

            assertThat(json.status()).isEqualTo(415);
            assertThat(json.body()).contains("The form must be sent as application/x-www-form-urlencoded");
            assertThat(badEscape.status()).isEqualTo(400);
            assertThat(badEscape.body()).contains("The payment form could not be read");
            assertThat(put.status()).isEqualTo(405);
            assertThat(put.header("Allow")).isEqualTo("GET, POST");
            assertThat(server.session(id).status()).isEqualTo(SessionStatus.ACTIVE);
        }
    }

    @Nested
    class GoingBack {

        @Test
        void redirectsToTheCancelUrlAndTheSessionStaysActiveUntilItExpires() {
            String id = create(order());

            Reply back = XenditHttp.send(HttpRequest.newBuilder(URI.create(link(id) + "/back")).GET().build());

            assertThat(back.status()).isEqualTo(303);
            assertThat(back.header("Location")).isEqualTo(CANCEL_URL);
            assertThat(server.session(id).status()).isEqualTo(SessionStatus.ACTIVE);

            server.clock().advance(Duration.ofMinutes(30));

            assertThat(server.session(id).status()).isEqualTo(SessionStatus.EXPIRED);
            assertThat(server.webhooks().await(1, WAIT)).extracting(WebhookAttempt::event)
                    .containsExactly(Webhooks.EXPIRED);
        }

        @Test
        void withoutACancelUrlSaysTheCheckoutStaysOpen() {
            String id = createOrder(body -> body.remove("cancel_return_url"));

            Reply back = XenditHttp.send(HttpRequest.newBuilder(URI.create(link(id) + "/back")).GET().build());

            assertThat(back.status()).isEqualTo(200);
            assertThat(back.body()).contains("<h1>You left the checkout</h1>", "Nothing was paid",
                    "href=\"/checkout/" + id + "\"");
            assertThat(server.session(id).status()).isEqualTo(SessionStatus.ACTIVE);
        }
    }

    @Nested
    class SessionsThatTakeNoPayment {

        @ParameterizedTest
        @EnumSource(value = SessionStatus.class, names = {"COMPLETED", "EXPIRED", "CANCELED"})
        void sayWhyAndRefuseAPaymentChangingNothing(SessionStatus status) {
            String id = create(order());
            switch (status) {
                case COMPLETED -> server.session(id).complete();
                case EXPIRED -> server.clock().advance(Duration.ofMinutes(31));
                default -> server.session(id).cancel();
            }
            String before = server.session(id).json();
            int attemptsBefore = server.session(id).paymentAttempts().size();

            Reply page = page(id);
            Reply refused = submit(id, "channel", "CARDS", "card_number", "4000000000001000");

            String heading = switch (status) {
                case COMPLETED -> "This payment is complete";
                case EXPIRED -> "This checkout has expired";
                default -> "This checkout was cancelled";
            };
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("<h1>" + heading + "</h1>").doesNotContain("<form");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body()).contains("<h1>" + heading + "</h1>", "No payment was taken");
            assertThat(server.session(id).json()).isEqualTo(before);
            assertThat(server.session(id).paymentAttempts()).hasSize(attemptsBefore);
        }

        @Test
        void aCompletedSessionLinksBackToTheSuccessUrlAndAClosedOneToTheCancelUrl() {
            String paid = create(order());
            String cancelled = create(order());
            server.session(paid).complete();
            server.session(cancelled).cancel();

            assertThat(page(paid).body()).contains("href=\"" + SUCCESS_URL + "\"");
            assertThat(page(cancelled).body()).contains("href=\"" + CANCEL_URL + "\"");
        }
    }

    @Nested
    class UnknownPages {

        @Test
        void aBrowserGetsAPageAndAnythingElseXenditsJson() {
            String url = server.baseUrl() + "/checkout/ps-000000000000000000000000";

            Reply browser = XenditHttp.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build());
            Reply client = XenditHttp.send(HttpRequest.newBuilder(URI.create(url)).GET().build());
            Reply back = XenditHttp.send(HttpRequest.newBuilder(URI.create(url + "/back"))
                    .header("Accept", "text/html").GET().build());
            Reply pay = post(url, "application/x-www-form-urlencoded", "channel=OVO");

            assertThat(browser.status()).isEqualTo(404);
            assertThat(browser.header("Content-Type")).startsWith("text/html");
            assertThat(browser.body()).contains("<h1>Payment link not found</h1>");
            assertThat(client.status()).isEqualTo(404);
            assertThatJson(client.body()).isEqualTo("{\"error_code\":\"NOT_FOUND\",\"message\":\"Session not found\"}");
            assertThat(back.status()).isEqualTo(404);
            assertThat(pay.status()).isEqualTo(404);
            assertThat(pay.body()).contains("Payment link not found");
        }

        @Test
        void aComponentsSessionHasNoHostedPage() {
            ObjectNode body = minimal("PAY", 10_000).put("mode", "COMPONENTS");
            body.set("customer", customer("cust-ref-4"));
            body.putObject("components_configuration").putArray("origins").add("https://shop.example");
            String id = create(body);

            Reply page = XenditHttp.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/checkout/" + id))
                    .header("Accept", "text/html").GET().build());

            assertThat(page.status()).isEqualTo(404);
        }
    }
}
