package io.payerid.sandbox.wechat;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registry of sandbox payments, found by {@code transaction_id} or by {@code mch_id} + {@code out_trade_no}.
 * In memory only, like the rest of the sandbox.
 */
public class SandboxPayments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));
    private static final SecureRandom RANDOM = new SecureRandom();

    private record MerchantOrder(String mchId, String outTradeNo) {
    }

    private final Map<String, SandboxPayment> byTransactionId = new ConcurrentHashMap<>();
    private final Map<MerchantOrder, SandboxPayment> byMerchantOrder = new ConcurrentHashMap<>();

    /** Records a payment; empty when the merchant already has an order with that out_trade_no. */
    synchronized Optional<SandboxPayment> record(String appid, String userId, String mchId, String outTradeNo,
                                                 Instant paidAt) {
        MerchantOrder order = new MerchantOrder(mchId, outTradeNo);
        if (byMerchantOrder.containsKey(order)) {
            return Optional.empty();
        }
        SandboxPayment payment = new SandboxPayment(newTransactionId(paidAt), mchId, outTradeNo, appid, userId, paidAt);
        byTransactionId.put(payment.transactionId(), payment);
        byMerchantOrder.put(order, payment);
        return Optional.of(payment);
    }

    public Optional<SandboxPayment> byTransactionId(String transactionId) {
        return Optional.ofNullable(transactionId).map(byTransactionId::get);
    }

    public Optional<SandboxPayment> byMerchantOrder(String mchId, String outTradeNo) {
        if (mchId == null || outTradeNo == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byMerchantOrder.get(new MerchantOrder(mchId, outTradeNo)));
    }

    /** Shaped like WeChat Pay's: {@code 42000} + 5 digits + the China-time payment day + 10 digits. */
    private String newTransactionId(Instant paidAt) {
        String id;
        do {
            id = "42000" + digits(5) + DAY.format(paidAt) + digits(10);
        } while (byTransactionId.containsKey(id));
        return id;
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.toString();
    }
}
