package org.tongban.hall;

/** Who is called before the others (适老化 and the care of the disabled and pregnant). */
public enum Priority {
    NONE,
    /** 60 or older (老年人权益保障法 第二条), recognised from the ID number or stated at the kiosk. */
    ELDERLY,
    DISABLED,
    PREGNANT;

    /** Whether this is a priority number. */
    public boolean isPriority() {
        return this != NONE;
    }
}
