-- Semicolons are optional statement separators.
local a = 1; local b = 2;
print(a + b);
local c = 3 print(c)
do local _ = 0; end
print("after empty-looking block");
for i = 1, 2 do print(i); end;
local function f() return 1; end
print(f());
local t = {1; 2; 3;}
print(#t);
if a then print("if;"); end;
while false do end;
repeat local z = 1; until z == 1;
print("done");
