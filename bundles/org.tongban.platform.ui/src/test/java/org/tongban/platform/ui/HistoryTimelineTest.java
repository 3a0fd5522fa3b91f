package org.tongban.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.testing.ui.UiTestSupport;

class HistoryTimelineTest extends UiTestSupport {

    @Test
    void anEmptyHistorySaysSo() {
        HistoryTimeline timeline = new HistoryTimeline("计时历史");

        assertThat(all(timeline, OrderedList.class).getFirst().isVisible()).isFalse();
        assertThat(all(timeline, Paragraph.class).getFirst().getText()).isEqualTo("暂无记录。");
    }

    @Test
    void listsEntriesWithTimeActorAndNote() {
        HistoryTimeline timeline = new HistoryTimeline("计时历史");
        timeline.setEntries(List.of(
                new HistoryEntry(Instant.parse("2025-03-03T01:30:00Z"), "lixia.clerk", "开始计时", null),
                new HistoryEntry(Instant.parse("2025-03-04T08:00:00Z"), "city.clerk", "延长时限", "<b>材料</b>补正")));

        OrderedList list = all(timeline, OrderedList.class).getFirst();
        assertThat(list.getElement().getAttribute("aria-label")).isEqualTo("计时历史");
        assertThat(list.isVisible()).isTrue();
        List<ListItem> items = all(timeline, ListItem.class);
        assertThat(items).hasSize(2);
        String first = items.get(0).getElement().getTextRecursively();
        assertThat(first).contains("2025-03-03 09:30").contains("开始计时").contains("办理人：lixia.clerk");
        assertThat(items.get(0).getElement().getChild(0).getChild(0).getChild(0).getAttribute("datetime"))
                .isEqualTo("2025-03-03T01:30:00Z");
        // a note is text, not markup
        assertThat(items.get(1).getElement().getTextRecursively()).contains("<b>材料</b>补正");
        assertThat(timeline.entries()).hasSize(2);
    }
}
