package org.tongban.documents.internal;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.security.auth.x500.X500Principal;

/**
 * The key documents are sealed with and its certificate chain (the signing certificate first).
 *
 * @param privateKey the signing key
 * @param chain the certificate and those above it, as the keystore holds them
 */
record SealKey(PrivateKey privateKey, List<X509Certificate> chain) {
    SealKey {
        chain = List.copyOf(chain);
    }

    X509Certificate certificate() {
        return chain.getFirst();
    }

    /** The common name of the certificate, shown on the seal and as the signer. */
    String name() {
        return commonName(certificate().getSubjectX500Principal());
    }

    static String commonName(X500Principal principal) {
        for (String part : principal.getName(X500Principal.RFC2253).split(",")) {
            if (part.startsWith("CN=")) {
                return part.substring(3).replace("\\", "");
            }
        }
        return principal.getName();
    }
}
