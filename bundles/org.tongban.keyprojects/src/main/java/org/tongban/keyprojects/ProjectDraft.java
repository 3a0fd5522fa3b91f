package org.tongban.keyprojects;

import java.util.List;

/**
 * A key project as entered in the console.
 *
 * @param code the project code (项目代码), letters, digits and hyphens, unique
 * @param name the project's name
 * @param ownerCreditCode the owner enterprise's unified social credit code (GB 32100)
 * @param ownerName the owner enterprise's registered name
 * @param manager the username of the named manager (项目管家), a staff user with {@link KeyProjectPermissions#READ}
 *     at the jurisdiction
 * @param jurisdictionCode the jurisdiction the project belongs to
 * @param stages the stage plan, in order
 */
public record ProjectDraft(
        String code,
        String name,
        String ownerCreditCode,
        String ownerName,
        String manager,
        String jurisdictionCode,
        List<StageDraft> stages) {
    public ProjectDraft {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }
}
