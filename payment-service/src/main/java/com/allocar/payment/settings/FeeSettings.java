package com.allocar.payment.settings;

import java.math.BigDecimal;

import com.allocar.payment.config.PaymentProperties;
import com.allocar.platform.settings.PlatformSettings;

import org.springframework.stereotype.Component;

/**
 * The commission and payout threshold in force: the admin settings version this service heard last
 * (platform settings, read on each use), else the properties.
 */
@Component
public class FeeSettings {

    public record InForce(long version, BigDecimal commissionPercent, BigDecimal commissionFixed, BigDecimal payoutMinAmount) {
    }

    private final PlatformSettings settings;
    private final PaymentProperties props;

    FeeSettings(PlatformSettings settings, PaymentProperties props) {
        this.settings = settings;
        this.props = props;
    }

    public InForce current() {
        var s = settings.current();
        return new InForce(s.version(), s.decimal("platform_fee_percent", props.fees().commissionPercent()),
                s.decimal("platform_fee_fixed", props.fees().commissionFixed()), s.decimal("payout_min_amount", props.payouts().minAmount()));
    }
}
