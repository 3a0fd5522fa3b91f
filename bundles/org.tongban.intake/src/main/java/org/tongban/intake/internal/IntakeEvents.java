package org.tongban.intake.internal;

import java.time.Instant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.events.DomainEvent;
import org.tongban.platform.api.events.DomainEventHandler;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.worktime.DeadlineTopics;

/**
 * Keeps the case rows in step with what happens to the cases outside intake's own calls: a step the workflow takes by
 * itself (deemed acceptance after 第三十二条's five days) and the clock's overdue event, which puts the case on the
 * overdue list. Runs in the transaction that advances the handler's position, so each event counts once.
 */
@Component(
        service = DomainEventHandler.class,
        property = {
            DomainEventHandler.TOPICS + "=intake/*",
            DomainEventHandler.TOPICS + "=" + DeadlineTopics.OVERDUE,
            DomainEventHandler.NAME + "=intake-cases"
        })
public final class IntakeEvents implements DomainEventHandler {
    private final Database database;

    @Activate
    public IntakeEvents(@Reference Database database) {
        this.database = database;
    }

    @Override
    public void handle(DomainEvent event) {
        database.transactions().required(c -> {
            if (DeadlineTopics.OVERDUE.equals(event.topic())) {
                if (IntakeWorkflow.KIND.equals(event.get(DeadlineTopics.OBJECT_TYPE))) {
                    String fired = event.get(DeadlineTopics.FIRED_AT);
                    Jdbc.update(
                            c,
                            "UPDATE intake_case SET overdue_at = ? WHERE case_number = ? AND overdue_at IS NULL",
                            fired == null ? event.publishedAt() : Instant.parse(fired),
                            event.get(DeadlineTopics.OBJECT_ID));
                }
                return null;
            }
            String to = event.get("to");
            String version = event.get("version");
            if (to != null && version != null && event.get("id") != null) {
                // Only forward: intake's own calls already wrote the state of their own steps.
                Jdbc.update(
                        c,
                        "UPDATE intake_case SET state = ?, version = ? WHERE case_number = ? AND version < ?",
                        to,
                        Long.parseLong(version),
                        event.get("id"),
                        Long.parseLong(version));
            }
            return null;
        });
    }
}
