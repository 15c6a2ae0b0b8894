package io.github.fakexendit.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.ApiError;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The schema's answers word for word as the real service's validator gives them: one change from a valid
 * minimal PAY session per row, the rows of Xendit's validation wording reference.
 */
class SchemaWordingTest {

    private static final JsonSchema SCHEMA = JsonSchema.load("create-session.schema.json");
    private static final String MINIMAL = """
            {"reference_id":"order-1","session_type":"PAY","currency":"IDR","amount":10000,
             "mode":"PAYMENT_LINK","country":"ID"}""";
    private static final String CUSTOMER = """
            {"type":"INDIVIDUAL","reference_id":"c-1","individual_detail":{"given_names":"Lorem"}}""";
    private static final String ITEM = """
            {"reference_id":"i-1","name":"Shirt","net_unit_amount":5000,"quantity":1,"category":"CLOTHES"}""";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            missing reference_id   | reference_id                        | -                | request/body must have required property 'reference_id'                       | /body/reference_id
            reference_id empty     | reference_id                        | ""               | request/body/reference_id must NOT have fewer than 1 characters               | /body/reference_id
            reference_id 65 chars  | reference_id                        | "%65"            | request/body/reference_id must NOT have more than 64 characters               | /body/reference_id
            reference_id number    | reference_id                        | 12               | request/body/reference_id must be string                                      | /body/reference_id
            amount string          | amount                              | "100"            | request/body/amount must be number                                            | /body/amount
            amount negative        | amount                              | -1               | request/body/amount must be >= 0                                              | /body/amount
            amount null            | amount                              | null             | request/body/amount must be number                                            | /body/amount
            currency EUR           | currency                            | "EUR"            | request/body/currency must be equal to one of the allowed values: IDR, PHP, VND, THB, SGD, MYR, USD | /body/currency
            currency lowercase     | currency                            | "idr"            | request/body/currency must be equal to one of the allowed values: IDR, PHP, VND, THB, SGD, MYR, USD | /body/currency
            country US             | country                             | "US"             | request/body/country must be equal to one of the allowed values: ID, PH, VN, TH, SG, MY | /body/country
            allow_save SOMETIMES   | allow_save_payment_method           | "SOMETIMES"      | request/body/allow_save_payment_method must be equal to one of the allowed values: DISABLED, OPTIONAL, FORCED | /body/allow_save_payment_method
            capture_method LATER   | capture_method                      | "LATER"          | request/body/capture_method must be equal to one of the allowed values: AUTOMATIC, MANUAL | /body/capture_method
            customer_id short      | customer_id                         | "cust-1"         | request/body/customer_id must NOT have fewer than 41 characters               | /body/customer_id
            description empty      | description                         | ""               | request/body/description must NOT have fewer than 1 characters                | /body/description
            description 1001       | description                         | "%1001"          | request/body/description must NOT have more than 1000 characters              | /body/description
            locale number          | locale                              | 1                | request/body/locale must be string                                            | /body/locale
            metadata string        | metadata                            | "x"              | request/body/metadata must be object                                          | /body/metadata
            expires_at not date    | expires_at                          | "tomorrow"       | request/body/expires_at must match format "date-time"                         | /body/expires_at
            allowed channels string| allowed_payment_channels            | "OVO"            | request/body/allowed_payment_channels must be array                           | /body/allowed_payment_channels
            customer no individual | customer/individual_detail          | -                | request/body/customer must have required property 'individual_detail'         | /body/customer/individual_detail
            customer type BUSINESS | customer/type                       | "BUSINESS"       | request/body/customer/type must be equal to one of the allowed values: INDIVIDUAL | /body/customer/type
            customer email 51      | customer/email                      | "%51"            | request/body/customer/email must NOT have more than 50 characters             | /body/customer/email
            customer email invalid | customer/email                      | "not-an-email"   | request/body/customer/email must match format "email"                         | /body/customer/email
            no given_names         | customer/individual_detail/given_names | -             | request/body/customer/individual_detail must have required property 'given_names' | /body/customer/individual_detail/given_names
            gender X               | customer/individual_detail/gender   | "X"              | request/body/customer/individual_detail/gender must be equal to one of the allowed values: MALE, FEMALE, OTHER | /body/customer/individual_detail/gender
            nationality 3          | customer/individual_detail/nationality | "IDN"         | request/body/customer/individual_detail/nationality must NOT have more than 2 characters | /body/customer/individual_detail/nationality
            item missing name      | items/0/name                        | -                | request/body/items/0 must have required property 'name'                       | /body/items/0/name
            item quantity 0        | items/0/quantity                    | 0                | request/body/items/0/quantity must be >= 1                                    | /body/items/0/quantity
            item quantity 1.5      | items/0/quantity                    | 1.5              | request/body/items/0/quantity must be integer                                 | /body/items/0/quantity
            item type FOOD         | items/0/type                        | "FOOD"           | request/body/items/0/type must be equal to one of the allowed values: DIGITAL_PRODUCT, PHYSICAL_PRODUCT, DIGITAL_SERVICE, PHYSICAL_SERVICE, FEE | /body/items/0/type
            item category 256      | items/0/category                    | "%256"           | request/body/items/0/category must NOT have more than 255 characters          | /body/items/0/category
            items not array        | items                               | {}               | request/body/items must be array                                              | /body/items
            channel_properties str | channel_properties                  | "x"              | request/body/channel_properties must be object                                | /body/channel_properties
            """)
    void aViolationIsWordedAsXenditWordsIt(String change, String field, String value, String message, String path) {
        List<Violation> violations = SCHEMA.validate(body(field, value), "/body");

        assertThat(violations).as(change).isNotEmpty();
        assertThat(violations.get(0).fullMessage()).isEqualTo(message);
        assertThat(violations.get(0).path()).isEqualTo(path);
        assertThat(ApiError.validation(violations).message()).isEqualTo(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            customer_id wrong prefix 41 | customer_id                    | "%41"
            metadata 21 keys            | metadata                       | {"k1":"1","k2":"2","k3":"3","k4":"4","k5":"5","k6":"6","k7":"7","k8":"8","k9":"9","k10":"10","k11":"11","k12":"12","k13":"13","k14":"14","k15":"15","k16":"16","k17":"17","k18":"18","k19":"19","k20":"20","k21":"21"}
            metadata value 81           | metadata                       | {"k":"%81"}
            metadata value number       | metadata                       | {"k":1}
            metadata null               | metadata                       | null
            expires_at past             | expires_at                     | "2020-01-01T00:00:00Z"
            expires_at with offset      | expires_at                     | "2030-01-01T07:00:00+07:00"
            allowed channels unknown    | allowed_payment_channels       | ["NOT_A_CHANNEL"]
            success url http            | success_return_url             | "http://shop.example/ok"
            success url not url         | success_return_url             | "not a url"
            customer mobile invalid     | customer/mobile_number         | "12"
            individual dob bad          | customer/individual_detail/date_of_birth | "31-12-1990"
            item url bad                | items/0/url                    | "not a url"
            item quantity 2.0           | items/0/quantity               | 2.0
            items null                  | items                          | null
            internal_metadata           | internal_metadata              | {"a":"b"}
            unknown property            | something_new                  | 1
            """)
    void whatTheSchemaLeavesToBusinessRulesPassesIt(String change, String field, String value) {
        assertThat(SCHEMA.validate(body(field, value), "/body")).as(change).isEmpty();
    }

    @Test
    void everyViolationIsListedInTheValidatorsOrderAndTheMessageIsTheFirst() {
        ObjectNode body = (ObjectNode) Json.parse(MINIMAL);
        body.remove("session_type");
        body.put("reference_id", "");
        body.put("amount", "lots");

        List<Violation> violations = SCHEMA.validate(body, "/body");

        assertThat(violations).extracting(Violation::fullMessage).containsExactly(
                "request/body must have required property 'session_type'",
                "request/body/reference_id must NOT have fewer than 1 characters",
                "request/body/amount must be number");
        assertThat(violations).extracting(Violation::path)
                .containsExactly("/body/session_type", "/body/reference_id", "/body/amount");
        assertThat(ApiError.validation(violations).message())
                .isEqualTo("request/body must have required property 'session_type'");
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDE00".repeat(64);

        assertThat(SCHEMA.validate(body("reference_id", "\"" + emoji + "\""), "/body")).isEmpty();
    }

    /** The minimal body with a customer and an item, and {@code field} set to {@code value} (null: removed). */
    static JsonNode body(String field, String value) {
        ObjectNode body = (ObjectNode) Json.parse(MINIMAL);
        body.set("customer", Json.parse(CUSTOMER));
        body.putArray("items").add(Json.parse(ITEM));
        String[] steps = field.split("/");
        JsonNode parent = body;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(steps[i])) : parent.get(steps[i]);
        }
        String last = steps[steps.length - 1];
        if (value == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, Json.parse(expand(value)));
        }
        return body;
    }

    /** {@code "%65"} is a string of 65 characters, {@code "%41"} one of 41, and so on. */
    private static String expand(String value) {
        Matcher m = Pattern.compile("%(\\d+)").matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "a".repeat(Integer.parseInt(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
