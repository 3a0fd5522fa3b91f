package org.tongban.worktime;

/**
 * A pause of a clock for a step whose time does not count (行政许可法 第45条: 行政机关应当将所需时间书面告知申请人).
 *
 * @param kind the step
 * @param legalBasis the law that excludes the step's time; required for {@link PauseKind#OTHER}, optional otherwise
 * @param expectedDuration the time the step is expected to take, as told to the applicant (for example "约 15 个工作日")
 * @param writtenNotice the written notice that told the applicant (number or date of the 告知书)
 * @param reason what is done and why
 */
public record PauseRequest(
        PauseKind kind, String legalBasis, String expectedDuration, String writtenNotice, String reason) {}
