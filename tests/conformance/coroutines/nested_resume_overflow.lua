-- unbounded nesting of coroutine resumes is a catchable error, not a crash
local depth = 0
local function nest(self)
  depth = depth + 1
  coroutine.wrap(self)(self)
end
local ok, err = pcall(nest, nest)
print("caught", ok, type(err), err:match("stack overflow$"))
print("depth is bounded", depth > 10 and depth < 100000)
-- the same with create/resume: each level reports the failure of the one below
local levels = 0
local function dive()
  levels = levels + 1
  local co = coroutine.create(dive)
  local ok2, e2 = coroutine.resume(co)
  if not ok2 then error(e2, 0) end
end
local ok3, e3 = pcall(dive)
print("resume chain", ok3, e3:match("stack overflow$"))
print("after", coroutine.running())
