package org.tongban.hotline.internal;

import java.util.List;
import org.tongban.hotline.Callback;
import org.tongban.hotline.CitizenTickets;
import org.tongban.hotline.Ticket;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.testing.TestDatabase;

/** The hotline's real services and Jinan catalogue (see {@code HotlineFixture}) for the portal's tests. */
public final class HotlineForPortal implements AutoCloseable {
    private final HotlineFixture f;

    public HotlineForPortal(TestDatabase db) {
        f = new HotlineFixture(db);
    }

    public CitizenTickets citizens() {
        return f.service;
    }

    public Jurisdictions jurisdictions() {
        return f.jurisdictions;
    }

    public TestDatabase db() {
        return f.db;
    }

    /** The whole way of a ticket to the callback's rating, as the office and 历下区城市管理局 take it. */
    public void answerAndRate(String number, String reply, boolean resolved, int satisfaction) {
        answerAndRate(number, reply, null, resolved, satisfaction);
    }

    /** As above, the reply citing a knowledge-base article (or none for null). */
    public void answerAndRate(String number, String reply, String articleId, boolean resolved, int satisfaction) {
        f.asOffice();
        Ticket t = f.queries.find(number).orElseThrow();
        t = f.service.dispatch(t.number(), t.version(), "CG.ZYJY", HotlineFixture.LIXIA_CG, List.of());
        f.asLixiaWorker();
        t = f.service.sign(t.number(), t.version(), HotlineFixture.LIXIA_CG);
        t = f.service.reply(t.number(), t.version(), HotlineFixture.LIXIA_CG, reply, articleId);
        f.asOffice();
        t = f.service.approve(t.number(), t.version(), null);
        f.service.callback(t.number(), t.version(), Callback.rated(resolved, satisfaction, "回访"));
        f.access.logOut();
    }

    /** The knowledge base over the same database (the portal's public articles). */
    public org.tongban.hotline.KnowledgeBase knowledge() {
        return f.knowledge();
    }

    /** An article written by the office and published by the other reviewer; returns its id. */
    public String publish(org.tongban.hotline.ArticleDraft draft) {
        f.asOffice();
        org.tongban.hotline.Article a = f.knowledge().create(draft);
        a = f.knowledge().submit(a.id(), 1, a.latest().version());
        f.asReviewer();
        a = f.knowledge().publish(a.id(), 1, a.latest().version(), null);
        f.access.logOut();
        return a.id();
    }

    /** Whether the ticket keeps its caller from the units, as the office reads it. */
    public boolean confidential(String number) {
        f.asOffice();
        try {
            return f.queries.find(number).orElseThrow().confidential();
        } finally {
            f.access.logOut();
        }
    }

    @Override
    public void close() {
        f.close();
    }
}
