package io.screenpop.sandbox.conditions;

/** One token: its kind, its text (string literals already unescaped) and its position in the input. */
record Token(TokenType type, String text, int position) {

    /** @return true when this is a word equal to {@code keyword}, ignoring case */
    boolean isKeyword(String keyword) {
        return type == TokenType.WORD && text.equalsIgnoreCase(keyword);
    }

    @Override
    public String toString() {
        return type == TokenType.END ? "end of input" : "'" + text + "' at " + position;
    }
}
