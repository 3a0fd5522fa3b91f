package org.tongban.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Seals a PDF: a detached CMS signature (adbe.pkcs7.detached, SHA-256 with the seal key) over every byte of the file
 * except the signature itself, appended as an incremental update.
 */
final class PdfSealer {
    private static final int SIGNATURE_SPACE = 16 * 1024;

    private PdfSealer() {}

    static byte[] seal(byte[] pdf, SealKey key, Instant at, String reason) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName(key.name());
            signature.setReason(reason);
            Calendar when = Calendar.getInstance(TimeZone.getTimeZone("Asia/Shanghai"));
            when.setTimeInMillis(at.toEpochMilli());
            signature.setSignDate(when);
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(SIGNATURE_SPACE);
            document.addSignature(signature, content -> cms(content.readAllBytes(), key), options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SPACE * 3);
            document.saveIncremental(out);
            options.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot seal the document", e);
        }
    }

    private static byte[] cms(byte[] content, SealKey key) throws IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                            new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator
                    .generate(new CMSProcessableByteArray(content), false)
                    .getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Cannot sign with the seal key", e);
        }
    }
}
