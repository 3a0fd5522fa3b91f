package org.tongban.helpdesk.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.tongban.platform.workflow.WorkflowDefinition;

/** Registers the {@code helpdesk} table as a service, so that the workflow service knows it from the start. */
@Component(immediate = true)
public final class HelpdeskWorkflowRegistration {
    private final ServiceRegistration<WorkflowDefinition> registration;

    @Activate
    public HelpdeskWorkflowRegistration(BundleContext context) {
        this.registration = context.registerService(WorkflowDefinition.class, HelpdeskWorkflow.DEFINITION, null);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
