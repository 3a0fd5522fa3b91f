package org.tongban.intake.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tongban.intake.CaseTracking;
import org.tongban.intake.IntakeException;
import org.tongban.intake.TrackedCase;
import org.tongban.testing.ui.Components;
import org.tongban.testing.ui.UiTestSupport;

/** What a visitor reads for a matching case, for anything else, and when asking too often. */
class TrackCaseViewTest extends UiTestSupport {
    TrackCaseViewTest() {
        super("i18n/intake-portal");
    }

    private static final String NUMBER = "SL370102202603020001";

    /** The service's contract as the headless bundle's tests check it: one case, ending 5L67; 'BUSY' is over limit. */
    private final CaseTracking tracking = (number, tail, address) -> {
        if ("BUSY".equals(tail)) {
            throw IntakeException.of("intake.error.trackingTooOften");
        }
        return NUMBER.equals(number) && "5L67".equals(tail)
                ? Optional.of(new TrackedCase(
                        NUMBER,
                        "食品经营许可（新办）<b>",
                        "ACCEPTED",
                        Instant.parse("2026-03-02T02:00:00Z"),
                        List.of(
                                new TrackedCase.Milestone(Instant.parse("2026-03-02T02:00:00Z"), "RECEIVED"),
                                new TrackedCase.Milestone(Instant.parse("2026-03-02T02:10:00Z"), "ACCEPTANCE"))))
                : Optional.empty();
    };

    @Test
    void aMatchingCaseShowsItsStateAndMilestonesInBeijingTime() {
        TrackCaseView view = filled(NUMBER, "5L67");

        view.ask();

        assertThat(result(view))
                .contains("当前状态：已受理", "办件编号：" + NUMBER, "办理事项：食品经营许可（新办）<b>")
                .contains("2026-03-02 10:00　收件", "2026-03-02 10:10　受理，出具受理通知书");
    }

    @Test
    void anythingElseGetsOneNeutralSentence() {
        TrackCaseView view = filled(NUMBER, "5L68");
        view.ask();
        String wrong = result(view);
        filled(view, "SL370102209912310999", "5L67");
        view.ask();

        assertThat(wrong).isEqualTo("未查到与输入相符的办件，请核对办件编号和证件号码后4位。");
        assertThat(result(view)).isEqualTo(wrong);
    }

    @Test
    void askingTooOftenShowsTheServicesMessageAndNoResult() {
        TrackCaseView view = filled(NUMBER, "BUSY");

        view.ask();

        assertThat(result(view)).isEmpty();
    }

    private TrackCaseView filled(String number, String tail) {
        return filled(new TrackCaseView(tracking), number, tail);
    }

    private static TrackCaseView filled(TrackCaseView view, String number, String tail) {
        Components.byId(view, TextField.class, "track-number").orElseThrow().setValue(number);
        Components.byId(view, TextField.class, "track-tail").orElseThrow().setValue(tail);
        return view;
    }

    private static String result(TrackCaseView view) {
        return Components.byId(view, Div.class, "track-result")
                .map(Components::text)
                .orElseThrow();
    }
}
