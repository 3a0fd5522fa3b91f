package org.tongban.platform.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.PlatformProperties;

/**
 * Applies {@code conf/configurations.json} (PID to properties, merged by the assembler from the features' defaults
 * and the city's overrides) to Configuration Admin at start, so configuration is data in the distribution. Values
 * may use {@code ${tongban.home}}. A configuration is only written when it differs, so restarts do not re-activate
 * components needlessly.
 */
@Component(immediate = true)
public class DistributionConfigurations {

    private static final Logger LOG = LoggerFactory.getLogger(DistributionConfigurations.class);

    @Activate
    public DistributionConfigurations(BundleContext context, @Reference ConfigurationAdmin configurationAdmin)
            throws IOException {
        String home = context.getProperty(PlatformProperties.HOME);
        if (home == null) {
            return;
        }
        Path file = Path.of(home, "conf", "configurations.json");
        if (!Files.isRegularFile(file)) {
            return;
        }
        for (Map.Entry<String, Dictionary<String, Object>> entry :
                read(file, home).entrySet()) {
            Configuration configuration = configurationAdmin.getConfiguration(entry.getKey(), "?");
            if (!entry.getValue().equals(configuration.getProperties())) {
                configuration.update(entry.getValue());
                LOG.info("Configuration {} applied from {}", entry.getKey(), file.getFileName());
            }
        }
    }

    static Map<String, Dictionary<String, Object>> read(Path file, String home) throws IOException {
        Map<String, Dictionary<String, Object>> result = new LinkedHashMap<>();
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        for (Iterator<Map.Entry<String, JsonNode>> pids = root.fields(); pids.hasNext(); ) {
            Map.Entry<String, JsonNode> pid = pids.next();
            Dictionary<String, Object> properties = new Hashtable<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = pid.getValue().fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                properties.put(field.getKey(), value(field.getValue(), home));
            }
            result.put(pid.getKey(), properties);
        }
        return result;
    }

    private static Object value(JsonNode node, String home) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.asText().replace("${tongban.home}", home);
    }
}
