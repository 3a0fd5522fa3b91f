package org.tongban.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * What a material is and how strictly it is needed, as fields rather than free text.
 *
 * @param type original, copy or both; agrees with the counts of originals and copies, {@code null} when none is
 *     handed in on paper
 * @param forms on paper, electronic, or both; at least one
 * @param source who produces it
 * @param waivers how the applicant may be spared handing it in; {@link Waiver#PLEDGE} means a written pledge may
 *     replace it
 * @param supplyDeadline for a material tolerant intake (容缺) may accept missing: by when it must be supplied, else
 *     {@code null}
 * @param supplyConsequence what happens when it is not supplied in time, for a tolerant material, else {@code null}
 * @param acceptanceStandard what makes it acceptable (受理标准), or {@code null}
 */
public record MaterialDetails(
        MaterialType type,
        List<MaterialForm> forms,
        MaterialSource source,
        List<Waiver> waivers,
        Limit supplyDeadline,
        String supplyConsequence,
        String acceptanceStandard) {

    /**
     * Where a guide or an older file names no deadline for a material accepted missing: within 5 working days of
     * acceptance, a common rule of the cities' 容缺受理 measures. A city sets its own per material.
     */
    public static final Limit SUPPLY_DEADLINE_DEFAULT = new Limit(5, Limit.Unit.WORKING_DAYS, null);

    /** Where a guide or an older file names no consequence for a material not supplied in time. */
    public static final String SUPPLY_CONSEQUENCE_DEFAULT = "逾期未补交的，按申请材料不齐全处理，不予办结";

    public MaterialDetails {
        forms = forms == null ? List.of() : List.copyOf(forms);
        waivers = waivers == null ? List.of() : List.copyOf(waivers);
    }

    /**
     * What guides written before these fields said in free text: the type from the counts, the forms from the format
     * (纸质, 电子), brought by the applicant, waived by the e-certificate when one is named.
     */
    public static MaterialDetails derived(
            boolean tolerant, int originals, int copies, String format, String eCertificate) {
        List<MaterialForm> forms = new ArrayList<>();
        String text = format == null ? "" : format;
        if (text.contains("纸质") || text.contains("原件") || text.contains("复印件") || text.isBlank()) {
            forms.add(MaterialForm.PAPER);
        }
        if (text.contains("电子")) {
            forms.add(MaterialForm.ELECTRONIC);
        }
        if (forms.isEmpty()) {
            forms.add(MaterialForm.PAPER);
        }
        List<Waiver> waivers =
                eCertificate == null || eCertificate.isBlank() ? List.of() : List.of(Waiver.E_CERTIFICATE);
        return new MaterialDetails(
                MaterialType.of(originals, copies),
                forms,
                MaterialSource.APPLICANT,
                waivers,
                tolerant ? SUPPLY_DEADLINE_DEFAULT : null,
                tolerant ? SUPPLY_CONSEQUENCE_DEFAULT : null,
                null);
    }
}
