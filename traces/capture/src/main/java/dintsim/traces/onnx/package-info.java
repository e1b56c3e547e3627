/**
 * Any ONNX model as a source of linear layers: its MatMul, Gemm and Conv nodes with weights from
 * initializers ({@link dintsim.traces.onnx.OnnxLayerFinder}), and their real input activations
 * captured by ONNX Runtime with those tensors exposed as extra graph outputs
 * ({@link dintsim.traces.onnx.OnnxActivationCapture}), on text through the model's own
 * tokenizer.json ({@link dintsim.traces.onnx.TextFeeds}) or on .npy input tensors
 * ({@link dintsim.traces.onnx.NpyFeeds}).
 */
package dintsim.traces.onnx;
