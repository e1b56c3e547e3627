// Test fixture: a hand-written gate-level netlist (Yosys write_verilog style) whose toggles are
// counted by hand in GateLevelSimulatorTest.
module toggle(clock, a, b, q, n1);
  input clock;
  input a;
  input b;
  output q;
  output n1;
  wire n2;
  INV u1 (
    .A(a),
    .Y(n1)
  );
  NAND2 u2 (
    .A(a),
    .B(b),
    .Y(n2)
  );
  DFF u3 (
    .CK(clock),
    .D(n2),
    .Q(q)
  );
endmodule
