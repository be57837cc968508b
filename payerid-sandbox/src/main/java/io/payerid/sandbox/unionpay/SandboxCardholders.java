package io.payerid.sandbox.unionpay;

import java.util.List;

import io.payerid.sandbox.support.PayerRoster;

/** The sandbox payers a tester can "be" at userAuth, in display order. */
public class SandboxCardholders extends PayerRoster<SandboxCardholder> {

    /** Used when {@code payerid.sandbox.unionpay.users} is empty. */
    static final List<SandboxCardholder> DEFAULTS = List.of(
            new SandboxCardholder("alice", "爱丽丝"),
            new SandboxCardholder("bob", "鲍勃"));

    public SandboxCardholders(List<SandboxCardholder> configured) {
        super(configured, DEFAULTS, "sandbox cardholder");
    }
}
