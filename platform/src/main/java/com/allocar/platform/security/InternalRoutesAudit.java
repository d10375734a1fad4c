package com.allocar.platform.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Refuses to start a service whose {@code /internal/**} handler says nothing of its callers, or whose public handler
 * carries {@code @CalledBy} (a service token is worthless there): an unscoped internal route is a hole, found at once.
 */
class InternalRoutesAudit implements ApplicationListener<ContextRefreshedEvent> {

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        List<String> problems = new ArrayList<>();
        event.getApplicationContext().getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().forEach((info, method) -> {
                    boolean scoped = CalledByInterceptor.calledBy(method) != null;
                    for (String pattern : info.getPatternValues()) {
                        if (InternalPaths.isInternal(pattern) && !scoped) {
                            problems.add(pattern + " (" + method.getShortLogMessage() + ") has no @CalledBy");
                        } else if (!InternalPaths.isInternal(pattern) && scoped) {
                            problems.add(pattern + " (" + method.getShortLogMessage() + ") is public but has @CalledBy");
                        }
                    }
                }));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Internal API routes without scope: " + String.join("; ", problems));
        }
    }
}
