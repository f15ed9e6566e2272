package io.screenpop.openphone;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of OpenPhone's {@code POST /v1/contacts}, e.g.
 * {@code {"defaultFields":{"firstName":"Jane","lastName":"Doe","company":"ACME","emails":[{"name":"Email","value":"…"}],
 * "phoneNumbers":[{"name":"Phone","value":"+14085551213"}]},"externalId":"1","source":"screenpop"}}.
 *
 * @param defaultFields the contact's fields
 * @param externalId    the ConnectWise contact id
 * @param source        always {@code screenpop}
 */
public record OpenPhoneContact(DefaultFields defaultFields, String externalId, String source) {

    /**
     * @param firstName    first name
     * @param lastName     last name
     * @param company      company name, or {@code null}
     * @param emails       e-mail addresses; left out when none
     * @param phoneNumbers numbers in E.164
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record DefaultFields(String firstName, String lastName, String company, List<LabelledValue> emails,
            List<LabelledValue> phoneNumbers) {
    }

    /** @param name label, e.g. {@code Phone} @param value the address or number */
    public record LabelledValue(String name, String value) {
    }

    /** OpenPhone's answer: {@code {"data":{"id":"…",…}}}. @param data the created contact */
    public record Created(Data data) {
    }

    /** @param id OpenPhone's contact id */
    public record Data(String id) {
    }
}
