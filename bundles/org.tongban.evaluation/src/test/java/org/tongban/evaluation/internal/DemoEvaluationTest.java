package org.tongban.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's tablet tokens are the ones docs/demo-accounts.md gives the city's testers. */
class DemoEvaluationTest {
    @Test
    void theDemoTabletAddressesAreDocumented() throws Exception {
        String docs = java.nio.file.Files.readString(java.nio.file.Path.of("../../docs/demo-accounts.md"));
        for (String city : List.of("jinan", "zibo")) {
            for (DemoEvaluation.Window w : DemoEvaluation.WINDOWS.get(city)) {
                assertThat(w.token(city)).matches("[A-Za-z0-9_-]{20,64}");
                assertThat(docs).contains("/rate/" + w.token(city));
            }
        }
        assertThat(docs).contains("`" + DemoEvaluation.UNIT + "` | `" + DemoEvaluation.UNIT_PASSWORD + "`");
    }
}
