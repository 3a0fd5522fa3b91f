package org.tongban.hotline.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hotline.KnowledgeBase;
import org.tongban.platform.scheduler.Job;
import org.tongban.platform.scheduler.ScheduledJob;

/** Every night, once across the cluster: flags the articles no answer or reply cited for the configured days. */
@Component(service = ScheduledJob.class)
@Job(name = "hotline-knowledge-unused", expression = "0 20 2 * * *")
public final class KnowledgeReviewJob implements ScheduledJob {
    private final KnowledgeBase knowledge;

    @Activate
    public KnowledgeReviewJob(@Reference KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public void run() {
        knowledge.flagUnused();
    }
}
