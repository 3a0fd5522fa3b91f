package org.tongban.notice;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Publishes and lists the notices of the service halls. Reading is public; publishing and withdrawing need
 * {@link #EDIT_PERMISSION} for the notice's jurisdiction, which the service checks itself and records in the audit
 * log.
 */
@ProviderType
public interface NoticeService {

    /** Permission to publish and withdraw notices of a jurisdiction and its subtree. */
    String EDIT_PERMISSION = "notice:edit";

    /** Longest title, in characters. */
    int MAX_TITLE_LENGTH = 100;

    /** Longest body, in characters. */
    int MAX_BODY_LENGTH = 5000;

    /**
     * The notices a citizen of this jurisdiction sees: those published for it and for each of its ancestors (a
     * citizen of 历下区 sees the notices of 济南市 too), newest first. Empty when the code is unknown.
     */
    List<Notice> published(String jurisdictionCode);

    /**
     * Publishes a notice for a jurisdiction; leading and trailing blanks of title and body are removed.
     *
     * @throws NoticeValidationException if the jurisdiction is unknown or title or body are empty or too long
     * @throws org.tongban.platform.api.security.AccessDeniedException without {@link #EDIT_PERMISSION} for it
     */
    Notice publish(String jurisdictionCode, String title, String body);

    /**
     * Withdraws a published notice; it disappears from {@link #published(String)} but stays in the database.
     *
     * @throws NoticeValidationException if no published notice has this id
     * @throws org.tongban.platform.api.security.AccessDeniedException without {@link #EDIT_PERMISSION} for the
     *     notice's jurisdiction
     */
    void withdraw(long id);
}
