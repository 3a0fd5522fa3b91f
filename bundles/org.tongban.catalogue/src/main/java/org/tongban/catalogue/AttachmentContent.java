package org.tongban.catalogue;

/**
 * The content of an attachment, for download.
 *
 * @param attachment its description
 * @param bytes the content
 */
public record AttachmentContent(Attachment attachment, byte[] bytes) {}
