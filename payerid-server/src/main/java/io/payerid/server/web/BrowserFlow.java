package io.payerid.server.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose endpoints a payer's browser visits: its failures become a redirect to the
 * merchant or the zh-CN payer page (BrowserFlowExceptionHandler), never JSON.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface BrowserFlow {
}
