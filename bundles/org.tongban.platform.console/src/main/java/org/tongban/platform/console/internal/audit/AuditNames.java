package org.tongban.platform.console.internal.audit;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;

/**
 * Names for an audit entry's codes. An action reads as its own message {@code audit.action.<action>} when a bundle
 * names it, else as its domain's name ({@code audit.domain.<first part>}) with the code, else as the code; a
 * jurisdiction as its name with the code. The code stays visible, because it is what an auditor searches for.
 */
final class AuditNames {
    private final Component view;
    private final Jurisdictions jurisdictions;
    private final Map<String, String> jurisdictionNames = new ConcurrentHashMap<>();

    AuditNames(Component view, Jurisdictions jurisdictions) {
        this.view = view;
        this.jurisdictions = jurisdictions;
    }

    String action(String action) {
        String own = message("audit.action." + action);
        if (own != null) {
            return own + "（" + action + "）";
        }
        int dot = action.indexOf('.');
        String domain = dot < 0 ? null : message("audit.domain." + action.substring(0, dot));
        return domain == null ? action : domain + " · " + action;
    }

    String jurisdiction(String code) {
        if (code == null) {
            return view.getTranslation("console.audit.system");
        }
        return jurisdictionNames.computeIfAbsent(code, c -> jurisdictions
                .find(c)
                .map(Jurisdiction::name)
                .map(name -> name + "（" + c + "）")
                .orElse(c));
    }

    /** The message, or {@code null} when no bundle has one (the host's provider then answers with the key). */
    private String message(String key) {
        try {
            String text = view.getTranslation(key);
            return text == null || text.isBlank() || text.contains(key) ? null : text;
        } catch (RuntimeException missing) {
            return null;
        }
    }
}
