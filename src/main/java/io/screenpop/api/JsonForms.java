package io.screenpop.api;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a JSON request body into the same form class the form-encoded endpoint binds, and validates
 * it with the same Bean Validation constraints, so both shapes of a write give the same 400s and the
 * same answers. Keys may be camelCase ({@code memberIdentifier}) or snake_case ({@code member_identifier});
 * a key sent in both spellings is refused. Errors name the field in snake_case, as for forms.
 */
@ApplicationScoped
public class JsonForms {

    private final ObjectMapper mapper;
    private final Validator validator;

    /** CDI constructor. */
    public JsonForms(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /**
     * @param body the request body as parsed by Quarkus (broken syntax never gets here: it is
     *             answered 400 "Malformed JSON" by {@link MalformedJsonMapper})
     * @param type the form class, whose public fields are the JSON keys in camelCase
     * @param <T>  the form type
     * @return the validated form
     * @throws InvalidInputException        400 naming {@code body} when it is missing or not an object, or the
     *                                      field whose value has the wrong type or is sent twice
     * @throws ConstraintViolationException 400 naming each field that breaks a constraint
     */
    public <T> T read(JsonNode body, Class<T> type) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw new InvalidInputException("body", "is required: send a JSON object");
        }
        if (!body.isObject()) {
            throw new InvalidInputException("body", "must be a JSON object, not " + body.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        T form;
        try {
            form = mapper.readerFor(type).readValue(camelCaseKeys((ObjectNode) body));
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() || e.getPath().get(0).getFieldName() == null ? "body"
                    : FieldNames.snake(e.getPath().get(0).getFieldName());
            throw new InvalidInputException(field, "has the wrong type (" + e.getOriginalMessage() + ")");
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("body", "cannot be read: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidInputException("body", "cannot be read: " + e.getMessage());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return form;
    }

    private ObjectNode camelCaseKeys(ObjectNode body) {
        ObjectNode out = mapper.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = FieldNames.camel(field.getKey());
            if (out.has(key)) {
                throw new InvalidInputException(FieldNames.snake(key), "is sent twice (camelCase and snake_case); send it once");
            }
            out.set(key, field.getValue());
        }
        return out;
    }
}
