package com.allocar.notification.channel;

import java.util.Map;

import com.allocar.notification.config.NotificationProperties;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * The SMS aggregator's HTTP API as devstack's fake speaks it: {@code POST /sms/v1/messages}, {@code Authorization:
 * Bearer <key>}, {@code {from, to, text}} → 201 {@code {message_id, status: queued}}. A 400 is the message's fault
 * (permanent); 401, 5xx and connection failures are retried later.
 */
public class AggregatorSmsSender implements SmsSender {

    private final RestClient http;
    private final NotificationProperties.Sms props;

    public AggregatorSmsSender(NotificationProperties.Sms props) {
        this.props = props;
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(props.connectTimeout());
        factory.setReadTimeout(props.readTimeout());
        this.http = RestClient.builder().baseUrl(props.baseUrl()).requestFactory(factory).build();
    }

    @Override
    public String send(String toE164, String text) throws ChannelFailure {
        try {
            JsonNode answer = http.post().uri("/sms/v1/messages")
                    .header("Authorization", "Bearer " + props.apiKey())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("from", props.sender(), "to", toE164, "text", text))
                    .retrieve().body(JsonNode.class);
            return answer == null ? null : answer.path("message_id").asString(null);
        } catch (RestClientResponseException e) {
            boolean permanent = e.getStatusCode().value() == 400;
            throw new ChannelFailure("sms aggregator answered " + e.getStatusCode().value() + " " + e.getResponseBodyAsString(), permanent, e);
        } catch (ResourceAccessException e) {
            throw new ChannelFailure("sms aggregator unreachable: " + e.getMostSpecificCause().getMessage(), false, e);
        } catch (RestClientException e) {
            throw new ChannelFailure("sms aggregator: " + e.getMessage(), false, e);
        }
    }
}
