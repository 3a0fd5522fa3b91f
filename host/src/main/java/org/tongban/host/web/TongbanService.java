package org.tongban.host.web;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.NavigationEvent;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import org.tongban.host.web.nav.NavigationGuard;
import org.tongban.host.web.nav.WebPlatform;
import org.tongban.platform.api.security.AuditLog;

/**
 * Binds the logged-in user and the remote address to each request's thread, guards every navigation, and creates
 * contributed views through their contribution so bundles can hand their services to the view.
 */
class TongbanService extends VaadinServletService {
    private static final long serialVersionUID = 1L;

    TongbanService(VaadinServlet servlet, DeploymentConfiguration configuration) {
        super(servlet, configuration);
    }

    @Override
    public void init() throws ServiceException {
        super.init();
        addSessionInitListener(event -> event.getSession().setErrorHandler(new FriendlyErrorHandler()));
        addUIInitListener(event -> {
            Preferences.apply(event.getUI());
            event.getUI().addBeforeEnterListener(new NavigationGuard());
        });
    }

    @Override
    protected Instantiator createInstantiator() throws ServiceException {
        // Flow's own instantiator keeps the I18N provider in a static field, shared by every web application of the
        // JVM; this one keeps its own, reading the bundles of this application's framework.
        BundleI18NProvider translations = new BundleI18NProvider(web().host().bundleContext());
        return new DefaultInstantiator(this) {
            @Override
            public I18NProvider getI18NProvider() {
                return translations;
            }

            @Override
            public <T extends HasElement> T createRouteTarget(Class<T> type, NavigationEvent event) {
                T contributed = WebPlatform.of(WebPlatform.servletContext(TongbanService.this))
                        .views()
                        .createView(type, event.getLocation().getPath());
                return contributed != null ? contributed : super.createRouteTarget(type, event);
            }
        };
    }

    /** This web application's services, from the servlet rather than the thread's current instances. */
    private WebHost web() {
        return WebHost.of(getServlet().getServletContext());
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        super.requestStart(request, response);
        AuditLog.setRemoteAddress(request.getRemoteAddr());
        SessionLogin login = SessionLogin.of(request.getWrappedSession(false));
        web().services().authenticator().ifPresent(a -> a.bind(login == null ? null : login.token()));
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        try {
            web().services().authenticator().ifPresent(a -> a.bind(null));
            AuditLog.clearRemoteAddress();
        } finally {
            super.requestEnd(request, response, session);
        }
    }
}
