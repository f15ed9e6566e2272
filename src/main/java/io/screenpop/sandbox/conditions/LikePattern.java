package io.screenpop.sandbox.conditions;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A SQL Server {@code LIKE} pattern, matched case-insensitively: {@code %} is any run of characters,
 * {@code _} exactly one, {@code [abc]}, {@code [a-z]} and {@code [^a]} are character sets, so
 * {@code [%]}, {@code [_]} and {@code [[]} match those characters literally. Patterns that are a
 * literal with {@code %} only at the ends ({@code %text%}, {@code text%} ...) skip the regex.
 */
public final class LikePattern {

    private static final int LEADING = 0;
    private static final int LITERAL = 1;
    private static final int TRAILING = 2;

    private final Pattern regex;
    private final String literal;
    private final boolean anyBefore;
    private final boolean anyAfter;

    private LikePattern(Pattern regex, String literal, boolean anyBefore, boolean anyAfter) {
        this.regex = regex;
        this.literal = literal;
        this.anyBefore = anyBefore;
        this.anyAfter = anyAfter;
    }

    /** @param like the pattern as written between the quotes */
    public static LikePattern compile(String like) {
        StringBuilder re = new StringBuilder(like.length() + 16);
        StringBuilder run = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        int state = LEADING;
        boolean simple = true;
        boolean anyBefore = false;
        int i = 0;
        while (i < like.length()) {
            char c = like.charAt(i);
            int close = c == '[' ? like.indexOf(']', i + 2) : -1;
            boolean escape = close == i + 2 && like.charAt(i + 1) != '^';
            if (escape || (c != '%' && c != '_' && close < 0)) {
                char literal = escape ? like.charAt(i + 1) : c;
                run.append(literal);
                plain.append(literal);
                simple &= state != TRAILING;
                state = state == LEADING ? LITERAL : state;
                i = escape ? close + 1 : i + 1;
                continue;
            }
            flush(re, run);
            if (c == '%') {
                re.append(".*");
                anyBefore |= state == LEADING;
                state = state == LEADING ? LEADING : TRAILING;
            } else if (c == '_') {
                re.append('.');
                simple = false;
            } else {
                appendSet(re, like.substring(i + 1, close));
                simple = false;
                i = close;
            }
            i++;
        }
        flush(re, run);
        Pattern regex = Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
        return simple ? new LikePattern(regex, plain.toString().toLowerCase(Locale.ROOT), anyBefore, state == TRAILING)
                : new LikePattern(regex, null, false, false);
    }

    /** @return true when the whole text matches */
    public boolean matches(String text) {
        if (literal == null) {
            return regex.matcher(text).matches();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (anyBefore && anyAfter) {
            return lower.contains(literal);
        }
        if (anyBefore) {
            return lower.endsWith(literal);
        }
        return anyAfter ? lower.startsWith(literal) : lower.equals(literal);
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
