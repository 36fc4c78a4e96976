package com.botclientemanager.charges.internal;

import com.botclientemanager.charges.ChargesProperties;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mercado Pago's payments API ({@code POST /v1/payments} with {@code payment_method_id: pix}, {@code GET
 * /v1/payments/{id}}) over OkHttp. Retrying on a connection the peer closed is safe here: a create carries its
 * idempotency key. Answers are read up to {@value #MAX_ANSWER_BYTES} bytes and always closed; the token is only sent
 * in the Authorization header and never logged.
 */
class MercadoPagoGateway implements PaymentGateway {

    static final long MAX_ANSWER_BYTES = 256 * 1024;
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private final OkHttpClient http;
    private final HttpUrl api;
    private final Supplier<String> token;

    MercadoPagoGateway(ChargesProperties.MercadoPago settings, Supplier<String> token) {
        this.api = HttpUrl.get(settings.apiUrl());
        this.token = token;
        this.http = new OkHttpClient.Builder()
                .retryOnConnectionFailure(true)
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.readTimeout().plus(settings.connectTimeout()))
                .followRedirects(false)
                .build();
    }

    @Override
    public ProviderPayment create(ChargeRequest charge) throws ProviderException {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("transaction_amount", charge.amount());
        body.put("description", charge.description());
        body.put("payment_method_id", "pix");
        body.put("external_reference", charge.externalReference());
        body.put("date_of_expiration", EXPIRY.format(charge.expiresAt()));
        ObjectNode payer = body.putObject("payer");
        payer.put("email", charge.payerEmail());
        if (charge.payerFirstName() != null && !charge.payerFirstName().isBlank()) {
            payer.put("first_name", charge.payerFirstName());
        }
        Request request = authorized(api.newBuilder().addPathSegments("v1/payments").build())
                .header("X-Idempotency-Key", charge.idempotencyKey())
                .post(RequestBody.create(MAPPER.writeValueAsString(body), JSON)).build();
        return payment(call(request));
    }

    @Override
    public ProviderPayment fetch(String paymentId) throws ProviderException {
        HttpUrl url = api.newBuilder().addPathSegments("v1/payments").addPathSegment(paymentId).build();
        return payment(call(authorized(url).get().build()));
    }

    @Override
    public void check() throws ProviderException {
        call(authorized(api.newBuilder().addPathSegments("v1/payment_methods").build()).get().build());
    }

    private Request.Builder authorized(HttpUrl url) throws ProviderException {
        String bearer = token.get();
        if (bearer == null || bearer.isBlank()) {
            throw new ProviderException(ProviderException.Kind.TOKEN_REJECTED, "no access token set");
        }
        return new Request.Builder().url(url).header("Authorization", "Bearer " + bearer.strip())
                .header("Accept", "application/json");
    }

    private JsonNode call(Request request) throws ProviderException {
        try (Response response = http.newCall(request).execute()) {
            String text = response.peekBody(MAX_ANSWER_BYTES).string();
            int code = response.code();
            if (code == 401 || code == 403) {
                throw new ProviderException(ProviderException.Kind.TOKEN_REJECTED, "HTTP " + code);
            }
            if (code == 429 || code >= 500) {
                throw new ProviderException(ProviderException.Kind.UNAVAILABLE, "HTTP " + code);
            }
            if (code < 200 || code >= 300) {
                throw new ProviderException(ProviderException.Kind.REFUSED, "HTTP " + code + " " + shorten(text));
            }
            JsonNode json = MAPPER.readTree(text);
            if (json == null || !json.isObject()) {
                throw new ProviderException(ProviderException.Kind.UNAVAILABLE, "answer is not a JSON object");
            }
            return json;
        } catch (IOException | JacksonException e) {
            throw new ProviderException(ProviderException.Kind.UNAVAILABLE, e.getClass().getSimpleName());
        }
    }

    private static ProviderPayment payment(JsonNode json) throws ProviderException {
        String id = text(json.get("id"));
        if (id == null || !id.matches("[0-9A-Za-z-]{1,40}")) {
            throw new ProviderException(ProviderException.Kind.UNAVAILABLE, "answer without a payment id");
        }
        JsonNode amount = json.get("transaction_amount");
        return new ProviderPayment(id, text(json.get("status")),
                amount != null && amount.isNumber() ? amount.decimalValue() : null, text(json.get("currency_id")),
                text(json.get("external_reference")),
                text(json.path("point_of_interaction").path("transaction_data").get("qr_code")),
                instant(text(json.get("date_of_expiration"))));
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() ? node.asString() : null;
    }

    private static String shorten(String detail) {
        String line = detail == null ? "" : detail.replaceAll("\\s+", " ").strip();
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
