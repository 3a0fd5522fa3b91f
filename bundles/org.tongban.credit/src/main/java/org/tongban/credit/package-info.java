/**
 * Credit records of applicants (信用记录): broken 容缺 pledges, false 告知承诺 commitments and imported bad credit, with
 * expiry and appeal. Intake asks {@link org.tongban.credit.CreditRecords#hasBadRecord} before it allows 容缺; the help
 * desk and the market read and write the same records.
 */
@Export
@Version("1.2.0")
package org.tongban.credit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
