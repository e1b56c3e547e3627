package dintsim.rtl.gen

import chisel3._
import chisel3.util.ShiftRegister
import dintsim.models.mac.MacKind

/** Packs per-element signals into flat ports: element i occupies bits [i*w, (i+1)*w). */
private[gen] object Flat {
  def slice(u: UInt, i: Int, w: Int): UInt = u(i * w + w - 1, i * w)

  def pack(xs: Seq[Data]): UInt = VecInit(xs.map(_.asUInt)).asUInt
}

/** Probe ports of an array: per PE i = r * cols + c, see rtl/docs/ACTIVITY.md. */
class ArrayProbes(p: MacPlan, pes: Int) extends Bundle {
  val act = Output(UInt((pes * p.activationBits).W))
  val weight = Output(UInt((pes * p.weightBits).W))
  val product = Output(UInt((pes * p.productWidth).W))
  val acc = Output(UInt((pes * p.accumulator.width).W))
  /** MacKind.COUNT bits per PE, bit k = the PE did a MAC of kind ordinal k (zero, special, normal) this cycle. */
  val mac = Output(UInt((pes * MacKind.COUNT).W))
}

private[gen] object ArrayCommon {
  def driveProbes(io: ArrayProbes, probes: Seq[PeProbe]): Unit = {
    io.act := Flat.pack(probes.map(_.act))
    io.weight := Flat.pack(probes.map(_.weight))
    io.product := Flat.pack(probes.map(_.product))
    io.acc := Flat.pack(probes.map(_.acc))
    io.mac := Flat.pack(probes.map(_.mac)) // a Vec packs element 0 into the low bit
  }

  /** Row r's activation port, delayed r cycles (the input skew of TIMING.md). */
  def skewedAct(p: MacPlan, code: UInt, valid: UInt, beat: UInt, first: UInt, last: UInt, r: Int): ActPort = {
    val in = Wire(new ActPort(p))
    in.code := Flat.slice(code, r, p.activationBits)
    in.valid := valid(r)
    in.beat := beat(r)
    in.first := first(r)
    in.last := last(r)
    val out = Wire(new ActPort(p))
    out.code := ShiftRegister(in.code, r)
    out.valid := ShiftRegister(in.valid, r, false.B, true.B)
    out.beat := ShiftRegister(in.beat, r, false.B, true.B)
    out.first := ShiftRegister(in.first, r, false.B, true.B)
    out.last := ShiftRegister(in.last, r, false.B, true.B)
    out
  }
}

/**
 * The R x C stationary-operand array of TIMING.md (ws and is: one structure, `held` says which
 * operand the PEs hold). Rows cover K, columns the held operand's other dimension (J), and the
 * streamed operand's other dimension runs in time (T). Inputs are unskewed: at stream cycle b + t
 * the driver presents the streamed row vector S[t][kt*R ..] on `streamIn` (row r is delayed r
 * cycles inside) and the partial sums of output (t, jt*C ..) left by the previous k-tile on
 * `psumIn` (column c delayed c cycles); during preload it presents one row of held codes per
 * cycle on `heldIn`. Outputs leave the bottom row, skewed (column c of stream slot t at cycle
 * b + t + R - 1 + c): de-skew is the output buffer's job.
 */
class StationaryArray(p: MacPlan, held: HeldOperand, rows: Int, cols: Int, doubleBuffered: Boolean, probes: Boolean,
                      name: String) extends Module {
  override def desiredName: String = name
  private val accW = p.accumulator.width
  private val streamBits = held.streamBits(p)
  private val heldBits = held.heldBits(p)

  val io = FlatIO(new Bundle {
    val streamIn = Input(UInt((rows * streamBits).W))
    val streamValid = Input(UInt(rows.W))
    val streamFirst = Input(UInt(rows.W))
    val heldIn = Input(UInt((cols * heldBits).W))
    val heldValid = Input(UInt(cols.W))
    val preload = Input(Bool())
    val psumIn = Input(UInt((cols * accW).W))
    val psumInValid = Input(UInt(cols.W))
    val psumInOvf = Input(UInt(cols.W))
    val psumOut = Output(UInt((cols * accW).W))
    val psumOutValid = Output(UInt(cols.W))
    val psumOutOvf = Output(UInt(cols.W))
    val probe = if (probes) Some(new ArrayProbes(p, rows * cols)) else None
  })

  private val pe = Seq.tabulate(rows, cols)((_, _) => Module(new StationaryPe(p, held, doubleBuffered)))
  for (r <- 0 until rows; c <- 0 until cols) {
    val io_ = pe(r)(c).io
    if (c == 0) {
      io_.streamIn.code := ShiftRegister(Flat.slice(io.streamIn, r, streamBits), r)
      io_.streamIn.valid := ShiftRegister(io.streamValid(r), r, false.B, true.B)
      io_.streamIn.first := ShiftRegister(io.streamFirst(r), r, false.B, true.B)
    } else {
      io_.streamIn := pe(r)(c - 1).io.streamOut
    }
    io_.preload := io.preload
    if (r == 0) {
      io_.heldIn.code := Flat.slice(io.heldIn, c, heldBits)
      io_.heldIn.valid := io.heldValid(c)
      io_.psumIn.value := ShiftRegister(Flat.slice(io.psumIn, c, accW).asSInt, c)
      io_.psumIn.valid := ShiftRegister(io.psumInValid(c), c, false.B, true.B)
      io_.psumIn.overflow := ShiftRegister(io.psumInOvf(c), c, false.B, true.B)
    } else {
      io_.heldIn := pe(r - 1)(c).io.heldOut
      io_.psumIn := pe(r - 1)(c).io.psumOut
    }
  }
  private val bottom = pe(rows - 1).map(_.io.psumOut)
  io.psumOut := Flat.pack(bottom.map(_.value))
  io.psumOutValid := Flat.pack(bottom.map(_.valid))
  io.psumOutOvf := Flat.pack(bottom.map(_.overflow))
  io.probe.foreach(pr => ArrayCommon.driveProbes(pr, pe.flatten.map(_.io.probe)))
}

/**
 * The R x C output-stationary array of TIMING.md. At cycle b + k the driver presents
 * A[mt*R + r][k] for every row (delayed r cycles inside) and W[k][nt*C + c] for every column
 * (delayed c cycles inside); PE(r, c) writes its output at the end of cycle b + T - 1 + r + c,
 * visible on `out` (element r * cols + c) with `outValid` the cycle after.
 */
class OsArray(p: MacPlan, rows: Int, cols: Int, doubleBuffered: Boolean, probes: Boolean, name: String)
    extends Module {
  override def desiredName: String = name
  private val accW = p.accumulator.width

  val io = FlatIO(new Bundle {
    val aIn = Input(UInt((rows * p.activationBits).W))
    val aValid = Input(UInt(rows.W))
    val aBeat = Input(UInt(rows.W))
    val aFirst = Input(UInt(rows.W))
    val aLast = Input(UInt(rows.W))
    val wIn = Input(UInt((cols * p.weightBits).W))
    val wValid = Input(UInt(cols.W))
    val out = Output(UInt((rows * cols * accW).W))
    val outValid = Output(UInt((rows * cols).W))
    val outOvf = Output(UInt((rows * cols).W))
    val probe = if (probes) Some(new ArrayProbes(p, rows * cols)) else None
  })

  private val pe = Seq.tabulate(rows, cols)((_, _) => Module(new OsPe(p, doubleBuffered)))
  for (r <- 0 until rows; c <- 0 until cols) {
    val io_ = pe(r)(c).io
    io_.actIn := (if (c == 0) ArrayCommon.skewedAct(p, io.aIn, io.aValid, io.aBeat, io.aFirst, io.aLast, r)
                  else pe(r)(c - 1).io.actOut)
    if (r == 0) {
      io_.weightIn.code := ShiftRegister(Flat.slice(io.wIn, c, p.weightBits), c)
      io_.weightIn.valid := ShiftRegister(io.wValid(c), c, false.B, true.B)
    } else {
      io_.weightIn := pe(r - 1)(c).io.weightOut
    }
  }
  private val all = pe.flatten.map(_.io.out)
  io.out := Flat.pack(all.map(_.value))
  io.outValid := Flat.pack(all.map(_.valid))
  io.outOvf := Flat.pack(all.map(_.overflow))
  io.probe.foreach(pr => ArrayCommon.driveProbes(pr, pe.flatten.map(_.io.probe)))
}
