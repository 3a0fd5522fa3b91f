package org.tongban.catalogue;

/**
 * A file attached to a material (a blank form or a filled sample). The content is stored once per distinct content
 * and fetched by {@link #id()}.
 *
 * @param id SHA-256 of the content, in lower-case hex
 * @param fileName the file name shown for download
 * @param contentType the media type found by sniffing the content, one of {@link CatalogueLimits#ATTACHMENT_TYPES}
 * @param size size in bytes
 */
public record Attachment(String id, String fileName, String contentType, long size) {}
