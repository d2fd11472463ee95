-- Identifiers, keywords used as field names through strings, and 5.1 non-keywords.
local _ = "underscore"
local __x1 = 1
local CamelCase, snake_case, a1b2 = 2, 3, 4
print(_, __x1, CamelCase, snake_case, a1b2)
local goto = "goto is just a name in 5.1"
print(goto)
local continue = 5
print(continue)
local t = {}
t["end"] = 1; t["while"] = 2; t["nil"] = 3; t["and"] = 4
print(t["end"], t["while"], t["nil"], t["and"])
local r = {["function"] = "f", ["local"] = "l"}
print(r["function"], r["local"])
-- names are case sensitive: And / NIL / True are ordinary names
local And, NIL, True = "A", "N", "T"
print(And, NIL, True)
print(type(nil), type(true), type(false))
local self = "self is a name outside methods"
print(self)
local _ENV = "no special meaning in 5.1"
print(_ENV, type(print))
