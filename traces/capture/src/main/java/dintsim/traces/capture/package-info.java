/**
 * Real-model capture of all-MiniLM-L6-v2: the FP32 ONNX export in the langchain4j jar is read
 * with protobuf-java ({@link dintsim.traces.capture.OnnxReader}), its 36 linear layers are
 * presented N x K ({@link dintsim.traces.capture.MiniLmModel#linearLayers()}), a Java forward pass
 * ({@link dintsim.traces.capture.MiniLmEncoder}) reproduces ONNX Runtime's output
 * ({@link dintsim.traces.capture.ReferenceCheck}) and routes every linear layer through a
 * pluggable {@link dintsim.traces.capture.LinearLayer}, and
 * {@link dintsim.traces.capture.MiniLm#capture} records each layer's real activations. Start from
 * {@link dintsim.traces.capture.MiniLm#builtIn()}.
 */
package dintsim.traces.capture;
