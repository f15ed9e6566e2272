package io.screenpop.callbacks;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The JSON body ConnectWise POSTs to a callback URL ({@code shared/connectwise.md}, "Callbacks").
 *
 * @param messageId  unique per delivery attempt's message; used to drop duplicates
 * @param fromUrl    the ConnectWise host that sent it
 * @param companyId  the ConnectWise company id (log-in company, not a record)
 * @param memberId   the member whose change it was
 * @param action     {@code added}, {@code updated} or {@code deleted}
 * @param type       {@code contact}, {@code company}, …
 * @param id         the changed record's id
 * @param entity     the whole record as a JSON string; {@code null} on delete
 * @param metadata   {@code {"key_url": "…"}}: where the signing key is served
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallbackPayload(@JsonProperty("MessageId") String messageId, @JsonProperty("FromUrl") String fromUrl,
        @JsonProperty("CompanyId") String companyId, @JsonProperty("MemberId") String memberId,
        @JsonProperty("Action") String action, @JsonProperty("Type") String type, @JsonProperty("ID") Integer id,
        @JsonProperty("Entity") String entity, @JsonProperty("Metadata") Map<String, String> metadata) {

    /** @return {@code Metadata.key_url}, or {@code null} */
    public String keyUrl() {
        return metadata == null ? null : metadata.get("key_url");
    }
}
