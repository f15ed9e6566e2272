package io.screenpop.companies;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * State and ZIP fit the company's country: in the US and Canada the state is two letters; the ZIP
 * is US 5 or 5+4 digits, a Canadian or UK postcode, or at most 12 characters elsewhere
 * ({@code Company.zip} max length). Reported on the {@code state} and {@code zip_code} fields.
 */
@Constraint(validatedBy = ValidAddressValidator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ValidAddress {

    /** @return the message */
    String message() default "address does not fit the country";

    /** @return groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};
}
