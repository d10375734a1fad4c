package com.allocar.gateway.docs;

import java.net.URI;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

@Configuration(proxyBeanMethods = false)
class DocsConfiguration {

    /** {@code /api/docs} is the documented address; the UI page itself sits one level below. */
    @Bean
    RouterFunction<ServerResponse> docsEntryRedirect(DocsPaths paths) {
        return RouterFunctions.route(GET(DocsPaths.ENTRY), request -> ServerResponse.status(302)
                .location(URI.create(paths.uiIndex()))
                .build());
    }
}
