package com.allocar.gateway.uri;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpRequest;
import reactor.netty.NettyPipeline;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The spec spells search filters {@code ?seats>=2&driver_rating>=4}. Browsers and the apps percent-encode {@code >},
 * but curl and scripts send it raw, and Spring's Netty adapter answers a request line that is not a valid URI with a
 * bare 400 before any filter runs. Characters that RFC 3986 forbids in a query are percent-encoded here, as a browser
 * would have done, so such a request is routed (and, if still wrong, refused with the error envelope).
 */
@Configuration(proxyBeanMethods = false)
public class RequestTargetEncoding {

    private static final String ILLEGAL = "<>\"{}|\\^`";

    @Bean
    NettyServerCustomizer encodeIllegalQueryCharacters() {
        return server -> server.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, "allocar.requestTargetEncoding", new Encoder());
            }
        });
    }

    /** The request target with every character of {@link #ILLEGAL} in its query percent-encoded; the same string if none. */
    public static String encodeQuery(String target) {
        int q = target.indexOf('?');
        if (q < 0) {
            return target;
        }
        StringBuilder out = null;
        for (int i = q + 1; i < target.length(); i++) {
            char c = target.charAt(i);
            if (ILLEGAL.indexOf(c) >= 0) {
                if (out == null) {
                    out = new StringBuilder(target.length() + 8).append(target, 0, i);
                }
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? target : out.toString();
    }

    private static final class Encoder extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest request) {
                String encoded = encodeQuery(request.uri());
                if (!encoded.equals(request.uri())) {
                    request.setUri(encoded);
                }
            }
            ctx.fireChannelRead(msg);
        }
    }
}
