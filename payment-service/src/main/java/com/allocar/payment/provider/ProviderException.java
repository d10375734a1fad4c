package com.allocar.payment.provider;

/** A provider call that failed (unreachable, 5xx, or a refusal the caller has to surface). */
public class ProviderException extends RuntimeException {

    private final Provider provider;
    private final int status;
    private final String providerCode;

    public ProviderException(Provider provider, String message) {
        this(provider, message, 0, null);
    }

    public ProviderException(Provider provider, String message, int status, String providerCode) {
        super(message);
        this.provider = provider;
        this.status = status;
        this.providerCode = providerCode;
    }

    public Provider provider() {
        return provider;
    }

    /** HTTP status the provider answered, 0 when it did not answer. */
    public int status() {
        return status;
    }

    public String providerCode() {
        return providerCode;
    }
}
