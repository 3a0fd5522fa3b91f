package org.tongban.platform.security.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.Jurisdictions;

/**
 * Makes sure someone can log in. There is never a default password: on the first start (no users at all) an
 * {@code admin} with a random one-time password is created at the root jurisdiction; in demo mode the documented demo
 * accounts of {@code demo/demo-accounts.json} (or {@code conf/demo-accounts.json}) are added where absent. A demo
 * account whose roles a feature's changelog defines (intake's 审查人员) waits for them: it is added as soon as a bundle
 * with a changelog has started, which is before the city opens its port.
 */
@Component
public class InitialAccounts {
    static final String ADMIN = "admin";
    static final String PASSWORD_FILE = "data/initial-admin-password.txt";
    static final String DEMO_RESOURCE = "/demo/demo-accounts.json";
    static final String DEMO_OVERRIDE = "conf/demo-accounts.json";
    /** Stands for the root jurisdiction in the demo account list. */
    static final String ROOT = "@root";

    private static final Logger LOG = LoggerFactory.getLogger(InitialAccounts.class);

    /** One entry of the demo account list. */
    record DemoAccount(String username, String displayName, String jurisdiction, List<String> roles, String password) {}

    private final Accounts accounts;
    private final JdbcJurisdictions jurisdictions;
    private final AuditChain audit;
    private final Passwords passwords = new Passwords();
    private final SecuritySettings settings;

    private volatile int waitingForRoles;
    private BundleContext context;
    private SynchronousBundleListener changelogs;

    /** Runs once the jurisdiction service is up, that is once the jurisdiction seed has been applied. */
    @Activate
    public InitialAccounts(@Reference Database database, @Reference Jurisdictions seeded, BundleContext context) {
        this(database, SecuritySettings.from(context));
        run();
        if (settings.demo() && waitingForRoles > 0) {
            // Synchronous: the extender applied the bundle's changelog while it was starting, so its roles exist.
            this.context = context;
            this.changelogs = this::bundleChanged;
            context.addBundleListener(changelogs);
        }
    }

    @Deactivate
    void stop() {
        if (changelogs != null) {
            context.removeBundleListener(changelogs);
        }
    }

    /** A bundle with a changelog started: the demo accounts waiting for its roles are added. */
    void bundleChanged(BundleEvent event) {
        if (event.getType() == BundleEvent.STARTED
                && waitingForRoles > 0
                && event.getBundle().getHeaders("").get(Database.CHANGELOG_HEADER) != null) {
            loadDemoAccounts();
        }
    }

    /** How many demo accounts wait for roles that no changelog has defined yet. */
    int waitingForRoles() {
        return waitingForRoles;
    }

    public InitialAccounts(Database database, SecuritySettings settings) {
        this.accounts = new Accounts(database.transactions());
        this.jurisdictions = new JdbcJurisdictions(database);
        this.audit = new AuditChain(database.transactions(), settings.clock());
        this.settings = settings;
    }

    /** Creates the initial accounts; returns the one-time administrator password when one was created. */
    Optional<String> run() {
        if (settings.demo()) {
            loadDemoAccounts();
            return Optional.empty();
        }
        if (accounts.any()) {
            return Optional.empty();
        }
        return rootJurisdiction().flatMap(this::createAdmin);
    }

    /**
     * Creates {@code admin} with a one-time password that is written only to {@link #PASSWORD_FILE} (readable by the
     * owner alone), never to the log: the log says where to find it. Without that file there is no way to hand the
     * password over, so no account is created and the next start tries again.
     */
    private Optional<String> createAdmin(String root) {
        char[] password = Passwords.generate();
        String text = new String(password);
        Path file = writePasswordFile(text);
        if (file == null) {
            LOG.error(
                    "First start: the one-time password of '{}' could not be written to {}; no administrator created",
                    ADMIN,
                    PASSWORD_FILE);
            return Optional.empty();
        }
        accounts.create(
                ADMIN,
                "系统管理员",
                root,
                passwords.hash(password),
                true,
                List.of("admin"),
                settings.clock().instant());
        audit.record(null, null, "user.create", ADMIN, "初始管理员，一次性密码", null);
        LOG.warn(
                "First start: created administrator '{}' at {}; its one-time password is in {} (readable by this"
                        + " account only) and must be changed at the first login, which deletes the file",
                ADMIN,
                root,
                file);
        return Optional.of(text);
    }

    private Path writePasswordFile(String password) {
        if (settings.home() == null) {
            LOG.error("tongban.home is not set: nowhere to write {}", PASSWORD_FILE);
            return null;
        }
        Path file = settings.home().resolve(PASSWORD_FILE);
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
                file.toFile().setReadable(false, false);
                file.toFile().setWritable(false, false);
                file.toFile().setReadable(true, true);
                file.toFile().setWritable(true, true);
            }
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            LOG.error("Could not write {}: {}", file, e.getMessage());
            return null;
        }
    }

    private void loadDemoAccounts() {
        List<DemoAccount> demo;
        try (InputStream in = demoList()) {
            demo = List.of(new ObjectMapper().readValue(in, DemoAccount[].class));
        } catch (IOException e) {
            LOG.error("Demo accounts not loaded: {}", e.getMessage(), e);
            return;
        }
        Optional<String> root = rootJurisdiction();
        List<String> roles = accounts.roleNames();
        int waiting = 0;
        for (DemoAccount account : demo) {
            if (accounts.find(account.username()).isPresent()) {
                continue;
            }
            String code = ROOT.equals(account.jurisdiction()) ? root.orElse(null) : account.jurisdiction();
            if (code == null || jurisdictions.find(code).isEmpty()) {
                LOG.warn("Demo account {} skipped: jurisdiction {} is not in the tree", account.username(), code);
                continue;
            }
            if (account.roles() == null) {
                LOG.warn("Demo account {} skipped: no roles", account.username());
                continue;
            }
            if (!roles.containsAll(account.roles())) {
                waiting++;
                LOG.info("Demo account {} waits for its roles {} to be defined", account.username(), account.roles());
                continue;
            }
            char[] password = account.password().toCharArray();
            // Demo passwords are published anyway; they are not compared with their username (Demo2026admin).
            if (!JdbcUserAdmin.USERNAME.matcher(account.username()).matches()
                    || Passwords.policyViolation(null, null, password) != null) {
                LOG.warn("Demo account {} skipped: invalid username or password", account.username());
                continue;
            }
            accounts.create(
                    account.username(),
                    account.displayName(),
                    code,
                    passwords.hash(password),
                    false,
                    account.roles(),
                    settings.clock().instant());
            audit.record(null, null, "user.create", account.username(), "演示账户", null);
            LOG.info("Demo mode: account {} ({}) at {} created", account.username(), account.roles(), code);
        }
        waitingForRoles = waiting;
    }

    private InputStream demoList() throws IOException {
        if (settings.home() != null && Files.isRegularFile(settings.home().resolve(DEMO_OVERRIDE))) {
            return Files.newInputStream(settings.home().resolve(DEMO_OVERRIDE));
        }
        InputStream in = InitialAccounts.class.getResourceAsStream(DEMO_RESOURCE);
        if (in == null) {
            throw new IOException(DEMO_RESOURCE + " missing from the bundle");
        }
        return in;
    }

    /**
     * The configured root jurisdiction, else the only top-level one. A configured root that the tree lacks is added as
     * a placeholder named by its code, so that the administrator can log in; the seed file corrects it later.
     */
    private Optional<String> rootJurisdiction() {
        String root = settings.rootJurisdiction();
        if (root == null) {
            List<String> tops = jurisdictions.topLevelCodes();
            if (tops.size() == 1) {
                return Optional.of(tops.get(0));
            }
            LOG.error(
                    "tongban.jurisdiction.root is not set and the jurisdiction tree has {} roots: no account created",
                    tops.size());
            return Optional.empty();
        }
        if (!JdbcJurisdictions.isCode(root)) {
            LOG.error("tongban.jurisdiction.root={} is not a GB/T 2260 code: no account created", root);
            return Optional.empty();
        }
        if (jurisdictions.find(root).isEmpty()) {
            LOG.warn(
                    "Root jurisdiction {} is not in the tree (no conf/jurisdictions.json?); adding a placeholder",
                    root);
            JurisdictionSeed.apply(
                    jurisdictions.transactions(),
                    new JurisdictionSeed.Node(root, root, JurisdictionSeed.levelOf(root), null));
        }
        return Optional.of(root);
    }
}
