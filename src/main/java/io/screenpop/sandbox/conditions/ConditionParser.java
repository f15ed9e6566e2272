package io.screenpop.sandbox.conditions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for ConnectWise conditions:
 * <pre>
 * expr       := and ("or" and)*
 * and        := primary ("and" primary)*
 * primary    := "(" expr ")" | comparison
 * comparison := path op value | path ["not"] "in" "(" value ("," value)* ")"
 * op         := = != &lt; &lt;= &gt; &gt;= like | not like | contains | not contains
 * value      := "string" | number | true | false | null | [date]
 * </pre>
 * Keywords are case-insensitive; {@code and} binds tighter than {@code or}.
 */
public final class ConditionParser {

    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "like", "contains", "in", "true", "false", "null");

    private final List<Token> tokens;
    private int pos;

    private ConditionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /**
     * @param conditions the conditions text, e.g. {@code company/id = 5 and name like "%acme%"}
     * @return the condition tree
     * @throws ConditionSyntaxException when the text is not valid conditions syntax
     */
    public static Condition parse(String conditions) {
        ConditionParser parser = new ConditionParser(ConditionTokenizer.tokenize(conditions));
        if (parser.peek().type() == TokenType.END) {
            throw new ConditionSyntaxException("Empty conditions");
        }
        Condition result = parser.or();
        if (parser.peek().type() != TokenType.END) {
            throw new ConditionSyntaxException("Unexpected " + parser.peek());
        }
        return result;
    }

    private Condition or() {
        List<Condition> parts = new ArrayList<>();
        parts.add(and());
        while (peek().isKeyword("or")) {
            pos++;
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.Any(parts);
    }

    private Condition and() {
        List<Condition> parts = new ArrayList<>();
        parts.add(primary());
        while (peek().isKeyword("and")) {
            pos++;
            parts.add(primary());
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.All(parts);
    }

    private Condition primary() {
        if (peek().type() == TokenType.LPAREN) {
            pos++;
            Condition inner = or();
            expect(TokenType.RPAREN, "')'");
            return inner;
        }
        return comparison();
    }

    private Condition comparison() {
        Token field = next();
        if (field.type() != TokenType.WORD || KEYWORDS.contains(field.text().toLowerCase())) {
            throw new ConditionSyntaxException("Expected a field name but found " + field);
        }
        if (field.text().startsWith("/") || field.text().endsWith("/") || field.text().contains("//")) {
            throw new ConditionSyntaxException("Malformed field path " + field);
        }
        Operator op = operator();
        List<Literal> values = new ArrayList<>();
        if (op == Operator.IN || op == Operator.NOT_IN) {
            expect(TokenType.LPAREN, "'(' after " + op.symbol());
            values.add(value());
            while (peek().type() == TokenType.COMMA) {
                pos++;
                values.add(value());
            }
            expect(TokenType.RPAREN, "')' closing the " + op.symbol() + " list");
        } else {
            Token at = peek();
            Literal value = value();
            checkOperand(op, value, at);
            values.add(value);
        }
        return new Comparison(field.text(), op, values);
    }

    private static void checkOperand(Operator op, Literal value, Token at) {
        boolean textOnly = op == Operator.LIKE || op == Operator.NOT_LIKE || op == Operator.CONTAINS || op == Operator.NOT_CONTAINS;
        if (textOnly && !(value instanceof Literal.Text)) {
            throw new ConditionSyntaxException("'" + op.symbol() + "' needs a quoted string, found " + at);
        }
        if (value instanceof Literal.Null && op != Operator.EQ && op != Operator.NE) {
            throw new ConditionSyntaxException("null can only be compared with = or !=, found " + at);
        }
    }

    private Operator operator() {
        Token t = next();
        if (t.type() == TokenType.OPERATOR) {
            return Operator.ofSymbol(t.text());
        }
        if (t.isKeyword("like")) {
            return Operator.LIKE;
        }
        if (t.isKeyword("contains")) {
            return Operator.CONTAINS;
        }
        if (t.isKeyword("in")) {
            return Operator.IN;
        }
        if (t.isKeyword("not")) {
            Token n = next();
            if (n.isKeyword("like")) {
                return Operator.NOT_LIKE;
            }
            if (n.isKeyword("contains")) {
                return Operator.NOT_CONTAINS;
            }
            if (n.isKeyword("in")) {
                return Operator.NOT_IN;
            }
            throw new ConditionSyntaxException("Expected like, contains or in after 'not' but found " + n);
        }
        throw new ConditionSyntaxException("Expected an operator but found " + t);
    }

    private Literal value() {
        Token t = next();
        switch (t.type()) {
            case STRING:
                return new Literal.Text(t.text());
            case NUMBER:
                return new Literal.Number(new BigDecimal(t.text()));
            case DATE:
                Instant instant = InstantParser.parse(t.text());
                if (instant == null) {
                    throw new ConditionSyntaxException("Invalid date [" + t.text() + "] at " + t.position());
                }
                return new Literal.Date(instant);
            case WORD:
                if (t.isKeyword("true") || t.isKeyword("false")) {
                    return new Literal.Bool(Boolean.parseBoolean(t.text().toLowerCase()));
                }
                if (t.isKeyword("null")) {
                    return new Literal.Null();
                }
                throw new ConditionSyntaxException("Expected a value but found " + t + " (strings need double quotes)");
            default:
                throw new ConditionSyntaxException("Expected a value but found " + t);
        }
    }

    private void expect(TokenType type, String what) {
        Token t = next();
        if (t.type() != type) {
            throw new ConditionSyntaxException("Expected " + what + " but found " + t);
        }
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.type() != TokenType.END) {
            pos++;
        }
        return t;
    }
}
