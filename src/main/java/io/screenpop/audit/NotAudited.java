package io.screenpop.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST that only reads (e.g. the 3CX caller lookup): {@link AuditFilter} records every other
 * POST, PUT, PATCH and DELETE of the service.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface NotAudited {
}
