package io.screenpop.connectwise.model;

/**
 * A tax code ({@code /finance/taxCodes}, schema {@code TaxCode}).
 *
 * @param id          tax code id
 * @param identifier  short code (≤ 8)
 * @param description name (≤ 50)
 */
public record TaxCode(Integer id, String identifier, String description) {
}
