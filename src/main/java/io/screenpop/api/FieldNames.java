package io.screenpop.api;

/**
 * Form field names of the JSON API are snake_case ({@code first_name}); Java properties are camelCase.
 * JSON bodies may use either ({@link JsonForms}).
 */
public final class FieldNames {

    private FieldNames() {
    }

    /**
     * @param property a Java property name, e.g. {@code firstName}
     * @return the form field name, e.g. {@code first_name}
     */
    public static String snake(String property) {
        StringBuilder out = new StringBuilder(property.length() + 4);
        for (char c : property.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * @param key a form or JSON key, e.g. {@code member_identifier} or {@code memberIdentifier}
     * @return the Java property name, e.g. {@code memberIdentifier}; a camelCase key is returned unchanged
     */
    public static String camel(String key) {
        if (key.indexOf('_') < 0) {
            return key;
        }
        StringBuilder out = new StringBuilder(key.length());
        boolean upper = false;
        for (char c : key.toCharArray()) {
            if (c == '_') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
