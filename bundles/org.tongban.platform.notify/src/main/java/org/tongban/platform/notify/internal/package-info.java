/** The outbox on JDBC, its delivery job, health and the demo gateway. */
package org.tongban.platform.notify.internal;
