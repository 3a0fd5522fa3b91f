package org.tongban.intake.portal.internal;

import java.util.ArrayList;
import java.util.List;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.Waiver;
import org.tongban.intake.MaterialState;

/**
 * One material of an application online and the ways the catalogue allows to provide it: an upload always, 免提交 where
 * a certificate or data sharing replaces it, 容缺 for tolerant materials, 告知承诺 where the matter or the material allows
 * a pledge, and "not needed" for optional materials (the service checks all of it again).
 *
 * @param material the material
 * @param ways the ways offered, the upload first
 * @param excluded whether the situation answers say it does not apply
 */
record MaterialChoice(Material material, List<MaterialState> ways, boolean excluded) {

    static MaterialChoice of(Matter matter, Material material, boolean excluded) {
        List<MaterialState> ways = new ArrayList<>(List.of(MaterialState.SUBMITTED_COPY));
        if (material.eCertificate() != null
                || material.details().waivers().contains(Waiver.E_CERTIFICATE)
                || material.details().waivers().contains(Waiver.DATA_SHARING)) {
            ways.add(MaterialState.REUSED);
        }
        if (material.tolerant()) {
            ways.add(MaterialState.TOLERATED);
        }
        if (matter.commitmentAllowed() || material.details().waivers().contains(Waiver.PLEDGE)) {
            ways.add(MaterialState.PLEDGED);
        }
        if (!material.required()) {
            ways.add(MaterialState.NOT_NEEDED);
        }
        return new MaterialChoice(material, List.copyOf(ways), excluded);
    }

    String name() {
        return material.name();
    }

    /** The way shown before the applicant chooses: not needed where the situation excludes an optional material. */
    MaterialState proposed() {
        return excluded && ways.contains(MaterialState.NOT_NEEDED) ? MaterialState.NOT_NEEDED : null;
    }
}
