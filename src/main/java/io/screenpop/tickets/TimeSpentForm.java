package io.screenpop.tickets;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jboss.resteasy.reactive.RestForm;

import io.screenpop.api.InvalidInputException;

/** Time spent, as {@code minutes} or {@code hours} (not both), shared by the forms that record time. */
public abstract class TimeSpentForm {

    /** Minutes spent, 1 to 1440. */
    @RestForm
    @Min(value = 1, message = "must be at least 1")
    @Max(value = 1440, message = "must be at most 1440 (a day)")
    public Integer minutes;

    /** Hours spent, 0.01 to 24. */
    @RestForm
    @DecimalMin(value = "0.01", message = "must be at least 0.01")
    @DecimalMax(value = "24", message = "must be at most 24")
    public BigDecimal hours;

    /**
     * @return the time in hours (two decimals), or {@code null} when none was given
     * @throws InvalidInputException 400 naming {@code minutes} when both minutes and hours were given
     */
    public BigDecimal spentHours() {
        if (minutes != null && hours != null) {
            throw new InvalidInputException("minutes", "Give the time in minutes or in hours, not both");
        }
        if (minutes != null) {
            return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        }
        return hours == null ? null : hours.setScale(2, RoundingMode.HALF_UP);
    }
}
