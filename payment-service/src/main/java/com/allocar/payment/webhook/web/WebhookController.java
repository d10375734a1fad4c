package com.allocar.payment.webhook.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.allocar.payment.provider.WebhookRequest;
import com.allocar.payment.webhook.Webhooks;
import com.allocar.platform.api.Envelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@Tag(name = "payment webhooks", description = "Provider notifications (public; each authenticated by its provider's scheme)")
class WebhookController {

    private final Webhooks webhooks;

    WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    record Received(boolean received, String outcome, java.util.UUID paymentId, String status) {
    }

    /** PUT too: MTN MoMo sends its callback with PUT (sometimes POST). */
    @RequestMapping(path = "/api/v1/payments/webhook/{provider}", method = {RequestMethod.POST, RequestMethod.PUT})
    @SecurityRequirements
    @Operation(summary = "Provider webhook: wave (Wave-Signature), stripe (Stripe-Signature), orange_money (notif_token), "
            + "mtn_momo (callback, confirmed by a status read). Duplicates are acknowledged and change nothing.")
    Envelope<Received> receive(@PathVariable String provider, @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (request.getQueryString() != null) {
            UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams()
                    .forEach((k, v) -> query.put(k, v.isEmpty() ? null : v.getFirst()));
        }
        var result = webhooks.receive(provider, new WebhookRequest(headers, body == null ? new byte[0] : body, query));
        return Envelope.of(new Received(true, result.outcome().wire(), result.paymentId(), result.status()));
    }
}
