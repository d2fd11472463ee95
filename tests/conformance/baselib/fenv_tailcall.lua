-- getfenv/setfenv at a level that is a tail call has no environment to give
local function inner() return getfenv(2) end
local function via_tail() return inner() end
print(pcall(via_tail))
local function set_inner() setfenv(2, {}) end
local function set_tail() return set_inner() end
print(pcall(set_tail))
-- without the tail call, level 2 is the caller
local function via_call() local e = inner(); return e == _G end
print(pcall(via_call))
-- error level 2 through a tail call has no position
local function blame() error("blamed", 2) end
local function tail_blame() return blame() end
print(pcall(tail_blame))
