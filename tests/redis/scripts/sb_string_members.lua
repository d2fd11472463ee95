local names = {}
for k in pairs(string) do names[#names + 1] = k end
table.sort(names)
return names
