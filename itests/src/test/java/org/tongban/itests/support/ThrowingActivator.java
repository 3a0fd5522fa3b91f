package org.tongban.itests.support;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** The activator of the failing test bundle: it always throws, as a buggy feature bundle would. */
public class ThrowingActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        throw new IllegalStateException("boom: this bundle is broken on purpose");
    }

    @Override
    public void stop(BundleContext context) {}
}
