package org.tongban.intake.portal.internal;

import java.util.Optional;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.intake.OnlineApplications;
import org.tongban.platform.accounts.PublicAccounts;

/** {@code /apply/<matter code>}: 在线申请 of one matter the catalogue offers online. */
public final class ApplyView extends ApplyPage {
    static final String ROUTE = "apply/:" + CODE;

    public ApplyView(OnlineApplications online, MatterCatalogue catalogue, PublicAccounts accounts) {
        super(online, catalogue, accounts);
    }

    @Override
    Optional<ApplySubject> subject(String code) {
        return ApplySubject.matter(catalogue, code);
    }

    @Override
    String route(String code) {
        return route(code, false);
    }

    /** The page of a matter ({@code apply/<code>}) or a life event ({@code apply/life-event/<code>}). */
    static String route(String code, boolean lifeEvent) {
        String segment = java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        return (lifeEvent ? "apply/life-event/" : "apply/") + segment;
    }
}
