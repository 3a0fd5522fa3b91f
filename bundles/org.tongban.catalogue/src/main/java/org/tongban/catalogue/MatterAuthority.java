package org.tongban.catalogue;

import java.util.List;

/**
 * Who holds the power over a matter, as distinct from the handling department ({@link Matter#departmentCode()},
 * 承办机构) that does the work: for a 土地权属争议 the 人民政府 decides and its 自然资源和规划局 handles the case.
 *
 * @param bodyName name of the implementing body (实施主体), or {@code null} when the handling department is the
 *     implementing body (then its name and credit code are the department's)
 * @param bodyCreditCode unified social credit code of the implementing body (GB 32100), or {@code null} when not
 *     recorded or when the handling department is the implementing body
 * @param powerSource where the power comes from; never {@code null}
 * @param grantingBody the body that handed down (上级下放) or entrusted (委托) the power; required for those, else
 *     {@code null}
 * @param jointDepartments codes of the departments that handle the matter jointly (联办机构), in order; never
 *     {@code null}
 */
public record MatterAuthority(
        String bodyName,
        String bodyCreditCode,
        PowerSource powerSource,
        String grantingBody,
        List<String> jointDepartments) {

    /** The handling department is the implementing body, by its own statutory power, handling alone. */
    public static final MatterAuthority HANDLING_DEPARTMENT =
            new MatterAuthority(null, null, PowerSource.STATUTORY, null, List.of());

    public MatterAuthority {
        jointDepartments = jointDepartments == null ? List.of() : List.copyOf(jointDepartments);
    }

    /** Whether the handling department is itself the implementing body. */
    public boolean byHandlingDepartment() {
        return bodyName == null || bodyName.isBlank();
    }
}
