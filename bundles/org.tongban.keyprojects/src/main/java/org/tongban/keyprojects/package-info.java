/**
 * The green channel for key projects (重点项目绿色通道): a {@link org.tongban.keyprojects.KeyProject} has an owner
 * enterprise, a named manager (项目管家) and a stage plan of catalogue matters with target dates; intake cases are linked
 * to it by number or automatically when the applicant is the owner and the matter is in the plan. Each stage is on
 * schedule, at risk or late ({@link org.tongban.keyprojects.StageStatus}); the manager is warned before a stage slips.
 * Joint meetings (联合审查) keep minutes and tracked actions. {@link org.tongban.keyprojects.KeyProjects} serves the
 * console and checks {@link org.tongban.keyprojects.KeyProjectPermissions} itself; {@link
 * org.tongban.keyprojects.OwnerProjects} serves the owner enterprise's public account. Changes publish {@code
 * keyprojects/*}.
 */
@Export
@Version("1.0.0")
package org.tongban.keyprojects;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
