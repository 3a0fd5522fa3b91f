package org.tongban.hotline.ui.internal;

import org.tongban.testing.TestDatabase;

class ConsolePostgresTest extends ConsoleContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(ConsoleFixture.CHANGELOG);
    }
}
