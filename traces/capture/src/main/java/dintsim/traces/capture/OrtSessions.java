package dintsim.traces.capture;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/** The one way dintsim opens and closes ONNX Runtime sessions: single-threaded (deterministic, fair to parallel builds). */
public final class OrtSessions {
    private OrtSessions() {
    }

    public static OrtSession open(OrtEnvironment environment, byte[] model) throws OrtException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            return environment.createSession(model, options);
        }
    }

    public static void close(OrtSession session) {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the ONNX Runtime session", e);
        }
    }
}
