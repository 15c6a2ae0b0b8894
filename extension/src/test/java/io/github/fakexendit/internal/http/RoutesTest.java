package io.github.fakexendit.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakexendit.internal.RequestPattern;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The route table alone: which route a path reaches, its path values, and what 404 and 405 are made of. */
class RoutesTest {

    private static final Routes.Handler NONE = request -> null;

    private final Routes routes = new Routes()
            .api("POST", "/sessions", (request, business) -> null)
            .api("GET", "/sessions/{id}", (request, business) -> null)
            .api("POST", "/sessions/{id}/cancel", (request, business) -> null)
            .admin("POST", "/_fake/channels/deactivate", NONE)
            .admin("GET", "/_fake/channels/{country}", NONE)
            .admin("POST", "/_fake/faults", NONE)
            .admin("DELETE", "/_fake/faults", NONE);

    private Routes.Match match(String method, String path) {
        return routes.match(method, RequestPattern.segments(path));
    }

    @Test
    void aVariableSegmentIsReadByName() {
        Routes.Match match = match("POST", "/sessions/ps-1/cancel");

        assertThat(match.route().endpoint()).isEqualTo("POST /sessions/{id}/cancel");
        assertThat(match.params()).isEqualTo(Map.of("id", "ps-1"));
    }

    @Test
    void aLiteralSegmentWinsOverAVariableOne() {
        assertThat(match("POST", "/_fake/channels/deactivate").route().endpoint())
                .isEqualTo("POST /_fake/channels/deactivate");
        // the literal route alone counts for its path: GET there is not the {country} route
        assertThat(match("GET", "/_fake/channels/deactivate").allowed()).containsExactly("POST");
        assertThat(match("GET", "/_fake/channels/ID").params()).isEqualTo(Map.of("country", "ID"));
    }

    @Test
    void anotherMethodIsTheMethodsOfThePathInTheOrderTheyWereAdded() {
        Routes.Match match = match("PUT", "/_fake/faults");

        assertThat(match.route()).isNull();
        assertThat(match.allowed()).containsExactly("POST", "DELETE");
    }

    @Test
    void aPathNoPatternMatchesIsNotFound() {
        assertThat(match("GET", "/sessions/ps-1/cancel/now").allowed()).isEmpty();
        assertThat(match("GET", "/").route()).isNull();
        assertThat(match("GET", "/").allowed()).isEmpty();
    }

    @Test
    void emptySegmentsAreIgnored() {
        assertThat(match("GET", "//sessions//ps-1/").params()).isEqualTo(Map.of("id", "ps-1"));
    }

    @Test
    void adminRoutesAndTheyAloneGoUnderTheAdminPrefix() {
        assertThatThrownBy(() -> new Routes().api("GET", "/_fake/x", (request, business) -> null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Routes().admin("GET", "/sessions", NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> routes.page("POST", "/sessions", NONE))
                .hasMessageContaining("two routes for POST /sessions");
    }

    @Test
    void theAdminPrefixIsTheFirstNonEmptySegment() {
        assertThat(Routes.isAdmin("/_fake/health")).isTrue();
        assertThat(Routes.isAdmin("//_fake")).isTrue();
        assertThat(Routes.isAdmin("/_faker")).isFalse();
        assertThat(Routes.isAdmin("/sessions/_fake")).isFalse();
    }
}
