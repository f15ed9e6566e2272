package io.screenpop.index;

/** Where an indexed number came from in ConnectWise. */
public enum PhoneSource {
    /** One of a contact's {@code communicationItems}. */
    CONTACT,
    /** A company's main line ({@code phoneNumber}). */
    COMPANY_MAIN,
    /** A company's fax line ({@code faxNumber}). */
    COMPANY_FAX
}
