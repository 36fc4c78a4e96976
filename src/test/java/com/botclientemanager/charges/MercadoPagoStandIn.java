package com.botclientemanager.charges;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mercado Pago's payments API as documented: {@code POST /v1/payments} (PIX, {@code X-Idempotency-Key} mandatory; the
 * same key answers with the payment made for it) and {@code GET /v1/payments/{id}}, both with the bearer token.
 * Tests change a payment's status or amount as Mercado Pago would after the client paid.
 */
final class MercadoPagoStandIn extends Dispatcher {

    static final String TOKEN = "APP_USR-test-token";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final Map<String, ObjectNode> payments = new ConcurrentHashMap<>();
    private final Map<String, String> byKey = new ConcurrentHashMap<>();
    final List<String> createBodies = new ArrayList<>();
    final AtomicInteger creates = new AtomicInteger();
    final AtomicInteger fetches = new AtomicInteger();
    private final AtomicLong nextId = new AtomicLong(1_325_000_001L);
    /** The next this-many creations are made but answered too late (the caller's read times out). */
    final AtomicInteger slowCreates = new AtomicInteger();
    volatile int failWith;

    void reset() {
        payments.clear();
        byKey.clear();
        createBodies.clear();
        creates.set(0);
        fetches.set(0);
        slowCreates.set(0);
        failWith = 0;
    }

    void status(String id, String status) {
        payments.get(id).put("status", status);
    }

    void amount(String id, String amount) {
        payments.get(id).put("transaction_amount", new BigDecimal(amount));
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        if (!("Bearer " + TOKEN).equals(request.getHeaders().get("Authorization"))) {
            return json(401, "{\"message\":\"invalid access token\",\"status\":401}");
        }
        if (failWith != 0) {
            return json(failWith, "{\"message\":\"internal error\"}");
        }
        String path = request.getUrl().encodedPath();
        if (request.getMethod().equals("POST") && path.equals("/v1/payments")) {
            return create(request);
        }
        if (request.getMethod().equals("GET") && path.startsWith("/v1/payments/")) {
            fetches.incrementAndGet();
            ObjectNode payment = payments.get(path.substring("/v1/payments/".length()));
            return payment == null ? json(404, "{\"message\":\"Payment not found\",\"status\":404}")
                    : json(200, payment.toString());
        }
        if (path.equals("/v1/payment_methods")) {
            return json(200, "[{\"id\":\"pix\"}]");
        }
        return json(404, "{}");
    }

    private synchronized MockResponse create(RecordedRequest request) {
        String key = request.getHeaders().get("X-Idempotency-Key");
        if (key == null || key.isBlank()) {
            return json(400, "{\"message\":\"Header X-Idempotency-Key can't be null\",\"status\":400}");
        }
        String existing = byKey.get(key);
        if (existing != null) {
            return json(200, payments.get(existing).toString());
        }
        String body = request.getBody().utf8();
        createBodies.add(body);
        creates.incrementAndGet();
        JsonNode asked = JSON.readTree(body);
        String id = Long.toString(nextId.getAndIncrement());
        ObjectNode payment = JSON.createObjectNode();
        payment.put("id", Long.parseLong(id));
        payment.put("status", "pending");
        payment.put("status_detail", "pending_waiting_transfer");
        payment.put("payment_method_id", "pix");
        payment.put("currency_id", "BRL");
        payment.set("transaction_amount", asked.get("transaction_amount"));
        payment.set("external_reference", asked.get("external_reference"));
        payment.set("date_of_expiration", asked.get("date_of_expiration"));
        ObjectNode data = payment.putObject("point_of_interaction").putObject("transaction_data");
        data.put("qr_code", "00020126580014br.gov.bcb.pix0136mp-" + id + "5204000053039865802BR6304ABCD");
        data.put("qr_code_base64", "iVBORw0KGgo=");
        payments.put(id, payment);
        byKey.put(key, id);
        MockResponse.Builder answer = new MockResponse.Builder().code(201)
                .addHeader("Content-Type", "application/json").body(payment.toString());
        if (slowCreates.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            answer.headersDelay(3, TimeUnit.SECONDS);
        }
        return answer.build();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}
