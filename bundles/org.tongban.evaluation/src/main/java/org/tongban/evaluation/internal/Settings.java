package org.tongban.evaluation.internal;

/**
 * The city's 好差评 rules as the services use them.
 *
 * <ul>
 *   <li>{@code defaultDays} 7: 广东省政务服务“好差评”管理办法 — who has not rated within 7 natural days of the service counts
 *       as 基本满意 (默认好评), reported apart.
 *   <li>{@code amendDays} 7: the city's choice, the same period; 国办发〔2019〕51号 lets the reviewer change a rating once.
 *   <li>{@code rectifyDays} 5: 国办发〔2019〕51号 (差评整改 within 15 working days at the latest); cities such as Yingkou and
 *       Jinan set 5 working days, which is the default here; 15 is the national ceiling a city may configure.
 *   <li>{@code activeRateGoal} 40: 营口市 — at least 40% of completed cases actively rated.
 *   <li>{@code warningPercent} 80: the yellow warning, as the hotline's limits.
 *   <li>{@code commentMax} 500 characters; {@code tabletMinutes} 30: how long a finished visit waits on the tablet.
 * </ul>
 */
record Settings(
        int defaultDays,
        int amendDays,
        int rectifyDays,
        int warningPercent,
        int activeRateGoal,
        int commentMax,
        int tabletMinutes) {
    static final int DEFAULT_DAYS = 7;
    static final int AMEND_DAYS = 7;
    static final int RECTIFY_DAYS = 5;
    static final int WARNING_PERCENT = 80;
    static final int ACTIVE_RATE_GOAL = 40;
    static final int COMMENT_MAX = 500;
    static final int TABLET_MINUTES = 30;

    static final Settings DEFAULTS = new Settings(
            DEFAULT_DAYS, AMEND_DAYS, RECTIFY_DAYS, WARNING_PERCENT, ACTIVE_RATE_GOAL, COMMENT_MAX, TABLET_MINUTES);

    Settings {
        if (defaultDays < 1 || amendDays < 0 || rectifyDays < 1 || rectifyDays > 15) {
            throw new IllegalArgumentException("好差评期限配置无效：默认评价天数须≥1，整改工作日须在1到15之间");
        }
        if (warningPercent < 1 || warningPercent > 99 || activeRateGoal < 0 || activeRateGoal > 100) {
            throw new IllegalArgumentException("好差评百分比配置无效");
        }
    }

    static Settings of(EvaluationConfig c) {
        return new Settings(
                c.defaultDays(),
                c.amendDays(),
                c.rectifyDays(),
                c.warningPercent(),
                c.activeRateGoal(),
                c.commentMax(),
                c.tabletMinutes());
    }
}
