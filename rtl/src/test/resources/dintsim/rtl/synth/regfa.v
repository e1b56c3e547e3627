// Test fixture: a registered full adder plus an inverter; small enough to know its cells.
module regfa(input clock, input a, input b, input c, output reg s, output reg co, output n);
  always @(posedge clock) begin
    s <= a ^ b ^ c;
    co <= (a & b) | (c & (a ^ b));
  end
  assign n = ~a;
endmodule
