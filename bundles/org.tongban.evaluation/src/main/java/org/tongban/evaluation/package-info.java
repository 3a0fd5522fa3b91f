/**
 * 好差评: citizens rate a finished intake case once ({@link org.tongban.evaluation.Channel#ONLINE}, 一事一评) and each hall
 * visit ({@link org.tongban.evaluation.Channel#HALL}, 一次一评) on five {@link org.tongban.evaluation.Level}s with the
 * national scheme's dimensions. Who does not rate in time gets the default 基本满意, kept apart from real ratings. A bad
 * review opens a {@link org.tongban.evaluation.Rectification} for the handling unit, closed out before the office.
 * {@link org.tongban.evaluation.CitizenRatings} serves the citizen and the window tablet, {@link
 * org.tongban.evaluation.EvaluationService} the console; both check {@link org.tongban.evaluation.EvaluationPermissions}
 * themselves. Steps publish {@code evaluation/*}.
 */
@Export
@Version("1.1.0")
package org.tongban.evaluation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
