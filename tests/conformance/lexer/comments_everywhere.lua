-- Comments may appear between any two tokens.
local --[[ between keyword and name ]] a --[=[ before = ]=] = --[[ after = ]] 1
print(a)
local t = { -- after {
  1, -- after item
  --[[ before item ]] 2,
  [--[[in brackets]]3] = "three",
} -- after }
print(#t, t[3])
local function f(--[[ no params ]]) return "f" end
print(f(--[[ no args ]]))
print(1 + --[[ inside expression ]] 2)
if --[[ cond ]] true --[[ then ]] then print("if ok") end
local s = "-- not a comment inside a string"
print(s)
local l = [=[--[[ not a comment inside a long string]]]=]
print(l)
print("a" .. -- line comment between operands
  "b")
print(#"--")
-- a comment on the last line without a newline follows
--[[]]print("after empty long comment")
--
print("after empty line comment") -- trailing
--[[ the last line is a comment without a final newline ]]