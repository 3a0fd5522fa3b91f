package org.tongban.documents.internal;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.tongban.platform.api.jdbc.Jdbc;

/**
 * The certificates documents of this city may be signed with, kept in {@code document_seal_certificate}: every
 * certificate of every seal key the city has used, so documents sealed before a key change still verify, and a new
 * key from the same certificate authority is trusted through it.
 */
final class SealTrust {
    private SealTrust() {}

    static void remember(Connection c, List<X509Certificate> chain) throws SQLException {
        for (X509Certificate certificate : chain) {
            String fingerprint = fingerprint(certificate);
            if (Jdbc.one(c, "SELECT 1 FROM document_seal_certificate WHERE fingerprint = ?", r -> 1, fingerprint)
                    .isEmpty()) {
                Jdbc.update(
                        c,
                        "INSERT INTO document_seal_certificate (fingerprint, subject, certificate, registered_at)"
                                + " VALUES (?, ?, ?, ?)",
                        fingerprint,
                        Jdbc.clip(certificate.getSubjectX500Principal().getName(), 500),
                        encoded(certificate),
                        Jdbc.now());
            }
        }
    }

    static List<X509Certificate> all(Connection c) throws SQLException {
        List<X509Certificate> out = new ArrayList<>();
        for (byte[] der : Jdbc.list(c, "SELECT certificate FROM document_seal_certificate", r -> r.getBytes(1))) {
            out.add(parse(der));
        }
        return out;
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded(certificate)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate parse(byte[] der) {
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored seal certificate cannot be read", e);
        }
    }
}
