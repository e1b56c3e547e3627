package dintsim.rtl.gen

import chisel3._
import dintsim.models.mac.MacKind

/** Per-PE signals the activity counter samples (see rtl/docs/ACTIVITY.md). */
class PeProbe(p: MacPlan) extends Bundle {
  val act = UInt(p.activationBits.W)
  val weight = UInt(p.weightBits.W)
  val product = SInt(p.productWidth.W)
  val acc = SInt(p.accumulator.width.W)
  /** One-hot kind of the MAC done this cycle, indexed by MacKind ordinal (all 0 when the PE is idle). */
  val mac = Vec(MacKind.COUNT, Bool())
}

/** Activation side of an output-stationary PE: the code and its flags move one PE right per cycle. */
class ActPort(p: MacPlan) extends Bundle {
  val code = UInt(p.activationBits.W)
  /** Data present (false for rows beyond the matrix edge). */
  val valid = Bool()
  /** A slot of the fold passes (also for rows without data: it carries the timing). */
  val beat = Bool()
  /** First operand of the fold: clear the accumulator. */
  val first = Bool()
  /** os: last operand of the fold (write the output). */
  val last = Bool()
}

/** An operand code and whether it is real data (false beyond the matrix edge). */
class CodePort(bits: Int) extends Bundle {
  val code = UInt(bits.W)
  val valid = Bool()
}

/** The streamed operand of a stationary PE: the code, its data flag and the fold's first slot. */
class StreamPort(bits: Int) extends Bundle {
  val code = UInt(bits.W)
  /** Data present (false for rows beyond K); the slot still carries the partial sum down. */
  val valid = Bool()
  /** First slot of a fold: switch the held operand shadow -> active. */
  val first = Bool()
}

/** A partial sum moving down a column of the stationary array, with its sticky overflow flag. */
class PsumPort(p: MacPlan) extends Bundle {
  val value = SInt(p.accumulator.width.W)
  val valid = Bool()
  val overflow = Bool()
}

private[gen] object PeCommon {
  def probe(p: MacPlan, mac: MacUnit, macEn: Bool, w: UInt, a: UInt, acc: SInt): PeProbe = {
    val pr = Wire(new PeProbe(p))
    pr.act := a
    pr.weight := w
    pr.product := mac.io.product
    pr.acc := acc
    pr.mac(MacKind.NORMAL.ordinal) := macEn && mac.io.isNormal
    pr.mac(MacKind.SPECIAL.ordinal) := macEn && mac.io.isSpecial
    pr.mac(MacKind.ZERO.ordinal) := macEn && !mac.io.isNormal && !mac.io.isSpecial // reserved codes decode as zero
    pr
  }
}

/**
 * Which operand a stationary PE holds (TIMING.md: weights for ws, activations for is; one
 * hardware structure with the roles swapped). The other operand streams in from the left. The
 * MAC unit always gets the weight code on `w` and the activation code on `a`.
 */
case class HeldOperand(weights: Boolean) {
  def heldBits(p: MacPlan): Int = if (weights) p.weightBits else p.activationBits

  def streamBits(p: MacPlan): Int = if (weights) p.activationBits else p.weightBits

  /** (weight code, activation code) from the held and the streamed code. */
  def macOperands(held: UInt, stream: UInt): (UInt, UInt) = if (weights) (held, stream) else (stream, held)
}

/**
 * Stationary-operand PE (TIMING.md, ws and is). The held operand shifts down through the shadow
 * register while `preload` is high; the streamed slot flagged `first` switches shadow -> active
 * just before its MAC. Without double buffering (no-overlap mode) there is no shadow: preload
 * shifts straight into the active register. A MAC happens when both the streamed and the active
 * held code are data; otherwise the partial sum passes through unchanged.
 */
class StationaryPe(p: MacPlan, held: HeldOperand, doubleBuffered: Boolean) extends Module {
  private val heldBits = held.heldBits(p)
  private val streamBits = held.streamBits(p)
  val io = IO(new Bundle {
    val streamIn = Input(new StreamPort(streamBits))
    val streamOut = Output(new StreamPort(streamBits))
    val heldIn = Input(new CodePort(heldBits))
    val heldOut = Output(new CodePort(heldBits))
    val preload = Input(Bool())
    val psumIn = Input(new PsumPort(p))
    val psumOut = Output(new PsumPort(p))
    val probe = Output(new PeProbe(p))
  })

  private val activeCode = Reg(UInt(heldBits.W))
  private val activeValid = RegInit(false.B)
  private val use = Wire(new CodePort(heldBits))
  if (doubleBuffered) {
    val shadowCode = Reg(UInt(heldBits.W))
    val shadowValid = RegInit(false.B)
    when(io.preload) {
      shadowCode := io.heldIn.code
      shadowValid := io.heldIn.valid
    }
    when(io.streamIn.first) {
      activeCode := shadowCode
      activeValid := shadowValid
    }
    use.code := Mux(io.streamIn.first, shadowCode, activeCode)
    use.valid := Mux(io.streamIn.first, shadowValid, activeValid)
    io.heldOut.code := shadowCode
    io.heldOut.valid := shadowValid
  } else {
    when(io.preload) {
      activeCode := io.heldIn.code
      activeValid := io.heldIn.valid
    }
    use.code := activeCode
    use.valid := activeValid
    io.heldOut.code := activeCode
    io.heldOut.valid := activeValid
  }

  private val mac = Module(new MacUnit(p))
  private val macEn = io.streamIn.valid && use.valid
  private val (w, a) = held.macOperands(use.code, io.streamIn.code)
  mac.io.w := w
  mac.io.a := a
  mac.io.accIn := io.psumIn.value

  io.streamOut.code := RegNext(io.streamIn.code)
  io.streamOut.valid := RegNext(io.streamIn.valid, false.B)
  io.streamOut.first := RegNext(io.streamIn.first, false.B)

  private val psum = Reg(SInt(p.accumulator.width.W))
  psum := Mux(macEn, mac.io.sum, io.psumIn.value)
  io.psumOut.value := psum
  io.psumOut.valid := RegNext(io.psumIn.valid, false.B)
  io.psumOut.overflow := RegNext(io.psumIn.overflow || (macEn && mac.io.overflow), false.B)
  io.probe := PeCommon.probe(p, mac, macEn, w, a, psum)
}

/**
 * Output-stationary PE (TIMING.md, os). Activations move right, weights move down; each beat
 * with both operands present accumulates into the PE's own register (`first` clears it first).
 * The beat flagged `last` writes the result: with double buffering it is copied to a dedicated
 * output register (the next fold's accumulation starts at once); without, the output is the
 * accumulator itself.
 */
class OsPe(p: MacPlan, doubleBuffered: Boolean) extends Module {
  private val accW = p.accumulator.width
  val io = IO(new Bundle {
    val actIn = Input(new ActPort(p))
    val actOut = Output(new ActPort(p))
    val weightIn = Input(new CodePort(p.weightBits))
    val weightOut = Output(new CodePort(p.weightBits))
    val out = Output(new PsumPort(p))
    val probe = Output(new PeProbe(p))
  })

  private val mac = Module(new MacUnit(p))
  private val acc = Reg(SInt(accW.W))
  private val overflow = RegInit(false.B)
  private val macEn = io.actIn.valid && io.weightIn.valid
  private val base = Mux(io.actIn.first, 0.S(accW.W), acc)
  private val baseOverflow = !io.actIn.first && overflow
  mac.io.w := io.weightIn.code
  mac.io.a := io.actIn.code
  mac.io.accIn := base
  private val next = Mux(macEn, mac.io.sum, base)
  private val nextOverflow = baseOverflow || (macEn && mac.io.overflow)
  when(io.actIn.beat) {
    acc := next
    overflow := nextOverflow
  }

  io.actOut.code := RegNext(io.actIn.code)
  io.actOut.valid := RegNext(io.actIn.valid, false.B)
  io.actOut.beat := RegNext(io.actIn.beat, false.B)
  io.actOut.first := RegNext(io.actIn.first, false.B)
  io.actOut.last := RegNext(io.actIn.last, false.B)
  io.weightOut.code := RegNext(io.weightIn.code)
  io.weightOut.valid := RegNext(io.weightIn.valid, false.B)

  private val write = io.actIn.beat && io.actIn.last
  io.out.valid := RegNext(write, false.B)
  if (doubleBuffered) {
    val held = Reg(SInt(accW.W))
    val heldOverflow = RegInit(false.B)
    when(write) {
      held := next
      heldOverflow := nextOverflow
    }
    io.out.value := held
    io.out.overflow := heldOverflow
  } else {
    io.out.value := acc
    io.out.overflow := overflow
  }
  io.probe := PeCommon.probe(p, mac, macEn, io.weightIn.code, io.actIn.code, acc)
}
