package io.github.fakexendit.internal.payments;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.json.Json;
import java.math.BigDecimal;

/** Checkouts as a session of the shop would hand them over. */
final class Checkouts {

    static final Object SHOP = "shop-account";
    static final Object OTHER_SHOP = "other-account";
    static final String SHOP_ID = "5f27a14a9bf05c73dd040bc8";

    private Checkouts() {
    }

    static Checkout pay(String channel, String amount) {
        return new Checkout(SHOP, SHOP_ID, true, false, "order-1", "cust-5ed61c4e-499f-49bd-9d90-f3f45028a7a3", "ID",
                "IDR", new BigDecimal(amount), CaptureMethod.AUTOMATIC, channel, null, null, null, null);
    }

    static Checkout authorize(String amount) {
        return new Checkout(SHOP, SHOP_ID, true, false, "order-1", null, "ID", "IDR", new BigDecimal(amount),
                CaptureMethod.MANUAL, "CARDS", null, null, null, null);
    }

    static Checkout payAndSave(String channel, CaptureMethod captureMethod) {
        return new Checkout(SHOP, SHOP_ID, true, true, "order-2", "cust-5ed61c4e-499f-49bd-9d90-f3f45028a7a3", "ID",
                "IDR", new BigDecimal("150000"), captureMethod, channel, null, null, null, null);
    }

    static Checkout save(String channel) {
        return new Checkout(SHOP, SHOP_ID, false, true, "save-1", "cust-5ed61c4e-499f-49bd-9d90-f3f45028a7a3", "PH",
                "PHP", null, null, channel, null, null, null, null);
    }

    static Checkout described(String description, String metadata) {
        JsonNode meta = Json.parse(metadata);
        return new Checkout(SHOP, SHOP_ID, true, false, "order-3", null, "PH", "PHP", new BigDecimal("10000.50"),
                CaptureMethod.AUTOMATIC, "GCASH", null, description, meta,
                Json.parse("[{\"reference_id\":\"sku-1\",\"name\":\"Tea\"}]"));
    }
}
