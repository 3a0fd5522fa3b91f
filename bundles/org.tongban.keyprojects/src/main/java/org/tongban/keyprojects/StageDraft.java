package org.tongban.keyprojects;

import java.time.LocalDate;
import java.util.List;

/**
 * A stage of a plan as entered.
 *
 * @param name the stage (立项, 用地, 规划, 施工许可, 联合验收 ...)
 * @param matterCodes the catalogue matters it needs, published matters only
 * @param target the date by which they should be decided
 */
public record StageDraft(String name, List<String> matterCodes, LocalDate target) {
    public StageDraft {
        matterCodes = matterCodes == null ? List.of() : List.copyOf(matterCodes);
    }
}
