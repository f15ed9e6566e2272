package io.screenpop.extensions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

/** Form of {@code PUT /api/extensions/{extension}}: {@code member_identifier}, the ConnectWise member it belongs to. */
public class ExtensionForm {

    /** Member identifier, e.g. {@code tlopez}. */
    @RestForm("member_identifier")
    @NotBlank(message = "is required")
    @Size(max = 15, message = "must be at most 15 characters")
    public String memberIdentifier;
}
