/**
 * Messages by key: a service exception carries a key and arguments, and the edge (the API or the console) translates
 * it into the language of the request.
 */
@Export
@Version("1.0.0")
package org.tongban.platform.api.i18n;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
