package io.screenpop.index;

import java.time.Instant;

import io.screenpop.connectwise.model.Company;
import io.screenpop.connectwise.model.Contact;

/**
 * One change to apply to the live index: a record as ConnectWise holds it now, or a record that is gone. Every
 * source of changes (an agent's write, a 3CX-created contact, a ConnectWise callback) describes its change this way.
 */
public sealed interface IndexChange {

    /** @return ConnectWise's {@code _info/lastUpdated} of the change, or {@code null} when unknown (deletions) */
    Instant lastUpdated();

    /** @return a short name for logs, e.g. {@code contact 42} */
    String describe();

    /** @return true for a contact's change, false for a company's */
    boolean isContact();

    /** @return the ConnectWise id of the record changed */
    int id();

    /** @param contact the contact as ConnectWise holds it now */
    record ContactChanged(Contact contact) implements IndexChange {
        @Override
        public Instant lastUpdated() {
            return IndexRows.lastUpdated(contact.info());
        }

        @Override
        public boolean isContact() {
            return true;
        }

        @Override
        public int id() {
            return contact.id();
        }

        @Override
        public String describe() {
            return "contact " + contact.id();
        }
    }

    /** @param company the company as ConnectWise holds it now */
    record CompanyChanged(Company company) implements IndexChange {
        @Override
        public Instant lastUpdated() {
            return IndexRows.lastUpdated(company.info());
        }

        @Override
        public boolean isContact() {
            return false;
        }

        @Override
        public int id() {
            return company.id();
        }

        @Override
        public String describe() {
            return "company " + company.id();
        }
    }

    /** @param contactId a contact deleted in ConnectWise */
    record ContactDeleted(int contactId) implements IndexChange {
        @Override
        public Instant lastUpdated() {
            return null;
        }

        @Override
        public boolean isContact() {
            return true;
        }

        @Override
        public int id() {
            return contactId;
        }

        @Override
        public String describe() {
            return "contact " + contactId + " (deleted)";
        }
    }

    /** @param companyId a company deleted in ConnectWise */
    record CompanyDeleted(int companyId) implements IndexChange {
        @Override
        public Instant lastUpdated() {
            return null;
        }

        @Override
        public boolean isContact() {
            return false;
        }

        @Override
        public int id() {
            return companyId;
        }

        @Override
        public String describe() {
            return "company " + companyId + " (deleted)";
        }
    }
}
