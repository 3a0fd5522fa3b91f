package org.tongban.catalogue;

import java.util.List;

/**
 * One answer to a situation question, and what it changes in the tailored list.
 *
 * @param code code, unique within its question
 * @param label the answer as shown
 * @param addMatters codes of matters added to the life event's matters when chosen
 * @param addMaterials materials that apply when chosen (a material named by any option applies only when chosen)
 * @param removeMaterials materials that no longer apply when chosen
 */
public record SituationOption(
        String code,
        String label,
        List<String> addMatters,
        List<MaterialRef> addMaterials,
        List<MaterialRef> removeMaterials) {
    public SituationOption {
        addMatters = addMatters == null ? List.of() : List.copyOf(addMatters);
        addMaterials = addMaterials == null ? List.of() : List.copyOf(addMaterials);
        removeMaterials = removeMaterials == null ? List.of() : List.copyOf(removeMaterials);
    }
}
