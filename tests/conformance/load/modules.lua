-- require/module/package: loaders, package.loaded, preload, search paths and their messages
package.path = "./?.lm"
package.cpath = ""
local m = require("mymod")
print(m == mymod, m._NAME, m.greet("you"), m.info())
print(require("mymod") == m, mymod.loads)
print(package.loaded.mymod == m)
local p = require("plain")
print(p.value, package.loaded.plain == p)
print(require("noreturn"), noreturn_ran, package.loaded.noreturn)
print(pcall(require, "broken"))
print(pcall(require, "fails"))
print(pcall(require, "fails"))
print(pcall(require, "missing.sub"))
package.preload.virtual = function(name) return {name = name} end
print(require("virtual").name)
package.loaded.fake = "preset"
print(require("fake"))
print(package.loaded.string == string, package.loaded._G == _G, package.loaded.table == table)
print(type(package.loaders), #package.loaders, type(package.seeall))
print(package.config)
print(pcall(require))
table.insert(package.loaders, function(name) return function() return "custom " .. name end end)
print(require("anything"))
local function defmod()
  module("a.b.c")
  x = 1
end
defmod()
print(a.b.c._NAME, a.b.c._PACKAGE, a.b.c.x, a.b.c._M == a.b.c)
print(pcall(module, "q"))
conflict = 5
print(pcall(function() module("conflict") end))
local t = {}
package.seeall(t)
print(t.print == print)
print(loadfile("mymod.lm") ~= nil, loadfile("nothere.lm"))
print(loadfile("broken.lm"))
print(pcall(dofile, "nothere.lm"))
print(pcall(dofile, "fails.lm"))
print(dofile("plain.lm").value)
print(package.loadlib("x", "y"))
