/** Public accounts on JDBC and their API routes. */
package org.tongban.platform.accounts.internal;
