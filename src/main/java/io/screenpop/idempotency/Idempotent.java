package io.screenpop.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Binds {@link IdempotencyFilter} to a resource class or method: its unsafe requests (POST, PUT,
 * PATCH, DELETE) honour an {@code Idempotency-Key} header as in the IETF draft "The
 * Idempotency-Key HTTP Header Field" (draft-ietf-httpapi-idempotency-key-header). Safe methods of
 * an annotated class pass through untouched, so annotating the class covers every write it has or gets.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Idempotent {
}
