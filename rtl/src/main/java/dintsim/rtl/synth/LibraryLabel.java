package dintsim.rtl.synth;

/**
 * Which cell library a measurement was made on, as reports and cost-table sources quote it.
 *
 * @param name       the Liberty library name, e.g. {@code osu018_stdcells}
 * @param provenance where its areas and energies come from
 * @param voltage    its nominal supply, V (the energies are at this voltage)
 * @param nodeNm     its technology node, nm (0 when not known: a Liberty file given by the user)
 */
public record LibraryLabel(String name, String provenance, double voltage, double nodeNm) {
    public static LibraryLabel of(CellLibrary library) {
        return new LibraryLabel(library.name(), library.provenance(), library.voltage(),
                CellLibraries.nodeNmOf(library.name()));
    }
}
