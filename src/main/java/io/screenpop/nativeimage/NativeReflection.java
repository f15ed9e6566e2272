package io.screenpop.nativeimage;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.screenpop.contacts.AddPhoneForm;
import io.screenpop.extensions.ExtensionForm;
import io.screenpop.companies.NewCompanyForm;
import io.screenpop.contacts.NewContactForm;
import io.screenpop.calls.CallView;
import io.screenpop.connectwise.model.CommunicationItem;
import io.screenpop.connectwise.model.CommunicationType;
import io.screenpop.connectwise.model.Company;
import io.screenpop.connectwise.model.Contact;
import io.screenpop.connectwise.model.ErrorBody;
import io.screenpop.connectwise.model.NewCompany;
import io.screenpop.connectwise.model.NewContact;
import io.screenpop.connectwise.model.PatchOperation;
import io.screenpop.connectwise.model.Reference;
import io.screenpop.connectwise.model.TaxCode;
import io.screenpop.contacts.ContactSummary;
import io.screenpop.index.IndexMatch;
import io.screenpop.tickets.LogChangeForm;
import io.screenpop.tickets.NewTicketForm;
import io.screenpop.tickets.TicketNoteForm;
import io.screenpop.tickets.TicketStatusForm;
import io.screenpop.tickets.TimeEntryForm;
import io.screenpop.tickets.TimeSpentForm;

/**
 * Types a native executable must reach by reflection that Quarkus cannot see on its own: the
 * ConnectWise wire records nested inside other records (Jackson), records built by Hibernate from
 * {@code select new} queries, nested answer records, and the forms whose declared field order
 * orders validation errors ({@code FormErrors}). Resource and REST client signatures are
 * registered by Quarkus itself.
 */
@RegisterForReflection(targets = {
        CommunicationItem.class, CommunicationType.class, Company.class, Contact.class, ErrorBody.class,
        ErrorBody.FieldError.class, NewCompany.class, NewContact.class, PatchOperation.class, Reference.class,
        TaxCode.class, IndexMatch.class, ContactSummary.class, ContactSummary.Phone.class, CallView.Ref.class,
        AddPhoneForm.class, ExtensionForm.class, LogChangeForm.class, NewCompanyForm.class, NewContactForm.class,
        NewTicketForm.class, TicketNoteForm.class, TicketStatusForm.class, TimeEntryForm.class, TimeSpentForm.class })
public final class NativeReflection {

    private NativeReflection() {
    }
}
