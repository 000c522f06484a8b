package dev.directsupply.customer;

import dev.directsupply.kernel.Messages;
import java.util.Locale;

/** The finer classes within an {@link Industry}; DS-2.2.2 names catering, hotels and logistics for services. */
public enum SubIndustry implements Messages.Localized {
    FOOD_AND_BEVERAGE(Industry.MANUFACTURING, "Food and beverage", "食品饮料"),
    MACHINERY(Industry.MANUFACTURING, "Machinery", "机械设备"),
    CHEMICALS(Industry.MANUFACTURING, "Chemicals", "化工"),
    ELECTRONICS(Industry.MANUFACTURING, "Electronics", "电子"),
    TEXTILES(Industry.MANUFACTURING, "Textiles", "纺织"),
    OTHER_MANUFACTURING(Industry.MANUFACTURING, "Other manufacturing", "其他制造"),
    CATERING(Industry.SERVICES, "Catering", "餐饮"),
    HOTELS(Industry.SERVICES, "Hotels", "酒店"),
    LOGISTICS(Industry.SERVICES, "Logistics", "物流"),
    OTHER_SERVICES(Industry.SERVICES, "Other services", "其他服务"),
    AGRICULTURE(Industry.OTHER, "Agriculture", "农业"),
    CONSTRUCTION(Industry.OTHER, "Construction", "建筑"),
    PUBLIC_SECTOR(Industry.OTHER, "Public sector", "公共机构");

    private final Industry industry;
    private final String english;
    private final String chinese;

    SubIndustry(Industry industry, String english, String chinese) {
        this.industry = industry;
        this.english = english;
        this.chinese = chinese;
    }

    /** The industry this class belongs to. */
    public Industry industry() {
        return industry;
    }

    @Override
    public String label(Locale locale) {
        return locale.getLanguage().equals("zh") ? chinese : english;
    }
}
