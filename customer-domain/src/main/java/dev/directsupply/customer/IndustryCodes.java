package dev.directsupply.customer;

/** A command that names an industry and, optionally, a sub-industry by code (DS-2.2.2). */
public interface IndustryCodes {
    String industry();

    String subIndustry();
}
