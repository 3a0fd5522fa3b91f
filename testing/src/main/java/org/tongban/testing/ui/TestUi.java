package org.tongban.testing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * A UI that keeps where it was sent instead of routing, and runs {@code access} at once: the test thread holds the
 * session as a request would, so the command runs as it would when the request ends.
 */
public class TestUi extends UI {
    private static final long serialVersionUID = 1L;
    private final List<String> navigations = new ArrayList<>();
    private final List<QueryParameters> queries = new ArrayList<>();

    @Override
    public void navigate(String location, QueryParameters queryParameters) {
        navigations.add(location);
        queries.add(queryParameters);
    }

    @Override
    public Future<Void> access(Command command) {
        command.execute();
        return CompletableFuture.completedFuture(null);
    }

    /** The locations navigated to, in order. */
    public List<String> navigations() {
        return navigations;
    }

    /** The query parameters of each navigation, in order. */
    public List<QueryParameters> queries() {
        return queries;
    }
}
