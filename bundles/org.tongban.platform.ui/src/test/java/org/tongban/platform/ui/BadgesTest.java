package org.tongban.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tongban.testing.ui.UiTestSupport;

class BadgesTest extends UiTestSupport {
    private static final Instant DUE = Instant.parse("2025-03-05T09:00:00Z"); // 17:00 in Beijing

    @Test
    void aStatusBadgeCarriesItsToneBeyondColour() {
        StatusBadge badge = new StatusBadge("已发布", StatusBadge.Tone.SUCCESS);

        assertThat(badge.text()).isEqualTo("已发布");
        assertThat(badge.getElement().getAttribute("data-tone")).isEqualTo("success");
        assertThat(badge.getElement().getChild(0).getText()).isEqualTo("✓");
        assertThat(badge.getElement().getChild(0).getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(badge.getElement().getStyle().get("font-size")).isEqualTo("var(--lumo-font-size-s)");

        badge.set("已撤回", null);
        assertThat(badge.tone()).isEqualTo(StatusBadge.Tone.NEUTRAL);
    }

    @Test
    void normalDeadlinesCountWorkingDays() {
        DeadlineBadge badge = new DeadlineBadge(new Deadline(Deadline.Status.NORMAL, DUE, 5, Duration.ofHours(40)));

        assertThat(badge.text()).isEqualTo("正常 · 剩余 5 个工作日");
        assertThat(badge.tone()).isEqualTo(StatusBadge.Tone.SUCCESS);
        assertThat(badge.getElement().getAttribute("title")).isEqualTo("截止 2025-03-05 17:00");
        assertThat(badge.getElement().getAttribute("aria-label")).isEqualTo("办理时限：正常 · 剩余 5 个工作日，截止 2025-03-05 17:00");
    }

    @Test
    void aProvisionalDeadlineSaysSoAndWhy() {
        DeadlineBadge badge =
                new DeadlineBadge(new Deadline(Deadline.Status.NORMAL, DUE, 5, Duration.ofHours(40), true));

        assertThat(badge.text()).isEqualTo("正常 · 剩余 5 个工作日 · 暂定");
        assertThat(badge.getElement().getAttribute("title"))
                .startsWith("截止 2025-03-05 17:00（期限按暂定计算")
                .contains("收录后将自动重算");
        assertThat(badge.getElement().getAttribute("aria-label")).contains("暂定");
        ui.setLocale(Locale.ENGLISH);
        badge.set(badge.deadline());
        assertThat(badge.text()).endsWith(" · provisional");
    }

    @Test
    void onTheLastDayTheHoursCount() {
        DeadlineBadge badge = new DeadlineBadge(new Deadline(Deadline.Status.WARNING, DUE, 0, Duration.ofMinutes(150)));

        assertThat(badge.text()).isEqualTo("预警 · 今日到期，剩余 2 小时 30 分");
        assertThat(badge.tone()).isEqualTo(StatusBadge.Tone.WARNING);
    }

    @Test
    void overdueDeadlinesSayByHowMuch() {
        DeadlineBadge badge = new DeadlineBadge(new Deadline(Deadline.Status.OVERDUE, DUE, -3, null));

        assertThat(badge.text()).isEqualTo("超期 · 已超 3 个工作日");
        assertThat(badge.tone()).isEqualTo(StatusBadge.Tone.DANGER);
        assertThat(badge.deadline().remainingOfficeTime()).isZero();

        badge.set(new Deadline(Deadline.Status.OVERDUE, DUE, 0, Duration.ZERO));
        assertThat(badge.text()).isEqualTo("超期 · 已超 1 个工作日");
    }

    @Test
    void speaksTraditionalChineseAndEnglish() {
        ui.setLocale(Locale.TRADITIONAL_CHINESE);
        DeadlineBadge badge = new DeadlineBadge(new Deadline(Deadline.Status.OVERDUE, DUE, -2, null));
        assertThat(badge.text()).isEqualTo("逾期 · 已逾 2 個工作日");

        ui.setLocale(Locale.ENGLISH);
        badge.set(new Deadline(Deadline.Status.NORMAL, DUE, 4, null));
        assertThat(badge.text()).isEqualTo("On time · 4 working days left");
    }
}
