package io.github.fakexendit.internal.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChargeScriptsTest {

    private final ChargeScripts scripts = new ChargeScripts();

    @Test
    void eachChargeOfATokenTakesTheOldestScriptLeftForThatToken() {
        scripts.scriptNext("pt-a", ChargeScripts.Script.fail("CARD_DECLINED"));
        scripts.scriptNext("pt-a", ChargeScripts.Script.requireAction());
        scripts.scriptNext("pt-b", ChargeScripts.Script.stayPending());

        assertThat(scripts.take("pt-a")).contains(ChargeScripts.Script.fail("CARD_DECLINED"));
        assertThat(scripts.pending("pt-a")).isEqualTo(1);
        assertThat(scripts.take("pt-a")).contains(ChargeScripts.Script.requireAction());
        assertThat(scripts.take("pt-a")).isEmpty();
        assertThat(scripts.take("pt-b")).contains(ChargeScripts.Script.stayPending());
    }

    @Test
    void resetForgetsEveryScript() {
        scripts.scriptNext("pt-a", ChargeScripts.Script.fail("CARD_DECLINED"));
        scripts.reset();

        assertThat(scripts.take("pt-a")).isEmpty();
    }

    @Test
    void aFailureNeedsItsCode() {
        assertThatThrownBy(() -> ChargeScripts.Script.fail(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CARD_DECLINED");
    }
}
