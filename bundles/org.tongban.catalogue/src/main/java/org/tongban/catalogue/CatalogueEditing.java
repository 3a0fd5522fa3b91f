package org.tongban.catalogue;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Editing the catalogue in the console, through the workflow draft → review → published. Every method checks the
 * caller's permission for the jurisdiction of the matter (department, life event) concerned — reading needs
 * {@link CataloguePermissions#READ}, changing {@link CataloguePermissions#EDIT}, approving and withdrawing
 * {@link CataloguePermissions#PUBLISH} — throws {@link org.tongban.platform.api.security.AccessDeniedException}
 * otherwise, and records every change in the audit log. {@link CatalogueListener}s hear of publications after the
 * commit.
 *
 * <p>Methods that return an {@code Optional} answer empty for unknown codes; the others throw a
 * {@link CatalogueNotFoundException} naming the code.
 */
@ProviderType
public interface CatalogueEditing {

    /** The guides of a jurisdiction's subtree, newest version of each matter, ordered by code. */
    Page<GuideSummary> guides(GuideQuery query);

    /** The newest version of a matter's guide, whatever its status. */
    Optional<ServiceGuide> latest(String code);

    /** A given version of a matter's guide. */
    Optional<ServiceGuide> version(String code, int version);

    /** Every version of a matter's guide, oldest first. */
    List<GuideVersion> history(String code);

    /** Everything that happened to a matter's guide (saved, submitted, published ...), oldest first. */
    List<GuideEvent> events(String code);

    /**
     * The differences between two versions of a guide, field by field, with Chinese field labels.
     *
     * @throws CatalogueNotFoundException if the matter or either version does not exist
     */
    List<FieldDifference> diff(String code, int fromVersion, int toVersion);

    /**
     * Saves a guide as a draft. When the content differs from the newest version, a new version is created with status
     * {@link GuideStatus#DRAFT}, and an earlier draft is superseded; the published version stays in the portal until
     * the new one is published. When nothing changed, the newest version is returned as it is. Creating a matter needs
     * {@link CataloguePermissions#EDIT} for its jurisdiction; moving one, for both.
     *
     * @param comment what changed, or {@code null}
     * @throws CatalogueValidationException listing every rule the content breaks, located like
     *     {@code materials[2].name}
     * @throws CatalogueException if the newest version is under review: the reviewer decides on what was submitted,
     *     so it changes only after a {@link #recall} or a {@link #sendBack}
     */
    ServiceGuide saveDraft(Matter matter, String comment);

    /**
     * Submits the newest version, a draft, for review ({@link GuideStatus#REVIEW}); needs
     * {@link CataloguePermissions#EDIT}.
     *
     * @throws CatalogueException if the newest version is not a draft
     */
    ServiceGuide submit(String code, String comment);

    /**
     * Takes the guide under review back to a draft ({@link GuideStatus#DRAFT}) so that its submitter can change it
     * (撤回提交); needs {@link CataloguePermissions#EDIT}. Audited as {@code guide.recall}.
     *
     * @param comment why, or {@code null}
     * @throws CatalogueException if the newest version is not under review, or the caller did not submit it
     * @since 3.1
     */
    ServiceGuide recall(String code, String comment);

    /**
     * Approves the guide under review and publishes it; the previously published version is superseded. Needs
     * {@link CataloguePermissions#PUBLISH}.
     *
     * @throws CatalogueException if no version is under review
     */
    ServiceGuide publish(String code, String comment);

    /**
     * Sends the guide under review back to its author as a draft; needs {@link CataloguePermissions#PUBLISH}.
     *
     * @param reason what to correct, required
     * @throws CatalogueException if no version is under review or the reason is empty
     */
    ServiceGuide sendBack(String code, String reason);

    /**
     * Withdraws the published guide from the portal ({@link GuideStatus#WITHDRAWN}); needs
     * {@link CataloguePermissions#PUBLISH}.
     *
     * @param reason why, required
     * @throws CatalogueException if nothing is published or the reason is empty
     */
    ServiceGuide withdraw(String code, String reason);

    /**
     * Stores a file for a material's blank form or sample; its type is found by sniffing the content. Needs
     * {@link CataloguePermissions#EDIT} somewhere; the attachment is only reachable once a guide refers to it.
     *
     * @throws CatalogueException if it is empty, larger than {@link CatalogueLimits#MAX_ATTACHMENT_BYTES} or not one
     *     of {@link CatalogueLimits#ATTACHMENT_TYPES}
     */
    Attachment storeAttachment(String fileName, byte[] content);

    /**
     * An attachment of any guide version the caller may read (published ones are open to everybody).
     *
     * @return empty when unknown or not readable
     */
    Optional<AttachmentContent> attachment(String id);

    /** The departments of a jurisdiction's subtree, ordered by code; needs {@link CataloguePermissions#READ}. */
    List<Department> departments(String jurisdictionCode);

    /**
     * Creates or changes a department; needs {@link CataloguePermissions#EDIT} for its jurisdiction.
     *
     * @throws CatalogueValidationException if a field breaks the rules or the jurisdiction is unknown
     */
    Department saveDepartment(Department department);

    /**
     * The FAQ entries linked to a matter of any status; needs {@link CataloguePermissions#READ} for the matter.
     */
    List<Faq> faqs(String matterCode);

    /**
     * Creates or changes a FAQ entry; needs {@link CataloguePermissions#EDIT} for every linked matter, before and
     * after the change.
     *
     * @throws CatalogueValidationException if a field breaks the rules or a linked matter does not exist
     */
    Faq saveFaq(Faq faq);

    /** Deletes a FAQ entry; needs {@link CataloguePermissions#EDIT} for every linked matter. */
    void deleteFaq(String code);

    /** The life events of a jurisdiction's subtree, ordered by code; needs {@link CataloguePermissions#READ}. */
    List<LifeEvent> lifeEvents(String jurisdictionCode);

    /**
     * Creates or changes a life event; needs {@link CataloguePermissions#EDIT} for its jurisdiction.
     *
     * @throws CatalogueValidationException if a field breaks the rules or a reference (matter, material) does not
     *     resolve
     */
    LifeEvent saveLifeEvent(LifeEvent lifeEvent);

    /** Deletes a life event; needs {@link CataloguePermissions#EDIT} for its jurisdiction. */
    void deleteLifeEvent(String code);
}
