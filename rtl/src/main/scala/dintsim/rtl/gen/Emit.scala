package dintsim.rtl.gen

import chisel3.RawModule
import chisel3.stage.ChiselGeneratorAnnotation
import circt.stage.{ChiselStage, FirtoolOption}

/**
 * Elaborates a generator and writes split SystemVerilog (one file per module plus filelist.f)
 * into `targetDir`, with the given firtool binary: nothing is downloaded. Java callers use
 * `dintsim.rtl.emit.RtlEmitter`, which picks names, directories and the firtool binary.
 */
object Emit {
  /** firtool options (rtl/docs/RTL.md explains each). */
  val FirtoolOptions: Seq[String] = Seq(
    "-disable-all-randomization",
    "-strip-debug-info",
    "--lowering-options=disallowLocalVariables,disallowPackedArrays,locationInfoStyle=none",
    "--default-layer-specialization=disable",
    // Chisel asks for warnings on unprocessed annotations; firtool 1.155 leaves its own
    // VerbatimBlackBoxAnno (inline black boxes: SignedMul) behind after emitting the file.
    "--warn-on-unprocessed-annotations=false")

  def mac(plan: MacPlan, top: String, targetDir: String, firtool: String): Unit =
    run(() => new MacTop(plan, top), targetDir, firtool)

  /** The stationary-operand array (ws when `holdsWeights`, is otherwise). */
  def stationaryArray(plan: MacPlan, holdsWeights: Boolean, rows: Int, cols: Int, doubleBuffered: Boolean,
                      probes: Boolean, top: String, targetDir: String, firtool: String): Unit =
    run(() => new StationaryArray(plan, HeldOperand(holdsWeights), rows, cols, doubleBuffered, probes, top), targetDir,
      firtool)

  /** The output-stationary array. */
  def outputStationaryArray(plan: MacPlan, rows: Int, cols: Int, doubleBuffered: Boolean, probes: Boolean, top: String,
                            targetDir: String, firtool: String): Unit =
    run(() => new OsArray(plan, rows, cols, doubleBuffered, probes, top), targetDir, firtool)

  private def run(gen: () => RawModule, targetDir: String, firtool: String): Unit = {
    val args = Array("--target", "systemverilog", "--split-verilog", "--target-dir", targetDir,
      "--firtool-binary-path", firtool)
    (new ChiselStage).execute(args, Seq(ChiselGeneratorAnnotation(gen)) ++ FirtoolOptions.map(FirtoolOption(_)))
  }
}
