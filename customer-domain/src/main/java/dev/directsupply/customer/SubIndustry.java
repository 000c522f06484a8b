package dev.directsupply.customer;

import dev.directsupply.kernel.Messages;

/** The finer classes within an {@link Industry}; DS-2.2.2 names catering, hotels and logistics for services. */
public enum SubIndustry implements Messages.Localized {
    FOOD_AND_BEVERAGE(Industry.MANUFACTURING),
    MACHINERY(Industry.MANUFACTURING),
    CHEMICALS(Industry.MANUFACTURING),
    ELECTRONICS(Industry.MANUFACTURING),
    TEXTILES(Industry.MANUFACTURING),
    OTHER_MANUFACTURING(Industry.MANUFACTURING),
    CATERING(Industry.SERVICES),
    HOTELS(Industry.SERVICES),
    LOGISTICS(Industry.SERVICES),
    OTHER_SERVICES(Industry.SERVICES),
    AGRICULTURE(Industry.OTHER),
    CONSTRUCTION(Industry.OTHER),
    PUBLIC_SECTOR(Industry.OTHER);

    private final Industry industry;

    SubIndustry(Industry industry) {
        this.industry = industry;
    }

    /** The industry this class belongs to. */
    public Industry industry() {
        return industry;
    }

    @Override
    public String labelKey() {
        return "customer.sub-industry." + name();
    }
}
