package org.tongban.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Where the seal key comes from: the city's PKCS#12 file in production, otherwise a demo key with a self-signed
 * certificate generated at the first start into the data folder (the key and its password file readable by the owner
 * only; never in the repository or the database, so a database backup does not carry it).
 */
final class SealKeys {
    private static final String ALIAS = "seal";
    private static final Duration DEMO_VALIDITY = Duration.ofDays(3650);

    private SealKeys() {}

    /** The first key entry of a PKCS#12 file. */
    static SealKey fromPkcs12(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    List<X509Certificate> chain = new ArrayList<>();
                    for (Certificate certificate : store.getCertificateChain(alias)) {
                        chain.add((X509Certificate) certificate);
                    }
                    return new SealKey((PrivateKey) store.getKey(alias, password), chain);
                }
            }
            throw new IllegalStateException("The seal keystore " + file + " holds no private key");
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot read the seal keystore " + file + " (missing, damaged or wrong password)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the seal keystore " + file + " (wrong password?)", e);
        }
    }

    /** The demo key in this file, generated with its password file beside it on first use. */
    static synchronized SealKey demo(Path file, String holder) {
        Path passwordFile = file.resolveSibling(file.getFileName() + ".password");
        if (!Files.exists(file)) {
            generate(file, passwordFile, holder);
        }
        try {
            return fromPkcs12(
                    file,
                    Files.readString(passwordFile, StandardCharsets.UTF_8)
                            .strip()
                            .toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + passwordFile, e);
        }
    }

    /** A fresh key with a self-signed certificate for this holder (also used by tests as a foreign signer). */
    static SealKey selfSigned(String commonName, String organisation) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.C, "CN")
                    .addRDN(BCStyle.O, organisation)
                    .addRDN(BCStyle.CN, commonName)
                    .build();
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    name,
                    new BigInteger(64, new SecureRandom()),
                    Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(DEMO_VALIDITY)),
                    name,
                    pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(
                    Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(
                            builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            return new SealKey(pair.getPrivate(), List.of(certificate));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Cannot generate a seal key", e);
        }
    }

    private static void generate(Path file, Path passwordFile, String holder) {
        SealKey key = selfSigned(holder + " 电子印章（演示）", holder);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        char[] password = HexFormat.of().formatHex(random).toCharArray();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key.privateKey(), password, key.chain().toArray(new Certificate[0]));
            writeOwnerOnly(passwordFile, new String(password).getBytes(StandardCharsets.UTF_8));
            try (OutputStream out = ownerOnly(file)) {
                store.store(out, password);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo seal key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot store the demo seal key", e);
        }
    }

    private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        try (OutputStream out = ownerOnly(file)) {
            out.write(content);
        }
    }

    private static OutputStream ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
