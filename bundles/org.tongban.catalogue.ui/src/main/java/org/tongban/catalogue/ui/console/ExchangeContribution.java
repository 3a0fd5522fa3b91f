package org.tongban.catalogue.ui.console;

import com.vaadin.flow.component.Component;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.tongban.catalogue.CatalogueCodec;
import org.tongban.catalogue.CatalogueEditing;
import org.tongban.catalogue.CatalogueExchange;
import org.tongban.catalogue.CataloguePermissions;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/**
 * Adds {@code /console/catalogue/exchange}: import and export. The file formats offered are the {@link CatalogueCodec}
 * services registered right now (JSON from the catalogue, Excel when its bundle runs), followed as a whiteboard.
 */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "catalogue/exchange",
        view = ExchangeView.class,
        audience = Audience.CONSOLE,
        titleKey = "catalogue.console.exchange.menu",
        permission = CataloguePermissions.READ,
        icon = "vaadin:exchange",
        menuGroup = CatalogueConsoleContribution.GROUP,
        order = 20)
public final class ExchangeContribution implements ViewFactory {

    private final ConsoleServices services;
    private final CatalogueExchange exchange;
    private final List<CatalogueCodec> codecs = new CopyOnWriteArrayList<>();

    @Activate
    public ExchangeContribution(
            @Reference CatalogueEditing editing,
            @Reference CatalogueExchange exchange,
            @Reference AccessControl accessControl,
            @Reference Jurisdictions jurisdictions,
            BundleContext context) {
        this.exchange = exchange;
        this.services = new ConsoleServices(
                editing, accessControl, jurisdictions, context.getProperty(PlatformProperties.ROOT_JURISDICTION));
    }

    @Reference(
            service = CatalogueCodec.class,
            cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addCodec(CatalogueCodec codec) {
        codecs.add(codec);
    }

    void removeCodec(CatalogueCodec codec) {
        codecs.remove(codec);
    }

    /** The codecs registered now, JSON first and then by name, so that the page lists them steadily. */
    List<CatalogueCodec> codecs() {
        return codecs.stream()
                .sorted(Comparator.comparing((CatalogueCodec c) -> !"json".equalsIgnoreCase(c.fileExtension()))
                        .thenComparing(CatalogueCodec::name))
                .toList();
    }

    @Override
    public Component createView() {
        return new ExchangeView(services, exchange, this::codecs);
    }
}
