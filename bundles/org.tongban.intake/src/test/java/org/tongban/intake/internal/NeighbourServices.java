package org.tongban.intake.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.tongban.credit.internal.CreditConfig;
import org.tongban.credit.internal.JdbcCreditRecords;
import org.tongban.documents.internal.DocumentsConfig;
import org.tongban.documents.internal.JdbcCertificateLibrary;
import org.tongban.documents.internal.JdbcDocuments;
import org.tongban.platform.accounts.internal.AccountsConfig;
import org.tongban.platform.accounts.internal.JdbcPublicAccounts;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.files.internal.FilesConfig;
import org.tongban.platform.files.internal.JdbcFileStore;
import org.tongban.platform.notify.internal.JdbcNotifications;
import org.tongban.platform.notify.internal.NotifyConfig;
import org.tongban.platform.security.internal.ArgonPasswordHashing;
import org.tongban.testing.Jinan;
import org.tongban.testing.TestDatabase;

/**
 * The real services of the bundles intake hands its outputs to (documents and the certificate library, the
 * notification outbox, credit records, public accounts, the file store), built through their components' constructors with their default configuration,
 * as the bundles run them; shared with the intake console's tests through this module's test-jar. The demo seal key is made once per test run in a folder of its own.
 */
public final class NeighbourServices {
    private static Path home;

    public final JdbcDocuments documents;
    public final JdbcCertificateLibrary library;
    public final JdbcNotifications notifications;
    public final JdbcCreditRecords credit;
    public final JdbcPublicAccounts accounts;
    public final JdbcFileStore files;

    public NeighbourServices(TestDatabase db, AccessControl access, AuditLog audit, Jurisdictions jurisdictions) {
        BundleContext context = context(
                Map.of(PlatformProperties.HOME, home().toString(), PlatformProperties.ROOT_JURISDICTION, Jinan.JINAN));
        documents = new JdbcDocuments(db, access, audit, jurisdictions, defaults(DocumentsConfig.class), context);
        library = new JdbcCertificateLibrary(db, access, audit);
        notifications = new JdbcNotifications(db, access, audit, jurisdictions, defaults(NotifyConfig.class));
        credit = new JdbcCreditRecords(db, access, audit, jurisdictions, defaults(CreditConfig.class));
        accounts = new JdbcPublicAccounts(
                db, audit, new ArgonPasswordHashing(), notifications, defaults(AccountsConfig.class), context);
        files = new JdbcFileStore(db, audit, access, defaults(FilesConfig.class), context);
    }

    private static synchronized Path home() {
        if (home == null) {
            try {
                home = Files.createTempDirectory("intake-seal");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return home;
    }

    /** A configuration annotation answering every attribute with its declared default. */
    public static <A> A defaults(Class<A> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDefaultValue() != null) {
                return method.getDefaultValue();
            }
            return switch (method.getName()) {
                case "annotationType" -> type;
                case "toString" -> type.getSimpleName();
                case "hashCode" -> 0;
                case "equals" -> proxy == args[0];
                default -> throw new UnsupportedOperationException(method.getName());
            };
        }));
    }

    /** A bundle context that only answers framework properties, which is all the documents' component reads. */
    private static BundleContext context(Map<String, String> properties) {
        return (BundleContext) Proxy.newProxyInstance(
                BundleContext.class.getClassLoader(), new Class<?>[] {BundleContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getProperty")) {
                        return properties.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
