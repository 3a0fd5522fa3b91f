package org.tongban.keyprojects.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.events.DomainEvent;
import org.tongban.platform.api.events.DomainEventHandler;

/**
 * Follows intake's workflow events: a new case whose applicant is a project's owner and whose matter is in its plan is
 * linked; every step updates the state of the linked cases. Runs in the transaction that advances the handler's
 * position, so each event is applied once.
 */
@Component(
        service = DomainEventHandler.class,
        property = {DomainEventHandler.TOPICS + "=intake/*", DomainEventHandler.NAME + "=keyprojects-cases"})
public final class IntakeEvents implements DomainEventHandler {
    private final KeyProjectService service;

    @Activate
    public IntakeEvents(@Reference JdbcKeyProjects service) {
        this.service = service;
    }

    IntakeEvents(KeyProjectService service) {
        this.service = service;
    }

    @Override
    public void handle(DomainEvent event) throws Exception {
        // Intake also publishes events that move no case (a lapsed 告知承诺 verification): they carry no "to".
        service.ctx.tx.required(c -> {
            service.intakeEvent(event.get("id"), event.get("from"), event.get("to"), event.get("jurisdictionCode"));
            return null;
        });
    }
}
