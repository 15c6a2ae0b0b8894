package io.github.fakexendit.internal.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakexendit.internal.platform.PaymentChannels;
import java.util.ArrayList;
import java.util.List;

/**
 * Which channels a session offers its customer: those it lists in {@code allowed_payment_channels}, or else the
 * activated channels of its country and currency.
 */
final class SessionChannels {

    private final PaymentChannels channels;

    SessionChannels(PaymentChannels channels) {
        this.channels = channels;
    }

    /**
     * The channels the customer of {@code session} may pay with, in order: those it lists in
     * {@code allowed_payment_channels}, or else the activated channels of its country and currency.
     */
    List<String> offered(Session session) {
        if (!listsChannels(session)) {
            return channels.activated(session.text("country"), session.text("currency"));
        }
        List<String> listed = new ArrayList<>();
        session.request().get("allowed_payment_channels").forEach(code -> listed.add(code.asText()));
        return List.copyOf(listed);
    }

    private static boolean listsChannels(Session session) {
        JsonNode listed = session.request().get("allowed_payment_channels");
        return listed != null && listed.isArray() && !listed.isEmpty();
    }

    /**
     * A named channel must be one the session offers: those it lists in {@code allowed_payment_channels}, or
     * else the activated channels of its country and currency.
     *
     * @throws IllegalArgumentException naming the channels it offers
     */
    void requireOffered(Session session, String channel) {
        if (channel == null) {
            return;
        }
        List<String> offered = offered(session);
        if (!offered.contains(channel)) {
            boolean lists = listsChannels(session);
            throw new IllegalArgumentException("Session " + session.id() + " does not offer channel '" + channel
                    + "': " + (lists ? "its allowed_payment_channels are " : "it lists no allowed_payment_channels, "
                    + "so it offers the activated channels of " + session.text("country") + " in "
                    + session.text("currency") + ": ") + String.join(", ", offered));
        }
    }
}
