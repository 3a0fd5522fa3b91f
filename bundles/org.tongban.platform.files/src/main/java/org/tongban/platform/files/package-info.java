/**
 * Uploaded files (材料扫描件、照片、签章文件): checked by content against an allowlist, limited in size per kind,
 * hashed, stored with the caller's transaction and served back only as attachments.
 */
@Export
@Version("1.0.0")
package org.tongban.platform.files;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
