package io.screenpop.sandbox.seed;

import java.util.SplittableRandom;

/**
 * Writes fictional numbers the messy ways people type them into ConnectWise:
 * {@code (408) 555-1212}, {@code 408.555.1212}, {@code +1 408 555 1212}, {@code 1-408-555-1212},
 * {@code 4085551212}, {@code 020 7946 0958}, {@code +44 (0)20 7946 0958}, {@code 07700 900123} ...,
 * optionally with an extension inside the value ({@code x204}, {@code ext. 12}).
 */
final class PhoneFormats {

    private static final int US_STYLES = 9;
    private static final int UK_STYLES = 6;

    private PhoneFormats() {
    }

    /** @return the number in a random style, with {@code extension} appended when not null */
    static String random(FictionalNumber number, String extension, SplittableRandom random) {
        String value = number.uk() ? uk(number, random.nextInt(UK_STYLES)) : us(number, random.nextInt(US_STYLES));
        if (extension == null) {
            return value;
        }
        return value + (random.nextBoolean() ? " x" : " ext. ") + extension;
    }

    /** @return the US number in style 0..8 */
    static String us(FictionalNumber n, int style) {
        String a = n.area();
        String e = n.exchange();
        String l = n.line();
        return switch (style) {
            case 0 -> "(" + a + ") " + e + "-" + l;
            case 1 -> a + "." + e + "." + l;
            case 2 -> "+1 " + a + " " + e + " " + l;
            case 3 -> "1-" + a + "-" + e + "-" + l;
            case 4 -> a + "-" + e + "-" + l;
            case 5 -> a + e + l;
            case 6 -> a + " " + e + " " + l;
            case 7 -> "+1 (" + a + ") " + e + "-" + l;
            default -> "+1" + a + e + l;
        };
    }

    /** @return the UK number in style 0..5 */
    static String uk(FictionalNumber n, int style) {
        String a = n.area();
        boolean mobile = a.startsWith("7");
        String rest = mobile ? n.exchange() + n.line() : n.exchange() + " " + n.line();
        return switch (style) {
            case 0 -> "0" + a + " " + rest;
            case 1 -> "+44 " + a + " " + rest;
            case 2 -> "+44 (0)" + a + " " + rest;
            case 3 -> "0" + n.national();
            case 4 -> mobile ? "07" + a.substring(1) + "-" + rest : "(0" + a + ") " + rest;
            default -> "+44" + n.national();
        };
    }
}
