package org.tongban.host.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.host.osgi.DeployState.Install;
import org.tongban.host.osgi.DeployState.Seen;
import org.tongban.host.osgi.DeployState.Uninstall;
import org.tongban.host.osgi.DeployState.Update;

class DeployStateTest {

    private static final Path NOTICE = Path.of("deploy/notice.jar");
    private static final Path UI = Path.of("deploy/notice.ui.jar");

    private final DeployState state = new DeployState();

    @Test
    void theFirstScanInstallsWhatIsThereAtOnce() {
        assertThat(state.scan(folder(NOTICE, seen(10, 1), UI, seen(20, 1)), true))
                .containsExactly(new Install(NOTICE, seen(10, 1)), new Install(UI, seen(20, 1)));
    }

    @Test
    void aNewJarIsInstalledOnceItHeldStillForOneScan() {
        assertThat(state.scan(folder(NOTICE, seen(10, 1)), false)).isEmpty();
        assertThat(state.scan(folder(NOTICE, seen(30, 2)), false))
                .as("still being copied")
                .isEmpty();
        assertThat(state.scan(folder(NOTICE, seen(30, 2)), false)).containsExactly(new Install(NOTICE, seen(30, 2)));

        state.installed(NOTICE, seen(30, 2), 7);
        assertThat(state.scan(folder(NOTICE, seen(30, 2)), false)).isEmpty();
    }

    @Test
    void aReplacedJarUpdatesItsBundle() {
        state.scan(folder(NOTICE, seen(10, 1)), true);
        state.installed(NOTICE, seen(10, 1), 7);

        assertThat(state.scan(folder(NOTICE, seen(12, 5)), false)).isEmpty();
        assertThat(state.scan(folder(NOTICE, seen(12, 5)), false)).containsExactly(new Update(NOTICE, seen(12, 5), 7));
    }

    @Test
    void aRemovedJarUninstallsItsBundleUntilThatSucceeds() {
        state.scan(folder(NOTICE, seen(10, 1)), true);
        state.installed(NOTICE, seen(10, 1), 7);

        assertThat(state.scan(Map.of(), false)).containsExactly(new Uninstall(NOTICE, 7));
        // not confirmed: the next scan tries again
        assertThat(state.scan(Map.of(), false)).containsExactly(new Uninstall(NOTICE, 7));
        state.uninstalled(NOTICE);
        assertThat(state.scan(Map.of(), false)).isEmpty();
        assertThat(state.isInstalled(NOTICE)).isFalse();
    }

    @Test
    void aJarThatIsNoBundleIsSkippedUntilItChanges() {
        state.scan(folder(NOTICE, seen(10, 1)), true);
        state.rejected(NOTICE, seen(10, 1));

        assertThat(state.scan(folder(NOTICE, seen(10, 1)), false)).isEmpty();
        assertThat(state.scan(folder(NOTICE, seen(10, 1)), false)).isEmpty();

        state.scan(folder(NOTICE, seen(11, 2)), false);
        assertThat(state.scan(folder(NOTICE, seen(11, 2)), false)).containsExactly(new Install(NOTICE, seen(11, 2)));
    }

    @Test
    void aFailedUpdateKeepsTheOldBundleAndIsNotRetriedUntilTheJarChanges() {
        state.scan(folder(NOTICE, seen(10, 1)), true);
        state.installed(NOTICE, seen(10, 1), 7);
        state.scan(folder(NOTICE, seen(12, 5)), false);
        state.scan(folder(NOTICE, seen(12, 5)), false);
        state.rejected(NOTICE, seen(12, 5));

        assertThat(state.scan(folder(NOTICE, seen(12, 5)), false)).isEmpty();
        assertThat(state.isInstalled(NOTICE)).isTrue();
    }

    @Test
    void aJarRemovedWhileBeingCopiedIsForgotten() {
        state.scan(folder(NOTICE, seen(10, 1)), false);
        state.scan(Map.of(), false);

        assertThat(state.scan(folder(NOTICE, seen(10, 1)), false))
                .as("pending again, not installed")
                .isEmpty();
    }

    private static Seen seen(long size, long modified) {
        return new Seen(size, modified);
    }

    private static Map<Path, Seen> folder(Object... jarsAndSeen) {
        Map<Path, Seen> folder = new LinkedHashMap<>();
        for (int i = 0; i < jarsAndSeen.length; i += 2) {
            folder.put((Path) jarsAndSeen[i], (Seen) jarsAndSeen[i + 1]);
        }
        return folder;
    }
}
