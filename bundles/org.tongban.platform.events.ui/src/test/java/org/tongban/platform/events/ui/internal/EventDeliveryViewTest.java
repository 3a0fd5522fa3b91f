package org.tongban.platform.events.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.platform.events.ui.internal.FakeOutbox.letter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.platform.events.DeadLetter;
import org.tongban.platform.events.HandlerPosition;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The event delivery view built in a bare UI: what it shows, and what a replay tells the administrator. */
class EventDeliveryViewTest extends ConsoleTestSupport {
    private static final String MARKUP = "<img src=x onerror=alert(1)>";

    private final FakeOutbox outbox = new FakeOutbox();

    private EventDeliveryView open() {
        EventDeliveryView view = new EventDeliveryView(outbox);
        ui.add(view);
        return view;
    }

    @Test
    void positionsShowEachHandlerAgainstTheNewestEvent() {
        outbox.positions.add(new HandlerPosition("search.indexer", "*", 120, 120, null, 0, null, null));
        outbox.positions.add(new HandlerPosition("worktime.report", "node-a", 100, 120, null, 0, null, null));
        Instant retry = Instant.parse("2026-03-02T06:31:00Z");
        outbox.positions.add(
                new HandlerPosition("notice.mailer", "*", 110, 120, 111L, 3, retry, "java.io.IOException: 邮件服务器无响应"));

        EventDeliveryView view = open();

        Grid<HandlerPosition> grid = positions(view);
        List<HandlerPosition> rows = grid.getListDataView().getItems().toList();
        assertThat(rows).hasSize(3);
        HandlerPosition current = rows.get(0);
        HandlerPosition behind = rows.get(1);
        HandlerPosition retrying = rows.get(2);
        assertThat(cell(grid, "handler", current)).isEqualTo("search.indexer");
        assertThat(cell(grid, "node", current)).isEqualTo("全部节点");
        assertThat(cell(grid, "node", behind)).isEqualTo("node-a");
        assertThat(cell(grid, "progress", behind)).isEqualTo("100 / 120");
        assertThat(cell(grid, "lag", current)).isEqualTo("0");
        assertThat(cell(grid, "lag", behind)).isEqualTo("20");
        assertThat(state(grid, current)).isEqualTo("已是最新");
        assertThat(state(grid, behind)).isEqualTo("处理中");
        assertThat(state(grid, retrying)).isEqualTo("正在重试事件 111");
        assertThat(cell(grid, "attempts", retrying)).isEqualTo("3");
        assertThat(cell(grid, "attempts", current)).isEmpty();
        assertThat(cell(grid, "retryAt", retrying))
                .isEqualTo(EventFormats.time(retry))
                .matches("2026-03-02 \\d\\d:31:00");
        assertThat(cell(grid, "lastError", retrying)).isEqualTo("java.io.IOException: 邮件服务器无响应");
        assertThat(summary(view)).isEqualTo("3 个处理程序，其中 2 个落后或正在重试；死信 0 条");
    }

    @Test
    void deadLettersShowTheEventAndItsPayloadAsPlainText() {
        outbox.letters.add(letter(
                "search.indexer",
                "*",
                42,
                Map.of("version", "3", "title", MARKUP),
                "java.lang.IllegalStateException: <b>索引</b>已锁定"));

        EventDeliveryView view = open();

        Grid<DeadLetter> grid = deadLetters(view);
        DeadLetter row = grid.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(cell(grid, "handler", row)).isEqualTo("search.indexer");
        assertThat(cell(grid, "node", row)).isEqualTo("全部节点");
        assertThat(cell(grid, "sequence", row)).isEqualTo("42");
        assertThat(cell(grid, "topic", row)).isEqualTo("catalogue/PUBLISHED");
        assertThat(cell(grid, "aggregate", row)).isEqualTo("matter/370100-SCJ-XK-001");
        // Sent as data the grid writes as text: the markup arrives as characters, not as an element.
        assertThat(cell(grid, "payload", row)).isEqualTo("title=" + MARKUP + ", version=3");
        assertThat(cell(grid, "attempts", row)).isEqualTo("5");
        assertThat(cell(grid, "lastError", row)).isEqualTo("java.lang.IllegalStateException: <b>索引</b>已锁定");
        assertThat(cell(grid, "diedAt", row)).isEqualTo(EventFormats.time(FakeOutbox.DIED));
        assertThat(all(view, Component.class)).noneMatch(c -> c.getElement().hasProperty("innerHTML"));
        assertThat(shown(grid)).isTrue();
        assertThat(shown(noDeadLetters(view))).isFalse();
        assertThat(summary(view)).endsWith("死信 1 条");
    }

    @Test
    void aLongPayloadIsCutInTheCellAndWholeInTheTooltip() {
        String value = "很长的内容".repeat(60);
        outbox.letters.add(letter("search.indexer", "*", 7, Map.of("body", value), "boom"));

        Grid<DeadLetter> grid = deadLetters(open());

        DeadLetter row = grid.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(cell(grid, "payload", row))
                .hasSize(EventFormats.MAX_CELL + 1)
                .endsWith("…");
        assertThat(grid.getColumnByKey("payload").getTooltipGenerator().apply(row))
                .isEqualTo("body=" + value);
        assertThat(grid.getColumnByKey("lastError").getTooltipGenerator().apply(row))
                .isNull();
    }

    @Test
    void withoutDeadLettersTheViewSaysSo() {
        outbox.positions.add(new HandlerPosition("search.indexer", "*", 5, 5, null, 0, null, null));

        EventDeliveryView view = open();

        assertThat(shown(noDeadLetters(view))).isTrue();
        assertThat(noDeadLetters(view).getText()).isEqualTo("没有死信");
        assertThat(shown(deadLetters(view))).isFalse();
        assertThat(shown(positions(view))).isTrue();
    }

    @Test
    void aSuccessfulReplayIsConfirmedAndTheLetterLeavesTheList() {
        outbox.letters.add(letter("search.indexer", "*", 42, Map.of("version", "3"), "boom"));
        EventDeliveryView view = open();

        replayButton(view, 0).click();
        roundTrip();

        assertThat(outbox.replayed).containsExactly("search.indexer@*#42");
        Notification notification = lastNotification();
        assertThat(text(notification)).isEqualTo("已重放事件 42，处理程序 search.indexer 处理成功");
        assertThat(notification.getThemeNames()).contains("success");
        assertThat(shown(noDeadLetters(view))).isTrue();
        assertThat(summary(view)).endsWith("死信 0 条");
    }

    @Test
    void aFailedReplayShowsTheServicesMessageAndTheNewError() {
        outbox.letters.add(letter("search.indexer", "node-a", 42, Map.of(), "first failure"));
        outbox.replayFailure =
                () -> new IllegalStateException("重放失败：java.lang.IllegalStateException: 索引已锁定", new RuntimeException());
        EventDeliveryView view = open();

        replayButton(view, 0).click();
        roundTrip();

        Notification notification = lastNotification();
        assertThat(text(notification)).isEqualTo("重放失败：java.lang.IllegalStateException: 索引已锁定");
        assertThat(notification.getThemeNames()).contains("error");
        // The list was read again: the letter stays, with the new error and one more attempt.
        Grid<DeadLetter> grid = deadLetters(view);
        DeadLetter row = grid.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(cell(grid, "attempts", row)).isEqualTo("6");
        assertThat(cell(grid, "lastError", row)).isEqualTo("重放失败：java.lang.IllegalStateException: 索引已锁定");
    }

    @Test
    void aReplayTheServiceRefusesShowsWhy() {
        outbox.letters.add(letter("worktime.report", "node-b", 9, Map.of(), "boom"));
        outbox.replayFailure = () -> new IllegalArgumentException("该事件属于节点「node-b」，请在该节点上重放");
        EventDeliveryView view = open();

        replayButton(view, 0).click();
        roundTrip();

        assertThat(text(lastNotification())).isEqualTo("该事件属于节点「node-b」，请在该节点上重放");
    }

    @Test
    void anUnexpectedFailureShowsAGenericMessageWithoutTheTrace() {
        outbox.letters.add(letter("search.indexer", "*", 42, Map.of(), "boom"));
        outbox.replayFailure = () -> new NullPointerException("Cannot invoke \"String.length()\"");
        EventDeliveryView view = open();

        replayButton(view, 0).click();
        roundTrip();

        assertThat(text(lastNotification())).isEqualTo("操作失败，请稍后重试或联系系统管理员。").doesNotContain("NullPointerException");
    }

    @Test
    void theRefreshButtonReadsTheOutboxAgain() {
        EventDeliveryView view = open();
        assertThat(shown(noDeadLetters(view))).isTrue();

        outbox.letters.add(letter("search.indexer", "*", 43, Map.of(), "boom"));
        refresh(view).click();

        assertThat(deadLetters(view).getListDataView().getItems()).hasSize(1);
        assertThat(shown(deadLetters(view))).isTrue();
        assertThat(shown(noDeadLetters(view))).isFalse();
    }

    @Test
    void moreLettersThanListedAreCounted() {
        outbox.letters.add(letter("search.indexer", "*", 43, Map.of(), "boom"));
        outbox.extraCount = 250;

        EventDeliveryView view = open();

        Paragraph truncated =
                byId(view, Paragraph.class, "events-dead-truncated").orElseThrow();
        assertThat(shown(truncated)).isTrue();
        assertThat(truncated.getText()).isEqualTo("显示最新的 1 条，共 251 条");
    }

    @Test
    void withoutThePermissionTheRefusalIsShownInsteadOfTheTables() {
        outbox.denied = true;
        outbox.letters.add(letter("search.indexer", "*", 42, Map.of(), "boom"));

        EventDeliveryView view = open();

        Paragraph problem = byId(view, Paragraph.class, "events-problem").orElseThrow();
        assertThat(shown(problem)).isTrue();
        assertThat(problem.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(problem.getText()).isEqualTo("无法读取事件投递情况：无权执行此操作（platform:admin）");
        assertThat(shown(positions(view))).isFalse();
        assertThat(shown(deadLetters(view))).isFalse();
        assertThat(shown(noDeadLetters(view))).isFalse();

        // Granted again: a refresh brings the tables back.
        outbox.denied = false;
        refresh(view).click();
        assertThat(shown(problem)).isFalse();
        assertThat(shown(deadLetters(view))).isTrue();
    }

    @Test
    void controlsAreLabelledAndReachableByKeyboard() {
        outbox.letters.add(letter("search.indexer", "node-a", 42, Map.of(), "boom"));

        EventDeliveryView view = open();

        Button replay = replayButton(view, 0);
        assertThat(replay.getText()).isEqualTo("重放");
        assertThat(replay.getAriaLabel()).contains("重放事件 42（处理程序 search.indexer，node-a）");
        assertThat(refresh(view).getText()).isEqualTo("刷新");
        assertThat(refresh(view).getElement().getAttribute("aria-keyshortcuts")).isEqualTo("Alt+R");
        assertThat(positions(view).getAriaLabel()).contains("处理进度");
        assertThat(deadLetters(view).getAriaLabel()).contains("死信");
        assertThat(byId(view, Span.class, "events-summary")
                        .orElseThrow()
                        .getElement()
                        .getAttribute("aria-live"))
                .isEqualTo("polite");
        // Narrow screens: the tables scroll sideways with the handler, and the replay button, kept in view.
        assertThat(positions(view).getColumnByKey("handler").isFrozen()).isTrue();
        assertThat(deadLetters(view).getColumnByKey("replay").isFrozenToEnd()).isTrue();
    }

    @Test
    void theTextsExistInTraditionalChineseAndEnglish() {
        outbox.letters.add(letter("search.indexer", "*", 42, Map.of(), "boom"));
        for (Locale locale : List.of(Locale.TRADITIONAL_CHINESE, Locale.ENGLISH)) {
            ui.setLocale(locale);
            EventDeliveryView view = open();
            assertThat(refresh(view).getText()).isNotEqualTo("刷新");
            assertThat(replayButton(view, 0).getText()).isIn("重放", "Replay");
            ui.remove(view);
        }
    }

    private static Grid<HandlerPosition> positions(EventDeliveryView view) {
        @SuppressWarnings("unchecked")
        Grid<HandlerPosition> grid = byId(view, Grid.class, "events-positions").orElseThrow();
        return grid;
    }

    private static Grid<DeadLetter> deadLetters(EventDeliveryView view) {
        @SuppressWarnings("unchecked")
        Grid<DeadLetter> grid = byId(view, Grid.class, "events-dead-letters").orElseThrow();
        return grid;
    }

    private static Paragraph noDeadLetters(EventDeliveryView view) {
        return byId(view, Paragraph.class, "events-no-dead-letters").orElseThrow();
    }

    private static Button refresh(EventDeliveryView view) {
        return byId(view, Button.class, "events-refresh").orElseThrow();
    }

    private static String summary(EventDeliveryView view) {
        return byId(view, Span.class, "events-summary").orElseThrow().getText();
    }

    /** The replay button of the row, as the grid's renderer creates it. */
    @SuppressWarnings("unchecked")
    private static Button replayButton(EventDeliveryView view, int row) {
        Grid<DeadLetter> grid = deadLetters(view);
        ComponentRenderer<?, DeadLetter> renderer =
                (ComponentRenderer<?, DeadLetter>) grid.getColumnByKey("replay").getRenderer();
        Button button = (Button) renderer.createComponent(
                grid.getListDataView().getItems().toList().get(row));
        // Rendered into the grid, as in the browser, so that it can reach the UI.
        view.add(button);
        return button;
    }

    @SuppressWarnings("unchecked")
    private static String state(Grid<HandlerPosition> grid, HandlerPosition row) {
        ComponentRenderer<?, HandlerPosition> renderer = (ComponentRenderer<?, HandlerPosition>)
                grid.getColumnByKey("state").getRenderer();
        Span label = (Span) renderer.createComponent(row);
        assertThat(label.getElement().getChildren()).allMatch(Element::isTextNode);
        return label.getText();
    }

    /** The text a cell shows, generated by the column's renderer as the grid sends it to the browser. */
    private static <T> String cell(Grid<T> grid, String key, T row) {
        Renderer<T> renderer = grid.getColumnByKey(key).getRenderer();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        renderer.render(new Element("div"), null)
                .getDataGenerator()
                .orElseThrow()
                .generateData(row, data);
        assertThat(data.size()).isEqualTo(1);
        return data.values().iterator().next().asString();
    }

    private Notification lastNotification() {
        List<Notification> notifications = all(ui, Notification.class);
        assertThat(notifications).isNotEmpty();
        return notifications.getLast();
    }

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text");
    }
}
