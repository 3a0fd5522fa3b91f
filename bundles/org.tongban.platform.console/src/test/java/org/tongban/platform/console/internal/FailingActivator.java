package org.tongban.platform.console.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Packed into a test bundle whose start must fail. */
public class FailingActivator implements BundleActivator {
    @Override
    public void start(BundleContext context) {
        throw new IllegalStateException("数据库不可用");
    }

    @Override
    public void stop(BundleContext context) {}
}
