package org.tongban.search;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Colloquial phrases and the official terms they stand for (开饭店,开餐馆 => 食品经营许可,营业执照), edited by catalogue
 * staff. Queries use the current entries at once: no restart and no reindex. Changing entries needs {@link
 * #EDIT_PERMISSION} and is recorded in the audit log.
 */
@ProviderType
public interface SynonymDictionary {

    /** Permission to edit the dictionary (catalogue staff). */
    String EDIT_PERMISSION = "catalogue:edit";

    /** The current entries, in the order they were added. */
    List<SynonymEntry> entries();

    /**
     * Adds an entry, or replaces the entry with the same phrases.
     *
     * @throws SearchQueryException if the entry is malformed
     * @throws org.tongban.platform.api.security.AccessDeniedException without {@link #EDIT_PERMISSION}
     */
    SynonymEntry put(SynonymEntry entry);

    /**
     * Removes the entry with these phrases; nothing happens when there is none.
     *
     * @throws org.tongban.platform.api.security.AccessDeniedException without {@link #EDIT_PERMISSION}
     */
    void remove(List<String> phrases);
}
