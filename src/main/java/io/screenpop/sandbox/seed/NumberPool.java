package io.screenpop.sandbox.seed;

import java.util.Set;

/**
 * The lines of one fictional range (e.g. 408-555-0100..9999), handed out once each in a scrambled but
 * deterministic order, skipping reserved numbers.
 */
final class NumberPool {

    private final boolean uk;
    private final String area;
    private final String exchange;
    private final int first;
    private final int size;
    private final int width;
    private final int stride;
    private final int offset;
    private int used;

    /**
     * @param first lowest line number; {@code size} lines follow
     * @param width digits of the line part
     * @param stride step through the range; must be coprime with {@code size}
     */
    NumberPool(boolean uk, String area, String exchange, int first, int size, int width, int stride, int offset) {
        this.uk = uk;
        this.area = area;
        this.exchange = exchange;
        this.first = first;
        this.size = size;
        this.width = width;
        this.stride = stride;
        this.offset = offset;
    }

    /** A US pool {@code area 555 0100..9999}. */
    static NumberPool us(String area, int offset) {
        return new NumberPool(false, area, "555", 100, 9900, 4, 7919, offset);
    }

    /**
     * A UK Ofcom drama range of 1000 numbers; {@code range} is {@code "area exchange"}: landlines
     * {@code 20 7946} / {@code 161 496} take four more digits {@code 0000..0999}, mobiles
     * {@code 7700 900} three ({@code 000..999}).
     */
    static NumberPool uk(String range, int offset) {
        String[] parts = range.split(" ");
        int width = parts[0].startsWith("7") ? 3 : 4;
        return new NumberPool(true, parts[0], parts[1], 0, 1000, width, 617, offset);
    }

    /** @return the next unused number, or null when the range is exhausted */
    FictionalNumber take(Set<String> reserved) {
        while (used < size) {
            int index = (int) ((offset + (long) used * stride) % size);
            used++;
            String line = Integer.toString(first + index);
            line = "0".repeat(width - line.length()) + line;
            FictionalNumber number = new FictionalNumber(uk, area, exchange, line);
            if (!reserved.contains(number.national())) {
                return number;
            }
        }
        return null;
    }
}
