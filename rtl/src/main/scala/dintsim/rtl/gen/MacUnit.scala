package dintsim.rtl.gen

import chisel3._
import chisel3.util.log2Ceil
import dintsim.models.mac.MacKind

/** Helpers shared by the generators. */
private[gen] object Bits {
  /** Sign-extends or truncates to exactly `w` bits (callers guarantee the value fits). */
  def fit(x: SInt, w: Int): SInt = if (x.getWidth > w) x(w - 1, 0).asSInt else x.pad(w)

  def slit(v: Long, w: Int): SInt = BigInt(v).S(w.W)
}

/**
 * The product datapath of one design, built from its [[MacPlan]] (so from the formats' code maps):
 * weight decoder ROMs, a narrow SInt x SInt multiplier for NORMAL codes (its weight input gated to
 * 0 otherwise: zero-skip), a shift path for SPECIAL codes, and alignment to the accumulator's
 * fraction bits. A module of its own so that synthesis keeps it apart from the adder: its name
 * contains "prod", which the area/energy split (AreaClassifier, MacActivity) counts as multiplier.
 */
class ProductUnit(p: MacPlan) extends RawModule {
  private val wb = p.weightBits
  private val ab = p.activationBits
  private val pw = p.productWidth

  val io = IO(new Bundle {
    val w = Input(UInt(wb.W))
    val a = Input(UInt(ab.W))
    val product = Output(SInt(pw.W))
    val isZero = Output(Bool())
    val isSpecial = Output(Bool())
    val isNormal = Output(Bool())
    val invalid = Output(Bool())
  })

  private val codes = 0 until p.weightCodeCount
  private def rom(f: Int => Boolean): Bool = VecInit(codes.map(c => f(c).B))(io.w)
  private def kindRom(kind: MacKind): Bool = rom(c => !p.reserved(c) && p.weightKind(c) == kind)

  io.isNormal := kindRom(MacKind.NORMAL)
  io.isSpecial := kindRom(MacKind.SPECIAL)
  io.isZero := kindRom(MacKind.ZERO)
  io.invalid := rom(c => p.reserved(c))

  /** The activation's fixed value: the code itself for two's-complement formats, else a ROM. */
  private val act: SInt =
    if (p.activationTwosComplement) io.a.asSInt
    else VecInit((0 until p.activationCodeCount).map(c => Bits.slit(p.activationFixed(c), p.activationWidth)))(io.a)

  private val normalRaw: SInt =
    if (!p.hasNormal) 0.S(1.W)
    else {
      val operand = VecInit(codes.map(c => Bits.slit(p.normalOperand(c), p.normalOperandWidth)))(io.w)
      val gated = Mux(io.isNormal, operand, 0.S(p.normalOperandWidth.W))
      Multiplier(p, gated, act) << p.normalShift
    }

  private val specialRaw: SInt =
    if (!p.hasSpecial) 0.S(1.W)
    else {
      val maxShift = codes.map(p.specialShift).max
      val shifted: SInt =
        if (maxShift == 0) act
        else {
          val amount = VecInit(codes.map(c => p.specialShift(c).U(log2Ceil(maxShift + 1).W)))(io.w)
          act << amount
        }
      val negative = VecInit(codes.map(c => p.specialNegative(c).B))(io.w)
      Mux(io.isSpecial, Mux(negative, 0.S(1.W) -& shifted, shifted), 0.S(1.W))
    }

  private val raw = Mux(io.isNormal, normalRaw, specialRaw)
  private val shift = p.design.productShift
  private val aligned: SInt = if (shift >= 0) raw << shift else raw >> -shift
  io.product := Bits.fit(aligned, pw)
}

/**
 * The combinational MAC datapath of one design: a [[ProductUnit]] (instance `prod`) and the
 * accumulator adder with the design's overflow policy.
 *
 * `overflow` is true when `accIn + product` leaves the accumulator's range, whatever the policy;
 * `sum` is then saturated (SATURATE) or wrapped (WRAP and ERROR; ERROR designs raise a sticky
 * flag around this unit).
 */
class MacUnit(p: MacPlan) extends RawModule {
  private val accW = p.accumulator.width
  private val pw = p.productWidth

  val io = IO(new Bundle {
    val w = Input(UInt(p.weightBits.W))
    val a = Input(UInt(p.activationBits.W))
    val accIn = Input(SInt(accW.W))
    val product = Output(SInt(pw.W))
    val sum = Output(SInt(accW.W))
    val overflow = Output(Bool())
    val isZero = Output(Bool())
    val isSpecial = Output(Bool())
    val isNormal = Output(Bool())
    val invalid = Output(Bool())
  })

  private val prod = Module(new ProductUnit(p))
  prod.io.w := io.w
  prod.io.a := io.a
  io.product := prod.io.product
  io.isZero := prod.io.isZero
  io.isSpecial := prod.io.isSpecial
  io.isNormal := prod.io.isNormal
  io.invalid := prod.io.invalid

  private val spec = p.accumulator
  private val exact = io.accIn +& io.product
  private val maxV = Bits.slit(spec.max, accW + 1)
  private val minV = Bits.slit(spec.min, accW + 1)
  private val above = exact > maxV
  private val below = exact < minV
  io.overflow := above || below
  private val wrapped = exact(accW - 1, 0).asSInt
  io.sum := (spec.overflow match {
    case dintsim.models.mac.OverflowPolicy.SATURATE =>
      Mux(above, Bits.slit(spec.max, accW), Mux(below, Bits.slit(spec.min, accW), wrapped))
    case _ => wrapped
  })
}

/**
 * One MAC with its accumulator register, the top the differential MAC test drives. Each cycle
 * with `valid` computes `acc' = add(base, product(w, a))` where base is `loadValue` (load), 0
 * (clear) or the register; `overflowed` is the sticky overflow flag of the running sum (cleared by
 * load/clear), the check an ERROR design needs.
 */
class MacTop(p: MacPlan, name: String) extends Module {
  override def desiredName: String = name
  private val accW = p.accumulator.width

  val io = FlatIO(new Bundle {
    val w = Input(UInt(p.weightBits.W))
    val a = Input(UInt(p.activationBits.W))
    val valid = Input(Bool())
    val clear = Input(Bool())
    val load = Input(Bool())
    val loadValue = Input(SInt(accW.W))
    val product = Output(SInt(p.productWidth.W))
    val stepOverflow = Output(Bool())
    val acc = Output(SInt(accW.W))
    val overflowed = Output(Bool())
  })

  private val mac = Module(new MacUnit(p))
  private val acc = Reg(SInt(accW.W))
  private val sticky = RegInit(false.B)
  private val restart = io.load || io.clear
  mac.io.w := io.w
  mac.io.a := io.a
  mac.io.accIn := Mux(io.load, io.loadValue, Mux(io.clear, 0.S(accW.W), acc))
  when(io.valid) {
    acc := mac.io.sum
    sticky := (!restart && sticky) || mac.io.overflow
  }
  io.product := mac.io.product
  io.stepOverflow := mac.io.overflow
  io.acc := acc
  io.overflowed := sticky
}
