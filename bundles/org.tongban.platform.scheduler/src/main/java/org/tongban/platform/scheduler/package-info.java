/**
 * Scheduling for every bundle: recurring {@link org.tongban.platform.scheduler.ScheduledJob}s declared by service
 * properties (as in Apache Sling's scheduler), and durable one-off {@link org.tongban.platform.scheduler.Timers} per
 * case, handled by {@link org.tongban.platform.scheduler.TimerHandler}s. Each run happens on one node only.
 */
@Export
@Version("1.0.0")
package org.tongban.platform.scheduler;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
