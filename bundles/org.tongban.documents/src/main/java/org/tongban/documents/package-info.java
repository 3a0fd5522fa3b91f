/**
 * Documents of cases: official notices and results as e-sealed PDF from per-kind templates, their verification by
 * anyone who holds one, and the certificate library (电子证照) that later cases reuse with the holder's consent.
 */
@Export
@Version("1.3.0")
package org.tongban.documents;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
