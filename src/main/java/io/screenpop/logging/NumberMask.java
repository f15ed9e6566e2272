package io.screenpop.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks phone numbers in text: every digit but the last two becomes {@code *}, so
 * {@code +14085551212} reads {@code +*********12} and {@code (408) 555-1212} reads
 * {@code (***) ***-**12}. Masked: E.164 numbers ({@code +} and 7 to 15 digits, ITU-T E.164), bare runs
 * of 10 to 15 digits, and NANP-style {@code (408) 555-1212} / {@code 408-555-1212} / {@code 408.555.1212}.
 * Shorter numbers (ids, counts, internal extensions) are left alone.
 */
public final class NumberMask {

    private static final Pattern NUMBER = Pattern.compile(
            "\\+\\d{7,15}(?!\\d)|(?<![\\w+])\\d{10,15}(?![\\w])|(?<![\\w])\\(?\\d{3}\\)?[ .-]\\d{3}[ .-]\\d{4}(?![\\w])");

    private NumberMask() {
    }

    /**
     * @param text any text, may be {@code null}
     * @return the text with every phone number masked
     */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            out.append(text, last, m.start()).append(maskOne(m.group()));
            last = m.end();
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }

    private static String maskOne(String number) {
        int digits = 0;
        for (int i = 0; i < number.length(); i++) {
            if (Character.isDigit(number.charAt(i))) {
                digits++;
            }
        }
        StringBuilder out = new StringBuilder(number.length());
        int seen = 0;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (Character.isDigit(c)) {
                seen++;
                out.append(seen > digits - 2 ? c : '*');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
