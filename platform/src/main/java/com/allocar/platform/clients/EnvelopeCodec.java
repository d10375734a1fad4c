package com.allocar.platform.clients;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import com.allocar.platform.api.Envelope;
import feign.RequestTemplate;
import feign.Response;
import feign.codec.DecodeException;
import feign.codec.Decoder;
import feign.codec.Encoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fleet's wire format on a service client, with the service's own {@link JsonMapper} (snake_case): a request body
 * is written as JSON; an answer's {@code {"data": …}} envelope is opened, so a client method returns the record itself
 * (or, declared to return {@link Envelope}, the whole envelope with its pagination).
 * {@code void} methods and empty bodies read as {@code null}.
 */
public class EnvelopeCodec implements Encoder, Decoder {

    private final JsonMapper json;

    public EnvelopeCodec(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void encode(Object body, Type bodyType, RequestTemplate template) {
        template.header("Content-Type", "application/json");
        template.body(json.writeValueAsBytes(body), StandardCharsets.UTF_8);
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        if (type == void.class || type == Void.class || response.body() == null) {
            return null;
        }
        JsonNode tree;
        try (InputStream in = response.body().asInputStream()) {
            tree = json.readTree(in);
        } catch (RuntimeException e) {
            throw new DecodeException(response.status(), "unreadable answer: " + e.getMessage(), response.request(), e);
        }
        if (tree == null || tree.isMissingNode()) {
            return null;
        }
        var target = json.constructType(type);
        // a client that needs the pagination asks for the whole Envelope
        JsonNode data = tree.has("data") && target.getRawClass() != Envelope.class ? tree.get("data") : tree;
        try {
            return json.readerFor(target).readValue(data);
        } catch (RuntimeException e) {
            throw new DecodeException(response.status(), "answer does not match " + type.getTypeName() + ": " + e.getMessage(),
                    response.request(), e);
        }
    }
}
