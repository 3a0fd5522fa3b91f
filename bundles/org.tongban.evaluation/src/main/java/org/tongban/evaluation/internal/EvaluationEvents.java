package org.tongban.evaluation.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.evaluation.Channel;
import org.tongban.evaluation.EvaluationTopics;
import org.tongban.platform.api.events.DomainEvent;
import org.tongban.platform.api.events.DomainEventHandler;
import org.tongban.platform.api.jdbc.Jdbc;

/**
 * Opens ratings from what other features publish: a case of intake reaching a state with a result (办结, 不予许可) opens
 * its online rating (the invitation the portal lists); {@code hall/FINISHED} opens the rating of the visit for the
 * window's tablet. Runs in the transaction that advances the handler's position, so each event opens one rating.
 */
@Component(
        service = DomainEventHandler.class,
        property = {
            DomainEventHandler.TOPICS + "=intake/*",
            DomainEventHandler.TOPICS + "=" + EvaluationTopics.HALL_FINISHED,
            DomainEventHandler.NAME + "=evaluation-invitations"
        })
public final class EvaluationEvents implements DomainEventHandler {
    /** Intake's states of a case that ended with a result (its {@code IntakeStates.DONE}); intake is optional here. */
    static final java.util.Set<String> DONE = java.util.Set.of("COMPLETED", "DELIVERED", "DENIED");

    private final JdbcEvaluationService service;

    @Activate
    public EvaluationEvents(@Reference JdbcEvaluationService service) {
        this.service = service;
    }

    @Override
    public void handle(DomainEvent event) {
        if (EvaluationTopics.HALL_FINISHED.equals(event.topic())) {
            String visit = event.get("visit");
            String jurisdiction = event.get("jurisdiction");
            if (visit == null || visit.isBlank() || jurisdiction == null || jurisdiction.isBlank()) {
                return;
            }
            // Clipped to the columns: an over-long field from another feature must not stop the handler.
            service.invite(new RatingStore.Invitation(
                    Channel.HALL,
                    Jdbc.clip(visit, 60),
                    Jdbc.clip(jurisdiction, 12),
                    clip(event.get("hall"), 60),
                    clip(event.get("window"), 60),
                    clip(event.get("clerk"), 100),
                    clip(event.get("matter"), 60),
                    clip(event.get("case"), 40)));
            return;
        }
        // Intake also publishes events that move no case (a lapsed 告知承诺 verification): they carry no "to".
        String to = event.get("to");
        String from = event.get("from");
        String id = event.get("id");
        if (id != null && to != null && DONE.contains(to) && (from == null || !DONE.contains(from))) {
            service.invite(new RatingStore.Invitation(
                    Channel.ONLINE, id, event.get("jurisdictionCode"), null, null, null, null, id));
        }
    }

    private static String clip(String value, int max) {
        return value == null ? null : Jdbc.clip(value, max);
    }
}
