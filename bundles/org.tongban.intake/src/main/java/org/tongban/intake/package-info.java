/**
 * Comprehensive intake (一窗受理): a case (办件) of any published matter, received at any window or online, pinned to
 * the published guide version, with its applicant, materials checklist and the {@code intake} workflow from 收件 to
 * 出件. {@link org.tongban.intake.IntakeService} changes cases, {@link org.tongban.intake.IntakeQueries} lists them;
 * both check {@link org.tongban.intake.IntakePermissions} at the case's receiving or processing jurisdiction. Steps
 * publish the workflow's events {@code intake/ACTION}. Personal identifiers leave the service masked
 * ({@link org.tongban.intake.Masking}); {@link org.tongban.intake.IntakeService#reveal} shows them, audited.
 * Citizens apply online through {@link org.tongban.intake.OnlineApplications} (drafts, uploads, 补正, 容缺 supply) and
 * read their cases through {@link org.tongban.intake.CitizenCases}; {@link org.tongban.intake.CaseFiles} hands out a
 * case's uploaded files to its clerks and to its applicant. A {@link org.tongban.intake.FinishedCaseLink} of another
 * feature adds its next step to the notice of a case's result.
 */
@Export
@Version("1.3.0")
package org.tongban.intake;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
