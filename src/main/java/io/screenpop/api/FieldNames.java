package io.screenpop.api;

/** Form field names of the JSON API are snake_case ({@code first_name}); Java properties are camelCase. */
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
}
