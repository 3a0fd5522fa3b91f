package org.tongban.search.analytics.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What is recorded of a search, and how texts are grouped: trimmed, NFKC (full-width letters and digits become
 * half-width, the ideographic space a space), lower case, runs of white space as one space.
 */
final class QueryFolding {
    /** Longest text recorded, before and after folding, in characters (the search's own limit). */
    static final int MAX_LENGTH = 200;

    static final String OTHER_CHANNEL = "other";
    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_-]{0,19}");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private QueryFolding() {}

    /** The folded text, or {@code null} when it is not recorded (blank, over-long, control characters). */
    static String fold(String text) {
        if (text == null || text.length() > MAX_LENGTH || hasControlCharacters(text)) {
            return null;
        }
        String folded = WHITE_SPACE
                .matcher(
                        Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT))
                .replaceAll(" ");
        return folded.isEmpty() || folded.length() > MAX_LENGTH ? null : folded;
    }

    /** A channel name as given by the caller when it looks like one ({@code portal}, {@code api}), else other. */
    static String channel(String channel) {
        if (channel == null) {
            return OTHER_CHANNEL;
        }
        String name = channel.strip().toLowerCase(Locale.ROOT);
        return CHANNEL.matcher(name).matches() ? name : OTHER_CHANNEL;
    }

    /** Whether a clicked document id is worth recording. */
    static boolean isDocumentId(String id) {
        return id != null && !id.isBlank() && id.length() <= MAX_LENGTH && !hasControlCharacters(id);
    }

    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
