package io.screenpop.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Like {@link ApiKeyRequired}, for a download an administrator opens in a browser: the key may also
 * come as the query parameter {@code ?apikey=} ({@link ApiKeyFilter#checkWithQuery}).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ApiKeyInQuery {
}
