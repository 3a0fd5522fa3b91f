package org.tongban.hotline.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.tongban.hotline.ArticleDraft;
import org.tongban.hotline.HotlineException;
import org.tongban.hotline.HotlinePermissions;
import org.tongban.hotline.KnowledgeBase;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdiction;

/** Who may read an article, where an article applies, and the checks of a draft. */
final class KnowledgeRules {
    /** The article id's form: the {@code KB} series of the case numbers, or a city's imported code. */
    static final String ID = "[A-Za-z0-9][A-Za-z0-9_.-]{0,39}";

    static final String MATTER_CODE = "[A-Za-z0-9][A-Za-z0-9_.-]{0,59}";
    static final int MAX_LINKS = 20;

    /** The permissions of those who read agents-only articles: the hotline's staff and units. */
    static final List<String> READERS = List.of(
            HotlinePermissions.READ,
            HotlinePermissions.ACCEPT,
            HotlinePermissions.HANDLE,
            HotlinePermissions.KNOWLEDGE,
            HotlinePermissions.PUBLISH);

    private final HotlineContext ctx;
    private final Predicate<String> matterExists;

    KnowledgeRules(HotlineContext ctx, Predicate<String> matterExists) {
        this.ctx = ctx;
        this.matterExists = matterExists;
    }

    /** The article's jurisdiction and every one above it: a city's article applies in each district and street. */
    List<String> upwards(String code) {
        List<String> codes = new java.util.ArrayList<>();
        for (Jurisdiction j : ctx.jurisdictions.ancestry(code)) {
            codes.add(j.code());
        }
        if (!codes.contains(code)) {
            codes.add(code);
        }
        return codes;
    }

    /** Whether an article of this jurisdiction applies at the place (the place's own or one above it). */
    boolean appliesAt(String articleJurisdiction, String place) {
        return upwards(place).contains(articleJurisdiction);
    }

    /**
     * Whether the user may read the agents' articles of this jurisdiction: a reader's permission there, or at home in
     * a jurisdiction the article applies to.
     */
    boolean mayRead(String articleJurisdiction) {
        for (String p : READERS) {
            if (ctx.access.isPermitted(p, articleJurisdiction)) {
                return true;
            }
        }
        Optional<String> home = ctx.access.currentUser().map(CurrentUser::jurisdictionCode);
        if (home.isEmpty() || home.get() == null || !appliesAt(articleJurisdiction, home.get())) {
            return false;
        }
        return READERS.stream().anyMatch(p -> ctx.access.isPermitted(p, home.get()));
    }

    /** Checks a draft; the jurisdiction only for a new article. */
    void check(Connection c, ArticleDraft d, boolean newArticle) throws SQLException {
        if (d == null) {
            throw HotlineException.of("hotline.error.articleTitleMissing");
        }
        if (newArticle) {
            String code = d.jurisdictionCode();
            if (code == null
                    || !code.matches("[0-9]{6}|[0-9]{9}|[0-9]{12}")
                    || ctx.jurisdictions.find(code).isEmpty()) {
                throw HotlineException.of("hotline.error.unknownJurisdiction", code == null ? "" : Jdbc.clip(code, 12));
            }
        }
        Checks.text(d.title(), KnowledgeBase.TITLE_LIMIT, "hotline.error.articleTitleMissing");
        Checks.text(d.body(), KnowledgeBase.BODY_LIMIT, "hotline.error.articleBodyMissing");
        if (d.title().chars().anyMatch(ch -> Character.isISOControl(ch))) {
            throw HotlineException.of("hotline.error.articleTitleMissing");
        }
        if (d.audience() == null) {
            throw HotlineException.of("hotline.error.articleAudience");
        }
        if (d.categoryCodes().size() + d.matterCodes().size() > MAX_LINKS
                || d.categoryCodes().stream().distinct().count()
                        != d.categoryCodes().size()
                || d.matterCodes().stream().distinct().count()
                        != d.matterCodes().size()) {
            throw HotlineException.of("hotline.error.articleLinks", MAX_LINKS);
        }
        for (String category : d.categoryCodes()) {
            if (category == null
                    || !category.matches(JdbcDispatchCatalogue.CODE)
                    || !JdbcDispatchCatalogue.categoryExists(c, category)) {
                throw HotlineException.of(
                        "hotline.error.unknownCategory", category == null ? "" : Jdbc.clip(category, 60));
            }
        }
        for (String matter : d.matterCodes()) {
            if (matter == null || !matter.matches(MATTER_CODE) || !matterExists.test(matter)) {
                throw HotlineException.of("hotline.error.unknownMatter", matter == null ? "" : Jdbc.clip(matter, 60));
            }
        }
    }

    static HotlineException notFound(String id) {
        return HotlineException.of("hotline.error.articleNotFound", id == null ? "" : Jdbc.clip(id, 40));
    }

    static void checkId(String id) {
        if (id == null || !id.matches(ID)) {
            throw HotlineException.of("hotline.error.articleId");
        }
    }
}
