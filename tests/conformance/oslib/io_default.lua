-- io.input / io.output redirect io.read / io.write; io.lines() reads the default input
local name = "io_default.tmp"
local out = io.output(name)
print(io.type(out), out == io.output())
io.write("first\n", 2, "\n", "third")
print(io.output(io.stdout) == io.stdout)
out:close()
print(io.type(out))
local inp = io.input(name)
print(io.read("*l"), io.read("*n"), io.read("*a"))
io.input(name)
local lines = {}
for l in io.lines() do lines[#lines + 1] = l end
print(#lines, table.concat(lines, "|"))
io.input():close()
print(pcall(io.read))
print(pcall(io.lines))
io.input(io.stdin)
print(pcall(io.input, "no_such_input.txt"))
print(pcall(io.output, {}))
print(os.remove(name))
