package org.tongban.hotline.internal;

import static org.tongban.hotline.ArticleStates.DRAFT;
import static org.tongban.hotline.ArticleStates.PUBLISHED;
import static org.tongban.hotline.ArticleStates.REVIEW;
import static org.tongban.hotline.ArticleStates.SUPERSEDED;
import static org.tongban.hotline.ArticleStates.WITHDRAWN;
import static org.tongban.hotline.HotlinePermissions.KNOWLEDGE;
import static org.tongban.hotline.HotlinePermissions.PUBLISH;

import org.tongban.platform.workflow.WorkflowDefinition;

/**
 * The {@code hotline-article} table: each version of a knowledge-base article is a case {@code <article>/<number>} at
 * the article's jurisdiction, as the catalogue runs its guides. That the reviewer is not the author is the service's
 * check.
 */
final class ArticleWorkflow {
    static final String KIND = "hotline-article";

    static final WorkflowDefinition DEFINITION = WorkflowDefinition.of(KIND, DRAFT)
            .createdWith(KNOWLEDGE)
            .readWith(KNOWLEDGE)
            .on(DRAFT, "submit", REVIEW)
            .permission(KNOWLEDGE)
            .on(REVIEW, "publish", PUBLISHED)
            .permission(PUBLISH)
            .on(REVIEW, "reject", DRAFT)
            .permission(PUBLISH)
            .reason()
            .on(PUBLISHED, "withdraw", WITHDRAWN)
            .permission(PUBLISH)
            .reason()
            // A newer version published replaces the one in force (taken by the system as the consequence).
            .on(PUBLISHED, "supersede", SUPERSEDED)
            .permission(PUBLISH)
            .build();

    static String caseId(String articleId, int number) {
        return articleId + "/" + number;
    }

    private ArticleWorkflow() {}
}
