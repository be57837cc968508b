package io.payerid.sandbox.support;

/**
 * A sandbox payer a tester can "be": whatever profile a simulator keeps, the shared machinery (roster,
 * selection cookie, picker, consent) needs only an id and a name to show.
 */
public interface SandboxPayer {

    /** Stable id; it travels in a cookie and in URLs, so simulators keep it to {@code [A-Za-z0-9_-]}. */
    String id();

    /** How the upstream app would name the person on its pages. */
    String displayName();
}
