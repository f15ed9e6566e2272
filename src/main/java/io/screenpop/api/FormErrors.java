package io.screenpop.api;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

/**
 * Bean-validation failures of a form as the agent reads them: one sentence per field, naming it by
 * its label ({@link FieldLabels}), in the order the form declares its fields (the order the page
 * shows them; fields of a superclass come after the subclass's own), whatever order the validator
 * reported them in. The first violation of a field wins.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * @param violations the validator's violations (a set without order)
     * @return field (snake_case) → sentence, in form order
     */
    public static Map<String, String> of(Set<? extends ConstraintViolation<?>> violations) {
        List<ConstraintViolation<?>> sorted = new ArrayList<>(violations);
        sorted.sort(Comparator.comparingInt((ConstraintViolation<?> v) -> position(v))
                .thenComparing(v -> leaf(v.getPropertyPath()) == null ? "" : leaf(v.getPropertyPath()))
                .thenComparing(ConstraintViolation::getMessage));
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<?> v : sorted) {
            String property = leaf(v.getPropertyPath());
            String field = property == null ? "input" : FieldNames.snake(property);
            errors.putIfAbsent(field, FieldLabels.sentence(field, v.getMessage()));
        }
        return errors;
    }

    /**
     * @param errors field → sentence, in form order
     * @return the top message listing every error, e.g.
     *         "Please correct 2 fields: First name is required; Last name is required."
     */
    public static String summary(Map<String, String> errors) {
        if (errors.isEmpty()) {
            return "Please check the form.";
        }
        if (errors.size() == 1) {
            return "Please correct this field: " + errors.values().iterator().next() + ".";
        }
        return "Please correct " + errors.size() + " fields: " + String.join("; ", errors.values()) + ".";
    }

    private static int position(ConstraintViolation<?> v) {
        String property = leaf(v.getPropertyPath());
        Object bean = v.getLeafBean();
        if (property == null || bean == null) {
            return Integer.MAX_VALUE;
        }
        int index = 0;
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = bean.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            chain.add(c);
        }
        for (Class<?> c : chain) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(property)) {
                    return index;
                }
                index++;
            }
        }
        return Integer.MAX_VALUE - 1;
    }

    private static String leaf(Path path) {
        String leaf = null;
        for (Path.Node node : path) {
            leaf = node.getName();
        }
        return leaf;
    }
}
