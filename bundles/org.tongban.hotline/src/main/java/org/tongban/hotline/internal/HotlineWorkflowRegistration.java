package org.tongban.hotline.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.tongban.platform.workflow.WorkflowDefinition;

/** Registers the {@code hotline} table as a service, so that the workflow service knows it from the start. */
@Component(immediate = true)
public final class HotlineWorkflowRegistration {
    private final ServiceRegistration<WorkflowDefinition> registration;

    @Activate
    public HotlineWorkflowRegistration(BundleContext context) {
        this.registration = context.registerService(WorkflowDefinition.class, HotlineWorkflow.DEFINITION, null);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
