package io.screenpop.sandbox.conditions;

/** Kinds of tokens in a conditions string. Keywords ({@code and}, {@code like} ...) arrive as {@link #WORD}. */
enum TokenType {
    WORD, STRING, NUMBER, DATE, LPAREN, RPAREN, COMMA, OPERATOR, END
}
