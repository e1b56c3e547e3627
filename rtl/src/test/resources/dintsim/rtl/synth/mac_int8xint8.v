// Test fixture (hand-written plain Verilog, not emitted by Chisel): a signed int8xint8 MAC with the
// port names and semantics of the emitted Mac_* tops (rtl/docs/RTL.md), 24-bit accumulator.
// When valid: acc <= base + w * a, base = load ? loadValue : clear ? 0 : acc.
module mac_int8xint8_mul(input signed [7:0] w, input signed [7:0] a, output signed [15:0] p);
  assign p = w * a;
endmodule
module mac_int8xint8(input clock, input reset, input [7:0] w, input [7:0] a, input valid, input clear,
                input load, input [23:0] loadValue, output [23:0] acc);
  wire signed [15:0] p;
  reg signed [23:0] r;
  mac_int8xint8_mul mul(.w(w), .a(a), .p(p));
  always @(posedge clock)
    if (valid) r <= (load ? $signed(loadValue) : clear ? 24'sd0 : r) + p;
  assign acc = r;
endmodule
