package com.allocar.platform.clients;

import java.lang.reflect.InvocationHandler;
import java.util.concurrent.Callable;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import feign.Capability;
import feign.InvocationHandlerFactory;
import feign.RetryableException;
import feign.codec.DecodeException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

/**
 * Wraps every service client call: a circuit breaker per peer (a refusal such as not_found is the peer working and does
 * not count; an outage does), a bounded retry with backoff for {@link Idempotent} methods only, and the one translation
 * of Feign's own failures — unreachable or timed out → {@link PeerUnavailable} (503), an answer that does not match
 * the client's record → 502. An open breaker answers 503 at once instead of a timeout per call.
 */
public class Resilience implements Capability {

    private final CircuitBreakerRegistry breakers;
    private final RetryConfig retry;

    public Resilience(CircuitBreakerRegistry breakers, ServiceClientProperties props) {
        this.breakers = breakers;
        this.retry = RetryConfig.custom()
                .maxAttempts(props.attempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(props.backoff(), 2))
                .retryOnException(e -> e instanceof PeerUnavailable)
                .build();
    }

    @Override
    public InvocationHandlerFactory enrich(InvocationHandlerFactory factory) {
        return (target, dispatch) -> {
            InvocationHandler handler = factory.create(target, dispatch);
            String peer = target.name();
            CircuitBreaker breaker = breakers.circuitBreaker(peer);
            return (proxy, method, args) -> {
                if (method.getDeclaringClass() == Object.class) {
                    return handler.invoke(proxy, method, args);
                }
                Callable<Object> call = breaker.decorateCallable(() -> once(handler, proxy, method, args, peer));
                if (method.isAnnotationPresent(Idempotent.class)) {
                    call = Retry.decorateCallable(Retry.of(peer + "." + method.getName(), retry), call);
                }
                try {
                    return call.call();
                } catch (CallNotPermittedException e) {
                    throw new PeerUnavailable(peer);
                }
            };
        };
    }

    private static Object once(InvocationHandler handler, Object proxy, java.lang.reflect.Method method, Object[] args, String peer)
            throws Exception {
        try {
            return handler.invoke(proxy, method, args);
        } catch (RetryableException e) {
            throw new PeerUnavailable(peer);
        } catch (DecodeException e) {
            throw new ApiException(ErrorCode.BAD_GATEWAY, peer + " answered in a form we cannot read");
        } catch (Exception e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
