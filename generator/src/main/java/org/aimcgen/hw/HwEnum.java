package org.aimcgen.hw;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import spinal.core.Bool;
import spinal.core.SpinalEnum;
import spinal.core.SpinalEnumCraft;
import spinal.core.SpinalEnumElement;

/**
 * A named state encoding (SpinalHDL enum): the Verilog gets one localparam per state, so
 * an FSM reads {@code state == DRIVE} rather than {@code state == 3'b001}.
 */
public final class HwEnum {
    private final SpinalEnum spinalEnum;
    private final Map<String, SpinalEnumElement<SpinalEnum>> elements = new LinkedHashMap<>();

    public HwEnum(String name, List<String> states) {
        spinalEnum = new SpinalEnum(SpinalEnum.$lessinit$greater$default$1());
        spinalEnum.setName(name);
        for (String s : states) {
            elements.put(s, spinalEnum.newElement(s));
        }
    }

    /** A state register, reset to the first state. */
    public SpinalEnumCraft<SpinalEnum> reg(HwComponent owner, String name) {
        @SuppressWarnings("unchecked")
        SpinalEnumCraft<SpinalEnum> r = (SpinalEnumCraft<SpinalEnum>) spinalEnum.craft().setAsReg();
        r.init(value(elements.keySet().iterator().next()));
        return owner.named(name, r);
    }

    /** A combinational signal of this encoding. */
    public SpinalEnumCraft<SpinalEnum> wire(HwComponent owner, String name) {
        return owner.named(name, spinalEnum.craft());
    }

    public SpinalEnumCraft<SpinalEnum> value(String state) {
        SpinalEnumElement<SpinalEnum> e = elements.get(state);
        if (e == null) {
            throw new IllegalArgumentException("no state " + state);
        }
        return e.apply();
    }

    public static Bool is(SpinalEnumCraft<SpinalEnum> reg, SpinalEnumCraft<SpinalEnum> value) {
        return reg.$eq$eq$eq(value);
    }
}
