package org.tongban.catalogue;

/**
 * Where the implementing body's power over a matter comes from (权力来源): its own statutory power at this level, a
 * power handed down by a higher level (上级下放), or a power it exercises on another body's behalf (委托, 行政许可法
 * 第二十四条: the entrusting body stays responsible, so its name must be known).
 */
public enum PowerSource {
    STATUTORY("法定本级"),
    DELEGATED("上级下放"),
    ENTRUSTED("委托");

    private final String label;

    PowerSource(String label) {
        this.label = label;
    }

    /** The Chinese label, as written in guides and in the exchange format. */
    public String label() {
        return label;
    }

    /** Whether the body that handed down or entrusted the power must be named. */
    public boolean needsGrantingBody() {
        return this != STATUTORY;
    }

    /**
     * The constant with this Chinese label.
     *
     * @throws CatalogueException naming the valid labels when there is none
     */
    public static PowerSource fromLabel(String label) {
        return Labels.find(PowerSource.class, PowerSource::label, label, "权力来源");
    }
}
