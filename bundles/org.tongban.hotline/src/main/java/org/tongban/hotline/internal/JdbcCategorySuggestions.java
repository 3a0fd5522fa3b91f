package org.tongban.hotline.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hotline.CategorySuggestion;
import org.tongban.hotline.CategorySuggestions;
import org.tongban.hotline.DispatchCatalogue;
import org.tongban.hotline.HotlineException;
import org.tongban.hotline.HotlinePermissions;
import org.tongban.hotline.TicketStates;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AccessControl;

/**
 * Learns categories from the closed tickets (the category they were finally handled under) and asks the catalogue for
 * the unit. The model is rebuilt at most every {@link #REFRESH}, so a busy line does not retrain per call.
 */
@Component(service = CategorySuggestions.class)
public final class JdbcCategorySuggestions implements CategorySuggestions {
    static final Duration REFRESH = Duration.ofMinutes(10);
    /** The newest closed tickets learned from: enough for every category, bounded for memory. */
    static final int TRAINING_LIMIT = 50_000;

    private final Transactions tx;
    private final AccessControl access;
    private final DispatchCatalogue catalogue;
    private final Clock clock;
    private volatile Model model;

    private record Model(TextClassifier classifier, Map<String, String> names, Instant builtAt) {}

    @Activate
    public JdbcCategorySuggestions(
            @Reference Database database, @Reference AccessControl access, @Reference DispatchCatalogue catalogue) {
        this(database.transactions(), access, catalogue, Clock.systemUTC());
    }

    JdbcCategorySuggestions(Transactions tx, AccessControl access, DispatchCatalogue catalogue, Clock clock) {
        this.tx = tx;
        this.access = access;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public List<CategorySuggestion> suggest(String description, String jurisdictionCode, int limit) {
        if (jurisdictionCode == null) {
            throw HotlineException.of("hotline.error.addressMissing");
        }
        if (!access.isPermitted(HotlinePermissions.DISPATCH, jurisdictionCode)) {
            access.check(HotlinePermissions.ACCEPT, jurisdictionCode);
        }
        if (description == null || description.isBlank() || limit < 1) {
            return List.of();
        }
        Model m = model();
        List<CategorySuggestion> out = new ArrayList<>();
        for (TextClassifier.Guess g : m.classifier().classify(description, Math.min(limit, 20))) {
            out.add(new CategorySuggestion(
                    g.label(),
                    m.names().get(g.label()),
                    g.probability(),
                    catalogue.suggest(g.label(), jurisdictionCode).orElse(null)));
        }
        return out;
    }

    private Model model() {
        Model m = model;
        Instant now = clock.instant();
        if (m == null || m.builtAt().plus(REFRESH).isBefore(now)) {
            m = train(now);
            model = m;
        }
        return m;
    }

    private Model train(Instant now) {
        return tx.read(c -> {
            List<Object> params = new ArrayList<>(TicketStates.CLOSED);
            params.add(TRAINING_LIMIT);
            List<Map.Entry<String, String>> rows = Jdbc.list(
                    c,
                    "SELECT description, category_code FROM hotline_ticket WHERE category_code IS NOT NULL"
                            + " AND state IN (" + Jdbc.marks(TicketStates.CLOSED.size()) + ")"
                            + " ORDER BY received_at DESC LIMIT ?",
                    r -> Map.entry(r.getString(1), r.getString(2)),
                    params.toArray());
            Map<String, String> names = new java.util.HashMap<>();
            for (var row : Jdbc.list(
                    c, "SELECT code, name FROM hotline_category", r -> Map.entry(r.getString(1), r.getString(2)))) {
                names.put(row.getKey(), row.getValue());
            }
            return new Model(TextClassifier.train(rows), names, now);
        });
    }
}
