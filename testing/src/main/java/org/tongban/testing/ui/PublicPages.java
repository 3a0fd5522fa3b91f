package org.tongban.testing.ui;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.utility.DeepUnwrap;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tongban.platform.api.portal.PageRequest;
import org.tongban.platform.api.portal.PageView;
import org.tongban.platform.api.portal.PublicPage;

/**
 * Renders a bundle's {@link PublicPage} as the host does, without the frame: FreeMarker with the host's settings
 * ({@code .ftlh} escaping, no {@code ?new}, no {@code ?api}) and {@code t(...)} from the bundle's message files, where a
 * missing key fails the test.
 */
public final class PublicPages {

    /**
     * A rendered page.
     *
     * @param view what the page returned (title, description, canonical, version)
     * @param html its template's markup
     */
    public record Rendered(PageView view, String html) {}

    private final Configuration configuration;
    private final BundleTexts texts;

    /** Renders templates from the class path of the test with the texts of these message files. */
    public PublicPages(String... messageBases) {
        this.texts = new BundleTexts(messageBases);
        this.configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(new ClassTemplateLoader(PublicPages.class.getClassLoader(), "/"));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setURLEscapingCharset("UTF-8");
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setLocalizedLookup(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        configuration.setNumberFormat("computer");
    }

    /** The page for {@code route} with these path and query parameters, in zh-CN. */
    public Rendered render(
            PublicPage page, String route, Map<String, String> pathParameters, Map<String, List<String>> parameters) {
        return render(page, new PageRequest(route, pathParameters, parameters, Locale.SIMPLIFIED_CHINESE));
    }

    /** The page for this request. */
    public Rendered render(PublicPage page, PageRequest request) {
        PageView view = page.render(request);
        Map<String, Object> model = new LinkedHashMap<>(view.model());
        Locale locale = request.locale();
        model.put("t", (TemplateMethodModelEx) arguments -> {
            Object[] values = new Object[arguments.size() - 1];
            for (int i = 1; i < arguments.size(); i++) {
                values[i - 1] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
            }
            String key = DeepUnwrap.unwrap((TemplateModel) arguments.get(0)).toString();
            return texts.getTranslation(key, locale, values);
        });
        model.put("lang", locale.toLanguageTag());
        try {
            StringWriter out = new StringWriter();
            configuration.getTemplate(view.template()).process(model, out);
            return new Rendered(view, out.toString());
        } catch (Exception e) {
            throw new AssertionError("Cannot render " + view.template() + ": " + e.getMessage(), e);
        }
    }
}
