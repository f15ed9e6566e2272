package io.screenpop.connectwise.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A ticket priority ({@code /service/priorities}, schema {@code Priority}).
 *
 * @param id          priority id
 * @param name        e.g. Priority 1 - Emergency Response
 * @param color       Black, Blue, Cyan, Gray, Green, Lime, Orange, Pink, Purple, Red, White, Yellow or Custom
 * @param sortOrder   rank, 1 first
 * @param defaultFlag the priority new tickets get
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Priority(Integer id, String name, String color, Integer sortOrder, Boolean defaultFlag) {
}
