package org.tongban.search;

import java.util.List;
import java.util.Objects;

/**
 * A document of a {@link TextIndex}, indexed and shown as given.
 *
 * @param id unique within the index
 * @param title the title, which weighs most
 * @param body the text
 * @param jurisdictionCode GB/T 2260 code the document belongs to, or empty for none
 * @param tags keywords a query can require, for example {@code public}
 * @since 2.1
 */
public record TextDocument(String id, String title, String body, String jurisdictionCode, List<String> tags) {
    public TextDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        body = Objects.requireNonNullElse(body, "");
        jurisdictionCode = Objects.requireNonNullElse(jurisdictionCode, "");
        tags = List.copyOf(Objects.requireNonNullElse(tags, List.of()));
    }
}
