local names = {}
for k in pairs(math) do names[#names + 1] = k end
table.sort(names)
return names
