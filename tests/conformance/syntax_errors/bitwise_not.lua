-- a lone tilde is not an operator in 5.1 (only ~= is)
local x = 5
local y = ~x
