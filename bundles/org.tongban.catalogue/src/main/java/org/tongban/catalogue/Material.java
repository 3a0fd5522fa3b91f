package org.tongban.catalogue;

/**
 * A material (申请材料) an applicant hands in for a matter.
 *
 * @param name name, unique within the matter
 * @param required whether it is required (otherwise optional or depending on the case)
 * @param tolerant whether tolerant intake (容缺受理) may accept it missing against a pledge
 * @param originals number of originals
 * @param copies number of copies
 * @param format further words on its form (签字盖章 ...) as free text, or {@code null}; the form itself is in
 *     {@code details}
 * @param eCertificate the e-certificate type that replaces it (免提交), for example 居民身份证, or {@code null}
 * @param note further requirements, or {@code null}
 * @param blankForm the blank form to fill in, or {@code null}
 * @param sample a filled-in sample, or {@code null}
 * @param details type, form, source, waivers, tolerant-intake deadline and consequence, acceptance standard
 */
public record Material(
        String name,
        boolean required,
        boolean tolerant,
        int originals,
        int copies,
        String format,
        String eCertificate,
        String note,
        Attachment blankForm,
        Attachment sample,
        MaterialDetails details) {

    /** A material whose details are derived from its counts, format and e-certificate. */
    public Material(
            String name,
            boolean required,
            boolean tolerant,
            int originals,
            int copies,
            String format,
            String eCertificate,
            String note,
            Attachment blankForm,
            Attachment sample) {
        this(
                name,
                required,
                tolerant,
                originals,
                copies,
                format,
                eCertificate,
                note,
                blankForm,
                sample,
                MaterialDetails.derived(tolerant, originals, copies, format, eCertificate));
    }

    /** The same material with other attachments. */
    public Material withAttachments(Attachment blankForm, Attachment sample) {
        return new Material(
                name, required, tolerant, originals, copies, format, eCertificate, note, blankForm, sample, details);
    }

    /** The same material with other details. */
    public Material withDetails(MaterialDetails details) {
        return new Material(
                name, required, tolerant, originals, copies, format, eCertificate, note, blankForm, sample, details);
    }
}
