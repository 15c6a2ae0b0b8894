package io.github.fakexendit.internal.http;

import io.github.fakexendit.SessionStatus;
import io.github.fakexendit.internal.ApiError;
import io.github.fakexendit.internal.sessions.Session;
import java.util.Optional;

/** The hosted checkout page at a session's {@code payment_link_url}: what the customer is asked to pay. */
final class CheckoutPage {

    private CheckoutPage() {
    }

    static Response render(Optional<Session> found) {
        if (found.isEmpty()) {
            return Response.error(ApiError.sessionNotFound());
        }
        Session session = found.get();
        String description = session.text("description");
        String state = session.status() == SessionStatus.ACTIVE
                ? "Waiting for payment"
                : "This session is " + session.status() + " and takes no payment";
        String html = """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Checkout %s</title></head>
                <body>
                <main>
                <h1>%s</h1>
                <p>Amount: <strong>%s %s</strong></p>
                <p role="status">%s</p>
                </main>
                </body>
                </html>
                """.formatted(escape(session.referenceId()),
                escape(description == null ? "Checkout" : description),
                escape(session.text("currency")), escape(session.request().get("amount").asText()),
                escape(state));
        return Response.html(200, html);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
