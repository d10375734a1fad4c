package com.allocar.identity.notify;

import java.time.Duration;
import java.util.Map;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * SMS through the aggregator's HTTP API ({@code POST /sms/v1/messages}, bearer key). Locally and in
 * tests the aggregator is devstack's fake, whose inbox a developer can read.
 */
@Component
class HttpSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(HttpSmsSender.class);

    private final RestClient client;
    private final SmsProperties props;

    HttpSmsSender(RestClient.Builder builder, SmsProperties props) {
        var factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(Duration.ofSeconds(2));
        factory.setReadTimeout(Duration.ofSeconds(5));
        this.client = builder.requestFactory(factory).baseUrl(props.baseUrl()).build();
        this.props = props;
    }

    @Override
    public void send(String toE164, String text) {
        try {
            client.post().uri("/sms/v1/messages")
                    .header("Authorization", "Bearer " + props.apiKey())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("from", props.sender(), "to", toE164, "text", text))
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientException e) {
            log.error("SMS to {} failed: {}", com.allocar.platform.validation.PhoneNumbers.mask(toE164), e.getMessage());
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "SMS could not be sent; retry in a moment");
        }
    }
}
