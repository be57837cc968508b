package io.payerid.server.dialect.wxcompat;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller speaking WeChat's API dialect: its failures are written by
 * {@link WxCompatExceptionHandler} as {@code {"errcode","errmsg"}} (or the cloud call's
 * {@code errCode/errMsg}), HTTP 200 like api.weixin.qq.com, never the gateway's {@code {"code","message"}}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@interface WxAnswers {

    WxAnswerShape value();
}
