package io.github.fakexendit.internal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakexendit.internal.settings.Setting;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** {@code --help} lists every flag that {@link Setting#ALL} declares. */
class UsageTest {

    @Test
    void theHelpNamesEveryFlag() {
        Setting.ALL.stream().map(Setting::flag).filter(Objects::nonNull)
                .forEach(flag -> assertThat(Main.USAGE.lines()).as("--help names " + flag)
                        .anyMatch(line -> line.equals("  " + flag) || line.startsWith("  " + flag + " ")));
    }
}
