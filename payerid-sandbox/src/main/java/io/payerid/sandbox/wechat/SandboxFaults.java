package io.payerid.sandbox.wechat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Failures a tester switches on per app, to see how a client copes: for now WeChat's -1 "system busy". */
public class SandboxFaults {

    private final Set<String> busyAppids = ConcurrentHashMap.newKeySet();

    void setBusy(String appid, boolean busy) {
        if (busy) {
            busyAppids.add(appid);
        } else {
            busyAppids.remove(appid);
        }
    }

    /** When true, getpaidunionid and jscode2session answer -1 for the app. */
    boolean busy(String appid) {
        return busyAppids.contains(appid);
    }
}
