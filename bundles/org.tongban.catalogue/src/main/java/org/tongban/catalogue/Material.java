package org.tongban.catalogue;

/**
 * A material (申请材料) an applicant hands in for a matter.
 *
 * @param name name, unique within the matter
 * @param required whether it is required (otherwise optional or depending on the case)
 * @param tolerant whether tolerant intake (容缺受理) may accept it missing against a pledge
 * @param originals number of originals
 * @param copies number of copies
 * @param format paper, electronic ... as free text, or {@code null}
 * @param eCertificate the e-certificate type that replaces it (免提交), for example 居民身份证, or {@code null}
 * @param note further requirements, or {@code null}
 * @param blankForm the blank form to fill in, or {@code null}
 * @param sample a filled-in sample, or {@code null}
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
        Attachment sample) {}
