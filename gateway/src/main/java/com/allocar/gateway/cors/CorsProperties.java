package com.allocar.gateway.cors;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param allowedOrigins exact origins (scheme://host[:port]) browsers may call the API from */
@ConfigurationProperties("allocar.gateway.cors")
public record CorsProperties(@DefaultValue("http://localhost:4200") List<String> allowedOrigins) {
}
