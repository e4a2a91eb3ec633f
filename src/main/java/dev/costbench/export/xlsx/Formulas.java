package dev.costbench.export.xlsx;

/** Formula fragments that several block models share. */
final class Formulas {
    private Formulas() {}

    /**
     * floor(a ÷ b) as the engine computes it in decimal: rounding to 9 places first keeps 8 ÷ 0.1 at 80
     * rather than 79.999… in binary floating point; a size of 0 puts no limit on the count.
     */
    static String floorDiv(String a, String b) {
        return "IF(" + b + ">0,INT(ROUND(" + a + "/" + b + ",9)),1E+15)";
    }

    /** ceil(a ÷ b), guarded the same way. */
    static String ceilDiv(String a, String b) {
        return "ROUNDUP(ROUND(" + a + "/" + b + ",9),0)";
    }
}
