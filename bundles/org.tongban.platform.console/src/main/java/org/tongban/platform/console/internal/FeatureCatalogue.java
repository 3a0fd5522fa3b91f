package org.tongban.platform.console.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Bundle;

/**
 * The features of this distribution, as the assembler wrote them to {@code conf/features.json}: a JSON array of
 * {@code {"id", "title", "bundles": [symbolic names]}}.
 */
public final class FeatureCatalogue {
    /** Where the file sits below {@code tongban.home}. */
    public static final String FILE = "conf/features.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One installed feature.
     *
     * @param id feature id, for example {@code notice}
     * @param title human title as the assembler wrote it
     * @param bundles symbolic names of its bundles
     */
    public record Feature(String id, String title, List<String> bundles) {

        /**
         * The title in {@code locale}'s language. Feature files name a feature in Chinese and then in English
         * ("预约叫号 Hall queue"): English readers get the part after the last Chinese character, everyone else the
         * part up to it. A title in one language only is shown as it is.
         */
        public String title(java.util.Locale locale) {
            int last = -1;
            for (int i = 0; i < title.length(); i++) {
                if (Character.UnicodeScript.of(title.codePointAt(i)) == Character.UnicodeScript.HAN) {
                    last = i;
                }
            }
            if (last < 0 || last == title.length() - 1) {
                return title;
            }
            String chinese = title.substring(0, last + 1).strip();
            String english = title.substring(last + 1).strip();
            return "en".equals(locale.getLanguage()) ? english : chinese;
        }

        /** The short name of the feature: {@code hall} of {@code org.tongban.features:hall:0.1.0}. */
        public String shortId() {
            String[] parts = id.split(":");
            return parts.length >= 2 ? parts[1] : id;
        }

        /** The feature's version, or "" when its id carries none. */
        public String version() {
            String[] parts = id.split(":");
            return parts.length >= 3 ? parts[parts.length - 1] : "";
        }
    }

    /**
     * A feature and how its bundles are doing.
     *
     * @param feature the feature
     * @param notRunning its bundles that are missing or not running, empty when all run
     */
    public record FeatureStatus(Feature feature, List<String> notRunning) {
        public boolean allActive() {
            return notRunning.isEmpty();
        }
    }

    private FeatureCatalogue() {}

    /** Reads the file; an absent file means no features were assembled. */
    public static List<Feature> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        JsonNode root = JSON.readTree(file.toFile());
        if (root == null || !root.isArray()) {
            throw new IOException(file.getFileName() + " is not a JSON array");
        }
        List<Feature> features = new ArrayList<>();
        for (JsonNode node : root) {
            List<String> bundles = new ArrayList<>();
            node.path("bundles").forEach(b -> bundles.add(b.asText()));
            String id = node.path("id").asText("");
            features.add(new Feature(id, node.path("title").asText(id), List.copyOf(bundles)));
        }
        return features;
    }

    /** Each feature with the bundles that are not running; a resolved fragment counts as running. */
    public static List<FeatureStatus> status(List<Feature> features, Bundle[] installed) {
        Map<String, Bundle> bySymbolicName = new HashMap<>();
        for (Bundle bundle : installed) {
            if (bundle.getSymbolicName() != null) {
                bySymbolicName.put(bundle.getSymbolicName(), bundle);
            }
        }
        List<FeatureStatus> statuses = new ArrayList<>();
        for (Feature feature : features) {
            List<String> notRunning = feature.bundles().stream()
                    .filter(name -> !running(bySymbolicName.get(name)))
                    .toList();
            statuses.add(new FeatureStatus(feature, notRunning));
        }
        return statuses;
    }

    private static boolean running(Bundle bundle) {
        if (bundle == null) {
            return false;
        }
        if (BundleAdministration.isFragment(bundle)) {
            return bundle.getState() == Bundle.RESOLVED;
        }
        return bundle.getState() == Bundle.ACTIVE;
    }
}
