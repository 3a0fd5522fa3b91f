package org.tongban.catalogue.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.tongban.platform.api.jdbc.Jdbc;

/** A WHERE clause built from optional filters, with its parameters in order. */
final class Where {
    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    Where add(String clause, Object... values) {
        clauses.add(clause);
        params.addAll(List.of(values));
        return this;
    }

    Where in(String column, Collection<String> values) {
        if (values.isEmpty()) {
            return add("1 = 0");
        }
        clauses.add(column + " IN (" + Jdbc.marks(values.size()) + ")");
        params.addAll(values);
        return this;
    }

    /** Case-insensitive "contains" over any of the columns. */
    Where containsText(String text, String... columns) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String pattern = Jdbc.contains(text.strip().toLowerCase(Locale.ROOT));
        List<String> any = new ArrayList<>();
        for (String column : columns) {
            any.add("LOWER(" + column + ") LIKE ? ESCAPE '\\'");
            params.add(pattern);
        }
        clauses.add("(" + String.join(" OR ", any) + ")");
        return this;
    }

    String sql() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    Object[] params(Object... more) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(List.of(more));
        return all.toArray();
    }
}
