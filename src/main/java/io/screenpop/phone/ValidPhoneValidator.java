package io.screenpop.phone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidPhone} with the service's normaliser and default region. */
@ApplicationScoped
public class ValidPhoneValidator implements ConstraintValidator<ValidPhone, String> {

    private final PhoneNumberNormalizer normalizer;

    /** CDI constructor. */
    public ValidPhoneValidator(PhoneNumberNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || normalizer.normalize(value).isPresent();
    }
}
