-- args: Hello,World,Lua
local parts = {}
for w in string.gmatch(ARGV[1], '[^,]+') do parts[#parts + 1] = w:upper() end
return table.concat(parts, '-')
