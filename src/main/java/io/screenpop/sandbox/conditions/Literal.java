package io.screenpop.sandbox.conditions;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/** A literal value on the right of a comparison, able to compare itself with a JSON value. */
sealed interface Literal {

    /**
     * @param node a present, non-null JSON value
     * @return the sign of (node - literal), or null when the two cannot be compared
     */
    Integer compare(JsonNode node);

    /** A double-quoted string; compared case-insensitively as SQL Server does. */
    record Text(String value) implements Literal {
        @Override
        public Integer compare(JsonNode node) {
            if (!node.isValueNode()) {
                return null;
            }
            String text = node.asText();
            return text.equalsIgnoreCase(value) ? 0 : Integer.signum(text.compareToIgnoreCase(value));
        }
    }

    /** A bare number; compared numerically with numbers and numeric strings. */
    record Number(BigDecimal value) implements Literal {
        @Override
        public Integer compare(JsonNode node) {
            if (node.isNumber()) {
                return Integer.signum(node.decimalValue().compareTo(value));
            }
            if (node.isTextual()) {
                try {
                    return Integer.signum(new BigDecimal(node.asText().trim()).compareTo(value));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            return null;
        }
    }

    /** {@code true} or {@code false}. */
    record Bool(boolean value) implements Literal {
        @Override
        public Integer compare(JsonNode node) {
            if (node.isBoolean()) {
                return Boolean.compare(node.booleanValue(), value);
            }
            if (node.isTextual() && ("true".equalsIgnoreCase(node.asText()) || "false".equalsIgnoreCase(node.asText()))) {
                return Boolean.compare(Boolean.parseBoolean(node.asText()), value);
            }
            return null;
        }
    }

    /** A date in square brackets, compared as an instant with ISO-8601 strings. */
    record Date(Instant value) implements Literal {
        @Override
        public Integer compare(JsonNode node) {
            Instant instant = node.isTextual() ? InstantParser.parse(node.asText()) : null;
            return instant == null ? null : Integer.signum(instant.compareTo(value));
        }
    }

    /** {@code null}: only {@code =} and {@code !=} (and {@code in}) test for it. */
    record Null() implements Literal {
        @Override
        public Integer compare(JsonNode node) {
            return null;
        }
    }
}
