package org.tongban.hotline.ui.internal;

import org.tongban.testing.TestDatabase;

class ConsoleH2Test extends ConsoleContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(ConsoleFixture.CHANGELOG);
    }
}
