package org.aimcgen.hw;

import java.util.Map;

import org.aimcgen.ports.PortList;

import spinal.core.BlackBox;
import spinal.core.Data;

/**
 * A module SpinalHDL instantiates but does not describe (the analog array): its pins come
 * from a {@link PortList}, so the RTL, the behavioural models and the benches agree.
 */
public final class HwBlackBox extends BlackBox {
    private final Map<String, Data> pins;

    public HwBlackBox(PortList list) {
        setDefinitionName(list.module(), false);
        pins = HwComponent.declarePorts(this, list);
        postInitCallback();
    }

    /** A pin by its port-list name. */
    @SuppressWarnings("unchecked")
    public <T extends Data> T pin(String name) {
        Data d = pins.get(name);
        if (d == null) {
            throw new IllegalArgumentException("no pin " + name + " on " + definitionName());
        }
        return (T) d;
    }
}
