package org.tongban.platform.notify.internal;

import java.util.ArrayList;
import java.util.List;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;

/** A jurisdiction's code and the codes of everything below it. */
final class Subtree {
    private Subtree() {}

    static List<String> codes(Jurisdictions jurisdictions, String root) {
        List<String> codes = new ArrayList<>();
        collect(jurisdictions, root, codes);
        return codes;
    }

    private static void collect(Jurisdictions jurisdictions, String code, List<String> codes) {
        codes.add(code);
        for (Jurisdiction child : jurisdictions.children(code)) {
            collect(jurisdictions, child.code(), codes);
        }
    }
}
