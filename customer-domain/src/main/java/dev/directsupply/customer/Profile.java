package dev.directsupply.customer;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Who the customer is (DS-7.1.1 basic information): the registered name and unified social credit
 * code, the people to talk to, the registered, delivery and billing addresses, and when it was entered.
 * Owns the masking of personal data for actors who may not see it (DS-7.2.2).
 *
 * @param legalName the registered name on the business licence
 */
public record Profile(String legalName, UnifiedSocialCreditCode creditCode, List<Contact> contacts,
                      List<Address> addresses, Instant registeredAt) {

    public Profile {
        Objects.requireNonNull(legalName, "legalName");
        Objects.requireNonNull(creditCode, "creditCode");
        contacts = List.copyOf(contacts);
        addresses = List.copyOf(addresses);
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    /** The same profile with other contacts and addresses. */
    Profile withContactDetails(List<Contact> newContacts, List<Address> newAddresses) {
        return new Profile(legalName, creditCode, newContacts, newAddresses, registeredAt);
    }

    /** The same profile with its contacts' names, phones and e-mails masked. */
    Profile masked() {
        return withContactDetails(contacts.stream().map(Contact::masked).toList(), addresses);
    }
}
