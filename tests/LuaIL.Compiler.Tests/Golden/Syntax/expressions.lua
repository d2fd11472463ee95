local a = 1 + 2 * 3 - 4 / 5 % 6
local b = 2 ^ -3 ^ 2
local c = not a == b and a or b
local d = "x" .. 'y' .. [[z]] .. #t
local e = a < b, a <= b, a > b, a >= b, a == b, a ~= b
local f = -(1 + 2) * (3)
local g = {1, 2; x = 3, ["y"] = 4, [5] = 6, f(), ...}
local h = t.x.y[1]["z"]:m(1, 2) "s" {k = v}
local i = function(p, ...) return p, ... end
local j = 0x1F + 1e3 + .5 + 3. + 0x1p4 + 0XfF
local k =
  a
  +
  b
