/** Implementation of the market on the platform's database, workflow, scheduler and file store. */
package org.tongban.market.internal;
