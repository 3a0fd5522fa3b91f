package org.tongban.helpdesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The demo signs in with the accounts docs/demo-accounts.md gives the city's testers, and names their teams. */
class DemoHelpdeskTest {
    @Test
    void theDemoAccountsAndTeamsAreDocumented() throws Exception {
        String docs = Files.readString(Path.of("../../docs/demo-accounts.md"));
        assertThat(docs).contains("`" + DemoHelpdesk.LEAD + "` | `" + DemoHelpdesk.LEAD_PASSWORD + "`");
        assertThat(docs).contains("`" + DemoHelpdesk.HELPER + "` | `" + DemoHelpdesk.HELPER_PASSWORD + "`");
        for (var city : DemoHelpdesk.TEAMS.values()) {
            city.forEach(t -> assertThat(docs).contains(t.team().name().replace("项目帮办", "")));
        }
        String accounts = Files.readString(
                Path.of("../org.tongban.platform.security/src/main/resources/demo/demo-accounts.json"));
        assertThat(accounts).contains(DemoHelpdesk.LEAD_PASSWORD, DemoHelpdesk.HELPER_PASSWORD);
    }
}
