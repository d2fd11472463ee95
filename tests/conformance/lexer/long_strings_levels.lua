-- Long brackets of levels 0..4, and what counts as the closing bracket.
local a = [[plain level zero]]
local b = [=[level one with ]] inside]=]
local c = [==[level two with ]=] and ]] inside]==]
local d = [===[level three ]==] ]=] ]] still going]===]
local e = [====[four]====]
print("a", a, #a)
print("b", b, #b)
print("c", c, #c)
print("d", d, #d)
print("e", e, #e)
-- an empty long string at several levels
print("empty0", #[[]], "empty1", #[=[]=], "empty3", #[===[]===])
-- first newline right after the opening bracket is skipped
local f = [[
first line
second line]]
print("f", #f, f)
-- only one leading newline is skipped
local g = [==[

two newlines before]==]
print("g", #g, g:sub(1, 1) == "\n")
-- escapes are not interpreted in long strings
local h = [[\n\t\\ \65]]
print("h", h, #h)
-- a closing bracket of the wrong level is just text
local i = [=[x]==]y]=]
print("i", i)
-- long strings may contain quotes of both kinds
local j = [["double" and 'single']]
print("j", j)
-- brackets with different levels next to each other
print([[a]]..[=[b]=]..[==[c]==])
