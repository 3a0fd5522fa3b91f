package org.tongban.hotline.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.hotline.Article;
import org.tongban.hotline.ArticleDraft;
import org.tongban.hotline.ArticleSuggestion;
import org.tongban.hotline.ArticleVersion;
import org.tongban.hotline.KnowledgeBase;
import org.tongban.hotline.PublicArticle;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.scheduler.Timers;
import org.tongban.platform.workflow.CaseNumbers;
import org.tongban.platform.workflow.Workflows;
import org.tongban.search.TextIndex;
import org.tongban.search.TextIndexes;

/**
 * The knowledge base in the hotline's tables ({@link ArticleStore}), each version on the {@code hotline-article}
 * workflow, searched with the guide search's analysis in this node's {@link KnowledgeIndex}; matters are checked
 * against the published catalogue.
 */
@Component(service = KnowledgeBase.class, configurationPid = KnowledgeConfig.PID)
@Designate(ocd = KnowledgeConfig.class)
public final class JdbcKnowledgeBase implements KnowledgeBase {
    private final KnowledgeEditing editing;
    private final KnowledgeReading reading;
    private final KnowledgeFlags flags;
    private final Function<String, Optional<String>> matterNames;

    @Activate
    public JdbcKnowledgeBase(
            @Reference Database database,
            @Reference AccessControl accessControl,
            @Reference AuditLog auditLog,
            @Reference Jurisdictions jurisdictions,
            @Reference Workflows workflows,
            @Reference CaseNumbers caseNumbers,
            @Reference Timers timers,
            @Reference DomainEvents events,
            @Reference TextIndexes indexes,
            @Reference MatterCatalogue matters,
            KnowledgeConfig config) {
        this(
                new HotlineContext(
                        database.transactions(),
                        accessControl,
                        auditLog,
                        jurisdictions,
                        workflows,
                        caseNumbers,
                        timers,
                        events,
                        Limits.DEFAULTS,
                        Clock.systemUTC()),
                indexes.open(KnowledgeIndex.NAME),
                code -> matters.publishedMatter(code).map(Matter::name),
                config.unusedDays());
    }

    /** {@code matterNames}: the published name of a catalogue matter, empty for a code that is none. */
    JdbcKnowledgeBase(
            HotlineContext ctx, TextIndex index, Function<String, Optional<String>> matterNames, int unusedDays) {
        this.matterNames = matterNames;
        KnowledgeRules rules =
                new KnowledgeRules(ctx, code -> matterNames.apply(code).isPresent());
        this.editing = new KnowledgeEditing(ctx, rules);
        this.reading = new KnowledgeReading(ctx, rules, new KnowledgeIndex(index));
        this.flags = new KnowledgeFlags(ctx, rules, Math.max(1, unusedDays));
    }

    @Override
    public Optional<String> matterName(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return matterNames.apply(code.strip());
        } catch (RuntimeException e) {
            // A code the catalogue cannot read is shown as typed.
            return Optional.empty();
        }
    }

    @Override
    public Article create(ArticleDraft draft) {
        return editing.create(draft);
    }

    @Override
    public Article edit(String articleId, ArticleDraft draft) {
        return editing.edit(articleId, draft);
    }

    @Override
    public Article submit(String articleId, int number, long version) {
        return editing.submit(articleId, number, version);
    }

    @Override
    public Article publish(String articleId, int number, long version, String note) {
        return editing.publish(articleId, number, version, note);
    }

    @Override
    public Article reject(String articleId, int number, long version, String reason) {
        return editing.reject(articleId, number, version, reason);
    }

    @Override
    public Article withdraw(String articleId, String reason) {
        return editing.withdraw(articleId, reason);
    }

    @Override
    public Optional<Article> article(String articleId) {
        return reading.article(articleId);
    }

    @Override
    public List<ArticleVersion> versions(String articleId) {
        return reading.versions(articleId);
    }

    @Override
    public List<Article> articles(String titleContains, int limit) {
        return reading.articles(titleContains, limit);
    }

    @Override
    public List<Article> reviewQueue() {
        return reading.reviewQueue();
    }

    @Override
    public List<ArticleSuggestion> suggest(String text, String jurisdictionCode, int limit) {
        return reading.suggest(text, jurisdictionCode, null, limit);
    }

    @Override
    public List<ArticleSuggestion> suggest(String text, String jurisdictionCode, String categoryCode, int limit) {
        return reading.suggest(text, jurisdictionCode, categoryCode, limit);
    }

    @Override
    public Article markContradicted(String ticketNumber, String articleId, String note) {
        return flags.markContradicted(ticketNumber, articleId, note);
    }

    @Override
    public Article clearFlag(String articleId, String note) {
        return flags.clearFlag(articleId, note);
    }

    @Override
    public int flagUnused() {
        return flags.flagUnused();
    }

    @Override
    public List<PublicArticle> publicArticles(String text, int limit) {
        return reading.publicArticles(text, limit);
    }

    @Override
    public Optional<PublicArticle> publicArticle(String articleId) {
        return reading.publicArticle(articleId);
    }
}
