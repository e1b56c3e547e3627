package dintsim.traces.quantize;

/** Progress of long study steps; the command shows it as a progress bar, tests ignore it. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void begin(String task, long steps) {
        }

        @Override
        public void advance() {
        }

        @Override
        public void end() {
        }
    };

    void begin(String task, long steps);

    void advance();

    void end();
}
