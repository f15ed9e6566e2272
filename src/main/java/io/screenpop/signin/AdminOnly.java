package io.screenpop.signin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks an admin-only page or action ({@link SignInGuard#adminOnly}): the caller must be an admin
 * ({@link CurrentAgent#admin()}: a signed-in user with {@code ADMIN_ROLE}, a tool with an API key, or anybody with
 * sign-in off). Anybody else gets 403: a page for browsers, {@code {"success":false,"message":…}} JSON for
 * {@code /api}, {@code /sync} and callers that accept only JSON.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdminOnly {

    /**
     * @return true when, with sign-in off, the action still needs an API key as it always has ({@code POST /sync},
     *         the 3CX template): no key is then 401 {@code {"error":"Unauthorized"}}
     */
    boolean keyWhenSignInOff() default false;
}
