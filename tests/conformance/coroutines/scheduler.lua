-- a round-robin scheduler of coroutines with sleeping and messages
local tasks, log = {}, {}
local function spawn(name, f) tasks[#tasks + 1] = {name = name, co = coroutine.create(f), wake = 0} end
local tick = 0
local function sleep(n) coroutine.yield("sleep", n) end
local mailbox = {}
local function send(to, msg) mailbox[to] = mailbox[to] or {}; table.insert(mailbox[to], msg) end
local function recv(me)
  while not (mailbox[me] and mailbox[me][1]) do coroutine.yield("wait") end
  return table.remove(mailbox[me], 1)
end
spawn("ping", function()
  for i = 1, 3 do send("pong", "ping " .. i); local m = recv("ping"); log[#log + 1] = tick .. " ping got " .. m end
end)
spawn("pong", function()
  for i = 1, 3 do local m = recv("pong"); log[#log + 1] = tick .. " pong got " .. m; sleep(2); send("ping", "pong " .. i) end
end)
spawn("ticker", function() for i = 1, 4 do log[#log + 1] = tick .. " tick " .. i; sleep(3) end end)
while #tasks > 0 do
  tick = tick + 1
  local i = 1
  while i <= #tasks do
    local t = tasks[i]
    if t.wake <= tick then
      local ok, what, arg = coroutine.resume(t.co)
      if not ok then log[#log + 1] = "error " .. what end
      if what == "sleep" then t.wake = tick + arg end
    end
    if coroutine.status(t.co) == "dead" then table.remove(tasks, i) else i = i + 1 end
  end
  if tick > 50 then break end
end
for _, line in ipairs(log) do print(line) end
print("ticks", tick)
