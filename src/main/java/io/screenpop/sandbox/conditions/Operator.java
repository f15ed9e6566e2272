package io.screenpop.sandbox.conditions;

/** Comparison operators of the ConnectWise conditions language. */
public enum Operator {
    EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="),
    LIKE("like"), NOT_LIKE("not like"), CONTAINS("contains"), NOT_CONTAINS("not contains"),
    IN("in"), NOT_IN("not in");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** @return the operator as written in a conditions string */
    public String symbol() {
        return symbol;
    }

    /** @return the operator for a symbol token ({@code =}, {@code <=} ...) */
    static Operator ofSymbol(String symbol) {
        for (Operator op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new ConditionSyntaxException("Unknown operator '" + symbol + "'");
    }
}
