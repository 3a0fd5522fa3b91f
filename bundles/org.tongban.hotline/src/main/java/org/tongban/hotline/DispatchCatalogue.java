package org.tongban.hotline;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The city's dispatch catalogue: a tree of categories, the responsible units and which unit takes a category in a
 * jurisdiction. Reading needs {@link HotlinePermissions#READ} or {@link HotlinePermissions#ACCEPT} anywhere; changes
 * need {@link HotlinePermissions#CATALOGUE} at the unit's or route's jurisdiction, are audited and bad rows throw
 * {@link HotlineException} with nothing written.
 */
@ProviderType
public interface DispatchCatalogue {
    List<Category> categories();

    Optional<Category> category(String code);

    void saveCategory(Category category);

    List<Unit> units();

    Optional<Unit> unit(String code);

    void saveUnit(Unit unit);

    /**
     * The units (and their sub-units) the signed-in user works in, for a unit's own queue; needs only {@link
     * HotlinePermissions#HANDLE} somewhere. Empty for a user outside every unit.
     */
    List<Unit> myUnits();

    /** The user names working in the unit. */
    List<String> members(String unitCode);

    void addMember(String unitCode, String username);

    void removeMember(String unitCode, String username);

    /** Routes the category in the jurisdiction (and below, unless a nearer route says otherwise) to the unit. */
    void route(String categoryCode, String jurisdictionCode, String unitCode);

    /** The unit the catalogue suggests: the route of the category or its nearest ancestor at the nearest level. */
    Optional<Unit> suggest(String categoryCode, String jurisdictionCode);

    /** Every category with each of its routes, one row per route (a category without routes once). */
    List<CatalogueRow> export();

    /** Adds or replaces the rows' categories and routes, all or none; the number of rows read. */
    int importRows(List<CatalogueRow> rows);
}
