package io.github.fakexendit.internal.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakexendit.internal.faults.FaultJson;
import io.github.fakexendit.internal.json.Json;
import io.github.fakexendit.internal.platform.ApiKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The journal as {@code GET /_fake/requests} shows it: every entry with its headers, every
 * {@code Authorization} value masked, and its body as JSON where it is JSON, as text where it is not; how it was
 * answered: the status, the {@code error_code} and {@code message} of an error, and the scripted fault.
 */
public final class JournalJson {

    private JournalJson() {
    }

    public static ObjectNode render(RequestJournal journal) {
        ObjectNode json = Json.object();
        ArrayNode requests = json.putArray("requests");
        for (JournalEntry entry : journal.snapshot()) {
            requests.add(render(entry));
        }
        json.put("dropped", journal.dropped());
        json.put("capacity", journal.capacity());
        return json;
    }

    private static ObjectNode render(JournalEntry entry) {
        ObjectNode json = Json.object();
        json.put("sequence", entry.sequence());
        json.put("time", entry.time().toString());
        json.put("method", entry.method());
        json.put("path", entry.path());
        json.put("query", entry.query() == null ? "" : entry.query());
        json.put("status", entry.status());
        if (entry.errorCode() == null) {
            json.putNull("error");
        } else {
            json.putObject("error").put("error_code", entry.errorCode()).put("message", entry.errorMessage());
        }
        json.set("fault", entry.fault() == null ? Json.NODES.nullNode() : FaultJson.render(entry.fault()));
        ObjectNode headers = json.putObject("headers");
        entry.headers().forEach((name, values) -> {
            ArrayNode list = headers.putArray(name);
            boolean secret = name.equalsIgnoreCase("Authorization");
            values.forEach(value -> list.add(secret ? ApiKeys.maskAuthorization(value) : value));
        });
        putBody(json, entry.body());
        return json;
    }

    /** {@code body}: the JSON sent, or {@code null} if none; a body that is not JSON is {@code body_text}. */
    private static void putBody(ObjectNode json, byte[] body) {
        if (body.length == 0) {
            json.putNull("body");
            return;
        }
        try {
            json.set("body", Json.parse(body));
        } catch (IOException notJson) {
            json.putNull("body");
            json.put("body_text", new String(body, StandardCharsets.UTF_8));
        }
    }
}
