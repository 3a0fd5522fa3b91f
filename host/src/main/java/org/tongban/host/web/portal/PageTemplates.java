package org.tongban.host.web.portal;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

/**
 * FreeMarker set up once per class loader: the host's own (the page frame, the 404 page) and each contributing
 * bundle's. Templates are {@code .ftlh}, so every value is HTML-escaped unless a template says otherwise; templates
 * may neither create Java objects ({@code ?new}) nor reach the API of the values ({@code ?api}). Parsed templates are
 * kept by FreeMarker; a bundle's set is dropped when its page leaves (an update brings a new class loader).
 */
public final class PageTemplates {

    private final Configuration host = configuration(PageTemplates.class.getClassLoader());
    private final Map<Long, Configuration> bundles = new ConcurrentHashMap<>();

    /** Renders a template of the host. */
    public String renderHost(String template, Map<String, Object> model) {
        return render(host, template, model);
    }

    /** Renders a template of {@code bundle}. */
    public String render(Bundle bundle, String template, Map<String, Object> model) {
        Configuration configuration = bundles.computeIfAbsent(bundle.getBundleId(), id -> {
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (wiring == null) {
                throw new IllegalStateException("Bundle " + bundle.getSymbolicName() + " is not resolved");
            }
            return configuration(wiring.getClassLoader());
        });
        return render(configuration, template, model);
    }

    /** Forgets the templates of a bundle whose page left. */
    public void forget(Bundle bundle) {
        bundles.remove(bundle.getBundleId());
    }

    private static String render(Configuration configuration, String template, Map<String, Object> model) {
        try {
            Template parsed = configuration.getTemplate(template);
            StringWriter out = new StringWriter(8192);
            parsed.process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("Cannot render " + template + ": " + e.getMessage(), e);
        }
    }

    static Configuration configuration(ClassLoader loader) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(new ClassTemplateLoader(loader, "/"));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setURLEscapingCharset("UTF-8");
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setLocalizedLookup(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        // Record components read as properties (guide.title), as records are what the pages hand over.
        configuration.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        configuration.setNumberFormat("computer");
        return configuration;
    }
}
