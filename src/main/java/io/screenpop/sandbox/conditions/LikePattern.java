package io.screenpop.sandbox.conditions;

import java.util.regex.Pattern;

/**
 * A SQL Server {@code LIKE} pattern, matched case-insensitively: {@code %} is any run of characters,
 * {@code _} exactly one, {@code [abc]}, {@code [a-z]} and {@code [^a]} are character sets, so
 * {@code [%]}, {@code [_]} and {@code [[]} match those characters literally.
 */
public final class LikePattern {

    private final Pattern regex;

    private LikePattern(Pattern regex) {
        this.regex = regex;
    }

    /** @param like the pattern as written between the quotes */
    public static LikePattern compile(String like) {
        StringBuilder re = new StringBuilder(like.length() + 16);
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < like.length()) {
            char c = like.charAt(i);
            if (c != '%' && c != '_' && !(c == '[' && like.indexOf(']', i + 2) > 0)) {
                literal.append(c);
                i++;
                continue;
            }
            flush(re, literal);
            if (c == '%') {
                re.append(".*");
            } else if (c == '_') {
                re.append('.');
            } else {
                int close = like.indexOf(']', i + 2);
                appendSet(re, like.substring(i + 1, close));
                i = close;
            }
            i++;
        }
        flush(re, literal);
        return new LikePattern(Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL));
    }

    /** @return true when the whole text matches */
    public boolean matches(String text) {
        return regex.matcher(text).matches();
    }

    private static void appendSet(StringBuilder re, String set) {
        boolean negate = set.length() > 1 && set.charAt(0) == '^';
        String members = negate ? set.substring(1) : set;
        re.append(negate ? "[^" : "[");
        for (int i = 0; i < members.length(); i++) {
            char c = members.charAt(i);
            if (i + 2 < members.length() && members.charAt(i + 1) == '-') {
                appendSetChar(re, c);
                re.append('-');
                appendSetChar(re, members.charAt(i + 2));
                i += 2;
            } else {
                appendSetChar(re, c);
            }
        }
        re.append(']');
    }

    private static void appendSetChar(StringBuilder re, char c) {
        if (c < 128 && !Character.isLetterOrDigit(c)) {
            re.append('\\');
        }
        re.append(c);
    }

    private static void flush(StringBuilder re, StringBuilder literal) {
        if (literal.length() > 0) {
            re.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }
}
