package io.github.fakexendit.internal.webhooks;

/**
 * An event a product sends, as the webhook log names it.
 *
 * @param name    the envelope's {@code event}, such as {@code payment_session.completed}
 * @param product the product that sends it, as messages name it: {@code payment sessions}
 * @param noun    what its object is, as messages name it: {@code session}
 * @param idField the name of its object's id in the admin API's webhook log: {@code payment_session_id}
 * @param apiVersion the envelope's {@code api_version} (Xendit's payment events say {@code v3}), or {@code null}
 *                   for an envelope without one
 */
public record EventType(String name, String product, String noun, String idField, String apiVersion) {

    /** An event whose envelope has no {@code api_version}. */
    public EventType(String name, String product, String noun, String idField) {
        this(name, product, noun, idField, null);
    }
}
