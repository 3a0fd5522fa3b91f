/**
 * Case workflows as data: a {@link org.tongban.platform.workflow.WorkflowDefinition} is a transition table (from,
 * action, to, permission, reason required, clock effect), and {@link org.tongban.platform.workflow.Workflows} applies
 * one transition in one transaction. {@link org.tongban.platform.workflow.CaseNumbers} issues readable case numbers.
 */
@Export
@Version("1.1.0")
package org.tongban.platform.workflow;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
