package io.screenpop.companies;

import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import io.screenpop.phone.CountryRegions;
import io.screenpop.phone.PhoneNumberNormalizer;

/** Checks {@link ValidAddress} on {@link NewCompanyForm}; a blank country means {@code PHONE_DEFAULT_REGION}'s. */
@ApplicationScoped
public class ValidAddressValidator implements ConstraintValidator<ValidAddress, NewCompanyForm> {

    private static final Pattern TWO_LETTERS = Pattern.compile("[A-Za-z]{2}");
    private static final Map<String, Pattern> POSTCODES = Map.of(
            "US", Pattern.compile("\\d{5}(-\\d{4})?"),
            "CA", Pattern.compile("[A-Za-z]\\d[A-Za-z][ -]?\\d[A-Za-z]\\d"),
            "GB", Pattern.compile("[A-Za-z]{1,2}\\d[A-Za-z\\d]?\\s*\\d[A-Za-z]{2}"));
    private static final Map<String, String> EXAMPLES = Map.of("US", "95110 or 95110-1234", "CA", "K1A 0B1", "GB", "E14 5AB");

    private final PhoneNumberNormalizer normalizer;

    /** CDI constructor; the normaliser (a client proxy) gives the default region lazily. */
    public ValidAddressValidator(PhoneNumberNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public boolean isValid(NewCompanyForm form, ConstraintValidatorContext context) {
        if (form == null) {
            return true;
        }
        String region = form.country == null || form.country.isBlank() ? normalizer.defaultRegion()
                : CountryRegions.regionOf(form.country).orElse("");
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        boolean needsState = region.equals("US") || region.equals("CA");
        if (needsState && form.state != null && !form.state.isBlank() && !TWO_LETTERS.matcher(form.state.strip()).matches()) {
            valid = violation(context, "state", "must be the two-letter state code, e.g. CA");
        }
        if (form.zipCode != null && !form.zipCode.isBlank()) {
            Pattern pattern = POSTCODES.get(region);
            String zip = form.zipCode.strip();
            if (pattern != null && !pattern.matcher(zip).matches()) {
                valid = violation(context, "zipCode", "is not a valid postal code for " + region + " (e.g. " + EXAMPLES.get(region) + ")");
            } else if (zip.length() > 12) {
                valid = violation(context, "zipCode", "must be at most 12 characters");
            }
        }
        return valid;
    }

    private static boolean violation(ConstraintValidatorContext context, String property, String message) {
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(property).addConstraintViolation();
        return false;
    }
}
