package org.tongban.intake;

/** Who applies: a natural person (自然人) by identity number, a legal person (法人) by unified social credit code. */
public enum ApplicantKind {
    NATURAL_PERSON,
    LEGAL_PERSON
}
