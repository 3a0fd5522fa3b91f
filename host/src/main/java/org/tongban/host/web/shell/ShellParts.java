package org.tongban.host.web.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tongban.host.web.BundleI18NProvider;
import org.tongban.host.web.CityTheme;
import org.tongban.host.web.PlatformServices;
import org.tongban.host.web.Preferences;
import org.tongban.host.web.WebHost;
import org.tongban.host.web.nav.MenuEntry;
import org.tongban.platform.api.ui.ViewContribution;

/** Pieces both shells share: the hall title, language switch, elder-mode toggle, demo banner and the menu. */
final class ShellParts {

    private ShellParts() {}

    static Component hallTitle(Component owner, String homePath) {
        CityTheme theme = CityTheme.current();
        Image logo = new Image("themes/" + theme.name() + "/" + theme.logo(), "");
        logo.addClassName("tb-logo");
        Span name = new Span(theme.hallName(UI.getCurrent().getLocale()));
        name.addClassName("tb-hall-name");
        Anchor home = new Anchor(homePath, logo, name);
        home.addClassName("tb-brand");
        home.getElement().setAttribute("aria-label", owner.getTranslation("shell.home") + " " + name.getText());
        return home;
    }

    static Select<Locale> languageSwitch(Component owner) {
        Map<Locale, String> names = new LinkedHashMap<>();
        names.put(BundleI18NProvider.ZH_CN, "简体中文");
        names.put(BundleI18NProvider.ZH_TW, "繁體中文");
        names.put(Locale.ENGLISH, "English");
        Select<Locale> select = new Select<>();
        select.setItems(BundleI18NProvider.LOCALES);
        select.setItemLabelGenerator(names::get);
        select.setValue(BundleI18NProvider.supported(UI.getCurrent().getLocale()));
        select.setAriaLabel(owner.getTranslation("shell.language"));
        select.addClassName("tb-language");
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Preferences.changeLanguage(UI.getCurrent(), e.getValue());
            }
        });
        return select;
    }

    static Button careToggle(Component owner) {
        Button toggle = new Button(owner.getTranslation("shell.care"), new Icon("vaadin", "eye"));
        toggle.addClassName("tb-care-toggle");
        toggle.getElement().setAttribute("aria-pressed", Boolean.toString(Preferences.isCareMode(UI.getCurrent())));
        toggle.addClickListener(e -> {
            UI ui = UI.getCurrent();
            boolean on = !Preferences.isCareMode(ui);
            Preferences.setCareMode(ui, on);
            toggle.getElement().setAttribute("aria-pressed", Boolean.toString(on));
            toggle.setText(owner.getTranslation(on ? "shell.care.off" : "shell.care"));
        });
        if (Preferences.isCareMode(UI.getCurrent())) {
            toggle.setText(owner.getTranslation("shell.care.off"));
        }
        return toggle;
    }

    /** A visible banner in demo mode, so nobody mistakes demo data and accounts for production. */
    static Component demoBanner(Component owner) {
        Div banner = new Div(new Span(owner.getTranslation("shell.demo")));
        banner.addClassName("tb-demo-banner");
        banner.getElement().setAttribute("role", "status");
        banner.setVisible(
                Boolean.parseBoolean(WebHost.current().host().bundleContext().getProperty("tongban.demo")));
        return banner;
    }

    /** The menu label of the entry at {@code path} (without a leading slash), or null when no entry has it. */
    static String menuLabel(Component owner, List<MenuEntry> entries, String path) {
        return entries.stream()
                .filter(e -> e.path().equals(path))
                .findFirst()
                .map(e -> owner.getTranslation(e.contribution().titleKey()))
                .orElse(null);
    }

    /** Fills a side navigation with the entries the current user may use, grouped by menu group. */
    static void fillMenu(SideNav nav, Component owner, List<MenuEntry> entries) {
        nav.removeAll();
        Map<String, SideNavItem> groups = new LinkedHashMap<>();
        for (MenuEntry entry : entries) {
            ViewContribution contribution = entry.contribution();
            if (!contribution.inMenu() || !PlatformServices.current().isPermitted(contribution.requiredPermission())) {
                continue;
            }
            SideNavItem item = new SideNavItem(owner.getTranslation(contribution.titleKey()), "/" + entry.path());
            item.setPrefixComponent(icon(contribution.icon()));
            String group = contribution.menuGroup();
            if (group.isBlank()) {
                nav.addItem(item);
            } else {
                groups.computeIfAbsent(group, g -> {
                            SideNavItem parent = new SideNavItem(owner.getTranslation(g));
                            parent.setExpanded(true);
                            nav.addItem(parent);
                            return parent;
                        })
                        .addItem(item);
            }
        }
    }

    static Icon icon(String name) {
        String[] parts = name == null ? new String[0] : name.split(":", 2);
        return parts.length == 2 ? new Icon(parts[0], parts[1]) : new Icon("vaadin", "file-text-o");
    }

    /** Gives the routed content the id the skip link points at, and makes it the page's main landmark. */
    static void markMain(com.vaadin.flow.component.HasElement content) {
        if (content != null) {
            content.getElement().setAttribute("id", "tb-main");
            content.getElement().setAttribute("role", "main");
            content.getElement().setAttribute("tabindex", "-1");
        }
    }

    /** A link that lets keyboard users jump over the navigation to the content. */
    static Anchor skipLink(Component owner) {
        Anchor skip = new Anchor("#tb-main", owner.getTranslation("shell.skip"));
        skip.addClassName("tb-skip-link");
        return skip;
    }
}
