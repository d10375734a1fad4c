package com.allocar.trip.config;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code allocar.trip.*}.
 *
 * @param requireKycForDriver the admin toggle {@code require_kyc_for_driver}: publishing needs an approved KYC
 * @param zone                the local time zone of search dates ("date" = a day in Africa/Abidjan)
 */
@ConfigurationProperties("allocar.trip")
public record TripProperties(@DefaultValue("true") boolean requireKycForDriver,
                             @DefaultValue("Africa/Abidjan") ZoneId zone,
                             @DefaultValue Search search,
                             @DefaultValue Holds holds,
                             @DefaultValue Members members,
                             @DefaultValue SearchVolume searchVolume) {

    /**
     * @param defaultRadiusKm radius around {@code from} and {@code to} when the client gives none
     * @param maxRadiusKm     the largest radius a client may ask for
     * @param cacheTtl        how long a search answer stays in Redis (changes invalidate it earlier)
     */
    public record Search(@DefaultValue("25") double defaultRadiusKm, @DefaultValue("100") double maxRadiusKm,
                         @DefaultValue("PT60S") Duration cacheTtl, @DefaultValue("true") boolean cacheEnabled) {
    }

    /**
     * @param defaultTtl     hold duration when booking-service does not say
     * @param maxTtl         the longest hold accepted
     * @param expiryInterval delay between two runs of the expiry job
     */
    public record Holds(@DefaultValue("PT15M") Duration defaultTtl, @DefaultValue("PT2H") Duration maxTtl,
                        @DefaultValue("PT30S") Duration expiryInterval) {
    }

    /** @param ratingTopic the topic carrying {@code user.rating_updated} (published by booking-service) */
    public record Members(@DefaultValue("booking.ratings") String ratingTopic) {
    }

    /** @param interval delay between two reports of the searches each instance answered ({@code search.volume}) */
    public record SearchVolume(@DefaultValue("PT1M") Duration interval) {
    }
}
