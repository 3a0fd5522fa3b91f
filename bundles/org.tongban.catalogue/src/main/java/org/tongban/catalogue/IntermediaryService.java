package org.tongban.catalogue;

/**
 * An intermediary service (中介服务) an applicant needs before or while applying for a matter, for example the
 * preparation of an environmental impact report form. The intermediary market reads these to offer agencies.
 *
 * @param name the service, for example 环境影响评价报告表编制
 * @param legalBasis the law or regulation that requires it; required when it is statutory, else {@code null}
 * @param statutory whether a law or regulation requires it (法定中介服务); a non-statutory one the applicant may
 *     prepare themselves or have any provider prepare
 */
public record IntermediaryService(String name, String legalBasis, boolean statutory) {}
