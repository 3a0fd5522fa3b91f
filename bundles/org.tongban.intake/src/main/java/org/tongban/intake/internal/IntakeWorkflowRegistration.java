package org.tongban.intake.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.tongban.platform.workflow.WorkflowDefinition;

/**
 * Registers the {@code intake} table as a service, so that the workflow service knows it at start and fires its
 * timeouts (第三十二条's deemed acceptance) after a restart before anyone has used it.
 */
@Component(immediate = true)
public final class IntakeWorkflowRegistration {
    private final ServiceRegistration<WorkflowDefinition> registration;

    @Activate
    public IntakeWorkflowRegistration(BundleContext context) {
        this.registration = context.registerService(WorkflowDefinition.class, IntakeWorkflow.DEFINITION, null);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
