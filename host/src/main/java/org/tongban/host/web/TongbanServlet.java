package org.tongban.host.web;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebInitParam;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tongban.host.web.nav.WebPlatform;
import org.tongban.host.web.portal.PublicSite;

/** The one Vaadin servlet of the portal and the console. */
@WebServlet(
        urlPatterns = "/*",
        name = "tongban",
        asyncSupported = true,
        loadOnStartup = 1,
        initParams = {
            @WebInitParam(name = "productionMode", value = "true"),
            @WebInitParam(name = "closeIdleSessions", value = "true")
        })
public class TongbanServlet extends VaadinServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void servletInitialized() throws ServletException {
        super.servletInitialized();
        PushBuffers.shrink(getServletConfig());
        WebPlatform.open(WebHost.of(getServletContext()).host().bundleContext(), getServletContext());
    }

    /**
     * Sets the status of a page's first load (404, 403) that Vaadin itself would answer with 200; an unknown address
     * gets the public 404 page unless the visitor is already in the Vaadin portal or console.
     */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        // Static files (Lumo's style sheet, the front-end bundle) first, with Vaadin's own status: the rules below are
        // for pages, and a style sheet answered with 404 is ignored by the browser even when its content follows.
        if ("GET".equals(request.getMethod()) && serveStaticOrWebJarRequest(request, response)) {
            return;
        }
        int status = PageStatus.of(request, getService().getRouter().getRegistry());
        PublicSite site = WebHost.of(getServletContext()).site();
        if (status == 404 && site.enabled() && request.getSession(false) == null) {
            // An unknown address from a visitor without a session: the public 404 page, no session for it.
            site.notFound(request, response);
            return;
        }
        if (status != PageStatus.UNCHANGED) {
            response.setStatus(status);
        }
        super.service(request, response);
    }

    @Override
    public void destroy() {
        WebPlatform.close(getServletContext());
        super.destroy();
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        VaadinServletService service = new TongbanService(this, configuration);
        service.init();
        return service;
    }
}
