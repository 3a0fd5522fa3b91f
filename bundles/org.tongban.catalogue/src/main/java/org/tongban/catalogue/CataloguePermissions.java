package org.tongban.catalogue;

/**
 * The permissions of the catalogue. Each is granted at a jurisdiction and covers its subtree; the services check them
 * against the jurisdiction of the matter (or department, life event) concerned. Published data needs none.
 */
public final class CataloguePermissions {

    /** See drafts, guides under review, withdrawn guides and the version history of a jurisdiction's matters. */
    public static final String READ = "catalogue:read";

    /** Create and change drafts, departments, FAQs and life events, and submit drafts for review. */
    public static final String EDIT = "catalogue:edit";

    /** Approve and publish guides under review, send them back, and withdraw published guides. */
    public static final String PUBLISH = "catalogue:publish";

    private CataloguePermissions() {}
}
