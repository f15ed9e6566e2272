package io.screenpop.sandbox.conditions;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a ConnectWise conditions string into tokens: words (field paths and keywords), double-quoted
 * strings with {@code \"} and {@code \\} escapes, numbers, bracketed dates, parentheses, commas and
 * comparison operators.
 */
final class ConditionTokenizer {

    private final String input;
    private int pos;

    private ConditionTokenizer(String input) {
        this.input = input;
    }

    /** @throws ConditionSyntaxException on an unterminated literal or an unexpected character */
    static List<Token> tokenize(String input) {
        return new ConditionTokenizer(input).all();
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= input.length()) {
                tokens.add(new Token(TokenType.END, "", pos));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int start = pos;
        char c = input.charAt(pos);
        switch (c) {
            case '(' -> { pos++; return new Token(TokenType.LPAREN, "(", start); }
            case ')' -> { pos++; return new Token(TokenType.RPAREN, ")", start); }
            case ',' -> { pos++; return new Token(TokenType.COMMA, ",", start); }
            case '"' -> { return string(); }
            case '[' -> { return date(); }
            case '=', '<', '>', '!' -> { return operator(); }
            default -> { }
        }
        if (c == '-' || Character.isDigit(c)) {
            return number();
        }
        if (Character.isLetter(c) || c == '_') {
            return word();
        }
        throw new ConditionSyntaxException("Unexpected character '" + c + "' at " + start);
    }

    private Token string() {
        int start = pos++;
        StringBuilder out = new StringBuilder();
        while (pos < input.length()) {
            char c = input.charAt(pos++);
            if (c == '"') {
                return new Token(TokenType.STRING, out.toString(), start);
            }
            if (c == '\\' && pos < input.length()) {
                char escaped = input.charAt(pos);
                if (escaped == '"' || escaped == '\\') {
                    out.append(escaped);
                    pos++;
                    continue;
                }
            }
            out.append(c);
        }
        throw new ConditionSyntaxException("Unterminated string starting at " + start);
    }

    private Token date() {
        int start = pos;
        int end = input.indexOf(']', pos);
        if (end < 0) {
            throw new ConditionSyntaxException("Unterminated date starting at " + start);
        }
        pos = end + 1;
        return new Token(TokenType.DATE, input.substring(start + 1, end).trim(), start);
    }

    private Token operator() {
        int start = pos;
        char c = input.charAt(pos++);
        char n = pos < input.length() ? input.charAt(pos) : '\0';
        String op;
        if ((c == '<' || c == '>' || c == '!') && n == '=') {
            op = c + "=";
            pos++;
        } else if (c == '<' && n == '>') {
            op = "!=";
            pos++;
        } else if (c == '!') {
            throw new ConditionSyntaxException("Expected '!=' at " + start);
        } else {
            op = String.valueOf(c);
        }
        return new Token(TokenType.OPERATOR, op, start);
    }

    private Token number() {
        int start = pos;
        if (input.charAt(pos) == '-') {
            pos++;
        }
        int digits = pos;
        while (pos < input.length() && (Character.isDigit(input.charAt(pos)) || input.charAt(pos) == '.')) {
            pos++;
        }
        String text = input.substring(start, pos);
        if (pos == digits || text.endsWith(".") || text.indexOf('.') != text.lastIndexOf('.')) {
            throw new ConditionSyntaxException("Malformed number '" + text + "' at " + start);
        }
        return new Token(TokenType.NUMBER, text, start);
    }

    private Token word() {
        int start = pos;
        while (pos < input.length()) {
            char c = input.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '/' || c == '.') {
                pos++;
            } else {
                break;
            }
        }
        return new Token(TokenType.WORD, input.substring(start, pos), start);
    }

    private void skipSpace() {
        while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
            pos++;
        }
    }
}
