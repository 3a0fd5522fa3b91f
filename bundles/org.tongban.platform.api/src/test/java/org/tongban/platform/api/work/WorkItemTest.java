package org.tongban.platform.api.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkItemTest {

    @Test
    void aLineLinksOnlyToAPageOfThisSite() {
        for (String link : List.of("https://evil.example/x", "javascript:alert(1)", "/console/x", "//evil.example")) {
            assertThatThrownBy(() -> WorkItem.counted("k", 1, link, WorkUrgency.NORMAL))
                    .as(link)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(WorkItem.counted("k", 1, "console/hotline/queue", WorkUrgency.NORMAL)
                        .link())
                .isEqualTo("console/hotline/queue");
    }

    @Test
    void aLineWithNothingBehindItIsRefusedAndABlankReasonIsNone() {
        assertThatThrownBy(() -> WorkItem.counted("k", 0, "console", WorkUrgency.NORMAL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new WorkItem("k", List.of(), 1, "console", WorkUrgency.NORMAL, "  ").reason())
                .isNull();
    }
}
