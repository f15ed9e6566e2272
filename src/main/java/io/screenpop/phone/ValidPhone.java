package io.screenpop.phone;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The value must be a dialable phone number (see {@link PhoneNumberNormalizer}); {@code null} is left to {@code @NotBlank}. */
@Constraint(validatedBy = ValidPhoneValidator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface ValidPhone {

    /** @return the message */
    String message() default "is not a phone number we can dial (e.g. (408) 555-1212 or +44 20 7946 0958)";

    /** @return groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};
}
