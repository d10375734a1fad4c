package com.allocar.gateway.docs;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the Swagger UI lives. springdoc serves the UI from the local webjar under
 * {@code <parent of springdoc.swagger-ui.path>/swagger-ui/}, i.e. {@code /api/docs/swagger-ui/index.html};
 * {@code GET /api/docs} redirects there. The services' OpenAPI documents are proxied at
 * {@code /api/docs/<service>} (routes {@code docs-<service>}) and stay plain API answers.
 */
@Component
public class DocsPaths {

    public static final String ENTRY = "/api/docs";

    private final String uiPrefix;

    public DocsPaths(@Value("${springdoc.swagger-ui.path:/swagger-ui.html}") String swaggerUiPath) {
        String root = swaggerUiPath.contains("/") ? swaggerUiPath.substring(0, swaggerUiPath.lastIndexOf('/')) : "";
        this.uiPrefix = root + "/swagger-ui/";
    }

    /** The page {@code GET /api/docs} sends browsers to. */
    public String uiIndex() {
        return uiPrefix + "index.html";
    }

    /** True for the UI page and its assets, which need a CSP that lets scripts and styles from this origin run. */
    public boolean isUiPath(String path) {
        return path.equals(ENTRY) || path.startsWith(uiPrefix);
    }
}
