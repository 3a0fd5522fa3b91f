package org.tongban.hotline.internal;

import org.tongban.hotline.DispatchCatalogue;
import org.tongban.hotline.HotlineService;
import org.tongban.hotline.PublicHotline;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestDatabase;

/** The hotline's real services and Jinan catalogue (see {@code HotlineFixture}) for the Open311 tests. */
public final class HotlineOnDatabase implements AutoCloseable {
    private final HotlineFixture f;

    public HotlineOnDatabase(TestDatabase db) {
        f = new HotlineFixture(db);
    }

    public HotlineService service() {
        return f.service;
    }

    public DispatchCatalogue catalogue() {
        return f.catalogue;
    }

    public PublicHotline published() {
        return new JdbcPublicHotline(f.db.transactions());
    }

    public FakeAccessControl access() {
        return f.access;
    }

    public RecordingAuditLog audit() {
        return f.audit;
    }

    /** The hotline's clock: tickets are received at its time. */
    public java.time.Clock clock() {
        return f.time;
    }

    public TestDatabase db() {
        return f.db;
    }

    public void asOffice() {
        f.asOffice();
    }

    @Override
    public void close() {
        f.close();
    }
}
