package org.tongban.host.web.portal;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;
import org.tongban.host.web.BundleI18NProvider;
import org.tongban.platform.api.PlatformProperties;

/**
 * The {@code t} function of the templates: {@code ${t("guide.materials")}} or {@code ${t("search.count", total)}},
 * from the page bundle's {@code Tongban-Messages} files, then the host's, in the visitor's language. A missing key
 * shows as itself, as in the Vaadin views.
 */
final class Messages implements TemplateMethodModelEx {

    private final ClassLoader loader;
    private final String base;
    private final Locale locale;

    private Messages(ClassLoader loader, String base, Locale locale) {
        this.loader = loader;
        this.base = base;
        this.locale = locale;
    }

    /** The host's messages only. */
    static Messages host(Locale locale) {
        return new Messages(null, null, locale);
    }

    /** The messages of {@code bundle}, then the host's. */
    static Messages of(Bundle bundle, Locale locale) {
        String header = bundle.getHeaders("").get(PlatformProperties.MESSAGES_HEADER);
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        return header == null || wiring == null
                ? host(locale)
                : new Messages(wiring.getClassLoader(), header.trim(), locale);
    }

    String text(String key, Object... arguments) {
        String pattern = loader == null ? null : BundleI18NProvider.lookup(loader, base, key, locale);
        if (pattern == null) {
            pattern = BundleI18NProvider.lookup(Messages.class.getClassLoader(), "i18n/host", key, locale);
        }
        if (pattern == null) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("t(key, arguments...) needs a key");
        }
        Object[] values = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            values[i - 1] = DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(i));
        }
        return text(
                DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0))
                        .toString(),
                values);
    }
}
