/**
 * Scheduling for every bundle: recurring {@link org.tongban.platform.scheduler.ScheduledJob}s declared by service
 * properties (as in Apache Sling's scheduler), and durable one-off {@link org.tongban.platform.scheduler.Timers} per
 * case, handled by {@link org.tongban.platform.scheduler.TimerHandler}s. Each run happens on one node only, except for
 * node-scoped jobs, which run on every node and can be asked for an early run through
 * {@link org.tongban.platform.scheduler.Jobs}.
 */
@Export
@Version("1.1.0")
package org.tongban.platform.scheduler;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
