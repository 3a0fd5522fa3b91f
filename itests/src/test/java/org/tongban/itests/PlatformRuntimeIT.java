package org.tongban.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;
import org.tongban.itests.support.TongbanInstance;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;

/** The Jinan distribution launched with the real framework and bundles on the embedded H2 database. */
class PlatformRuntimeIT {

    private static TongbanInstance jinan;

    @BeforeAll
    static void start() throws Exception {
        jinan = TongbanInstance.of("jinan").start();
    }

    @AfterAll
    static void stop() throws Exception {
        jinan.close();
    }

    @Test
    void everyBundleOfTheCityIsActive() {
        Bundle[] bundles = jinan.bundleContext().getBundles();
        assertThat(bundles)
                .filteredOn(b -> b.getState() != Bundle.ACTIVE)
                .extracting(Bundle::getSymbolicName)
                .isEmpty();
        assertThat(bundles)
                .extracting(Bundle::getSymbolicName)
                .contains("org.tongban.platform.persistence", "org.tongban.platform.security", "org.tongban.notice.ui");
    }

    @Test
    void platformServicesAreRegistered() throws Exception {
        assertThat(jinan.service(Database.class)).isNotNull();
        assertThat(jinan.service(AccessControl.class)).isNotNull();
        assertThat(jinan.service(AuditLog.class)).isNotNull();
        assertThat(jinan.bundleContext().getServiceReferences(ViewContribution.class, null))
                .hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void bundlesChangelogsWereAppliedBeforeTheirServicesStarted() throws Exception {
        Set<String> tables = new HashSet<>();
        try (Connection connection = jinan.service(Database.class).dataSource().getConnection();
                ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase());
            }
        }
        assertThat(tables).contains("databasechangelog", "notice_item");
        assertThat(tables).anyMatch(t -> t.startsWith("sec_"));
    }

    @Test
    void contributedViewsAreRoutedUnderTheirShell() {
        assertThat(jinan.views().registeredRoute("notices")).isPresent();
        assertThat(jinan.views().registeredRoute("console/notices")).isPresent();
        assertThat(jinan.views().registeredRoute("console/bundles")).isPresent();
    }

    @Test
    void healthReportsEveryComponent() throws Exception {
        HttpResponse<String> health = jinan.get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(health.body())
                .contains("\"status\" : \"UP\"", "\"name\" : \"database\"", "bundle:org.tongban.notice");
    }

    @Test
    void themeFilesAreServedAndPathsOutsideThemesAreNot() throws Exception {
        assertThat(jinan.get("/themes/jinan/theme.css").statusCode()).isEqualTo(200);
        assertThat(jinan.get("/themes/jinan/theme.css").body()).contains("--lumo-primary-color");
        assertThat(jinan.get("/themes/jinan/%2e%2e%2f%2e%2e%2fconf%2ftongban.properties")
                        .body())
                .doesNotContain("jurisdiction.root");
        assertThat(jinan.get("/themes/jinan/nothing.css").statusCode()).isEqualTo(404);
        assertThat(jinan.get("/themes/jinan/theme.exe").statusCode()).isEqualTo(404);
    }

    @Test
    void vaadinsOwnStyleSheetIsServedWith200() throws Exception {
        // Every page links Lumo's style sheet; answered with an error status, browsers drop it and the UI loses its
        // spacing, colours and fonts.
        HttpResponse<String> lumo = jinan.get("/lumo/lumo.css");
        assertThat(lumo.statusCode()).isEqualTo(200);
        assertThat(lumo.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(lumo.body()).contains("--lumo-");
    }

    @Test
    void portalAndConsoleAnswer() throws Exception {
        assertThat(jinan.get("/").statusCode()).isEqualTo(200);
        assertThat(jinan.get("/console/login").statusCode()).isEqualTo(200);
        assertThat(Arrays.stream(jinan.bundleContext().getBundles()).count()).isGreaterThan(8);
    }

    @Test
    void apiAnswersUnknownPathsAndOtherMethodsWithJsonErrorsAndPublishesOpenApi() throws Exception {
        HttpResponse<String> unknown = jinan.get("/api/v9/nothing");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(unknown.body()).contains("没有这个接口");

        HttpResponse<String> openApi = jinan.get("/api/openapi.json");
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("\"openapi\" : \"3.1.0\"");

        HttpResponse<String> post = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(jinan.baseUrl() + "/api/openapi.json"))
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.body()).contains("只支持 GET");
    }

    @Test
    void twoRoutesSharingAViewClassEachCreateTheirOwnView() throws Exception {
        ServiceRegistration<ViewContribution> first =
                jinan.bundleContext().registerService(ViewContribution.class, new Labelled("shared-view-a", "甲"), null);
        ServiceRegistration<ViewContribution> second =
                jinan.bundleContext().registerService(ViewContribution.class, new Labelled("shared-view-b", "乙"), null);
        try {
            TongbanInstance.await(Duration.ofSeconds(10), () -> jinan.views().entry("shared-view-b") != null);
            assertThat(jinan.views()
                            .createView(LabelledView.class, "shared-view-b")
                            .getText())
                    .isEqualTo("乙");
            assertThat(jinan.views()
                            .createView(LabelledView.class, "shared-view-a")
                            .getText())
                    .isEqualTo("甲");
        } finally {
            first.unregister();
            second.unregister();
        }
    }

    /** A view class that two routes share, each with its own label. */
    public static final class LabelledView extends Div {
        LabelledView(String label) {
            setText(label);
        }
    }

    private record Labelled(String route, String label) implements ViewContribution {
        @Override
        public Class<? extends Component> viewClass() {
            return LabelledView.class;
        }

        @Override
        public String titleKey() {
            return "title";
        }

        @Override
        public Audience audience() {
            return Audience.PORTAL;
        }

        @Override
        public boolean inMenu() {
            return false;
        }

        @Override
        public Component createView() {
            return new LabelledView(label);
        }
    }
}
