/**
 * The public verification page of documents ({@link org.tongban.documents.ui.internal.VerifyDocumentContribution}).
 * Nothing here is exported; the host finds the view through its {@code ViewContribution} service and the texts
 * through the messages header.
 */
@Header(name = PlatformProperties.MESSAGES_HEADER, value = "i18n/documents-ui")
package org.tongban.documents.ui.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.PlatformProperties;
