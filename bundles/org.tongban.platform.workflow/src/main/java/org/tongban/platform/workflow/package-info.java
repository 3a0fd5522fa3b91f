/**
 * Case workflows as data: a {@link org.tongban.platform.workflow.WorkflowDefinition} is a transition table (from,
 * action, to, permission, reason required, clock effect), and {@link org.tongban.platform.workflow.Workflows} applies
 * one transition in one transaction. A definition's {@link org.tongban.platform.workflow.Timeout}s let the system take a
 * step when a case stays too long in a state (durable timers of the platform scheduler). {@link org.tongban.platform.workflow.CaseNumbers} issues readable case numbers.
 */
@Export
@Version("1.3.0")
package org.tongban.platform.workflow;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
