package org.tongban.helpdesk.internal;

import org.tongban.helpdesk.HelpKind;

/**
 * The working days a request has from the moment a helper takes it, per kind. The defaults follow the help-desk
 * standards' practice: 即时帮办 closed within the day (DB14/T 2233-2020 即时办理), 转办督办 within five working days,
 * 联合代办 ten and 全程代办 twenty; a city sets its own.
 */
record Settings(int instantDays, int forwardedDays, int jointDays, int fullAgencyDays, int satisfactionGoal) {
    static final int INSTANT_DAYS = 1;
    static final int FORWARDED_DAYS = 5;
    static final int JOINT_DAYS = 10;
    static final int FULL_AGENCY_DAYS = 20;
    /** 营口市 帮办代办 notice: the citizens' satisfaction with the help desk at least 95 %. */
    static final int SATISFACTION_GOAL = 95;

    static final Settings DEFAULTS =
            new Settings(INSTANT_DAYS, FORWARDED_DAYS, JOINT_DAYS, FULL_AGENCY_DAYS, SATISFACTION_GOAL);

    Settings {
        for (int days : new int[] {instantDays, forwardedDays, jointDays, fullAgencyDays}) {
            if (days < 1 || days > 365) {
                throw new IllegalArgumentException("帮办时限须为 1 至 365 个工作日：" + days);
            }
        }
        if (satisfactionGoal < 1 || satisfactionGoal > 100) {
            throw new IllegalArgumentException("满意率目标须为 1 至 100：" + satisfactionGoal);
        }
    }

    static Settings of(HelpdeskConfig config) {
        return new Settings(
                config.instantDays(),
                config.forwardedDays(),
                config.jointDays(),
                config.fullAgencyDays(),
                config.satisfactionGoal());
    }

    int days(HelpKind kind) {
        return switch (kind) {
            case INSTANT -> instantDays;
            case FORWARDED -> forwardedDays;
            case JOINT -> jointDays;
            case FULL_AGENCY -> fullAgencyDays;
        };
    }
}
