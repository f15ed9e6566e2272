package io.screenpop.tickets;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Time spent in the words agents entered it: minutes ("10 minutes"), and hours with minutes from an
 * hour up ("1 hour 30 minutes"), never ConnectWise's decimal hours ("0.17 h"). Time is stored in
 * ConnectWise as hours with two decimals; a whole number of minutes survives that rounding exactly
 * (the error is at most 0.3 minutes).
 */
public final class TimeSpent {

    private TimeSpent() {
    }

    /**
     * @param hours time in hours, e.g. {@code 0.17} for 10 minutes
     * @return e.g. {@code 10 minutes}, {@code 1 hour}, {@code 2 hours 5 minutes}
     */
    public static String describe(BigDecimal hours) {
        int minutes = hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact();
        int h = minutes / 60;
        int m = minutes % 60;
        String hourPart = h == 0 ? "" : h + (h == 1 ? " hour" : " hours");
        String minutePart = m == 0 && h > 0 ? "" : m + (m == 1 ? " minute" : " minutes");
        return (hourPart + " " + minutePart).strip();
    }
}
