package org.tongban.hotline.ui.internal;

import org.tongban.hotline.DispatchCatalogue;
import org.tongban.hotline.KnowledgeBase;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.Jurisdictions;

/**
 * 待审条目: the knowledge base's review queue. A class of its own, because the console finds a route's contribution by
 * its view class, and the review queue shares everything else with {@link KnowledgeView}.
 */
public class KnowledgeReviewView extends KnowledgeView {
    private static final long serialVersionUID = 1L;

    public KnowledgeReviewView(
            KnowledgeBase knowledge, DispatchCatalogue catalogue, AccessControl access, Jurisdictions jurisdictions) {
        super(knowledge, catalogue, access, jurisdictions, true);
    }
}
