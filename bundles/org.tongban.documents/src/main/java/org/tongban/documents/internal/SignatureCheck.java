package org.tongban.documents.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.tongban.documents.Verification.Outcome;

/**
 * Checks the signature of a PDF: exactly one, covering every byte but its own value, mathematically valid, and made
 * with a trusted certificate (one of the city's seal certificates, or one issued by them).
 */
final class SignatureCheck {
    private static final int MAX_CHAIN = 5;

    /** What the check found; the signer's name when there was a readable signature. */
    record Result(Outcome outcome, Optional<String> signer) {
        static Result of(Outcome outcome) {
            return new Result(outcome, Optional.empty());
        }
    }

    private SignatureCheck() {}

    static Result check(byte[] pdf, Collection<X509Certificate> trusted) {
        if (!hasPdfHeader(pdf)) {
            // Anything posted to the public route lands here: refuse it before the lenient parser logs about it.
            return Result.of(Outcome.NOT_PDF);
        }
        List<PDSignature> signatures;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            signatures = document.getSignatureDictionaries();
        } catch (IOException | RuntimeException e) {
            return Result.of(Outcome.NOT_PDF);
        }
        if (signatures.isEmpty()) {
            return Result.of(Outcome.UNSIGNED);
        }
        if (signatures.size() > 1) {
            // The city seals once; a second signature means someone signed over the city's document.
            return Result.of(Outcome.NOT_WHOLE_FILE);
        }
        PDSignature signature = signatures.getFirst();
        if (!coversWholeFile(signature.getByteRange(), pdf.length)) {
            return Result.of(Outcome.NOT_WHOLE_FILE);
        }
        try {
            CMSSignedData cms = new CMSSignedData(
                    new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    contentInfo(signature.getContents(pdf)));
            SignerInformation signer =
                    cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return Result.of(Outcome.SIGNATURE_INVALID);
            }
            X509Certificate certificate = certificate(matches.iterator().next());
            Optional<String> name = Optional.of(SealKey.commonName(certificate.getSubjectX500Principal()));
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                return new Result(Outcome.SIGNATURE_INVALID, name);
            }
            return new Result(
                    trusted(certificate, certificates(cms), trusted) ? Outcome.VALID : Outcome.FOREIGN_SIGNER, name);
        } catch (CMSException
                | OperatorCreationException
                | GeneralSecurityException
                | IOException
                | RuntimeException e) {
            // A changed digest, a garbled signature value: either way the content is not what was signed.
            return Result.of(Outcome.SIGNATURE_INVALID);
        }
    }

    /** {@code %PDF-} within the first 1024 bytes, where ISO 32000 lets readers look for it. */
    static boolean hasPdfHeader(byte[] content) {
        byte[] header = {'%', 'P', 'D', 'F', '-'};
        int last = Math.min(content.length, 1024) - header.length;
        for (int i = 0; i <= last; i++) {
            if (java.util.Arrays.equals(content, i, i + header.length, header, 0, header.length)) {
                return true;
            }
        }
        return false;
    }

    /** The signature value is zero-padded to its reserved space: only the first DER object is the CMS. */
    private static ContentInfo contentInfo(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    /** The byte range is [0, a, b, c]: from the start to the signature, and from after it to the very end. */
    static boolean coversWholeFile(int[] range, long length) {
        return range != null
                && range.length == 4
                && range[0] == 0
                && range[1] > 0
                && range[2] > range[1]
                && (long) range[2] + range[3] == length;
    }

    private static boolean trusted(
            X509Certificate certificate, List<X509Certificate> carried, Collection<X509Certificate> anchors) {
        X509Certificate current = certificate;
        for (int depth = 0; depth < MAX_CHAIN && current != null; depth++) {
            for (X509Certificate anchor : anchors) {
                if (anchor.equals(current) || issuedBy(current, anchor)) {
                    return true;
                }
            }
            X509Certificate child = current;
            current = carried.stream()
                    .filter(c -> !c.equals(child) && issuedBy(child, c))
                    .findFirst()
                    .orElse(null);
        }
        return false;
    }

    private static boolean issuedBy(X509Certificate child, X509Certificate issuer) {
        if (!child.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        try {
            child.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static List<X509Certificate> certificates(CMSSignedData cms) throws GeneralSecurityException {
        List<X509Certificate> out = new ArrayList<>();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> all = cms.getCertificates().getMatches(null);
        for (X509CertificateHolder holder : all) {
            out.add(certificate(holder));
        }
        return out;
    }

    private static X509Certificate certificate(X509CertificateHolder holder) throws GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(holder);
    }
}
