package org.tongban.catalogue;

import java.util.List;

/**
 * A matter of a life event with the materials that apply to the applicant's situation.
 *
 * @param matter the published matter
 * @param materials its materials that apply, in the matter's order
 */
public record TailoredMatter(Matter matter, List<Material> materials) {
    public TailoredMatter {
        materials = List.copyOf(materials);
    }
}
