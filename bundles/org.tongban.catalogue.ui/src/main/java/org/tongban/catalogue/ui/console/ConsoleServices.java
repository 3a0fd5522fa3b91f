package org.tongban.catalogue.ui.console;

import org.tongban.catalogue.CatalogueEditing;
import org.tongban.catalogue.CataloguePermissions;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.ui.JurisdictionChoices;

/**
 * What the console views share: the editing service, the clerk's permissions and the jurisdiction tree.
 *
 * @param editing the catalogue's editing service
 * @param access the current clerk's permissions
 * @param jurisdictions the jurisdiction tree
 * @param rootJurisdiction the city's root, used when no clerk is bound (never in a real console)
 */
record ConsoleServices(
        CatalogueEditing editing, AccessControl access, Jurisdictions jurisdictions, String rootJurisdiction) {

    /** The clerk's home jurisdiction: their catalogue is its subtree. */
    String home() {
        return access.currentUser().map(CurrentUser::jurisdictionCode).orElse(rootJurisdiction);
    }

    /** The signed-in clerk's username, or empty when none is bound. */
    String username() {
        return access.currentUser().map(CurrentUser::username).orElse("");
    }

    /** Whether the clerk may see the guides of a jurisdiction: readers, and whoever edits or approves them. */
    boolean mayRead(String jurisdictionCode) {
        return jurisdictionCode != null
                && (access.isPermitted(CataloguePermissions.READ, jurisdictionCode)
                        || mayEdit(jurisdictionCode)
                        || mayPublish(jurisdictionCode));
    }

    /** Whether the clerk holds any catalogue permission at all, and so may open the catalogue's console pages. */
    boolean mayUseCatalogue() {
        return access.isPermitted(CataloguePermissions.READ)
                || access.isPermitted(CataloguePermissions.EDIT)
                || access.isPermitted(CataloguePermissions.PUBLISH);
    }

    boolean mayEdit(String jurisdictionCode) {
        return jurisdictionCode != null && access.isPermitted(CataloguePermissions.EDIT, jurisdictionCode);
    }

    boolean mayPublish(String jurisdictionCode) {
        return jurisdictionCode != null && access.isPermitted(CataloguePermissions.PUBLISH, jurisdictionCode);
    }

    /** The jurisdictions of the clerk's subtree whose guides they may see. */
    JurisdictionChoices readable() {
        return JurisdictionChoices.below(jurisdictions, home(), j -> mayRead(j.code()));
    }

    /** The jurisdictions of the clerk's subtree where they may edit guides. */
    JurisdictionChoices editable() {
        return JurisdictionChoices.below(jurisdictions, home(), j -> mayEdit(j.code()));
    }

    /** The jurisdiction's name, or its code when the tree does not know it. */
    String jurisdictionName(String code) {
        return code == null ? "" : jurisdictions.find(code).map(j -> j.name()).orElse(code);
    }
}
