package org.tongban.keyprojects;

import java.time.LocalDate;
import java.util.List;

/**
 * A stage of a project's plan with where it stands.
 *
 * @param id its id
 * @param ordinal its place in the plan, from 1
 * @param name the stage's name
 * @param matterCodes the matters it needs
 * @param target its target date
 * @param status where it stands today
 * @param warnFrom the first day it counts as at risk
 * @param cases the linked cases of its matters
 */
public record Stage(
        long id,
        int ordinal,
        String name,
        List<String> matterCodes,
        LocalDate target,
        StageStatus status,
        LocalDate warnFrom,
        List<LinkedCase> cases) {
    public Stage {
        matterCodes = List.copyOf(matterCodes);
        cases = cases == null ? List.of() : List.copyOf(cases);
    }
}
