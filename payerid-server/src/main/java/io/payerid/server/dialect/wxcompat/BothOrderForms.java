package io.payerid.server.dialect.wxcompat;

/**
 * getpaidunionid with {@code transaction_id} and {@code mch_id}/{@code out_trade_no} at once. WeChat documents
 * "either" and says nothing of both; its payment APIs (orderquery) let the transaction id win, and so does
 * the sandbox, so that is the default: code that works against WeChat keeps working here.
 */
public enum BothOrderForms {
    /** Use transaction_id, ignore mch_id and out_trade_no. */
    PREFER_TRANSACTION_ID,
    /** Answer 40097 invalid args. */
    REJECT
}
