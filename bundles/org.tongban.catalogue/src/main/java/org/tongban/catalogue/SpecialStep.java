package org.tongban.catalogue;

/**
 * A special step (特别程序: hearing, testing, expert review, on-site inspection) whose time is excluded from the
 * time-limit clock.
 *
 * @param name short name
 * @param kind what kind of step it is
 * @param maxDays the most working days it may take, 0 to {@value CatalogueLimits#MAX_LIMIT_DAYS}
 * @param note further explanation, or {@code null}
 */
public record SpecialStep(String name, SpecialStepKind kind, int maxDays, String note) {}
