package org.tongban.market.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongban.market.DrawInputs;

/** Reads the text of {@link DrawInputs#toText()} back. */
final class DrawText {
    private DrawText() {}

    static DrawInputs parse(String text, Instant fixedAt) {
        Map<String, String> values = new HashMap<>();
        List<String> candidates = new ArrayList<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = line.substring(0, eq);
            String value = line.substring(eq + 1);
            if (key.equals("candidate")) {
                candidates.add(value);
            } else {
                values.put(key, value);
            }
        }
        return new DrawInputs(
                values.get("project"),
                candidates,
                values.get("candidatesSha256"),
                values.get("publicValue"),
                values.get("algorithm"),
                fixedAt);
    }
}
