-- call forms: string and table arguments, chained calls, method chains
local function id(...) return ... end
print(id"string arg", id[[long string arg]], type(id{1, 2}))
print(#id{1, 2, 3}, id{n = "field"}.n)
local obj = {v = 0}
function obj:add(n) self.v = self.v + n; return self end
function obj:get() return self.v end
print(obj:add(1):add(2):add(3):get())
local mk = function(p) return function(q) return function(r) return p .. q .. r end end end
print(mk"a""b""c", mk("x")("y")("z"))
local ns = {inner = {fn = function(s) return "ns " .. s end}}
print(ns.inner.fn"call", ns["inner"]["fn"]("indexed"))
local str = "method"
print(str:upper(), ("lit"):upper(), #str:rep(2))
print(type(print), (print == print), id(id)(id)("nested"))
-- calls as statements discard results; calls in parentheses truncate
local function multi() return 1, 2, 3 end
multi()
print((multi()))
print(multi(), "end")
print(({multi()})[3], #{multi()}, #{multi(), multi()})
-- varargs through several call levels
local function a(...) return select("#", ...), ... end
local function b(...) return a(...) end
print(b(nil, nil))
print(b())
