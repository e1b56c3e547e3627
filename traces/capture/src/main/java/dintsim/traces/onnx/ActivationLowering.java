package dintsim.traces.onnx;

/** Turns one captured input tensor of a layer into its GEMM activation rows (M x K, row-major). */
interface ActivationLowering {
    /**
     * @param data  the tensor's values, row-major
     * @param shape its shape
     * @return M x K rows; M = length / K
     * @throws IllegalArgumentException if the shape does not fit the layer
     */
    float[] rows(float[] data, long[] shape);

    /** In words, for layer descriptions. */
    String describe();
}
