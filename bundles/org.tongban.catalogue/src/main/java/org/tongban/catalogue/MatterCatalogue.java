package org.tongban.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The public catalogue: published guides only, no permission needed. This is what the portal, the public JSON API,
 * intake and search read.
 */
@ProviderType
public interface MatterCatalogue {

    /**
     * The departments a citizen of this jurisdiction deals with: those of the jurisdiction and of each of its
     * ancestors, ordered by jurisdiction (higher level first) and code. Empty when the code is unknown.
     */
    List<Department> departments(String jurisdictionCode);

    /** The department with this code. */
    Optional<Department> department(String code);

    /**
     * Published matters seen from a jurisdiction (implemented there or at one of its ancestors), filtered, ordered by
     * name and code.
     *
     * @throws CatalogueException if the page or size is out of range
     */
    Page<MatterSummary> publishedMatters(MatterQuery query);

    /** The published guide content of a matter; empty when unknown, never published or withdrawn. */
    Optional<Matter> publishedMatter(String code);

    /** The published guide of a matter with its version, author and time; empty like {@link #publishedMatter}. */
    Optional<ServiceGuide> publishedGuide(String code);

    /** The FAQ entries linked to a published matter, ordered by code; empty when the matter is not published. */
    List<Faq> faqs(String matterCode);

    /**
     * The life events seen from a jurisdiction (offered there or at one of its ancestors), ordered by code. Empty when
     * the code is unknown.
     */
    List<LifeEvent> lifeEvents(String jurisdictionCode);

    /** The life event with this code. */
    Optional<LifeEvent> lifeEvent(String code);

    /**
     * Answers a life event's situation questions. A material named in any option's {@code addMaterials} applies only
     * when a chosen option adds it; every other material of a matter applies unless a chosen option removes it.
     * Unanswered questions change nothing.
     *
     * @param answers option code by question code
     * @throws CatalogueNotFoundException if the life event is unknown
     * @throws CatalogueException if an answer names a question or option the life event does not have
     */
    Tailoring tailor(String lifeEventCode, Map<String, String> answers);

    /**
     * An attachment (blank form or sample) of a published guide.
     *
     * @return empty when no published guide refers to it
     */
    Optional<AttachmentContent> publishedAttachment(String id);
}
